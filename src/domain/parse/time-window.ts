import { TextCache } from './text-cache';
import type { Cell } from '../cell';
import { cellText } from '../text';
import { parseDate } from './date';
import { foldVietnamese } from './fold';
import { parseSchoolYear } from './school-year';
import type { MonthIndex, SchoolYear, TimeWindow } from './types';

/*
 * Thời gian (time window) of an action, as months from..to inclusive.
 *
 * Matching is done on folded text (lower case, no accents, any dash → `-`),
 * so `Tháng`, `tháng`, `THÁNG`, `Thang` and decomposed Unicode are the same.
 *
 * One moment ("piece"):
 *   `Tháng 9/2024`  `tháng 09/2024`  `T9/2024`  `09/2024`  `9.2024`  `Tháng 9 năm 2024`
 *   `Tháng 9` (no year: months 8–12 fall in the school year's first year, 1–7 in its second)
 *   `15/9/2024`, `2024-09-15`, `ngày 15 tháng 9 năm 2024`, a Date cell (the month of that day)
 *   `Năm 2025`  `2025`  `Cả năm 2025`                       → 1/2025–12/2025
 *   `Năm học 2024-2025`  `Năm 2024 - 2025`  `2024-2025`      → 9/2024–5/2025
 *   `Năm học` alone                                          → the plan's school year
 *   `HK I`  `HKI`  `Học kỳ I`  `Học kì 1`                     → 9/start–1/end
 *   `HK II`  `Học kỳ 2`                                      → 1/end–5/end
 *   `Quý I/2025`  `Quý 4 năm 2024`  `Quý IV - 2024`          → the quarter's 3 months
 *   `Quý I` (no year: placed like a month, by its first month)
 *   `Đầu …` / `Cuối …`: the first / last two months of the piece
 *     (`Đầu năm học` 9–10/start, `Cuối năm học` 4–5/end, `Cuối HK I` 12/start–1/end);
 *   `Giữa …`: its middle month (`Giữa năm học` 1/end, `Giữa HK II` 3/end);
 *   `Đầu tháng 9/2024`, `Tuần 2 tháng 9/2024`, `Ngày 15/9/2024`: that month.
 *
 * Ranges, `A - B` with any dash, `A đến B`, `A tới B`, `A ~ B`, `A -> B`,
 * optionally after `Từ`: the start of A to the end of B.
 *   `Tháng 10/2024 - tháng 5/2025`, `09/2024 – 05/2025`, `15/09/2024 - 30/5/2025`
 *   `Tháng 9 đến tháng 12/2024`, `Tháng 9 - 12/2024`, `T9-T12/2024`: a start month without
 *     a year takes it from the end (the latest such month not after the end);
 *   `Tháng 9/2024 - tháng 5`: an end month without a year is the first one from the start;
 *   `Tháng 9 - tháng 12`: both from the school year.
 *   A bare year on one side only (`Tháng 12/2024 - 2025`) is ambiguous → null.
 *   The window is returned even when it ends before it starts (the validator says so).
 *
 * Lists, separated by `,` `;` `+` `&` `và` or line breaks/bullets:
 *   `Tháng 9, 10/2024`, `Tháng 9 và tháng 12/2024`, `HK I, HK II` → from the earliest
 *   start to the latest end (a window cannot hold gaps).
 *
 * Ongoing (kind 'ongoing', the school year 9/start–5/end):
 *   `Thường xuyên`  `Cả năm học`  `Cả năm`  `Trong năm học`  `Suốt năm học`  `Liên tục`
 *   `Hằng tháng` / `Hàng tháng` (also ngày, tuần, quý, kỳ, năm)  `Định kỳ`, and combinations
 *   such as `Thường xuyên, liên tục` or `Định kỳ hằng tháng`.
 *
 * A school year written after the text places it: `Học kỳ I năm học 2024-2025`,
 * `Tháng 9 (2024-2025)`, `Cả năm học 2024 - 2025`. Any other remark in brackets
 * at the end is ignored: `Tháng 9/2024 (triển khai kế hoạch)`. Leading words
 * `Từ`, `Trong`, `Vào`, `Khoảng`, `Dự kiến`, `Thời gian:` are ignored too.
 *
 * Forms that need the school year (a month without a year, HK, `Đầu năm học`,
 * ongoing…) return null when `schoolYear` is null. Month 0 or 13, years outside
 * 1900–2999, text longer than 200 characters (prose, not a time), booleans → null.
 */

