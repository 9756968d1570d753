/**
 * Range: a block of cells on one sheet. Reads return fresh arrays (of the
 * script's realm); 2-D writes check the data's shape against the range
 * before changing anything, with the real messages.
 */
import { type Rect, rectA1 } from './a1';
import { normalizeColor } from './colors';
import { Emulated, ENV, asApi, countCalls, signatureError, unwrapArg } from './counted';
import type { Env } from './env';
import { type Cell, ServiceError, type SheetModel, type StyleKey, type ValidationRule } from './model';
import { addMetadata, metadataOn } from './metadata';
import { EmuProtection, newRangeProtection } from './protection';
import { realmGrid } from './realm';
import { EmuSheet } from './sheet';
import { EmuDataValidation } from './validation';
import { copyValue, displayValue } from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type WrapStrategy = GoogleAppsScript.Spreadsheet.WrapStrategy;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type VAlign = 'top' | 'middle' | 'bottom' | null;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;

const RANGE_API = [
  'activate',
  'addDeveloperMetadata',
  'clear',
  'clearContent',
  'clearDataValidations',
  'clearFormat',
  'clearNote',
  'getA1Notation',
  'getBackground',
  'getBackgrounds',
  'getCell',
  'getColumn',
  'getDataValidation',
  'getDataValidations',
  'getDeveloperMetadata',
  'getDisplayValue',
  'getDisplayValues',
  'getFontWeight',
  'getFontWeights',
  'getFormula',
  'getFormulas',
  'getGridId',
  'getHorizontalAlignment',
  'getLastColumn',
  'getLastRow',
  'getNote',
  'getNotes',
  'getNumColumns',
  'getNumRows',
  'getNumberFormat',
  'getNumberFormats',
  'getRow',
  'getSheet',
  'getValue',
  'getValues',
  'getVerticalAlignment',
  'getWrap',
  'getWrapStrategy',
  'isBlank',
  'offset',
  'protect',
  'setBackground',
  'setBackgrounds',
  'setDataValidation',
  'setDataValidations',
  'setFontColor',
  'setFontWeight',
  'setFontWeights',
  'setFormula',
  'setHorizontalAlignment',
  'setNote',
  'setNotes',
  'setNumberFormat',
  'setNumberFormats',
  'setValue',
  'setValues',
  'setVerticalAlignment',
  'setWrap',
  'setWrapStrategy',
] as const satisfies readonly (keyof Range)[];

export class EmuRange extends Emulated implements Pick<Range, (typeof RANGE_API)[number]> {
  readonly #sheet: SheetModel;
  readonly #rect: Rect;

  constructor(env: Env, sheet: SheetModel, rect: Rect) {
    super(env);
    this.#sheet = sheet;
    this.#rect = { ...rect };
  }

