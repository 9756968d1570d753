/**
 * A1 notation: parsing what scripts pass to getRange, and printing what
 * getA1Notation returns. Rows and columns are 1-based, as in the API.
 */

/** A block of cells: top-left corner and size. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let letters = '';
  let n = col;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `A1` for one cell, `A1:B2` for a block (what Range.getA1Notation returns). */
export function rectA1(r: Rect): string {
  const start = cellA1(r.row, r.col);
  if (r.rows === 1 && r.cols === 1) return start;
  return `${start}:${cellA1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** A reference split into its optional sheet name and the cell part. */
export function splitSheetName(ref: string): { sheet: string | null; cells: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { sheet: null, cells: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: ref.slice(bang + 1) };
}

interface Corner {
  row: number | null; // null: the whole column ("A")
  col: number | null; // null: the whole row ("1")
}

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? columnNumber(m[1]) : null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { row, col };
}

/**
 * The block named by `A1`, `A1:C3`, `A:C` (whole columns), `2:4` (whole
 * rows) or `A2:C` (to the last row), within a sheet of the given size.
 * Null when the text is not A1 notation.
 */
export function parseA1(cells: string, maxRows: number, maxCols: number): Rect | null {
  const [a, b, extra] = cells.split(':');
  if (extra !== undefined) return null;
  const start = parseCorner(a);
  const end = b === undefined ? start : parseCorner(b);
  if (!start || !end) return null;
  if (b === undefined && (start.row === null || start.col === null)) return null;
  const row1 = start.row ?? 1;
  const col1 = start.col ?? 1;
  const row2 = end.row ?? maxRows;
  const col2 = end.col ?? maxCols;
  const top = Math.min(row1, row2);
  const left = Math.min(col1, col2);
  return { row: top, col: left, rows: Math.abs(row2 - row1) + 1, cols: Math.abs(col2 - col1) + 1 };
}
