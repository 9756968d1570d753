import type { Cell } from './cell';
import { foldLine } from './parse/fold';

/**
 * Characters nobody means to type but that arrive with pasted text: zero-width
 * space/joiners, word joiner, soft hyphen, byte-order mark, and the
 * bidirectional marks (LRM, RLM, embeddings, isolates) that right-to-left
 * keyboards and some web pages leave around a name. They are invisible in
 * Sheets, so a tab named "\u200eTiêu chuẩn 1" looks exactly like the real one.
 */
export const INVISIBLE_MARKS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Text made only of ASCII, the Latin supplements and Latin Extended
 * Additional (where every precomposed Vietnamese letter lives) is already
 * NFC: none of those characters decomposes to something else or combines
 * with a neighbour. Typed Vietnamese is nearly always that; a combining
 * mark (U+0300…, text pasted from a PDF) or anything else goes through
 * String.normalize.
 */
const ALREADY_NFC = /^[\u0000-\u024f\u1e00-\u1eff]*$/;

/** Anything normalizeText would change besides NFC. */
const NEEDS_CLEANING = /[\r\n\t\u00a0\u2007\u202f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]| {2}|^ | $/;

/**
 * Text as the user typed it, made comparable: NFC (text pasted from PDFs
 * arrives decomposed), non-breaking spaces turned into spaces, runs of
 * spaces collapsed, trimmed. Line breaks are kept: multi-line cells matter
 * in the document.
 */
export function normalizeText(text: string): string {
  // Most cells are already clean: one cheap test spares the full clean-up.
  if (!NEEDS_CLEANING.test(text)) return ALREADY_NFC.test(text) ? text : text.normalize('NFC');
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(INVISIBLE_MARKS, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

/**
 * A key for matching tab names, headers, `Thông tin chung` keys and listed
 * values: one line, lower case, without tone or vowel marks (`đ` → `d`) and
 * without invisible marks. Schools type `Tieu chuan 1`, `Thong tin chung`,
 * `Muc hien tai` when no Vietnamese keyboard is at hand, and `hoá`/`hóa`
 * differ after NFC; all of them must find the same thing (workbook spec,
 * "Typed without diacritics"). Messages always use the proper names.
 */
export function foldKey(text: string): string {
  return foldLine(text);
}

/**
 * The text of a cell. Numbers keep their JavaScript form (`1.1`), booleans
 * become `TRUE`/`FALSE` as Sheets shows them, dates become `dd/mm/yyyy`.
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return normalizeText(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const dd = String(cell.getDate()).padStart(2, '0');
    const mm = String(cell.getMonth() + 1).padStart(2, '0');
    return `${dd}/${mm}/${cell.getFullYear()}`;
  }
  return '';
}

/** True when a cell holds nothing a person would call a value. */
export function isBlank(cell: Cell | undefined): boolean {
  return cellText(cell) === '';
}
