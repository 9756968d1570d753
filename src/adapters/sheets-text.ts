import type { Cell } from '../domain/cell';

/**
 * Sheets reads what a script writes as if the user had typed it
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption,
 * USER_ENTERED): a string that begins with `=`, `+`, `-` or `@` becomes a
 * formula, and the default texts of `Nội dung văn bản` (`- Đánh giá ...`)
 * would read back as `#ERROR!`. A leading apostrophe makes Sheets keep the
 * rest as text and drop the apostrophe, so such strings get one; a string
 * that itself begins with an apostrophe gets one too, or Sheets would eat it.
 */
const READ_AS_FORMULA_OR_QUOTE = /^[=+\-@']/;

export function asTypedText(value: Cell): Cell {
  return typeof value === 'string' && READ_AS_FORMULA_OR_QUOTE.test(value) ? `'${value}` : value;
}

/** A block of values made safe cell by cell (a copy). */
export function asTypedTextRows(rows: readonly (readonly Cell[])[]): Cell[][] {
  return rows.map((row) => row.map(asTypedText));
}
