/**
 * The rows of `Thông tin chung` that link one year's spreadsheet to the
 * next: `Kế hoạch năm sau` in this year's (the one cell the add-on writes
 * there), `Kế hoạch năm trước` in next year's. Other readers ignore these
 * keys (an unknown `Mục` is neither read nor flagged).
 */
import type { Cell } from '../cell';
import { cellText, foldKey } from '../text';
import type { RawSheet } from '../workbook/raw';
import { KEY_VALUE_COLUMNS } from '../workbook/read';
import { findTable } from '../workbook/table';

export const NEXT_YEAR_LINK_LABEL = 'Kế hoạch năm sau';
export const PREVIOUS_YEAR_LINK_LABEL = 'Kế hoạch năm trước';

/** Where a link goes: 0-based cells; `label` true when the key cell must be written too (a new row). */
export interface LinkCell {
  row: number;
  keyCol: number;
  valueCol: number;
  writeLabel: boolean;
}

/** The value cell of the `label` row, or the first row below the tab's rows when there is none yet. */
export function linkCell(info: RawSheet, label: string): LinkCell {
  const table = findTable(info, KEY_VALUE_COLUMNS, 'key');
  const keyCol = table?.columns.get('key') ?? 0;
  const valueCol = table?.columns.get('value') ?? keyCol + 1;
  const firstRow = table ? table.headerRow + 1 : 0;
  for (let row = firstRow; row < info.values.length; row++) {
    if (foldKey(cellText(info.values[row]?.[keyCol])) === foldKey(label)) return { row, keyCol, valueCol, writeLabel: false };
  }
  let last = info.values.length - 1;
  while (last >= firstRow && (info.values[last] ?? []).every((cell) => cellText(cell) === '')) last--;
  return { row: Math.max(last + 1, firstRow), keyCol, valueCol, writeLabel: true };
}

/** `info` with the link written (a copy): for next year's workbook, before it is created. */
export function withLink(info: RawSheet, label: string, url: string): RawSheet {
  const cell = linkCell(info, label);
  const values: Cell[][] = info.values.map((row) => [...row]);
  while (values.length <= cell.row) values.push([]);
  const row = values[cell.row];
  while (row.length <= Math.max(cell.keyCol, cell.valueCol)) row.push('');
  if (cell.writeLabel) row[cell.keyCol] = label;
  row[cell.valueCol] = url;
  return { name: info.name, values };
}

/** The URL written in the `label` row of `Thông tin chung`, '' when there is no such row or it is blank. */
export function linkValue(info: RawSheet | undefined, label: string): string {
  if (!info) return '';
  const cell = linkCell(info, label);
  if (cell.writeLabel) return '';
  return cellText(info.values[cell.row]?.[cell.valueCol]).trim();
}
