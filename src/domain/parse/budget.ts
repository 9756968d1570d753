import { TextCache } from './text-cache';
import type { Cell } from '../cell';
import { normalizeText } from '../text';
import { foldLine } from './fold';
import type { Budget } from './types';

/*
 * Dự kiến kinh phí (budget).
 *
 * Matching is done on folded text (lower case, no accents), which also makes
 * `Xã hội hóa` and `Xã hội hoá` (two accent placements NFC keeps apart) equal.
 *
 * { kind: 'none' }: a blank cell, `Không`, `Không có`, `Không phát sinh`,
 *   `Không tốn kinh phí` (any text starting with `Không` and holding no digit),
 *   `0`, `0 đồng`, `-`, `--`, `/`, `Miễn phí`, the number 0.
 *
 * { kind: 'amount', vnd }: every number in the cell is an amount of money, and
 *   the amounts are added up:
 *   `10 triệu`  `100 triệu đồng`  `5 tr`  `5tr`  `1,5 triệu` / `1.5 triệu` (decimal)
 *   `500 nghìn`  `500 ngàn`  `500k`  `2 tỷ`  `2 tỉ`  `2 tỷ 500 triệu`
 *   `10.000.000`  `10.000.000đ`  `10.000.000 đ`  `10,000,000 VNĐ`  `500.000 đồng`
 *   `10 triệu (xã hội hóa)`  `Ngân sách: 5 triệu`  `NSNN: 5 triệu; XHH: 3 triệu` (8 triệu)
 *   the number cell 10000000.
 *   A number counts as money when it has a unit (`tỷ`, `triệu`, `nghìn`, `k`,
 *   `đồng`, `đ`, `VNĐ`), or groups thousands (`10.000.000`), or is at least
 *   10 000, or is the whole cell (`5000000`). A number without a unit may only
 *   sit next to source words (`Ngân sách: 10.000.000`), so `10.000.000 quả táo`
 *   is unreadable. Amounts are taken as written: `10` is 10 đồng (the validator
 *   may question it); `5 triệu/năm` is 5 triệu (no rate arithmetic).
 *   Number format: one separator kind used several times, or once before
 *   exactly 3 digits, groups thousands (`10.000.000`, `1.500`, `1,500`);
 *   used once before 1–2 or 4+ digits it is a decimal point (`1,5`, `1.25`);
 *   with both kinds, the last one is the decimal point (`1.234,5 triệu`).
 *   A decimal needs a unit that multiplies it (`1,5` alone is unreadable).
 *
 * { kind: 'source', text }: no amount, but the text names where money comes
 *   from, i.e. contains one of SOURCE_WORDS: ngân sách, NSNN, xã hội hóa, XHH,
 *   nguồn, kinh phí, tài trợ, huy động, quỹ, cha mẹ học sinh, CMHS, phụ huynh,
 *   ban đại diện, đóng góp, vận động, ủng hộ, hỗ trợ, nhà hảo tâm, mạnh thường
 *   quân, doanh nghiệp, tự chủ, chi thường xuyên, tự túc, học phí, dự toán,
 *   vốn, công đoàn, nhà trường. `text` is the cell as typed (normalised).
 *   `Ngân sách nhà nước`, `Xã hội hóa`, `Kinh phí chi thường xuyên`,
 *   `Ngân sách năm 2024` (a year next to a source is not an amount).
 *
 * null (unreadable): `abc123`, `10 quả táo`, `5 - 10 triệu` and `Từ 5 đến 10 triệu`
 *   (a range, not an amount), `5 triệu x 2 lớp`, `1,5`, negative numbers,
 *   booleans, dates, and text with neither an amount nor a source word
 *   (`Tận dụng thiết bị sẵn có`).
 */

/** `Không …` without digits, `0`, dashes, `/`, `Miễn phí`. */
const NONE_RE = /^(?:khong(?:\s+\D*)?|-+|\/|mien phi)$/;

/**
 * A money expression: a number not glued to a letter or another number, then
 * optionally a multiplier (`tỷ`, `tỉ`, `triệu`, `tr`, `nghìn`, `ngàn`, `k`)
 * and optionally a currency word (`đồng`, `đ`, `VNĐ`), neither glued to a
 * following letter. `ngàn` folds to `ngan` like `ngân`, hence `(?!\s*sach)`.
 */
const MONEY_RE = /(?<![\p{L}\d.,])(\d+(?:[.,]\d+)*)(?:\s*(ty|ti|trieu|tr|nghin|ngan(?!\s*sach)|k)(?!\p{L}))?(?:\s*(dong|vnd|d)(?!\p{L}))?/gu;

/** Every run of digits, to check that each one is part of a money expression. */
const NUMBER_RE = /\d+(?:[.,]\d+)*/g;

const MULTIPLIERS: Record<string, number> = { ty: 1e9, ti: 1e9, trieu: 1e6, tr: 1e6, nghin: 1e3, ngan: 1e3, k: 1e3 };