/** A cell longer than this is a sentence, not a time: don't spend time on it. */
const MAX_TIME_TEXT_LENGTH = 200;

/** `year * 12 + (month - 1)`: months that compare with `<`. */
export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/** `9/2024`. */
export function formatMonth(month: MonthIndex): string {
  const year = Math.floor(month / 12);
  return `${month - year * 12 + 1}/${year}`;
}

/** The months a cell's time covers; see the list above. */
export function parseTimeWindow(cell: Cell, schoolYear: SchoolYear | null): TimeWindow | null {
  if (cell instanceof Date) {
    const date = parseDate(cell);
    return date ? range(monthIndex(date.year, date.month), monthIndex(date.year, date.month)) : null;
  }
  if (typeof cell !== 'string' && typeof cell !== 'number') return null;
  const raw = typeof cell === 'number' ? cellText(cell) : cell;
  if (raw.length > MAX_TIME_TEXT_LENGTH * 2) return null; // don't even fold it
  const key = `${schoolYear ? schoolYear.startYear : ''}|${raw}`;
  return windowCache.get(key, () => {
    const text = joinLines(raw);
    if (text === '' || text.length > MAX_TIME_TEXT_LENGTH) return null;
    return parseText(text, schoolYear);
  });
}

const windowCache = new TextCache<TimeWindow | null>(4096);

// ---------------------------------------------------------------------------
// Whole text

function parseText(text: string, schoolYear: SchoolYear | null): TimeWindow | null {
  const body = text.replace(LEADING_WORDS_RE, '');
  if (ONGOING_RE.test(text) || ONGOING_RE.test(body)) return schoolYear ? ongoing(schoolYear) : null;

  const from = FROM_RE.exec(text);
  if (from) {
    const opening = parsePiece(text.slice(from[0].length), schoolYear, false);
    if (opening) return fromOnwards(opening, schoolYear);
  }

  const window = parseRangeOrPiece(body, schoolYear) ?? parseList(body, schoolYear);
  if (window) return window;
  return parseWithStatedSchoolYear(text) ?? parseWithoutRemark(text, schoolYear);
}

/**
 * `Học kỳ I năm học 2024-2025`, `Cả năm học 2024-2025`: the stated school
 * year places what comes before it, read with or without its `năm học`.
 */
