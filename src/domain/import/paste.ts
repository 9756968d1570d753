/**
 * The `Nhập` tab → DocumentContent, so a table pasted from Word goes
 * through the same mapper as a .docx (docs/import.md, "Paste").
 *
 * Sheets splits a pasted table into cells and keeps no trace of Word's
 * merges in the values: a criterion merged down over its action rows
 * arrives as its text on the first row and blank cells below, which the
 * mapper already reads as continuation rows. A heading row merged across
 * the table (`Tiêu chuẩn 1: …`, `MỨC 4`) arrives as text in its first cell
 * only; it is given back its full width, so the mapper sees a group row.
 * Lines pasted above the table (the title, `Số: …/KH-…`) become paragraphs,
 * where the mapper looks for the school's name and the year.
 */
import type { Cell } from '../cell';
import { cellText } from '../text';
import type { ContentBlock, ContentCell, DocumentContent } from './content';

/** The tab the school pastes into. */
export const PASTE_TAB = 'Nhập';

function cell(text: string, colSpan = 1): ContentCell {
  return { paragraphs: text.split('\n'), colSpan, rowSpan: 1 };
}

/** The pasted grid as one document: paragraphs above the first row of two or more cells, then one table. */
export function pastedContent(values: readonly (readonly Cell[])[]): DocumentContent {
  const texts = values.map((row) => row.map((value) => cellText(value)));
  const rows = texts.filter((row) => row.some((text) => text !== ''));
  const width = Math.max(0, ...rows.map((row) => row.reduce((last, text, col) => (text !== '' ? col + 1 : last), 0)));
  const blocks: ContentBlock[] = [];
  const tableRows: ContentCell[][] = [];
  for (const row of rows) {
    const filled = row.filter((text) => text !== '');
    if (filled.length === 1 && row[0] !== '') {
      // One text in the first column: a line above the table, or a heading row merged across it.
      if (tableRows.length === 0) blocks.push({ type: 'paragraph', text: row[0] });
      else tableRows.push([cell(row[0], width)]);
      continue;
    }
    tableRows.push(Array.from({ length: width }, (_, col) => cell(row[col] ?? '')));
  }
  if (tableRows.length > 0) blocks.push({ type: 'table', rows: tableRows });
  return { blocks };
}