/** Words naming a funding source (see the list above), as whole words of folded text. */
const SOURCE_WORDS_RE = new RegExp(
  '\\b(?:ngan sach|nsnn|xa hoi hoa|xhh|nguon|kinh phi|tai tro|huy dong|quy|cha me hoc sinh|cmhs|phu huynh|' +
    'ban dai dien|dong gop|van dong|ung ho|ho tro|nha hao tam|manh thuong quan|doanh nghiep|tu chu|' +
    'chi thuong xuyen|tu tuc|hoc phi|du toan|von|cong doan|nha truong)\\b',
);

/** What may surround an amount with no unit: source words, `dự kiến`, `khoảng`, `tổng`, `số tiền`, `chi phí`, punctuation. */
const LABEL_WORDS_RE = new RegExp(`${SOURCE_WORDS_RE.source}|\\b(?:du kien|khoang|tong cong|tong|so tien|chi phi)\\b`, 'g');
const PUNCTUATION_RE = /[\s:;,.()[\]/*+=-]+/g;

/** Two amounts joined like a range: `5 - 10 triệu`, `5 triệu đến 10 triệu`. */
const RANGE_BETWEEN_RE = /^\s*(?:-|~|den|toi)\s*$/;

/** The budget a cell states; see the rules above. */
export function parseBudget(cell: Cell): Budget | null {
  if (typeof cell === 'number') return numberBudget(cell);
  if (cell === null) return { kind: 'none' };
  if (typeof cell !== 'string') return null;
  return budgetCache.get(cell, () => parseBudgetText(cell));
}

const budgetCache = new TextCache<Budget | null>(4096);

function parseBudgetText(cell: string): Budget | null {
  const text = foldLine(cell);
  if (text === '' || NONE_RE.test(text)) return { kind: 'none' };
  const vnd = readAmount(text);
  if (vnd !== null) return vnd === 0 ? { kind: 'none' } : { kind: 'amount', vnd };
  if (SOURCE_WORDS_RE.test(text)) return { kind: 'source', text: normalizeText(cell) };
  return null;
}

/** `10.000.000 đồng`: whole đồng with dots between thousands. */
export function formatVnd(vnd: number): string {
  const rounded = Math.round(vnd);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+$)/g, '.');
  return `${rounded < 0 ? '-' : ''}${digits} đồng`;
}

function numberBudget(value: number): Budget | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const vnd = Math.round(value);
  return vnd === 0 ? { kind: 'none' } : { kind: 'amount', vnd };
}

/** The total of the money expressions in the text, or null when some number is not money (see the rules above). */
function readAmount(text: string): number | null {
  const matches = [...text.matchAll(MONEY_RE)];
  const numberCount = text.match(NUMBER_RE)?.length ?? 0;
  if (matches.length === 0 || matches.length !== numberCount) return null;

  let total = 0;
  let hasBareNumber = false;
  let previousEnd = -1;
  for (const match of matches) {
    const start = match.index;
    if (previousEnd >= 0 && RANGE_BETWEEN_RE.test(text.slice(previousEnd, start))) return null;
    previousEnd = start + match[0].length;

    const [whole, numberText, multiplierWord, currencyWord] = match;
    const number = readNumber(numberText);
    if (number === null) return null;
    const multiplier = multiplierWord ? MULTIPLIERS[multiplierWord] : 1;
    if (multiplier === 1 && !Number.isInteger(number.value)) return null;
    if (!multiplierWord && !currencyWord) {
      const isMoney = number.grouped || number.value >= 10_000 || whole.trim() === text;
      if (!isMoney) return null;
      hasBareNumber = true;
    }
    total += Math.round(number.value * multiplier);
  }
  if (hasBareNumber && !onlyLabelsAround(text)) return null;
  return Number.isSafeInteger(total) ? total : null;
}

/** True when, once the money and the source/label words are removed, nothing but punctuation is left. */
function onlyLabelsAround(text: string): boolean {
  return text.replace(MONEY_RE, ' ').replace(LABEL_WORDS_RE, ' ').replace(PUNCTUATION_RE, '') === '';
}

/** `10.000.000` → 10000000 (grouped), `1,5` → 1.5, `2` → 2; null for a malformed grouping (`10.00.000`). */
function readNumber(text: string): { value: number; grouped: boolean } | null {
  const dots = countOf(text, '.');
  const commas = countOf(text, ',');
  if (dots === 0 && commas === 0) return { value: Number(text), grouped: false };

  if (dots > 0 && commas > 0) {
    // Both kinds: the last one is the decimal point and appears once (1.500.000,5 / 1,500,000.5).
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const [integerPart, fraction] = text.split(decimal);
    if (countOf(text, decimal) !== 1 || !isGrouped(integerPart, grouping)) return null;
    return { value: Number(`${integerPart.split(grouping).join('')}.${fraction}`), grouped: true };
  }

  const separator = dots > 0 ? '.' : ',';
  if (isGrouped(text, separator)) return { value: Number(text.split(separator).join('')), grouped: true };
  if (countOf(text, separator) === 1) return { value: Number(text.replace(separator, '.')), grouped: false };
  return null;
}

/** `10.000.000` with `.`: 1–3 digits, then groups of exactly 3. */
function isGrouped(text: string, separator: string): boolean {
  const groups = text.split(separator);
  return groups.length >= 2 && /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}