function parseWithStatedSchoolYear(text: string): TimeWindow | null {
  const stated = STATED_SCHOOL_YEAR_RE.exec(text);
  const statedYear = stated ? parseSchoolYear(stated[2]) : null;
  if (!stated || !statedYear) return null;
  const rest = stated[1].replace(/[\s,(-]+$/, '');
  if (rest === '') return null;
  const restWithoutLabel = rest.replace(SCHOOL_YEAR_LABEL_RE, '');
  return parseText(rest, statedYear) ?? (restWithoutLabel === '' ? null : parseText(restWithoutLabel, statedYear));
}

/** `Tháng 9/2024 (triển khai kế hoạch)`: a remark in brackets at the end does not change the time. */
function parseWithoutRemark(text: string, schoolYear: SchoolYear | null): TimeWindow | null {
  const remark = REMARK_RE.exec(text);
  return remark && remark[1] !== '' ? parseText(remark[1], schoolYear) : null;
}

const REMARK_RE = /^(.*?)\s*\([^()]*\)$/;

/** `- Tháng 9/2024` / `- Tháng 12/2024` on two lines is a list; `Tháng 10/2024 -` / `tháng 5/2025` is one range. */
const BULLET_RE = /^[-+•*]\s+/;
const ENDS_WITH_SEPARATOR_RE = /(?:-|~|\bden|\btoi)$/;
const STARTS_WITH_SEPARATOR_RE = /^(?:den|toi|~)\b/;

/**
 * Typos seen in real plans, on folded text: `năn học`, `nam hcoc`, `namhọc`,
 * `thnag`, `tahng`, `hocky`. Only whole words are replaced, and none of the
 * replaced spellings is a Vietnamese word on its own in a time cell.
 */
const TYPOS: [RegExp, string][] = [
  [/\bnan\s*hoc\b/g, 'nam hoc'],
  [/\bnam\s*hco\b/g, 'nam hoc'],
  [/\bnamhoc\b/g, 'nam hoc'],
  [/\b(?:thnag|tahng|thagn|thag)\b/g, 'thang'],
  [/\bhoc(k[yi])\b/g, 'hoc $1'],
];

/** `Tháng9/2024`, `2024đến`: a letter touching a digit gets a space, so words and numbers are found apart. */
const LETTER_DIGIT_RE = /([a-z])(?=\d)|(\d)(?=[a-z])/g;

/** `… và các năm tiếp theo`: the work goes on after the stated time; the stated time is what can be checked. */
const GOES_ON_RE = /[\s,;]*(?:va\s+)?(?:cac|nhung)\s+nam\s+(?:tiep theo|sau)$/;

function fixTypos(folded: string): string {
  let text = folded.replace(LETTER_DIGIT_RE, '$1$2 ').replace(GOES_ON_RE, '');
  for (const [typo, fix] of TYPOS) text = text.replace(typo, fix);
  return text;
}

/** Folded text on one line: bulleted lines become list items, a line ending in (or starting with) a range separator continues the range. */
function joinLines(raw: string): string {
  const folded = fixTypos(foldVietnamese(raw));
  if (!folded.includes('\n')) return folded.replace(BULLET_RE, '').replace(TRAILING_PUNCTUATION_RE, '');
  let text = '';
  for (const rawLine of folded.split('\n')) {
    const line = rawLine.replace(BULLET_RE, '');
    if (line === '') continue;
    if (text === '') text = line;
    else if (ENDS_WITH_SEPARATOR_RE.test(text) || STARTS_WITH_SEPARATOR_RE.test(line)) text += ` ${line}`;
    else text += `; ${line}`;
  }
  return text.replace(TRAILING_PUNCTUATION_RE, '');
}

const TRAILING_PUNCTUATION_RE = /[\s.;,]+$/;

/** Words that add nothing before a time: `Từ`, `Trong`, `Vào`, `Khoảng`, `Dự kiến`, `Thời gian:`, `Bắt đầu`, `Giai đoạn`, `Đến hết`. */
const LEADING_WORDS_RE = /^(?:(?:bat dau|tu|trong|vao|khoang|du kien|thoi gian|thuc hien|giai doan|den het|den|toi)\s*:?\s+)+/;

/**
 * `Từ tháng 9/2024`, `Bắt đầu từ năm học 2022-2023`: one moment that opens an
 * action with no stated end. It runs on to the end of the plan's school year
 * at least (an action begun two years ago is still under way this year).
 */
const FROM_RE = /^(?:bat dau\s+(?:tu\s+)?|tu\s+)/;

function fromOnwards(piece: Piece, schoolYear: SchoolYear | null): TimeWindow | null {
  const window = pieceWindow(piece, schoolYear);
  if (!window || !schoolYear) return window;
  return range(window.start, Math.max(window.end, monthIndex(schoolYear.endYear, 5)));
}

/**
 * A school year at the end, after a space, comma or `(`, or after a slash that
 * follows a word (`HKI/2024-2025`, but not `Tháng 9/2024-2025`, which is ambiguous).
 * Group 1 is the text before it (with any `năm học` label), group 2 the school year.
 */
const STATED_SCHOOL_YEAR_RE = /^(.*?)(?:[\s,(]+|(?<=[a-z])\/)(\d{4}\s*[-/]\s*\d{2,4})\s*\)?$/;
/** `năm học` / `NH` (and `:`) ending the text before a stated school year. */
const SCHOOL_YEAR_LABEL_RE = /\s*\b(?:nam hoc|nh)\s*:?$/;

/** One ongoing phrase; ONGOING_RE accepts one or more of them, joined by spaces, commas, `và`, `trong`, `suốt`. */
const ONGOING_PHRASE =
  '(?:thuong xuyen|lien tuc|ca nam hoc|ca nam|trong nam hoc|suot nam hoc|trong nam|dinh k[yi]|' + 'hang (?:ngay|tuan|thang|quy|k[yi]|hoc k[yi]|nam hoc|nam))';
const ONGOING_RE = new RegExp(`^${ONGOING_PHRASE}(?:\\s*[,;]?\\s*(?:va\\s+|trong\\s+|suot\\s+)?${ONGOING_PHRASE})*$`);

// ---------------------------------------------------------------------------
// Pieces: one moment, possibly without its year

interface Span {
  start: MonthIndex;
  end: MonthIndex;
  /** Written as a bare year (`Năm 2025`): it only combines with another bare year in a range. */
  yearOnly: boolean;
}

/** One side of a range or one item of a list: a placed span, or a month whose year comes from its neighbours. */
type Piece = { kind: 'span'; span: Span } | { kind: 'month'; month: number };

/** `Đầu` / `Giữa` / `Cuối` + a piece. */
const PART_RE = /^(dau|giua|cuoi)\s+(.+)$/;
/** `hết năm học 2023-2024`, `hết tháng 5/2025` (after `đến`): the piece itself, its end is what counts. */
const UNTIL_END_RE = /^het\s+(.+)$/;
/** `Từ nay đến …`: now, for a plan written at the start of its school year (September). */
const NOW_RE = /^(?:nay|bay gio|hien nay)$/;
/** `Tết`, `Tết Nguyên đán`, `Sau Tết`, `Trước Tết`: the lunar new year falls in January or February of the school year's second year. */
const TET_RE = /^(sau|truoc)?\s*tet(?:\s+nguyen dan|\s+am lich)?$/;

function tetPiece(when: string | undefined, year: SchoolYear): Piece {
  if (when === 'truoc') return spanPiece(monthIndex(year.startYear, 12), monthIndex(year.endYear, 1));
  if (when === 'sau') return spanPiece(monthIndex(year.endYear, 2), monthIndex(year.endYear, 3));
  return spanPiece(monthIndex(year.endYear, 1), monthIndex(year.endYear, 2));
}

/** `Hè 2024`, `Mùa hè năm 2024`, `Hè` (the summer after the school year): June to August. */
const SUMMER_RE = /^(?:mua\s+|dip\s+|trong\s+)?he(?:\s*(?:nam\s*)?(\d{4}))?$/;
/** `Tuần 2 [của] tháng 9/2024`, `Ngày 15/9/2024`: the rest says the month. */
const WEEK_OR_DAY_RE = /^(?:tuan\s*\d{1,2}\s*(?:cua\s+)?|ngay\s+)(.+)$/;
/** `Năm học` alone: the plan's school year. */
const THIS_SCHOOL_YEAR_RE = /^(?:ca\s+)?nam hoc$/;
/** `HK I`, `HKI`, `HK2`, `Học kỳ I`, `Học kì 1`, `Kỳ II`. */
const SEMESTER_RE = /^(?:hk|hoc k[yi]|k[yi])\s*(ii|i|2|1)$/;
/** `Quý I/2025`, `Quý 4 năm 2024`, `Quý IV - 2024`, `Quý 2`. */
const QUARTER_RE = /^quy\s*(iv|iii|ii|i|[1-4])(?:\s*(?:[/,-]\s*)?(?:nam\s*)?(\d{4}))?$/;
/** `Tháng 9/2024`, `T9/2024`, `09/2024`, `9-2024`, `9.2024`, `Tháng 9 năm 2024`, `Tháng 9, năm 2024`. */
const MONTH_YEAR_RE = /^(?:thang|t)?\s*(\d{1,2})\s*(?:[/.-]|,?\s*nam)\s*(\d{4})$/;
/** `Tháng 9`, `T9`. */
const MONTH_RE = /^(?:thang|t)\s*(\d{1,2})$/;
/** `9` alone: a month only inside a range or list that also says `tháng` or a year (`9 - 12/2024`). */
const BARE_MONTH_RE = /^(\d{1,2})$/;
const BARE_MONTH_CONTEXT_RE = /\bthang\b|\bt\s?\d|\d{4}/;
/** `Năm 2025`, `2025`, `Cả năm 2025`. */
const YEAR_RE = /^(?:(?:ca\s+)?nam\s*)?(\d{4})$/;
/** `Năm 2024 - 2025` (a school year written with `Năm`): drop the `Năm` for parseSchoolYear. */
const NAM_BEFORE_YEAR_RE = /^(?:ca\s+)?nam\s+(?=\d)/;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function parsePiece(text: string, schoolYear: SchoolYear | null, allowBareMonth: boolean): Piece | null {
  const part = PART_RE.exec(text);
  if (part) {
    const inner = parsePiece(part[2], schoolYear, false);
    return inner ? partOf(part[1], inner) : null;
  }
  const weekOrDay = WEEK_OR_DAY_RE.exec(text);
  if (weekOrDay) return parsePiece(weekOrDay[1], schoolYear, false);
  const untilEnd = UNTIL_END_RE.exec(text);
  if (untilEnd) return parsePiece(untilEnd[1], schoolYear, allowBareMonth);

  if (NOW_RE.test(text)) return schoolYear ? spanPiece(monthIndex(schoolYear.startYear, 9), monthIndex(schoolYear.startYear, 9)) : null;
  const tet = TET_RE.exec(text);
  if (tet) return schoolYear ? tetPiece(tet[1], schoolYear) : null;

  const summer = SUMMER_RE.exec(text);
  if (summer) {
    const year = summer[1] !== undefined ? Number(summer[1]) : schoolYear?.endYear;
    return year !== undefined && isYear(year) ? spanPiece(monthIndex(year, 6), monthIndex(year, 8)) : null;
  }

  const statedYear = parseSchoolYear(text.replace(NAM_BEFORE_YEAR_RE, ''));
  if (statedYear) return schoolYearPiece(statedYear);
  if (THIS_SCHOOL_YEAR_RE.test(text)) return schoolYear ? schoolYearPiece(schoolYear) : null;

  const semester = SEMESTER_RE.exec(text);
  if (semester) return schoolYear ? semesterPiece(ROMAN[semester[1]] ?? Number(semester[1]), schoolYear) : null;

  const quarter = QUARTER_RE.exec(text);
  if (quarter) return quarterPiece(ROMAN[quarter[1]] ?? Number(quarter[1]), quarter[2], schoolYear);

  const date = parseDate(text);
  if (date) return monthPiece(date.month, date.year);

  const monthYear = MONTH_YEAR_RE.exec(text);
  if (monthYear) return monthPiece(Number(monthYear[1]), Number(monthYear[2]));

  const month = MONTH_RE.exec(text) ?? (allowBareMonth ? BARE_MONTH_RE.exec(text) : null);
  if (month) return isMonth(Number(month[1])) ? { kind: 'month', month: Number(month[1]) } : null;

  const year = YEAR_RE.exec(text);
  if (year) {
    const y = Number(year[1]);
    return isYear(y) ? { kind: 'span', span: { start: monthIndex(y, 1), end: monthIndex(y, 12), yearOnly: true } } : null;
  }
  return null;
}

function schoolYearPiece(year: SchoolYear): Piece {
  return spanPiece(monthIndex(year.startYear, 9), monthIndex(year.endYear, 5));
}

/** HK I: September to January; HK II: January to May (HK I ends mid-January). */
function semesterPiece(semester: number, year: SchoolYear): Piece {
  return semester === 1
    ? spanPiece(monthIndex(year.startYear, 9), monthIndex(year.endYear, 1))
    : spanPiece(monthIndex(year.endYear, 1), monthIndex(year.endYear, 5));
}

/** The quarter in the stated year, or (no year) placed by its first month like a lone month: Quý I–III in the second year of the school year, Quý IV in the first. */
function quarterPiece(quarter: number, yearText: string | undefined, schoolYear: SchoolYear | null): Piece | null {
  const firstMonth = (quarter - 1) * 3 + 1;
  let start: MonthIndex | null;
  if (yearText !== undefined) start = isYear(Number(yearText)) ? monthIndex(Number(yearText), firstMonth) : null;
  else start = inSchoolYear(firstMonth, schoolYear);
  return start === null ? null : spanPiece(start, start + 2);
}

function monthPiece(month: number, year: number): Piece | null {
  if (!isMonth(month) || !isYear(year)) return null;
  const index = monthIndex(year, month);
  return spanPiece(index, index);
}

/** `Đầu` → the first two months, `Cuối` → the last two, `Giữa` → the middle month. A lone month stays itself. */
function partOf(part: string, piece: Piece): Piece {
  if (piece.kind === 'month') return piece;
  const { start, end } = piece.span;
  if (part === 'dau') return spanPiece(start, Math.min(start + 1, end));
  if (part === 'cuoi') return spanPiece(Math.max(end - 1, start), end);
  const middle = Math.floor((start + end) / 2);
  return spanPiece(middle, middle);
}

function windowPiece(window: TimeWindow | null): Piece | null {
  return window ? spanPiece(window.start, window.end) : null;
}

function spanPiece(start: MonthIndex, end: MonthIndex): Piece {
  return { kind: 'span', span: { start, end, yearOnly: false } };
}

// ---------------------------------------------------------------------------
// One piece, or a range of two

function parseRangeOrPiece(text: string, schoolYear: SchoolYear | null): TimeWindow | null {
  const piece = parsePiece(text, schoolYear, false);
  if (piece) return pieceWindow(piece, schoolYear);
  return parseRange(text, schoolYear);
}

/** `đến`, `tới`, `~`, `->`, `=>`, `→`: never inside a piece, so the text is split at the first one. */
const WORD_SEPARATOR_RE = /\s*(?:\bden\b|\btoi\b|~|->|=>|→)\s*/;

function parseRange(text: string, schoolYear: SchoolYear | null): TimeWindow | null {
  const allowBareMonth = BARE_MONTH_CONTEXT_RE.test(text);
  const word = WORD_SEPARATOR_RE.exec(text);
  if (word) {
    const left = text.slice(0, word.index);
    const right = text.slice(word.index + word[0].length);
    return joinSides(left, right, schoolYear, allowBareMonth);
  }
  // A dash may also sit inside one side (`05-10-2024`, `2024-2025`): try each dash in turn.
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    const window = joinSides(text.slice(0, at), text.slice(at + 1), schoolYear, allowBareMonth);
    if (window) return window;
  }
  return null;
}

