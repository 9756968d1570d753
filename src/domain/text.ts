import type { Cell } from './cell';

/** Anything normalizeText would change besides NFC. */
const NEEDS_CLEANING = /[\r\n\t\u00a0\u2007\u202f\u200b\ufeff]| {2}|^ | $/;

/**
 * Text as the user typed it, made comparable: NFC (text pasted from PDFs
 * arrives decomposed), non-breaking spaces turned into spaces, runs of
 * spaces collapsed, trimmed. Line breaks are kept: multi-line cells matter
 * in the document.
 */
export function normalizeText(text: string): string {
  // Most cells are already clean: one cheap test spares the full clean-up.
  if (!NEEDS_CLEANING.test(text)) return text.normalize('NFC');
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

/** A key for matching tab names, headers and `Thông tin chung` keys: normalised, one line, lower case. */
export function foldKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').toLocaleLowerCase('vi');
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