  /** Sheet and block behind a Range argument (setActiveRange, setUnprotectedRanges, ...). */
  static partsOf(r: EmuRange): { sheet: SheetModel; rect: Rect } {
    return { sheet: r.#sheet, rect: { ...r.#rect } };
  }

  // ------------------------------------------------------------ position

  activate(): Range {
    this.#sheet.book.select(this.#sheet, this.#rect);
    return asApi(this);
  }

  getA1Notation(): string {
    return rectA1(this.#rect);
  }

  getCell(row: number, column: number): Range {
    const r = this.#rect;
    if (row < 1 || column < 1 || row > r.rows || column > r.cols) {
      throw new ServiceError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return asApi(new EmuRange(this[ENV], this.#sheet, { row: r.row + row - 1, col: r.col + column - 1, rows: 1, cols: 1 }));
  }

  getColumn(): number {
    return this.#rect.col;
  }

  getGridId(): number {
    return this.#sheet.id;
  }

  getLastColumn(): number {
    return this.#rect.col + this.#rect.cols - 1;
  }

  getLastRow(): number {
    return this.#rect.row + this.#rect.rows - 1;
  }

  getNumColumns(): number {
    return this.#rect.cols;
  }

  getNumRows(): number {
    return this.#rect.rows;
  }

  getRow(): number {
    return this.#rect.row;
  }

  getSheet(): Sheet {
    return asApi(new EmuSheet(this[ENV], this.#sheet));
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const rect = {
      row: this.#rect.row + rowOffset,
      col: this.#rect.col + columnOffset,
      rows: numRows ?? this.#rect.rows,
      cols: numColumns ?? this.#rect.cols,
    };
    this.#sheet.checkRect(rect);
    return asApi(new EmuRange(this[ENV], this.#sheet, rect));
  }

  // ------------------------------------------------------------ values

  getValues(): unknown[][] {
    return realmGrid(
      this[ENV].realm,
      this.#sheet.read(this.#rect, (c) => copyValue(c?.value ?? '')),
    );
  }

  getValue(): unknown {
    return copyValue(this.#first()?.value ?? '');
  }

  setValues(values: unknown[][]): Range {
    this.#checkShape('setValues', values, [values]);
    this.#sheet.update(this.#rect, (cell, i, j) => this.#sheet.writeValue(cell, values[i][j]));
    return asApi(this);
  }

  setValue(value: unknown): Range {
    this.#sheet.update(this.#rect, (cell) => this.#sheet.writeValue(cell, value));
    return asApi(this);
  }

  getDisplayValues(): string[][] {
    return realmGrid(
      this[ENV].realm,
      this.#sheet.read(this.#rect, (c) => this.#display(c)),
    );
  }

  getDisplayValue(): string {
    return this.#display(this.#first());
  }

  getFormulas(): string[][] {
    return realmGrid(
      this[ENV].realm,
      this.#sheet.read(this.#rect, (c) => c?.formula ?? ''),
    );
  }

  getFormula(): string {
    return this.#first()?.formula ?? '';
  }

  setFormula(formula: string): Range {
    const text = String(formula);
    this.#sheet.update(this.#rect, (cell) => {
      cell.value = text;
      if (text.startsWith('=')) cell.formula = text;
      else delete cell.formula;
    });
    return asApi(this);
  }

  isBlank(): boolean {
    return this.#sheet.read(this.#rect, (c) => c?.value ?? '').every((row) => row.every((v) => v === ''));
  }

  // ------------------------------------------------------------ notes

  getNotes(): string[][] {
    return realmGrid(
      this[ENV].realm,
      this.#sheet.read(this.#rect, (c) => c?.note ?? ''),
    );
  }

  getNote(): string {
    return this.#first()?.note ?? '';
  }

  setNotes(notes: (string | null)[][]): Range {
    this.#checkShape('setNotes', notes, [notes]);
    this.#sheet.update(this.#rect, (cell, i, j) => setNote(cell, notes[i][j]));
    return asApi(this);
  }

  setNote(note: string | null): Range {
    this.#sheet.update(this.#rect, (cell) => setNote(cell, note));
    return asApi(this);
  }

  clearNote(): Range {
    this.#sheet.update(this.#rect, (cell) => setNote(cell, null));
    return asApi(this);
  }

  // ------------------------------------------------------------ data validation

  getDataValidations(): (Rule | null)[][] {
    const env = this[ENV];
    return realmGrid(
      env.realm,
      this.#sheet.read(this.#rect, (c) => (c?.validation ? wrapRule(env, c.validation) : null)),
    );
  }

  getDataValidation(): Rule | null {
    const rule = this.#first()?.validation;
    return rule ? wrapRule(this[ENV], rule) : null;
  }

  setDataValidations(rules: (Rule | null)[][]): Range {
    this.#checkShape('setDataValidations', rules, [rules]);
    const models = rules.map((row) => row.map((r) => (r === null ? null : ruleOf(r, 'setDataValidations', [rules]))));
    this.#sheet.update(this.#rect, (cell, i, j) => setRule(cell, models[i][j]));
    return asApi(this);
  }

  setDataValidation(rule: Rule | null): Range {
    const model = rule === null ? null : ruleOf(rule, 'setDataValidation', [rule]);
    this.#sheet.update(this.#rect, (cell) => setRule(cell, model));
    return asApi(this);
  }

  clearDataValidations(): Range {
    this.#sheet.update(this.#rect, (cell) => setRule(cell, null));
    return asApi(this);
  }

  // ------------------------------------------------------------ formatting

  getBackgrounds(): string[][] {
    return this.#styleGrid('background');
  }

  getBackground(): string {
    return this.#sheet.styleOf(this.#first(), 'background');
  }

  setBackgrounds(color: (string | null)[][]): Range {
    this.#checkShape('setBackgrounds', color, [color]);
    this.#sheet.update(this.#rect, (cell, i, j) => this.#sheet.setStyle(cell, 'background', normalizeColor(color[i][j])));
    return asApi(this);
  }

  setBackground(color: string | null): Range {
    return this.#setStyleAll('background', normalizeColor(color));
  }

  setFontColor(color: string | null): Range {
    return this.#setStyleAll('fontColor', normalizeColor(color));
  }

  getFontWeights(): FontWeight[][] {
    return this.#styleGrid('fontWeight') as FontWeight[][];
  }

  getFontWeight(): FontWeight {
    return this.#sheet.styleOf(this.#first(), 'fontWeight') as FontWeight;
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): Range {
    this.#checkShape('setFontWeights', fontWeights, [fontWeights]);
    this.#sheet.update(this.#rect, (cell, i, j) => this.#sheet.setStyle(cell, 'fontWeight', fontWeights[i][j]));
    return asApi(this);
  }

  setFontWeight(fontWeight: FontWeight | null): Range {
    return this.#setStyleAll('fontWeight', fontWeight);
  }

  getNumberFormats(): string[][] {
    return this.#styleGrid('numberFormat');
  }

  getNumberFormat(): string {
    return this.#sheet.styleOf(this.#first(), 'numberFormat');
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this.#checkShape('setNumberFormats', numberFormats, [numberFormats]);
    this.#sheet.update(this.#rect, (cell, i, j) => this.#sheet.setStyle(cell, 'numberFormat', numberFormats[i][j]));
    return asApi(this);
  }

  setNumberFormat(numberFormat: string): Range {
    return this.#setStyleAll('numberFormat', String(numberFormat));
  }

  getWrap(): boolean {
    return this.#sheet.styleOf(this.#first(), 'wrapStrategy') === 'WRAP';
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.#setStyleAll('wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }

  getWrapStrategy(): WrapStrategy {
    return this.#sheet.styleOf(this.#first(), 'wrapStrategy') as unknown as WrapStrategy;
  }

  setWrapStrategy(strategy: WrapStrategy): Range {
    const name = String(strategy);
    if (!['WRAP', 'OVERFLOW', 'CLIP'].includes(name)) throw signatureError('SpreadsheetApp.Range.setWrapStrategy', [strategy]);
    return this.#setStyleAll('wrapStrategy', name);
  }

  getVerticalAlignment(): string {
    return this.#sheet.styleOf(this.#first(), 'verticalAlignment');
  }

  setVerticalAlignment(alignment: VAlign): Range {
    return this.#setStyleAll('verticalAlignment', alignment);
  }

  getHorizontalAlignment(): string {
    return this.#sheet.styleOf(this.#first(), 'horizontalAlignment');
  }

  setHorizontalAlignment(alignment: HAlign): Range {
    // 'normal' is the API's word for the default.
    return this.#setStyleAll('horizontalAlignment', alignment === 'normal' ? null : alignment);
  }

  // ------------------------------------------------------------ clearing

  /** Contents and formats by default; notes and validations only when asked. */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    this.#sheet.update(this.#rect, (cell) => {
      if (!any || o.contentsOnly) clearContent(cell);
      if (!any || o.formatOnly) delete cell.style;
      if (o.validationsOnly) delete cell.validation;
      if (o.commentsOnly) delete cell.note;
    });
    return asApi(this);
  }

  clearContent(): Range {
    this.#sheet.update(this.#rect, clearContent);
    return asApi(this);
  }

  clearFormat(): Range {
    this.#sheet.update(this.#rect, (cell) => delete cell.style);
    return asApi(this);
  }

  // ------------------------------------------------------------ developer metadata

  /** Only on whole rows or columns, where it then moves with them (metadata.ts). */
  addDeveloperMetadata(key: string, ...rest: unknown[]): Range {
    addMetadata(this.#sheet, this.#rect, key, rest);
    return asApi(this);
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataOn(this[ENV], this.#sheet, this.#rect);
  }

  // ------------------------------------------------------------ protection

  protect(): Protection {
    return asApi(new EmuProtection(this[ENV], newRangeProtection(this.#sheet, this.#rect)));
  }

  // ------------------------------------------------------------ helpers

  #first(): Cell | undefined {
    return this.#sheet.cell(this.#rect.row, this.#rect.col);
  }

  #display(c: Cell | undefined): string {
    const book = this.#sheet.book;
    return displayValue(c?.value ?? '', {
      numberFormat: this.#sheet.styleOf(c, 'numberFormat'),
      timeZone: book.timeZone,
      locale: book.locale,
    });
  }

  #styleGrid(key: StyleKey): string[][] {
    return realmGrid(
      this[ENV].realm,
      this.#sheet.read(this.#rect, (c) => this.#sheet.styleOf(c, key)),
    );
  }

  #setStyleAll(key: StyleKey, value: string | null): Range {
    this.#sheet.update(this.#rect, (cell) => this.#sheet.setStyle(cell, key, value));
    return asApi(this);
  }

  /** A 2-D argument must be rows of columns matching the range exactly. */
  #checkShape(method: string, data: unknown, args: unknown[]): void {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
      throw signatureError(`SpreadsheetApp.Range.${method}`, args);
    }
    const { rows, cols } = this.#rect;
    if (data.length !== rows) {
      throw new ServiceError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
      );
    }
    for (const row of data as unknown[][]) {
      if (row.length !== cols) {
        throw new ServiceError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${cols}.`,
        );
      }
    }
  }
}
countCalls(EmuRange, 'Range', RANGE_API);

function setNote(cell: Cell, note: string | null | undefined): void {
  const text = note === null || note === undefined ? '' : String(note);
  if (text) cell.note = text;
  else delete cell.note;
}

function setRule(cell: Cell, rule: ValidationRule | null): void {
  if (rule) cell.validation = rule;
  else delete cell.validation;
}

function clearContent(cell: Cell): void {
  cell.value = '';
  delete cell.formula;
}

function wrapRule(env: Env, rule: ValidationRule): Rule {
  return asApi(new EmuDataValidation(env, rule));
}

function ruleOf(rule: unknown, method: string, args: unknown[]): ValidationRule {
  return EmuDataValidation.ruleOf(unwrapArg(rule, EmuDataValidation, `SpreadsheetApp.Range.${method}`, args));
}