function joinSides(leftText: string, rightText: string, schoolYear: SchoolYear | null, allowBareMonth: boolean): TimeWindow | null {
  const left = parsePiece(leftText.trim(), schoolYear, allowBareMonth);
  const right = left && parsePiece(rightText.trim(), schoolYear, allowBareMonth);
  if (!left || !right) return null;

  if (left.kind === 'span' && right.kind === 'span') {
    // `Tháng 12/2024 - 2025`: the end might be the year or the school year: don't guess.
    if (left.span.yearOnly !== right.span.yearOnly) return null;
    const window = range(left.span.start, right.span.end);
    return left.span.yearOnly ? { ...window, yearOnly: true } : window;
  }
  if (left.kind === 'span' && right.kind === 'month') {
    if (left.span.yearOnly) return null;
    return range(left.span.start, firstFrom(right.month, left.span.start));
  }
  if (left.kind === 'month' && right.kind === 'span') {
    if (right.span.yearOnly) return null;
    return range(lastUntil(left.month, right.span.end), right.span.end);
  }
  // Both are months without a year (the check only narrows the types).
  if (left.kind !== 'month' || right.kind !== 'month') return null;
  const start = inSchoolYear(left.month, schoolYear);
  return start === null ? null : range(start, firstFrom(right.month, start));
}

