/**
 * The spreadsheet itself, as plain data: no counting, no realm, no API shape.
 *
 * The emulated services (spreadsheet.ts, sheet.ts, range.ts, ...) are thin
 * counted facades over this model, and the test-side inspector (workbook.ts)
 * reads it directly, which is why inspection never counts. Model methods
 * throw `ServiceError` with the real service's message where the real
 * service would throw.
 */
import { type Rect } from './a1';
import { AUTOMATIC_FORMAT, type CellValue, copyValue, interpretWrite } from './values';

/** An error the real service would raise; turned into a script-realm Error at the API boundary. */
export class ServiceError extends Error {
  override name = 'Exception';
}

/** Formatting properties, each with the value an untouched cell reports. */
export const STYLE_DEFAULTS = {
  background: '#ffffff',
  fontWeight: 'normal',
  fontColor: '#000000',
  numberFormat: AUTOMATIC_FORMAT,
  wrapStrategy: 'OVERFLOW',
  verticalAlignment: 'bottom',
  horizontalAlignment: 'general',
} as const;

export type StyleKey = keyof typeof STYLE_DEFAULTS;

/** A data validation rule. Immutable, so cells can share one. */
export interface ValidationRule {
  readonly criteria: string; // a DataValidationCriteria name, e.g. VALUE_IN_LIST
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

/** One cell. Absent properties have their default (empty value, no note, default style). */
export interface Cell {
  value: CellValue;
  formula?: string;
  note?: string;
  validation?: ValidationRule;
  style?: Partial<Record<StyleKey, string>>;
}

export interface ProtectionModel {
  readonly type: 'SHEET' | 'RANGE';
  readonly sheet: SheetModel;
  rect: Rect | null; // null for a whole sheet
  description: string;
  warningOnly: boolean;
  unprotected: Rect[];
  removed: boolean;
}

/**
 * Developer metadata on whole rows or columns (`start`..`end`, 1-based,
 * inclusive). Sheets keeps it with its rows as they move: "if developer
 * metadata is associated with row 5 and another row is then subsequently
 * inserted above row 5, that original metadata will still be associated
 * with the row it was first associated with (what is now row 6). If the
 * associated object is deleted its metadata is deleted too."
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata)
 */
export interface MetadataModel {
  readonly id: number;
  readonly sheet: SheetModel;
  readonly type: 'ROW' | 'COLUMN';
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  start: number;
  end: number;
  removed: boolean;
}

/** Rows (or columns) `start`..`end` after `howMany` are inserted at `at`: they move down, or grow when the insert is inside them. */
function spanAfterInsert(start: number, end: number, at: number, howMany: number): { start: number; end: number } {
  if (start >= at) return { start: start + howMany, end: end + howMany };
  if (end >= at) return { start, end: end + howMany };
  return { start, end };
}

/** Rows (or columns) `start`..`end` after `first`..`first + howMany - 1` are deleted: they move up or shrink; null when all went. */
function spanAfterDelete(start: number, end: number, first: number, howMany: number): { start: number; end: number } | null {
  const last = first + howMany - 1;
  const overlap = Math.max(0, Math.min(end, last) - Math.max(start, first) + 1);
  const left = end - start + 1 - overlap;
  if (left <= 0) return null;
  const newStart = start > last ? start - howMany : Math.min(start, first);
  return { start: newStart, end: newStart + left - 1 };
}

/** Metadata after an insert or delete along `type`; metadata whose rows or columns all went is dropped, as Sheets drops it. */
function metadataAfter(
  items: MetadataModel[],
  type: MetadataModel['type'],
  move: (start: number, end: number) => { start: number; end: number } | null,
): MetadataModel[] {
  return items.filter((m) => {
    if (m.type !== type) return true;
    const span = move(m.start, m.end);
    if (!span) {
      m.removed = true;
      return false;
    }
    m.start = span.start;
    m.end = span.end;
    return true;
  });
}

/** A block after an insert or delete along one axis (rows or columns); null when all of it went. */
function rectAfter(rect: Rect, axis: MetadataModel['type'], move: (start: number, end: number) => { start: number; end: number } | null): Rect | null {
  const span = axis === 'ROW' ? move(rect.row, rect.row + rect.rows - 1) : move(rect.col, rect.col + rect.cols - 1);
  if (!span) return null;
  const size = span.end - span.start + 1;
  return axis === 'ROW' ? { ...rect, row: span.start, rows: size } : { ...rect, col: span.start, cols: size };
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

function isEmptyCell(c: Cell | undefined): boolean {
  return !c || (c.value === '' && !c.formula && !c.note && !c.validation && !c.style);
}

function hasContent(c: Cell | undefined): boolean {
  return !!c && (c.value !== '' || !!c.formula);
}

export class SheetModel {
  name: string;
  readonly id: number;
  maxRows: number;
  maxCols: number;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  /** Width of each column, index 0 = column A. */
  widths: number[];
  protection: ProtectionModel | null = null;
  rangeProtections: ProtectionModel[] = [];
  metadata: MetadataModel[] = [];
  /** rows[r-1][c-1]; both levels are sparse. */
  #rows: (Cell | undefined)[][] = [];

  constructor(
    readonly book: WorkbookModel,
    id: number,
    name: string,
    maxRows = DEFAULT_ROWS,
    maxCols = DEFAULT_COLUMNS,
  ) {
    this.id = id;
    this.name = name;
    this.maxRows = maxRows;
    this.maxCols = maxCols;
    this.widths = new Array<number>(maxCols).fill(DEFAULT_COLUMN_WIDTH);
  }

  // ------------------------------------------------------------ cells

  cell(row: number, col: number): Cell | undefined {
    return this.#rows[row - 1]?.[col - 1];
  }

  /** The cell, created if absent, for a write. */
  cellForWrite(row: number, col: number): Cell {
    const r = (this.#rows[row - 1] ??= []);
    return (r[col - 1] ??= { value: '' });
  }

  /** Drops a cell that went back to all defaults, so snapshots stay canonical. */
  tidy(row: number, col: number): void {
    const r = this.#rows[row - 1];
    if (r && isEmptyCell(r[col - 1])) r[col - 1] = undefined;
  }

  /** Reads a block cell by cell, rows of columns. */
  read<T>(rect: Rect, f: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < rect.rows; i++) {
      const line: T[] = [];
      for (let j = 0; j < rect.cols; j++) line.push(f(this.cell(rect.row + i, rect.col + j), rect.row + i, rect.col + j));
      out.push(line);
    }
    return out;
  }

  /** Updates every cell of a block, then tidies it. */
  update(rect: Rect, f: (cell: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        f(this.cellForWrite(rect.row + i, rect.col + j), i, j);
        this.tidy(rect.row + i, rect.col + j);
      }
    }
  }

  styleOf(cell: Cell | undefined, key: StyleKey): string {
    return cell?.style?.[key] ?? STYLE_DEFAULTS[key];
  }

  /** Sets one style property; the default value is stored as absence. */
  setStyle(cell: Cell, key: StyleKey, value: string | null): void {
    if (value === null || value === STYLE_DEFAULTS[key]) {
      if (cell.style) {
        delete cell.style[key];
        if (Object.keys(cell.style).length === 0) delete cell.style;
      }
      return;
    }
    (cell.style ??= {})[key] = value;
  }

  /** Stores a script's write to one cell, interpreted as Sheets would (values.ts). */
  writeValue(cell: Cell, input: unknown): void {
    const written = interpretWrite(input, {
      numberFormat: this.styleOf(cell, 'numberFormat'),
      timeZone: this.book.timeZone,
      locale: this.book.locale,
    });
    cell.value = written.value;
    if (written.formula) cell.formula = written.formula;
    else delete cell.formula;
  }

  /** Stores a value exactly as given (test setup and the offline JSON format). */
  writeRaw(cell: Cell, value: unknown): void {
    cell.value = value === null || value === undefined ? '' : copyValue(value as CellValue);
    delete cell.formula;
  }

  // ------------------------------------------------------------ extent

  /** Last row with a value or formula (0 if none): Sheet.getLastRow. */
  lastRow(): number {
    for (let r = this.#rows.length; r >= 1; r--) if (this.#rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  /** Last column with a value or formula (0 if none): Sheet.getLastColumn. */
  lastColumn(): number {
    let last = 0;
    for (const row of this.#rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Bounding box of every non-default cell (content or formatting), or null. */
  usedRect(): Rect | null {
    let rows = 0;
    let cols = 0;
    this.#rows.forEach((row, i) => {
      row?.forEach((c, j) => {
        if (!isEmptyCell(c)) {
          rows = Math.max(rows, i + 1);
          cols = Math.max(cols, j + 1);
        }
      });
    });
    return rows ? { row: 1, col: 1, rows, cols } : null;
  }

  /** Getdatarange's block: A1 to last row/column, at least one cell. */
  dataRect(): Rect {
    return { row: 1, col: 1, rows: Math.max(1, this.lastRow()), cols: Math.max(1, this.lastColumn()) };
  }

  // ------------------------------------------------------------ structure

  checkRect(r: Rect): void {
    if (r.row < 1) throw new ServiceError('The starting row of the range is too small.');
    if (r.col < 1) throw new ServiceError('The starting column of the range is too small.');
    if (r.rows < 1) throw new ServiceError('The number of rows in the range must be at least 1.');
    if (r.cols < 1) throw new ServiceError('The number of columns in the range must be at least 1.');
    if (r.row + r.rows - 1 > this.maxRows || r.col + r.cols - 1 > this.maxCols) {
      throw new ServiceError('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  /*
   * Inserting and deleting rows and columns. Everything attached to a cell
   * (value, formula, note, data validation, formatting) lives in the cell,
   * so it moves with its row or column, as Sheets moves it: "Inserts a number
   * of rows before the given row position" and shifts the rest
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer)).
   * New rows and columns take the formatting of the neighbour they were
   * inserted next to, as the Sheets API's InsertDimensionRequest does
   * (`inheritFromBefore`: "if row index 0 has red background ... inserting 2
   * rows at index 1 can inherit either the green or red background",
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest).
   * Which neighbour Apps Script picks is UNVERIFIED: we take the row or
   * column named in the call (after/before it), see README.
   */

  /** Inserts `howMany` blank rows at row `at`; they copy the formatting of row `formatFrom` (counted before the insert). */
  insertRowsAt(at: number, howMany: number, formatFrom: number | null): void {
    if (at < 1 || at > this.maxRows + 1) throw new ServiceError('Those rows are out of bounds.');
    if (howMany < 1) throw new ServiceError('The number of rows to insert must be at least 1.');
    const template = formatFrom === null ? undefined : this.#rows[formatFrom - 1];
    if (at - 1 < this.#rows.length) this.#rows.splice(at - 1, 0, ...new Array<(Cell | undefined)[]>(howMany));
    this.maxRows += howMany;
    this.#moveAttached('ROW', (start, end) => spanAfterInsert(start, end, at, howMany));
    if (template) {
      for (let i = 0; i < howMany; i++) this.#rows[at - 1 + i] = template.map((c) => (c?.style ? { value: '', style: { ...c.style } } : undefined));
    }
  }

  /** Inserts `howMany` blank columns at column `at`; they copy the formatting and width of column `formatFrom` (counted before the insert). */
  insertColumnsAt(at: number, howMany: number, formatFrom: number | null): void {
    if (at < 1 || at > this.maxCols + 1) throw new ServiceError('Those columns are out of bounds.');
    if (howMany < 1) throw new ServiceError('The number of columns to insert must be at least 1.');
    const width = formatFrom === null ? DEFAULT_COLUMN_WIDTH : this.widths[formatFrom - 1];
    for (const row of this.#rows) {
      if (!row) continue;
      const style = formatFrom === null ? undefined : row[formatFrom - 1]?.style;
      const fresh = new Array<Cell | undefined>(howMany).fill(undefined).map(() => (style ? { value: '', style: { ...style } } : undefined));
      // A row that ends before the insertion point has nothing to shift (and no neighbour to copy).
      if (at - 1 <= row.length) row.splice(at - 1, 0, ...fresh);
    }
    this.widths.splice(at - 1, 0, ...new Array<number>(howMany).fill(width));
    this.maxCols += howMany;
    this.#moveAttached('COLUMN', (start, end) => spanAfterInsert(start, end, at, howMany));
  }

  /** Sheet.insertRowsAfter: the new rows look like row `after`. */
  insertRowsAfter(after: number, howMany: number): void {
    if (after < 0 || after > this.maxRows) throw new ServiceError('Those rows are out of bounds.');
    this.insertRowsAt(after + 1, howMany, after >= 1 ? after : null);
  }

  /** Sheet.insertColumnsAfter: the new columns look like column `after`. */
  insertColumnsAfter(after: number, howMany: number): void {
    if (after < 0 || after > this.maxCols) throw new ServiceError('Those columns are out of bounds.');
    this.insertColumnsAt(after + 1, howMany, after >= 1 ? after : null);
  }

  /** Sheet.insertRowsBefore / insertRows: the new rows look like row `before`, which moves down. */
  insertRowsBefore(before: number, howMany: number): void {
    if (before < 1 || before > this.maxRows) throw new ServiceError('Those rows are out of bounds.');
    this.insertRowsAt(before, howMany, before);
  }

  /** Sheet.insertColumnsBefore / insertColumns: the new columns look like column `before`, which moves right. */
  insertColumnsBefore(before: number, howMany: number): void {
    if (before < 1 || before > this.maxCols) throw new ServiceError('Those columns are out of bounds.');
    this.insertColumnsAt(before, howMany, before);
  }

  deleteRows(first: number, howMany: number): void {
    if (first < 1 || howMany < 1 || first + howMany - 1 > this.maxRows) throw new ServiceError('Those rows are out of bounds.');
    if (howMany >= this.maxRows) throw new ServiceError('Sorry, it is not possible to delete all non-frozen rows.');
    this.#rows.splice(first - 1, howMany);
    this.maxRows -= howMany;
    this.#moveAttached('ROW', (start, end) => spanAfterDelete(start, end, first, howMany));
  }

  deleteColumns(first: number, howMany: number): void {
    if (first < 1 || howMany < 1 || first + howMany - 1 > this.maxCols) throw new ServiceError('Those columns are out of bounds.');
    if (howMany >= this.maxCols) throw new ServiceError('Sorry, it is not possible to delete all non-frozen columns.');
    for (const row of this.#rows) row?.splice(first - 1, howMany);
    this.widths.splice(first - 1, howMany);
    this.maxCols -= howMany;
    this.#moveAttached('COLUMN', (start, end) => spanAfterDelete(start, end, first, howMany));
  }

  /**
   * What is attached to rows and columns rather than to cells follows them
   * too: developer metadata, protected blocks and a sheet protection's
   * unprotected holes. A protected block wholly deleted goes (UNVERIFIED, see README).
   */
  #moveAttached(axis: MetadataModel['type'], move: (start: number, end: number) => { start: number; end: number } | null): void {
    this.metadata = metadataAfter(this.metadata, axis, move);
    this.rangeProtections = this.rangeProtections.filter((p) => {
      const rect = p.rect && rectAfter(p.rect, axis, move);
      if (rect) p.rect = rect;
      else p.removed = true;
      return Boolean(rect);
    });
    if (this.protection) this.protection.unprotected = this.protection.unprotected.flatMap((r) => rectAfter(r, axis, move) ?? []);
  }

  /** Sheet.appendRow: writes after the last row with content, growing the sheet as needed. */
  appendRow(values: readonly unknown[]): void {
    const row = this.lastRow() + 1;
    if (row > this.maxRows) this.insertRowsAfter(this.maxRows, row - this.maxRows);
    if (values.length > this.maxCols) this.insertColumnsAfter(this.maxCols, values.length - this.maxCols);
    values.forEach((v, j) => {
      this.writeValue(this.cellForWrite(row, j + 1), v);
      this.tidy(row, j + 1);
    });
  }

  /** Sheet.clear: contents and formats (notes and validations stay). */
  clear(options: { contentsOnly?: boolean; formatOnly?: boolean } = {}): void {
    const both = !options.contentsOnly && !options.formatOnly;
    this.#rows.forEach((row, i) =>
      row?.forEach((c, j) => {
        if (!c) return;
        if (both || options.contentsOnly) {
          c.value = '';
          delete c.formula;
        }
        if (both || options.formatOnly) delete c.style;
        this.tidy(i + 1, j + 1);
      }),
    );
  }
}

/** Where the user's cursor is: the active sheet, and the selected block on each sheet. */
export interface Selection {
  sheet: SheetModel | null;
  ranges: Map<SheetModel, Rect>;
}

export interface WorkbookSettings {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
}

export class WorkbookModel {
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetModel[] = [];
  readonly selection: Selection = { sheet: null, ranges: new Map() };
  #nextSheetId = 0;
  #nextMetadataId = 1;

  constructor(settings: WorkbookSettings) {
    this.id = settings.id;
    this.name = settings.name;
    this.timeZone = settings.timeZone;
    this.locale = settings.locale;
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  checkNewName(name: string, except?: SheetModel): void {
    const clash = this.sheets.find((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new ServiceError(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** A default name Sheets would pick: Sheet1, Sheet2, ... (first unused). */
  defaultName(): string {
    for (let n = 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }

  /** Adds a sheet at `index` (0-based; default: at the end). Does not activate it. */
  addSheet(name: string, index = this.sheets.length, size?: { rows?: number; cols?: number }): SheetModel {
    this.checkNewName(name);
    if (index < 0 || index > this.sheets.length) throw new ServiceError(`The sheet index ${index} is out of range.`);
    const sheet = new SheetModel(this, this.#nextSheetId++, name, size?.rows, size?.cols);
    this.sheets.splice(index, 0, sheet);
    this.selection.sheet ??= sheet;
    return sheet;
  }

  /** Test setup only: drops every sheet (a real spreadsheet never has none). */
  clearSheets(): void {
    this.sheets = [];
    this.selection.sheet = null;
    this.selection.ranges.clear();
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1 && this.sheets[0] === sheet) {
      throw new ServiceError("You can't remove all the sheets in a document.");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.selection.ranges.delete(sheet);
    if (this.selection.sheet === sheet) this.selection.sheet = this.sheets[0] ?? null;
  }

  /** The active sheet; a spreadsheet always has one while it has sheets. */
  activeSheet(): SheetModel {
    const s = this.selection.sheet ?? this.sheets[0];
    if (!s) throw new ServiceError('The spreadsheet has no sheets.');
    return s;
  }

  /** The selected block of a sheet (A1 until something is selected). */
  selectedRect(sheet: SheetModel): Rect {
    return this.selection.ranges.get(sheet) ?? { row: 1, col: 1, rows: 1, cols: 1 };
  }

  /** Spreadsheet-wide unique, positive ids, as the Sheets API gives metadata. */
  nextMetadataId(): number {
    return this.#nextMetadataId++;
  }

  select(sheet: SheetModel, rect?: Rect): void {
    this.selection.sheet = sheet;
    if (rect) this.selection.ranges.set(sheet, { ...rect });
  }
}
