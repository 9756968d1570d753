/**
 * The test-side view of the spreadsheet: set-up and inspection that read
 * and write the model directly, so nothing here is counted.
 *
 * Grid getters take an optional A1 block. Without one, values /
 * displayValues / formulas cover the data range (what
 * getDataRange().getValues() would return); the formatting getters cover
 * every cell that has anything set, formatting included, since formatting
 * often reaches past the data (validated input rows, coloured headers).
 */
import { type Rect, cellA1, columnLetters, parseA1, rectA1 } from './a1';
import {
  type Cell,
  type ProtectionModel,
  STYLE_DEFAULTS,
  type SheetModel,
  type StyleKey,
  type ValidationRule,
  type WorkbookModel,
  DEFAULT_COLUMN_WIDTH,
} from './model';
import { type CellValue, copyValue, displayValue, isDate } from './values';

/** A cell value in JSON: dates become `{ date: ISO string }`. */
export type JsonCell = string | number | boolean | { date: string };

export interface ValidationSnapshot {
  criteria: string;
  /** The criteria values, JSON-safe (for VALUE_IN_LIST: [list, showDropdown]). */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ProtectionSnapshot {
  type: 'SHEET' | 'RANGE';
  /** A1 block for a range protection, null for a whole sheet. */
  range: string | null;
  description: string;
  warningOnly: boolean;
  unprotected: string[];
}

/** Every observable property of one sheet; maps are keyed by A1 and list only non-default cells. */
export interface SheetSnapshot {
  name: string;
  index: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  /** The data range's values. */
  values: JsonCell[][];
  formulas: Record<string, string>;
  notes: Record<string, string>;
  backgrounds: Record<string, string>;
  validations: Record<string, ValidationSnapshot>;
  /** Other formatting (font weight, number format, wrap, alignment, font colour). */
  formats: Record<string, Partial<Record<StyleKey, string>>>;
  /** Widths that differ from the default 100, keyed by column letter. */
  columnWidths: Record<string, number>;
  protections: ProtectionSnapshot[];
}

export interface WorkbookSnapshot {
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetSnapshot[];
}

function jsonValue(v: unknown): unknown {
  if (isDate(v)) return { date: v.toISOString() };
  if (Array.isArray(v)) return v.map(jsonValue);
  return v;
}

function jsonCell(v: CellValue): JsonCell {
  return isDate(v) ? { date: v.toISOString() } : v;
}

function validationSnapshot(rule: ValidationRule): ValidationSnapshot {
  return {
    criteria: rule.criteria,
    values: rule.args.map(jsonValue),
    allowInvalid: rule.allowInvalid,
    helpText: rule.helpText,
  };
}

function protectionSnapshot(p: ProtectionModel): ProtectionSnapshot {
  return {
    type: p.type,
    range: p.rect ? rectA1(p.rect) : null,
    description: p.description,
    warningOnly: p.warningOnly,
    unprotected: p.unprotected.map(rectA1),
  };
}

export class SheetView {
  readonly #s: SheetModel;

  constructor(sheet: SheetModel) {
    this.#s = sheet;
  }

  get name(): string {
    return this.#s.name;
  }

  // ------------------------------------------------------------ grids

  values(a1?: string): CellValue[][] {
    return this.#s.read(this.#block(a1, 'data'), (c) => copyValue(c?.value ?? ''));
  }