// ---------------------------------------------------------------------------
// Lists

/** `,` `;` `+` `&` `và` between items. */
const LIST_SEPARATOR_RE = /\s*(?:[,;+&]|\bva\b)\s*/;

function parseList(text: string, schoolYear: SchoolYear | null): TimeWindow | null {
  const items = text.split(LIST_SEPARATOR_RE).filter((item) => item !== '');
  if (items.length < 2) return null;
  const allowBareMonth = BARE_MONTH_CONTEXT_RE.test(text);

  // spans[i] is the placed item, or null for a month without its year (months[i]).
  const spans: (Span | null)[] = [];
  const months: number[] = [];
  for (const item of items) {
    const piece = parsePiece(item, schoolYear, allowBareMonth) ?? windowPiece(parseRange(item, schoolYear));
    if (!piece) return null;
    spans.push(piece.kind === 'span' ? piece.span : null);
    months.push(piece.kind === 'month' ? piece.month : 0);
  }
  const placed = placeListMonths(spans, months, schoolYear);
  if (!placed) return null;
  return range(Math.min(...placed.map((span) => span.start)), Math.max(...placed.map((span) => span.end)));
}

/**
 * Gives each month without a year its year: from the next placed item after
 * it (`Tháng 9, 10/2024`: 9 → 9/2024), else from the item before it
 * (`Tháng 9/2024, tháng 5`: 5 → 5/2025), else from the school year.
 * Null when a month cannot be placed.
 */
