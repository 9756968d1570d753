/**
 * Cell values: what a write stores, and how a stored value is displayed.
 *
 * Stored values are what `Range.getValues()` returns: string, number,
 * boolean or Date, and `''` for an empty cell (never null).
 */
import { formatDatePattern, zoneOffsetMs, zonedParts, zonedToInstant } from './dates';

export type CellValue = string | number | boolean | Date;

/** The number format of a cell nobody formatted ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';
/** The number format that makes a cell plain text. */
export const TEXT_FORMAT = '@';

/** Date test that works across realms (`instanceof Date` does not). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A fresh copy, so callers never share a Date with the sheet. */
export function copyValue(v: CellValue): CellValue {
  return isDate(v) ? new Date(v.getTime()) : v;
}

/** The conventions of the spreadsheet's locale that reads and writes touch. */
export interface LocaleStyle {
  decimal: string;
  group: string;
  /** Order of day and month in a typed date such as 03/04/2024. */
  order: 'DMY' | 'MDY';
  /** SimpleDateFormat pattern of the automatic date display. */
  datePattern: string;
}

const LOCALES: Record<string, LocaleStyle> = {
  vi_VN: { decimal: ',', group: '.', order: 'DMY', datePattern: 'dd/MM/yyyy' },
  en_GB: { decimal: '.', group: ',', order: 'DMY', datePattern: 'dd/MM/yyyy' },
  en_US: { decimal: '.', group: ',', order: 'MDY', datePattern: 'M/d/yyyy' },
};

export function localeStyle(locale: string): LocaleStyle {
  return LOCALES[locale] ?? LOCALES.en_US;
}

/** Where the sheet stands when it interprets or renders a value. */
export interface CellContext {
  numberFormat: string;
  timeZone: string;
  locale: string;
}

export interface Written {
  value: CellValue;
  /** Set when the written string was a formula (`=...`). */
  formula: string | null;
}

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** A first character that makes Sheets read the rest as a formula. */
const FORMULA_START = /^[+\-@]./s;
/** What getValues returns for a formula that does not parse. */
export const PARSE_ERROR = '#ERROR!';
const BOOLEAN = /^(true|false)$/i;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A typed date (`15/03/2024` in vi_VN, `2024-03-15` anywhere) as midnight in the sheet's zone. */
function parseTypedDate(s: string, ctx: CellContext): Date | null {
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(s);
  const slash = SLASH_DATE.exec(s);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    year = Number(slash[3]);
    [day, month] = localeStyle(ctx.locale).order === 'DMY' ? [a, b] : [b, a];
  } else {
    return null;
  }
  if (!validDay(year, month, day)) return null;
  return new Date(zonedToInstant({ year, month, day }, ctx.timeZone));
}

/**
 * What the sheet stores when a script writes `input` (setValue/setValues/
 * appendRow). Scripts' writes are parsed like typed input, as the Sheets API
 * does for USER_ENTERED ("parsed as if the user typed them into the UI":
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption),
 * and Range.setValue says "If it begins with '=' it is interpreted as a
 * formula" (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)).
 * Simplified:
 * - null/undefined -> empty;
 * - in a plain-text ('@') cell every string stays a string, formulas included;
 * - a leading apostrophe forces text and is dropped;
 * - `=...` is a formula (stored, not evaluated: the value reads back as the formula text);
 * - `+`, `-` or `@` followed by something that is not a number is read as a
 *   formula that does not parse: the value is `#ERROR!` (the text is lost,
 *   as in the Sheets UI when one types `- Tổ chức ...`; UNVERIFIED for `@`
 *   and for what getFormula returns, see README);
 * - `/^[+-]?\d+(\.\d+)?$/` becomes a number, TRUE/FALSE (any case) a boolean;
 * - a date typed in the locale's order (dd/mm/yyyy for vi_VN) or ISO yyyy-mm-dd
 *   becomes a Date at midnight in the spreadsheet's time zone.
 */
export function interpretWrite(input: unknown, ctx: CellContext): Written {
  if (input === null || input === undefined) return { value: '', formula: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: null };
  const s = typeof input === 'string' ? input : String(input as string); // Sheets writes any other value as its string form
  if (ctx.numberFormat === TEXT_FORMAT) return { value: s, formula: null };
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  if (s.startsWith('=') && s.length > 1) return { value: s, formula: s };
  if (PLAIN_NUMBER.test(s)) return { value: Number(s), formula: null };
  if (FORMULA_START.test(s)) return { value: PARSE_ERROR, formula: `=${s}` };
  if (BOOLEAN.test(s)) return { value: s.toLowerCase() === 'true', formula: null };
  const date = parseTypedDate(s, ctx);
  if (date) return { value: date, formula: null };
  return { value: s, formula: null };
}

// ---------------------------------------------------------------- display

/** Days since 1899-12-30 in the sheet's zone: how Sheets stores a date as a number. */
export function toSerial(d: Date, timeZone: string): number {
  const ms = d.getTime();
  return (ms + zoneOffsetMs(ms, timeZone)) / 86_400_000 + 25_569;
}

function fromSerial(serial: number, timeZone: string): Date {
  const wall = (serial - 25_569) * 86_400_000;
  return new Date(wall - zoneOffsetMs(wall, timeZone));
}