  displayValues(a1?: string): string[][] {
    const book = this.#s.book;
    return this.#s.read(this.#block(a1, 'data'), (c) =>
      displayValue(c?.value ?? '', { numberFormat: this.#s.styleOf(c, 'numberFormat'), timeZone: book.timeZone, locale: book.locale }),
    );
  }

  formulas(a1?: string): string[][] {
    return this.#s.read(this.#block(a1, 'data'), (c) => c?.formula ?? '');
  }

  backgrounds(a1?: string): string[][] {
    return this.styles('background', a1);
  }

  notes(a1?: string): string[][] {
    return this.#s.read(this.#block(a1, 'used'), (c) => c?.note ?? '');
  }

  validations(a1?: string): (ValidationSnapshot | null)[][] {
    return this.#s.read(this.#block(a1, 'used'), (c) => (c?.validation ? validationSnapshot(c.validation) : null));
  }

  fontWeights(a1?: string): string[][] {
    return this.styles('fontWeight', a1);
  }

  numberFormats(a1?: string): string[][] {
    return this.styles('numberFormat', a1);
  }

  /** Any formatting property, cell by cell. */
  styles(key: StyleKey, a1?: string): string[][] {
    return this.#s.read(this.#block(a1, 'used'), (c) => this.#s.styleOf(c, key));
  }

  /** Everything about one cell. */
  cell(a1: string): { value: CellValue; formula: string; note: string; validation: ValidationSnapshot | null; style: Record<StyleKey, string> } {
    const r = this.#block(a1, 'data');
    const c = this.#s.cell(r.row, r.col);
    const style = {} as Record<StyleKey, string>;
    for (const key of Object.keys(STYLE_DEFAULTS) as StyleKey[]) style[key] = this.#s.styleOf(c, key);
    return {
      value: copyValue(c?.value ?? ''),
      formula: c?.formula ?? '',
      note: c?.note ?? '',
      validation: c?.validation ? validationSnapshot(c.validation) : null,
      style,
    };
  }

  // ------------------------------------------------------------ sheet properties

  frozenRows(): number {
    return this.#s.frozenRows;
  }

  frozenColumns(): number {
    return this.#s.frozenCols;
  }

  /** Width of every column, A first. */
  columnWidths(): number[] {
    return [...this.#s.widths];
  }

  maxRows(): number {
    return this.#s.maxRows;
  }

  maxColumns(): number {
    return this.#s.maxCols;
  }

  lastRow(): number {
    return this.#s.lastRow();
  }

  lastColumn(): number {
    return this.#s.lastColumn();
  }

  hidden(): boolean {
    return this.#s.hidden;
  }

  tabColor(): string | null {
    return this.#s.tabColor;
  }

  /** Developer metadata on rows and columns, where it is now: `{ key, value, a1: '3:3' | 'C:D' }`. */
  developerMetadata(): { key: string; value: string | null; a1: string }[] {
    return this.#s.metadata.map((m) => ({
      key: m.key,
      value: m.value,
      a1: m.type === 'ROW' ? `${m.start}:${m.end}` : `${columnLetters(m.start)}:${columnLetters(m.end)}`,
    }));
  }

  protections(): ProtectionSnapshot[] {
    const all = [...(this.#s.protection ? [this.#s.protection] : []), ...this.#s.rangeProtections];
    return all.map(protectionSnapshot);
  }

  // ------------------------------------------------------------ set-up

  /**
   * Writes values starting at `a1` (default A1), growing the sheet if needed.
   * Stored exactly as given (null -> ''), unless `asTyped` asks for the
   * interpretation a script's setValues gets (numbers, booleans, dates, formulas).
   */
  setValues(values: readonly (readonly unknown[])[], options: { at?: string; asTyped?: boolean } = {}): this {
    const start = parseA1(options.at ?? 'A1', Infinity, Infinity);
    if (!start) throw new Error(`Not an A1 cell: ${options.at}`);
    const width = Math.max(0, ...values.map((r) => r.length));
    const lastRow = start.row + values.length - 1;
    const lastCol = start.col + width - 1;
    if (lastRow > this.#s.maxRows) this.#s.insertRowsAfter(this.#s.maxRows, lastRow - this.#s.maxRows);
    if (lastCol > this.#s.maxCols) this.#s.insertColumnsAfter(this.#s.maxCols, lastCol - this.#s.maxCols);
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = this.#s.cellForWrite(start.row + i, start.col + j);
        if (options.asTyped) this.#s.writeValue(cell, v);
        else this.#s.writeRaw(cell, v);
        this.#s.tidy(start.row + i, start.col + j);
      }),
    );
    return this;
  }

  // ------------------------------------------------------------ snapshot

  snapshot(): SheetSnapshot {
    const s = this.#s;
    const formulas: Record<string, string> = {};
    const notes: Record<string, string> = {};
    const backgrounds: Record<string, string> = {};
    const validations: Record<string, ValidationSnapshot> = {};
    const formats: SheetSnapshot['formats'] = {};
    const used = s.usedRect();
    if (used) {
      s.read(used, (c: Cell | undefined, row, col) => {
        if (!c) return;
        const key = cellA1(row, col);
        if (c.formula) formulas[key] = c.formula;
        if (c.note) notes[key] = c.note;
        if (c.validation) validations[key] = validationSnapshot(c.validation);
        if (c.style) {
          const { background, ...rest } = c.style;
          if (background) backgrounds[key] = background;
          if (Object.keys(rest).length) formats[key] = { ...rest };
        }
      });
    }
    const columnWidths: Record<string, number> = {};
    s.widths.forEach((w, i) => {
      if (w !== DEFAULT_COLUMN_WIDTH) columnWidths[columnLetters(i + 1)] = w;
    });
    return {
      name: s.name,
      index: s.book.sheets.indexOf(s) + 1,
      maxRows: s.maxRows,
      maxColumns: s.maxCols,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenCols,
      hidden: s.hidden,
      tabColor: s.tabColor,
      values: s.read(s.dataRect(), (c) => jsonCell(c?.value ?? '')),
      formulas,
      notes,
      backgrounds,
      validations,
      formats,
      columnWidths,
      protections: this.protections(),
    };
  }

  #block(a1: string | undefined, fallback: 'data' | 'used'): Rect {
    const s = this.#s;
    if (a1 === undefined) {
      if (fallback === 'data') return s.dataRect();
      const used = s.usedRect();
      const data = s.dataRect();
      return used ? { row: 1, col: 1, rows: Math.max(used.rows, data.rows), cols: Math.max(used.cols, data.cols) } : data;
    }
    const rect = parseA1(a1, s.maxRows, s.maxCols);
    if (!rect) throw new Error(`Not A1 notation: ${a1}`);
    return rect;
  }
}