function placeListMonths(spans: (Span | null)[], months: number[], schoolYear: SchoolYear | null): Span[] | null {
  const placed = [...spans];
  let next: Span | null = null;
  for (let i = placed.length - 1; i >= 0; i--) {
    const span = placed[i];
    if (span === null && next !== null) placed[i] = single(lastUntil(months[i], next.start));
    next = placed[i] ?? next;
  }
  const result: Span[] = [];
  let previous: Span | null = null;
  for (let i = 0; i < placed.length; i++) {
    let span = placed[i];
    if (span === null) {
      const start = previous ? firstFrom(months[i], previous.end) : inSchoolYear(months[i], schoolYear);
      if (start === null) return null;
      span = single(start);
    }
    result.push(span);
    previous = span;
  }
  return result;
}

// ---------------------------------------------------------------------------
// Month arithmetic

/** The window of a piece on its own; a lone month is placed by the school year. */
function pieceWindow(piece: Piece, schoolYear: SchoolYear | null): TimeWindow | null {
  if (piece.kind === 'span') {
    const window = range(piece.span.start, piece.span.end);
    return piece.span.yearOnly ? { ...window, yearOnly: true } : window;
  }
  const start = inSchoolYear(piece.month, schoolYear);
  return start === null ? null : range(start, start);
}

/** A month of the school year: August–December in its first year, January–July in its second. */
function inSchoolYear(month: number, schoolYear: SchoolYear | null): MonthIndex | null {
  if (!schoolYear) return null;
  return monthIndex(month >= 8 ? schoolYear.startYear : schoolYear.endYear, month);
}

/** The first `month` at or after `from`. */
function firstFrom(month: number, from: MonthIndex): MonthIndex {
  const candidate = monthIndex(Math.floor(from / 12), month);
  return candidate < from ? candidate + 12 : candidate;
}

/** The last `month` at or before `until`. */
function lastUntil(month: number, until: MonthIndex): MonthIndex {
  const candidate = monthIndex(Math.floor(until / 12), month);
  return candidate > until ? candidate - 12 : candidate;
}

function ongoing(year: SchoolYear): TimeWindow {
  return { start: monthIndex(year.startYear, 9), end: monthIndex(year.endYear, 5), kind: 'ongoing' };
}

function range(start: MonthIndex, end: MonthIndex): TimeWindow {
  return { start, end, kind: 'range' };
}

function single(month: MonthIndex): Span {
  return { start: month, end: month, yearOnly: false };
}

function isMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

function isYear(year: number): boolean {
  return year >= 1900 && year <= 2999;
}