function withGrouping(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Automatic display of a number: as JS writes it, with the locale's decimal mark. */
function automaticNumber(n: number, style: LocaleStyle): string {
  return String(n).replace('e', 'E').replace('.', style.decimal);
}

const NUMBER_PATTERN = /^([#0,]*0|#)(?:\.([0#]+))?(%)?$/;

/** Numeric formats such as `0`, `0.00`, `#,##0.0#`, `0%`; null if not one. */
function numberByPattern(n: number, format: string, style: LocaleStyle): string | null {
  const m = NUMBER_PATTERN.exec(format);
  if (!m) return null;
  const intPart = m[1];
  const decPart = m[2] ?? '';
  const percent = Boolean(m[3]);
  const minDecimals = (decPart.match(/0/g) ?? []).length;
  const maxDecimals = decPart.length;
  const value = percent ? n * 100 : n;
  let text = Math.abs(value).toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    // Optional '#' decimals: drop trailing zeros down to the required ones.
    const [i, d] = text.split('.');
    let trimmed = d.replace(/0+$/, '');
    if (trimmed.length < minDecimals) trimmed = d.slice(0, minDecimals);
    text = trimmed ? `${i}.${trimmed}` : i;
  }
  const [integerDigits, frac] = text.split('.');
  let whole = integerDigits;
  const minInt = intPart.replace(/[^0]/g, '').length;
  whole = whole.padStart(minInt, '0');
  if (minInt === 0 && whole === '0' && frac) whole = '';
  if (intPart.includes(',')) whole = withGrouping(whole, style.group);
  const sign = value < 0 && Number(text) !== 0 ? '-' : '';
  return `${sign}${whole}${frac ? style.decimal + frac : ''}${percent ? '%' : ''}`;
}

/**
 * A Sheets date/time format (`dd/mm/yyyy`, `hh:mm`, `d mmm yyyy`) as a
 * SimpleDateFormat pattern; null if the format has no date/time tokens.
 * `m` means minutes next to an hour or second token, month otherwise.
 */
function sheetsDateToPattern(format: string): string | null {
  if (!/[dyhs]/i.test(format) || /[0#]/.test(format)) return null;
  const twelveHour = /am\/pm|a\/p/i.test(format);
  const tokens: { kind: 'tok' | 'lit'; text: string }[] = [];
  const re = /"[^"]*"|\\.|am\/pm|a\/p|([dmyhs])\1*|./gi;
  for (const m of format.match(re) ?? []) {
    if (m.startsWith('"')) tokens.push({ kind: 'lit', text: m.slice(1, -1) });
    else if (m.startsWith('\\')) tokens.push({ kind: 'lit', text: m.slice(1) });
    else if (/^[dmyhs]+$/i.test(m) || /^(am\/pm|a\/p)$/i.test(m)) tokens.push({ kind: 'tok', text: m.toLowerCase() });
    else tokens.push({ kind: 'lit', text: m });
  }
  const tokAt = (i: number, dir: 1 | -1): string | undefined => {
    for (let j = i + dir; j >= 0 && j < tokens.length; j += dir) if (tokens[j].kind === 'tok') return tokens[j].text;
    return undefined;
  };
  let out = '';
  tokens.forEach((t, i) => {
    if (t.kind === 'lit') {
      out += /[A-Za-z']/.test(t.text) ? `'${t.text.replace(/'/g, "''")}'` : t.text;
      return;
    }
    const c = t.text[0];
    const n = t.text.length;
    if (c === 'y') out += n <= 2 ? 'yy' : 'yyyy';
    else if (c === 'd') out += n >= 4 ? 'EEEE' : n === 3 ? 'EEE' : 'd'.repeat(n);
    else if (c === 'h') out += (twelveHour ? 'h' : 'H').repeat(Math.min(n, 2));
    else if (c === 's') out += 's'.repeat(Math.min(n, 2));
    else if (c === 'a') out += 'a';
    else if (c === 'm') {
      const minutes = tokAt(i, -1)?.startsWith('h') || tokAt(i, 1)?.startsWith('s');
      out += minutes && n <= 2 ? 'm'.repeat(n) : n >= 4 ? 'MMMM' : n === 3 ? 'MMM' : 'M'.repeat(n);
    }
  });
  return out;
}

/**
 * What `Range.getDisplayValues()` shows. Automatic format: integers plain,
 * other numbers as JS writes them with the locale's decimal mark, dates in the
 * locale's short date (plus HH:mm:ss when not midnight), booleans TRUE/FALSE.
 * Explicit number formats: '@', numeric patterns (0, 0.00, #,##0, 0%) and
 * date/time patterns; anything else falls back to automatic.
 */
export function displayValue(value: CellValue, ctx: CellContext): string {
  const style = localeStyle(ctx.locale);
  const format = ctx.numberFormat;
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const datePattern = format === AUTOMATIC_FORMAT || format === TEXT_FORMAT ? null : sheetsDateToPattern(format);
  if (isDate(value)) {
    if (datePattern) return formatDatePattern(value, ctx.timeZone, datePattern);
    const byNumber = format === AUTOMATIC_FORMAT ? null : numberByPattern(toSerial(value, ctx.timeZone), format, style);
    if (byNumber !== null) return byNumber;
    const p = zonedParts(value.getTime(), ctx.timeZone);
    const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
    return formatDatePattern(value, ctx.timeZone, midnight ? style.datePattern : `${style.datePattern} HH:mm:ss`);
  }
  if (datePattern) return formatDatePattern(fromSerial(value, ctx.timeZone), ctx.timeZone, datePattern);
  if (format !== AUTOMATIC_FORMAT && format !== TEXT_FORMAT) {
    const byPattern = numberByPattern(value, format, style);
    if (byPattern !== null) return byPattern;
  }
  return automaticNumber(value, style);
}
