/**
 * A school's spreadsheet as the Sheets API's `values.batchGet` returns it,
 * turned into the RawWorkbook the analysis reads (the same shape
 * `Range.getValues()` gives the school's own sidebar).
 *
 * The API leaves out trailing empty cells and rows ("Empty trailing rows
 * and columns are omitted":
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange),
 * so rows are padded with '' to a rectangle, as getValues returns them.
 */
import type { Cell } from '../cell';
import type { RawWorkbook } from '../workbook/raw';

/** One tab of the batchGet answer: `values` is absent for an empty tab. */
export interface ValueRangeLike {
  values?: unknown[][] | null;
}

function cellOf(value: unknown): Cell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return '';
}

/**
 * `titles[i]` is the tab whose values are `valueRanges[i]`: the API answers
 * "in the same order as the requested ranges" (batchGet reference), so no
 * range string has to be parsed back.
 */
export function workbookFromValueRanges(titles: string[], valueRanges: ValueRangeLike[], timeZone: string | undefined): RawWorkbook {
  const sheets = titles.map((name, index) => {
    const rows = (valueRanges[index]?.values ?? []).map((row) => (Array.isArray(row) ? row.map(cellOf) : []));
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    return { name, values: rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill('')]) };
  });
  return timeZone ? { timeZone, sheets } : { sheets };
}

/**
 * A tab's whole grid as a batchGet range: its name alone, in single quotes
 * with quotes doubled ("Sheet1" is "All the cells in Sheet1", and names
 * with spaces or quotes are quoted:
 * https://developers.google.com/workspace/sheets/api/guides/concepts#cell).
 */
export function wholeTabRange(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}
