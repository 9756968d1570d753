/**
 * Sheet: one tab. New sheets are 1000 rows x 26 columns; getRange beyond that
 * throws as in Sheets, and insertRowsAfter / insertColumnsAfter / appendRow
 * grow the grid.
 */
import { parseA1, splitSheetName } from './a1';
import { chartsOn, insertChartOn, newChartOn, removeChartOn } from './charts';
import { normalizeColor } from './colors';
import { Emulated, ENV, asApi, countCalls, signatureError, unwrapArg } from './counted';
import type { Env } from './env';
import { ServiceError, type SheetModel } from './model';
import { EmuProtection, protectionTypeArg, protectionsOf, sheetProtection } from './protection';
import { EmuRange } from './range';
import { realmArray } from './realm';
import { EmuSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

const SHEET_API = [
  'activate',
  'appendRow',
  'clear',
  'clearContents',
  'clearFormats',
  'clearNotes',
  'deleteColumn',
  'deleteColumns',
  'deleteRow',
  'deleteRows',
  'getCharts',
  'getColumnWidth',
  'getDataRange',
  'getFrozenColumns',
  'getFrozenRows',
  'getIndex',
  'getLastColumn',
  'getLastRow',
  'getMaxColumns',
  'getMaxRows',
  'getName',
  'getParent',
  'getProtections',
  'getRange',
  'getSheetId',
  'getSheetName',
  'getTabColor',
  'hideSheet',
  'insertChart',
  'insertColumnAfter',
  'insertColumnBefore',
  'insertColumns',
  'insertColumnsAfter',
  'insertColumnsBefore',
  'insertRowAfter',
  'insertRowBefore',
  'insertRows',
  'insertRowsAfter',
  'insertRowsBefore',
  'isSheetHidden',
  'newChart',
  'protect',
  'removeChart',
  'setActiveRange',
  'setColumnWidth',
  'setColumnWidths',
  'setFrozenColumns',
  'setFrozenRows',
  'setName',
  'setTabColor',
  'showSheet',
] as const satisfies readonly (keyof Sheet)[];

export class EmuSheet extends Emulated implements Pick<Sheet, (typeof SHEET_API)[number]> {
  readonly #s: SheetModel;

  constructor(env: Env, sheet: SheetModel) {
    super(env);
    this.#s = sheet;
  }

  /** The model sheet behind a Sheet argument (Spreadsheet.setActiveSheet, deleteSheet). */
  static modelOf(sheet: EmuSheet): SheetModel {
    return sheet.#s;
  }

  activate(): Sheet {
    this.#s.book.select(this.#s);
    return asApi(this);
  }

  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) throw signatureError('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    this.#s.appendRow(rowContents);
    return asApi(this);
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    this.#s.clear(options ?? {});
    return asApi(this);
  }

  clearContents(): Sheet {
    this.#s.clear({ contentsOnly: true });
    return asApi(this);
  }

  clearFormats(): Sheet {
    this.#s.clear({ formatOnly: true });
    return asApi(this);
  }

  clearNotes(): Sheet {
    const s = this.#s;
    const used = s.usedRect();
    if (used) s.update(used, (cell) => delete cell.note);
    return asApi(this);
  }

  // Rows and columns move with everything in their cells (model.ts, insertRowsAt).

  deleteColumn(columnPosition: number): Sheet {
    this.#s.deleteColumns(columnPosition, 1);
    return asApi(this);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.#s.deleteColumns(columnPosition, howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this.#s.deleteRows(rowPosition, 1);
    return asApi(this);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.#s.deleteRows(rowPosition, howMany);
  }

  getColumnWidth(columnPosition: number): number {
    this.#checkColumn(columnPosition);
    return this.#s.widths[columnPosition - 1];
  }

  getDataRange(): Range {
    return asApi(new EmuRange(this[ENV], this.#s, this.#s.dataRect()));
  }

  getFrozenColumns(): number {
    return this.#s.frozenCols;
  }

  getFrozenRows(): number {
    return this.#s.frozenRows;
  }

  getIndex(): number {
    return this.#s.book.sheets.indexOf(this.#s) + 1;
  }

  getLastColumn(): number {
    return this.#s.lastColumn();
  }

  getLastRow(): number {
    return this.#s.lastRow();
  }

  getMaxColumns(): number {
    return this.#s.maxCols;
  }

  getMaxRows(): number {
    return this.#s.maxRows;
  }

  getName(): string {
    return this.#s.name;
  }

  getParent(): Spreadsheet {
    return asApi(new EmuSpreadsheet(this[ENV]));
  }

  getProtections(type: ProtectionType): Protection[] {
    const env = this[ENV];
    const kind = protectionTypeArg(type, 'SpreadsheetApp.Sheet.getProtections');
    return realmArray(
      env.realm,
      protectionsOf(this.#s, kind).map((p) => asApi<Protection>(new EmuProtection(env, p))),
    );
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    const s = this.#s;
    if (typeof a === 'string') {
      const { sheet, cells } = splitSheetName(a);
      const target = sheet === null ? s : s.book.sheetByName(sheet);
      const rect = target ? parseA1(cells, target.maxRows, target.maxCols) : null;
      if (!target || !rect || rect.row + rect.rows - 1 > target.maxRows || rect.col + rect.cols - 1 > target.maxCols) {
        throw new ServiceError('Range not found');
      }
      return asApi(new EmuRange(this[ENV], target, rect));
    }
    if (typeof a !== 'number' || typeof column !== 'number') {
      throw signatureError(
        'SpreadsheetApp.Sheet.getRange',
        [a, column, numRows, numColumns].filter((x) => x !== undefined),
      );
    }
    const rect = { row: Math.trunc(a), col: Math.trunc(column), rows: Math.trunc(numRows ?? 1), cols: Math.trunc(numColumns ?? 1) };
    s.checkRect(rect);
    return asApi(new EmuRange(this[ENV], s, rect));
  }

  getSheetId(): number {
    return this.#s.id;
  }

  getSheetName(): string {
    return this.#s.name;
  }

  getTabColor(): string | null {
    return this.#s.tabColor;
  }

  hideSheet(): Sheet {
    const visible = this.#s.book.sheets.filter((x) => !x.hidden);
    if (visible.length === 1 && visible[0] === this.#s) throw new ServiceError("You can't hide all the sheets in a document.");
    this.#s.hidden = true;
    return asApi(this);
  }

  insertColumnAfter(afterPosition: number): Sheet {
    this.#s.insertColumnsAfter(afterPosition, 1);
    return asApi(this);
  }

  insertColumnBefore(beforePosition: number): Sheet {
    this.#s.insertColumnsBefore(beforePosition, 1);
    return asApi(this);
  }

  /** "Inserts a blank column ... at the specified location": like insertColumnsBefore, but returns nothing. */
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.#s.insertColumnsBefore(columnIndex, numColumns ?? 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.#s.insertColumnsAfter(afterPosition, howMany);
    return asApi(this);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.#s.insertColumnsBefore(beforePosition, howMany);
    return asApi(this);
  }

  insertRowAfter(afterPosition: number): Sheet {
    this.#s.insertRowsAfter(afterPosition, 1);
    return asApi(this);
  }

  insertRowBefore(beforePosition: number): Sheet {
    this.#s.insertRowsBefore(beforePosition, 1);
    return asApi(this);
  }

  /** "Inserts one or more consecutive blank rows ... starting at the specified location": like insertRowsBefore, returns nothing. */
  insertRows(rowIndex: number, numRows?: number): void {
    this.#s.insertRowsBefore(rowIndex, numRows ?? 1);
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.#s.insertRowsAfter(afterPosition, howMany);
    return asApi(this);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.#s.insertRowsBefore(beforePosition, howMany);
    return asApi(this);
  }

  isSheetHidden(): boolean {
    return this.#s.hidden;
  }

  protect(): Protection {
    return asApi(new EmuProtection(this[ENV], sheetProtection(this.#s)));
  }

  setActiveRange(range: Range): Range {
    const r = unwrapArg(range, EmuRange, 'SpreadsheetApp.Sheet.setActiveRange', [range]);
    const { sheet, rect } = EmuRange.partsOf(r);
    if (sheet !== this.#s) throw new ServiceError('Target range and sheet must be on the same sheet.');
    this.#s.book.select(sheet, rect);
    return range;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.#checkColumn(columnPosition);
    this.#s.widths[columnPosition - 1] = width;
    return asApi(this);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.#checkColumn(startColumn);
    this.#checkColumn(startColumn + numColumns - 1);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.#s.widths[c - 1] = width;
    return asApi(this);
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.#s.maxCols) throw new ServiceError('Those columns are out of bounds.');
    this.#s.frozenCols = columns;
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.#s.maxRows) throw new ServiceError('Those rows are out of bounds.');
    this.#s.frozenRows = rows;
  }

  setName(name: string): Sheet {
    const text = String(name);
    this.#s.book.checkNewName(text, this.#s);
    this.#s.name = text;
    return asApi(this);
  }

  setTabColor(color: string | null): Sheet {
    this.#s.tabColor = normalizeColor(color);
    return asApi(this);
  }

  showSheet(): Sheet {
    this.#s.hidden = false;
    return asApi(this);
  }

  // Charts: kept in charts.ts (the builder and the chart objects live there).
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return realmArray(this[ENV].realm, chartsOn(this[ENV], this.#s));
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    insertChartOn(this.#s, chart);
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return newChartOn(this[ENV], this.#s);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    removeChartOn(this.#s, chart);
  }

  #checkColumn(col: number): void {
    if (col < 1 || col > this.#s.maxCols) throw new ServiceError('Those columns are out of bounds.');
  }
}
countCalls(EmuSheet, 'Sheet', SHEET_API);