export class WorkbookInspector {
  readonly #book: WorkbookModel;

  constructor(book: WorkbookModel) {
    this.#book = book;
  }

  /**
   * Adds a sheet at the end (or at a 0-based `index`) holding `values` as
   * given; it is at least 1000 x 26 like a new sheet, larger if the values need it.
   */
  addSheet(name: string, values: readonly (readonly unknown[])[] = [], options: { index?: number; rows?: number; columns?: number } = {}): SheetView {
    const width = Math.max(0, ...values.map((r) => r.length));
    const sheet = this.#book.addSheet(name, options.index, {
      rows: options.rows ?? Math.max(1000, values.length),
      cols: options.columns ?? Math.max(26, width),
    });
    return new SheetView(sheet).setValues(values);
  }

  sheet(name: string): SheetView | undefined {
    const s = this.#book.sheetByName(name);
    return s ? new SheetView(s) : undefined;
  }

  sheets(): SheetView[] {
    return this.#book.sheets.map((s) => new SheetView(s));
  }

  sheetNames(): string[] {
    return this.#book.sheets.map((s) => s.name);
  }

  removeSheet(name: string): void {
    const s = this.#book.sheetByName(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    this.#book.removeSheet(s);
  }

  /** Drops every sheet (e.g. before loading a whole workbook). */
  clear(): void {
    this.#book.clearSheets();
  }

  /** The user's cursor: active sheet and its selected block. */
  selection(): { sheet: string | null; a1: string } {
    const sheet = this.#book.selection.sheet ?? this.#book.sheets[0] ?? null;
    return { sheet: sheet?.name ?? null, a1: sheet ? rectA1(this.#book.selectedRect(sheet)) : 'A1' };
  }

  /** Puts the user's cursor on a sheet (and block), as clicking would. */
  select(name: string, a1 = 'A1'): void {
    const s = this.#book.sheetByName(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    const rect = parseA1(a1, s.maxRows, s.maxCols);
    if (!rect) throw new Error(`Not A1 notation: ${a1}`);
    this.#book.select(s, rect);
  }

  /**
   * The spreadsheet's time zone (File > Settings in Sheets). It may differ
   * from the script's (createEmulator's `timeZone`): a date typed into the
   * sheet is midnight in this zone.
   */
  setTimeZone(timeZone: string): void {
    this.#book.timeZone = timeZone;
  }

  /** A deep, JSON-safe picture of everything observable in the spreadsheet. */
  snapshot(): WorkbookSnapshot {
    const b = this.#book;
    return {
      name: b.name,
      timeZone: b.timeZone,
      locale: b.locale,
      sheets: b.sheets.map((s) => new SheetView(s).snapshot()),
    };
  }
}
