/**
 * Used by the parsers in this folder and by foldKey (../text.ts); not re-exported from index.ts.
 *
 * Vietnamese cells are matched after "folding": lower case, every tone and
 * vowel mark removed, `đ` → `d`, every kind of dash → `-`, spaces as
 * `normalizeText` leaves them (non-breaking spaces and tabs are spaces, runs
 * collapsed, lines trimmed). Why remove the marks instead of comparing NFC text:
 * - NFC does not unify the two accent placements people type:
 *   `hóa`/`hoá`, `thuỷ`/`thủy`, `kì`/`kỳ` are different strings after NFC;
 * - text typed without an input method (`Muc 2`, `Thang 9/2024`) or with a
 *   broken one still reads correctly.
 * The parsers only look for a small set of words, none of which collide when
 * the marks are gone, so nothing is lost for them.
 *
 * Speed matters (thousands of cells per check), so this avoids
 * `String.normalize`: precomposed letters are looked up in a table built
 * once, and the combining marks of decomposed text (pasted from PDFs) are
 * simply dropped. Both give the same result.
 */

/** Unicode combining marks (what NFD splits off): tone marks, circumflex, breve, horn. */
const COMBINING_MARK = '\\u0300-\\u036f';
/** Latin letters that may carry marks: Latin-1, Latin Extended-A/B, Latin Extended Additional (ạ, ả, ấ, … ỹ). */
const MARKED_LETTER = '\\u00c0-\\u024f\\u1e00-\\u1eff';
// eslint-disable-next-line no-misleading-character-class -- the combining marks are listed on purpose: they are what folding drops
const MARKED_OR_MARK_RE = new RegExp(`[${MARKED_LETTER}${COMBINING_MARK}]`, 'g');

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small/full-width hyphen-minus. */
const DASHES_RE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SPACES_RE = /[ \t\u00a0\u2007\u202f]+/g;
/** Same set as INVISIBLE_MARKS in ../text.ts (kept here so this module imports nothing). */
const INVISIBLE_RE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `ấ` → `a`, `Đ` → `D`, … ; a combining mark → `` (absent from the table). */
const BASE_LETTER: Map<string, string> = buildBaseLetterTable();

function buildBaseLetterTable(): Map<string, string> {
  const table = new Map<string, string>([
    ['đ', 'd'],
    ['Đ', 'D'],
  ]);
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  const marks = new RegExp(`[${COMBINING_MARK}]`, 'g');
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const letter = String.fromCharCode(code);
      const base = letter.normalize('NFD').replace(marks, '');
      if (base !== letter && !table.has(letter)) table.set(letter, base);
    }
  }
  return table;
}

/**
 * Text that is already folded: printable ASCII without capitals, single
 * spaces, no space at either end. The parsers hand pieces of folded text to
 * each other (a time window's sides to parseDate), so this path is common.
 */
const ALREADY_FOLDED_RE = /^[!-@[-~]+(?: [!-@[-~]+)*$/;

/** Folded text (see above). Line breaks are kept. */
export function foldVietnamese(text: string): string {
  if (ALREADY_FOLDED_RE.test(text)) return text;
  const lower = text.replace(MARKED_OR_MARK_RE, baseLetter).toLowerCase();
  // Only plain spaces left? Then the space and dash rules below have nothing to do but trim.
  if (!UNUSUAL_SPACING_RE.test(lower)) return lower.trim();
  return lower
    .replace(DASHES_RE, '-')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE_RE, '')
    .replace(SPACES_RE, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/** Anything the space and dash rules act on: two spaces, a tab, a line break, an unusual space or dash, an invisible character. */
const UNUSUAL_SPACING_RE =
  /[\t\r\n\u00a0\u2007\u202f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2010-\u2015\u2212\ufe58\ufe63\uff0d]| {2}/;

function baseLetter(char: string): string {
  const base = BASE_LETTER.get(char);
  if (base !== undefined) return base;
  return char >= '\u0300' && char <= '\u036f' ? '' : char; // a combining mark: dropped
}

/** Folded text on one line: line breaks become spaces. */
export function foldLine(text: string): string {
  const folded = foldVietnamese(text);
  return folded.includes('\n') ? folded.replace(/\n+/g, ' ') : folded;
}
