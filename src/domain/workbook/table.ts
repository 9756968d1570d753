import type { Cell } from '../cell';
import type { ColumnKey, ColumnSpec } from '../frameworks/types';
import { cellText, foldKey } from '../text';
import type { RawSheet } from './raw';

/** A header row is looked for among the first rows of a tab (workbook spec). */
export const HEADER_SEARCH_ROWS = 5;

/** A table found on a tab: where its header row is and which column holds which key. */
export interface FoundTable {
  sheet: RawSheet;
  /** 0-based row of the header. */
  headerRow: number;
  /** Column key → 0-based column. The first matching header wins. */
  columns: Map<ColumnKey, number>;
  /** Required columns with no header. */
  missing: ColumnSpec[];
  /** Headers that name a column already found (ignored, reported as a warning). */
  duplicates: { spec: ColumnSpec; col: number }[];
}

/** Read-only lookup by column key, as a Map's `get`. */
export interface ByKey<T> {
  get(key: ColumnKey): T | undefined;
}

/** One data row of a table, its cells by column key. */
export interface TableRow {
  /** 0-based row in the tab. */
  row: number;
  /** The cell under each known column (null when the row is short); undefined for a column the table lacks. */
  cells: ByKey<Cell>;
  /** The cells' text (cellText), computed once. */
  texts: ByKey<string>;
}

/** A row's cells by column key, read from the tab's own values array (never copied). */
class RowCells implements ByKey<Cell> {
  constructor(
    readonly values: Cell[],
    readonly columns: Map<ColumnKey, number>,
  ) {}

  get(key: ColumnKey): Cell | undefined {
    const col = this.columns.get(key);
    return col === undefined ? undefined : (this.values[col] ?? null);
  }
}

/** A row's cell texts by column key, each computed at most once. */
class RowTexts implements ByKey<string> {
  readonly #cache: (string | undefined)[] = [];

  constructor(readonly cells: RowCells) {}

  get(key: ColumnKey): string | undefined {
    const col = this.cells.columns.get(key);
    if (col === undefined) return undefined;
    let text = this.#cache[col];
    if (text === undefined) {
      text = cellText(this.cells.values[col] ?? null);
      this.#cache[col] = text;
    }
    return text;
  }
}

/**
 * A row seen through the table's column map. A plan is thousands of rows:
 * building two Maps a row cost more than the checks, and one closure per
 * row and column kept a 100,000-row plan from fitting its memory budget.
 */
class RowView implements TableRow {
  readonly cells: RowCells;
  readonly texts: RowTexts;

  constructor(
    readonly row: number,
    values: Cell[],
    columns: Map<ColumnKey, number>,
  ) {
    this.cells = new RowCells(values, columns);
    this.texts = new RowTexts(this.cells);
  }
}

/**
 * Header text made comparable: case, punctuation and a trailing column
 * number like `(2)` (Biểu 2 numbers its headings) do not matter.
 */
export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/\s*\(\s*\d+\s*\)\s*$/, '')
    .replace(/[,/:;.\-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function specMatches(spec: ColumnSpec, key: string): boolean {
  return headerKey(spec.header) === key || spec.aliases.some((alias) => headerKey(alias) === key);
}

/**
 * Finds the header row (the first of the first 5 rows holding the anchor
 * column's header) and maps every known column by its header text, in any
 * order, with any extra columns around them. Null when no header row.
 */
export function findTable(sheet: RawSheet, specs: ColumnSpec[], anchorKey: ColumnKey): FoundTable | null {
  const anchor = specs.find((spec) => spec.key === anchorKey);
  if (!anchor) return null;
  const searchRows = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < searchRows; row++) {
    const keys = (sheet.values[row] ?? []).map((cell) => headerKey(cellText(cell)));
    if (!keys.some((key) => specMatches(anchor, key))) continue;

    const columns = new Map<ColumnKey, number>();
    const duplicates: FoundTable['duplicates'] = [];
    keys.forEach((key, col) => {
      if (key === '') return;
      const spec = specs.find((candidate) => specMatches(candidate, key));
      if (!spec) return;
      if (columns.has(spec.key)) duplicates.push({ spec, col });
      else columns.set(spec.key, col);
    });
    const missing = specs.filter((spec) => spec.required && !columns.has(spec.key));
    return { sheet, headerRow: row, columns, missing, duplicates };
  }
  return null;
}

/** The data rows under the header, skipping rows blank in every known column. */
export function tableRows(table: FoundTable): TableRow[] {
  const rows: TableRow[] = [];
  const keys = [...table.columns.keys()];
  for (let row = table.headerRow + 1; row < table.sheet.values.length; row++) {
    const view = new RowView(row, table.sheet.values[row] ?? [], table.columns);
    if (keys.some((key) => view.texts.get(key) !== '')) rows.push(view);
  }
  return rows;
}

/** Text of a row's cell by key ('' when the column is absent or blank). */
export function rowText(row: TableRow, key: ColumnKey): string {
  return row.texts.get(key) ?? '';
}
