import { normalizeText } from '../text';

/**
 * Shared by the parsers in this folder only (not re-exported from index.ts).
 *
 * Vietnamese cells are matched after "folding": lower case, every tone and
 * vowel mark removed, `đ` → `d`, every kind of dash → `-`. Why remove the
 * marks instead of comparing NFC text:
 * - NFC does not unify the two accent placements people type:
 *   `hóa`/`hoá`, `thuỷ`/`thủy`, `kì`/`kỳ` are different strings after NFC;
 * - text typed without an input method (`Muc 2`, `Thang 9/2024`) or with a
 *   broken one still reads correctly.
 * The parsers only look for a small set of words, none of which collide when
 * the marks are gone, so nothing is lost for them.
 */

/** Unicode combining marks left by NFD: Vietnamese tone marks, circumflex, breve, horn. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small/full-width hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** Folded text (see above). Line breaks are kept; spaces are collapsed by `normalizeText`. */
export function foldVietnamese(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(DASHES, '-');
}

/** Folded text on one line: line breaks become spaces. */
export function foldLine(text: string): string {
  return foldVietnamese(text).replace(/\s*\n\s*/g, ' ');
}
