/**
 * The Advanced Sheets service (`Sheets`, API v4) under the `drive.file`
 * scope: Spreadsheets.create / get / batchUpdate and
 * Spreadsheets.Values.batchGet / batchUpdate, counted as
 * `Sheets.Spreadsheets.<method>` and `Sheets.Spreadsheets.Values.<method>`.
 *
 * Which spreadsheets it reaches. The API accepts the `drive.file` scope
 * ("View and manage Google Drive files and folders that you have opened or
 * created with this app", in every method's Authorization list,
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet),
 * so the add-on reaches the spreadsheets it created (Spreadsheets.create,
 * Drive.Files.create with the spreadsheet MIME type) and those the user
 * picked in the Google Picker, and nothing else. Any other id answers
 * "Requested entity was not found." — UNVERIFIED: for a file the user may
 * open but never granted to the app, the live API may answer 403 "The
 * caller does not have permission" instead; product code treats any
 * failure of a school's file as "unreadable" (docs/document.md).
 *
 * What the methods do, each as the reference says:
 *  - values.batchGet: "Empty trailing rows and columns are omitted"
 *    (https://developers.google.com/sheets/api/samples/reading); a range
 *    that is a sheet title alone means every cell of that sheet; the
 *    default valueRenderOption is FORMATTED_VALUE (every value a string as
 *    displayed), UNFORMATTED_VALUE keeps numbers and booleans; dates are
 *    serial numbers by default (SERIAL_NUMBER: days since 1899-12-30) or
 *    their displayed text with FORMATTED_STRING, and dateTimeRenderOption
 *    "is ignored if value_render_option is FORMATTED_VALUE"
 *    (https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption).
 *  - values.batchUpdate: valueInputOption is required; RAW stores "the
 *    values the user has entered ... as-is", USER_ENTERED parses them "as
 *    if the user typed them into the UI"
 *    (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption);
 *    "null values will be skipped. To set a cell to an empty value, set the
 *    string value to an empty string" (ValueRange.values).
 *  - batchUpdate: "If any request is not valid then the entire request will
 *    fail and nothing will be applied"; replies mirror the requests, empty
 *    for requests without a reply
 *    (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate).
 *    The request kinds emulated are listed in BATCH_REQUESTS; any other kind
 *    is an emulator error, never a silent success.
 *
 * Where the reference is silent (UNVERIFIED, docs/document.md):
 *  - data written past the grid: a range given as a single start cell or
 *    a sheet title grows the sheet to fit; a closed range (`A1:C3`) whose
 *    corner lies outside the grid is refused with "exceeds grid limits",
 *    as the live API is reported to do for reads and writes alike;
 *  - the first sheet of a new spreadsheet is "Sheet1" ("Trang tính1" in a
 *    vi_VN spreadsheet) with sheetId 0: product code must use the sheetId.
 */
import { type Rect, cellA1, parseA1, splitSheetName } from './a1';
import { Emulated, ENV, countCalls } from './counted';
import { toRealm } from './docs';
import { ROOT_ID, driveStore, type DriveFile } from './docs/store';
import type { Env } from './env';
import { type SheetModel, ServiceError, WorkbookModel } from './model';
import { type CellValue, displayValue, interpretWrite, isDate, toSerial } from './values';
import { WorkbookInspector } from './workbook';

type SpreadsheetsApi = GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
type ValuesApi = GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection;
type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type ValueRange = GoogleAppsScript.Sheets.Schema.ValueRange;
type BatchGetValuesResponse = GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
type BatchUpdateValuesRequest = GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest;
type BatchUpdateValuesResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse;
type BatchUpdateSpreadsheetRequest = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest;
type BatchUpdateSpreadsheetResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
type Request = GoogleAppsScript.Sheets.Schema.Request;
type SheetProperties = GoogleAppsScript.Sheets.Schema.SheetProperties;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

export const GOOGLE_SHEET = 'application/vnd.google-apps.spreadsheet';

const SPREADSHEETS_API = ['batchUpdate', 'create', 'get'] as const satisfies readonly (keyof SpreadsheetsApi)[];
const VALUES_API = ['batchGet', 'batchUpdate'] as const satisfies readonly (keyof ValuesApi)[];

/** The batchUpdate request kinds the emulator applies. */
export const BATCH_REQUESTS = [
  'addSheet',
  'deleteSheet',
  'updateSheetProperties',
  'updateSpreadsheetProperties',
  'updateDimensionProperties',
  'repeatCell',
  'setDataValidation',
] as const;

// ---------------------------------------------------------------- the store

/** The spreadsheets of the emulated Drive other than the container one, by file id. */
const stores = new WeakMap<Env, Map<string, WorkbookModel>>();

function spreadsheets(env: Env): Map<string, WorkbookModel> {
  let store = stores.get(env);
  if (!store) {
    store = new Map();
    stores.set(env, store);
  }
  return store;
}

function firstSheetName(locale: string): string {
  return locale.startsWith('vi') ? 'Trang tính1' : 'Sheet1';
}

/** A new spreadsheet behind a Drive file (called by Drive.Files.create for the spreadsheet MIME type). */
export function attachSpreadsheet(env: Env, file: DriveFile): WorkbookModel {
  const book = new WorkbookModel({ id: file.id, name: file.name, timeZone: env.book.timeZone, locale: env.book.locale });
  book.addSheet(firstSheetName(book.locale));
  spreadsheets(env).set(file.id, book);
  return book;
}

/** How a test puts a school's spreadsheet in Drive. */
export interface SpreadsheetFileOptions {
  name: string;
  /** Tabs and their values (as getValues gives them: strings, numbers, booleans, Dates). */
  sheets: { name: string; values: unknown[][] }[];
  /** The user picked it in the Picker (drive.file grants it): true by default. */
  picked?: boolean;
  timeZone?: string;
}

/** Test side: a spreadsheet in the user's Drive; returns its id. Uncounted. */
export function addSpreadsheetFile(env: Env, options: SpreadsheetFileOptions): string {
  const file = driveStore(env).addFile(options.name, GOOGLE_SHEET, [ROOT_ID], options.picked ?? true);
  const book = new WorkbookModel({ id: file.id, name: options.name, timeZone: options.timeZone ?? env.book.timeZone, locale: env.book.locale });
  const inspector = new WorkbookInspector(book);
  for (const sheet of options.sheets) inspector.addSheet(sheet.name, sheet.values);
  if (book.sheets.length === 0) book.addSheet(firstSheetName(book.locale));
  spreadsheets(env).set(file.id, book);
  return file.id;
}

/** Test side: the Picker grants a file that was already in Drive (drive.file). Uncounted. */
export function grantFile(env: Env, id: string): void {
  const file = driveStore(env).files.get(id);
  if (!file) throw new Error(`Emulator: no file ${id}`);
  file.appCreated = true;
}

/** Test side: an uncounted view of a spreadsheet in Drive (null if none has this id). */
export function spreadsheetFile(env: Env, id: string): WorkbookInspector | null {
  const book = spreadsheets(env).get(id);
  return book ? new WorkbookInspector(book) : null;
}

/** Test side: the ids of every spreadsheet in Drive besides the container one. */
export function spreadsheetFileIds(env: Env): string[] {
  return [...spreadsheets(env).keys()];
}

// ---------------------------------------------------------------- helpers

function apiError(method: string, message: string): ServiceError {
  return new ServiceError(`API call to sheets.${method} failed with error: ${message}`);
}

/** The spreadsheet behind an id, if the add-on may reach it under drive.file. */
function reachable(env: Env, method: string, id: unknown): WorkbookModel {
  if (typeof id !== 'string' || id === '') throw apiError(method, 'Invalid requests[0]: spreadsheetId is required.');
  const book = spreadsheets(env).get(id);
  const file = driveStore(env).visible(id);
  if (!book || !file || file.trashed) throw apiError(method, 'Requested entity was not found.');
  return book;
}

function touch(env: Env, id: string): void {
  const file = driveStore(env).files.get(id);
  if (file) file.modifiedTime = driveStore(env).now();
}

function quoted(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An A1 range of the API (`'Tiêu chuẩn 1'!A1:K`, or a sheet title alone) on a spreadsheet. */
function resolveRange(book: WorkbookModel, method: string, range: unknown): { sheet: SheetModel; rect: Rect; open: boolean } {
  if (typeof range !== 'string' || range.trim() === '') throw apiError(method, 'Unable to parse range: ');
  const split = splitSheetName(range);
  const title = split.sheet ?? range.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const sheet = book.sheetByName(split.sheet ?? title);
  if (!sheet) {
    // A range without `!` may also be A1 cells of the first sheet ("A1:B2").
    if (split.sheet === null && book.sheets[0]) {
      const rect = parseA1(range, book.sheets[0].maxRows, book.sheets[0].maxCols);
      if (rect) return { sheet: book.sheets[0], rect, open: false };
    }
    throw apiError(method, `Unable to parse range: ${range}`);
  }
  if (split.sheet === null) return { sheet, rect: { row: 1, col: 1, rows: sheet.maxRows, cols: sheet.maxCols }, open: true };
  const rect = parseA1(split.cells, sheet.maxRows, sheet.maxCols);
  if (!rect) throw apiError(method, `Unable to parse range: ${range}`);
  const single = !split.cells.includes(':');
  if (!single && (rect.row + rect.rows - 1 > sheet.maxRows || rect.col + rect.cols - 1 > sheet.maxCols)) {
    throw apiError(method, `Range (${range}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`);
  }
  return { sheet, rect, open: single };
}

function a1Of(sheet: SheetModel, rect: Rect): string {
  const end = cellA1(rect.row + rect.rows - 1, rect.col + rect.cols - 1);
  return `${quoted(sheet.name)}!${cellA1(rect.row, rect.col)}:${end}`;
}

type Rendered = string | number | boolean;

function rendered(sheet: SheetModel, value: CellValue, numberFormat: string, valueRender: string, dateRender: string): Rendered {
  const ctx = { numberFormat, timeZone: sheet.book.timeZone, locale: sheet.book.locale };
  if (valueRender === 'FORMATTED_VALUE') return displayValue(value, ctx);
  if (isDate(value)) return dateRender === 'FORMATTED_STRING' ? displayValue(value, ctx) : toSerial(value, sheet.book.timeZone);
  return value;
}

function readRange(sheet: SheetModel, rect: Rect, options: Record<string, unknown>): ValueRange {
  const valueRender = typeof options.valueRenderOption === 'string' ? options.valueRenderOption : 'FORMATTED_VALUE';
  const dateRender = typeof options.dateTimeRenderOption === 'string' ? options.dateTimeRenderOption : 'SERIAL_NUMBER';
  const wantFormula = valueRender === 'FORMULA';
  const rows = sheet.read(rect, (cell) => {
    if (!cell) return '' as Rendered;
    if (wantFormula && cell.formula) return cell.formula;
    return rendered(sheet, cell.value, sheet.styleOf(cell, 'numberFormat'), wantFormula ? 'UNFORMATTED_VALUE' : valueRender, dateRender);
  });
  // "Empty trailing rows and columns are omitted": each row ends at its last non-empty cell.
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end -= 1;
    return row.slice(0, end);
  });
  while (trimmed.length > 0 && trimmed[trimmed.length - 1].length === 0) trimmed.pop();
  const result: ValueRange = { range: a1Of(sheet, clipToGrid(sheet, rect)), majorDimension: 'ROWS' };
  if (trimmed.length > 0) result.values = trimmed;
  return result;
}

function clipToGrid(sheet: SheetModel, rect: Rect): Rect {
  return { ...rect, rows: Math.min(rect.rows, sheet.maxRows - rect.row + 1), cols: Math.min(rect.cols, sheet.maxCols - rect.col + 1) };
}

function sheetProperties(sheet: SheetModel, index: number): SheetProperties {
  return {
    sheetId: sheet.id,
    title: sheet.name,
    index,
    sheetType: 'GRID',
    gridProperties: { rowCount: sheet.maxRows, columnCount: sheet.maxCols, frozenRowCount: sheet.frozenRows, frozenColumnCount: sheet.frozenCols },
  };
}

function spreadsheetResource(book: WorkbookModel): Spreadsheet {
  return {
    spreadsheetId: book.id,
    properties: { title: book.name, locale: book.locale, timeZone: book.timeZone },
    sheets: book.sheets.map((sheet, index) => ({ properties: sheetProperties(sheet, index) })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${book.id}/edit`,
  };
}

/** A field mask as a tree: each name maps to the mask of its sub-fields, or null for the whole value. */
type FieldMask = Map<string, FieldMask | null>;

/** Splits at the commas outside parentheses. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (character === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += character;
  }
  parts.push(current.trim());
  return parts.filter((part) => part !== '');
}

/**
 * A field mask in the system parameter's syntax: `a.b`, `a/b` and
 * `a(b,c)` nest, commas list
 * (https://cloud.google.com/apis/docs/system-parameters: "fields").
 * `sheets.properties.title`, `sheets(properties(title,sheetId))` and
 * `sheets.properties(title)` select the same thing.
 */
function parseMask(text: string): FieldMask {
  const mask: FieldMask = new Map();
  for (const part of topLevelParts(text)) {
    const open = part.indexOf('(');
    const path = (open < 0 ? part : part.slice(0, open)).split(/[./]/).map((name) => name.trim());
    const sub = open < 0 ? null : parseMask(part.slice(open + 1, part.lastIndexOf(')')));
    let level = mask;
    path.forEach((name, index) => {
      if (index === path.length - 1) {
        const known = level.get(name);
        level.set(name, sub === null || known === null ? null : mergeMasks(known ?? new Map<string, FieldMask | null>(), sub));
        return;
      }
      let next = level.get(name);
      if (next === null) return; // the whole value is already selected
      if (next === undefined) {
        next = new Map();
        level.set(name, next);
      }
      level = next;
    });
  }
  return mask;
}

function mergeMasks(a: FieldMask, b: FieldMask): FieldMask {
  const out: FieldMask = new Map(a);
  for (const [name, sub] of b) {
    const known = out.get(name);
    out.set(name, sub === null || known === null ? null : mergeMasks(known ?? new Map<string, FieldMask | null>(), sub));
  }
  return out;
}

/** The parts of a resource a mask selects; an unknown field is the API's "Invalid field selection". */
function project(value: unknown, mask: FieldMask, method: string): unknown {
  if (Array.isArray(value)) return value.map((item) => project(item, mask, method));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of mask) {
    if (!(name in value)) throw apiError(method, `Invalid field selection ${name}`);
    const field = (value as Record<string, unknown>)[name];
    out[name] = sub === null ? field : project(field, sub, method);
  }
  return out;
}

function selectFields(resource: Spreadsheet, fields: unknown): Spreadsheet {
  if (typeof fields !== 'string' || fields.trim() === '' || fields.trim() === '*') return resource;
  return project(resource, parseMask(fields), 'spreadsheets.get') as Spreadsheet;
}

function sheetById(book: WorkbookModel, method: string, id: unknown): SheetModel {
  const sheet = typeof id === 'number' ? book.sheetById(id) : id === undefined ? book.sheetById(0) : undefined;
  if (!sheet) throw apiError(method, `Invalid requests: No grid with id: ${String(id)}`);
  return sheet;
}

function gridRect(sheet: SheetModel, range: GridRange): Rect {
  const row = (range.startRowIndex ?? 0) + 1;
  const col = (range.startColumnIndex ?? 0) + 1;
  const endRow = range.endRowIndex ?? sheet.maxRows;
  const endCol = range.endColumnIndex ?? sheet.maxCols;
  return { row, col, rows: Math.max(0, endRow - row + 1), cols: Math.max(0, endCol - col + 1) };
}

/** Apps Script passes resources from the script's realm: the emulator reads them as plain data. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? null)) as T;
}

// ---------------------------------------------------------------- batchUpdate

/** Applies one request to a copy-free model; returns the reply (`{}` when the request has none). */
function applyRequest(env: Env, book: WorkbookModel, request: Request): Record<string, unknown> {
  const method = 'spreadsheets.batchUpdate';
  const kinds = Object.keys(request).filter((key) => (request as Record<string, unknown>)[key] !== undefined);
  if (kinds.length !== 1) throw apiError(method, 'Invalid requests: each request must set exactly one kind.');
  const kind = kinds[0];
  if (!(BATCH_REQUESTS as readonly string[]).includes(kind))
    throw new Error(`Emulator: batchUpdate request "${kind}" is not emulated (emulator/sheets-api.ts).`);

  if (request.addSheet) {
    const properties = request.addSheet.properties ?? {};
    const title = properties.title ?? book.defaultName();
    if (book.sheets.some((sheet) => sheet.name.toLowerCase() === title.toLowerCase())) {
      throw apiError(method, `Invalid requests[0].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`);
    }
    const grid = properties.gridProperties ?? {};
    const sheet = book.addSheet(title, properties.index ?? book.sheets.length, { rows: grid.rowCount, cols: grid.columnCount });
    // A client may choose the new sheet's id, to name it in later requests of the same batch.
    if (typeof properties.sheetId === 'number') {
      if (book.sheets.some((other) => other !== sheet && other.id === properties.sheetId)) {
        book.removeSheet(sheet);
        throw apiError(method, `Invalid requests[0].addSheet: Sheet with id ${properties.sheetId} already exists.`);
      }
      Object.defineProperty(sheet, 'id', { value: properties.sheetId });
    }
    sheet.frozenRows = grid.frozenRowCount ?? 0;
    sheet.frozenCols = grid.frozenColumnCount ?? 0;
    return { addSheet: { properties: sheetProperties(sheet, book.sheets.indexOf(sheet)) } };
  }
  if (request.deleteSheet) {
    book.removeSheet(sheetById(book, method, request.deleteSheet.sheetId));
    return {};
  }
  if (request.updateSheetProperties) {
    const { properties = {}, fields } = request.updateSheetProperties;
    if (!fields) throw apiError(method, 'Invalid requests[0].updateSheetProperties: You must specify which fields you want updated.');
    const sheet = sheetById(book, method, properties.sheetId);
    const wanted = fields === '*' ? ['title', 'gridProperties.frozenRowCount', 'gridProperties.frozenColumnCount'] : fields.split(',').map((f) => f.trim());
    for (const field of wanted) {
      if (field === 'title' && properties.title) {
        book.checkNewName(properties.title, sheet);
        sheet.name = properties.title;
      } else if (field === 'gridProperties.frozenRowCount') sheet.frozenRows = properties.gridProperties?.frozenRowCount ?? 0;
      else if (field === 'gridProperties.frozenColumnCount') sheet.frozenCols = properties.gridProperties?.frozenColumnCount ?? 0;
      else if (field === 'tabColor' || field === 'hidden' || field === 'index') continue;
      else throw new Error(`Emulator: updateSheetProperties field "${field}" is not emulated.`);
    }
    return {};
  }
  if (request.updateSpreadsheetProperties) {
    const { properties = {}, fields } = request.updateSpreadsheetProperties;
    if (fields?.split(',').includes('title') && properties.title) {
      book.name = properties.title;
      const file = driveStore(env).files.get(book.id);
      if (file) file.name = properties.title;
    }
    return {};
  }
  if (request.updateDimensionProperties) {
    const { range, properties } = request.updateDimensionProperties;
    const sheet = sheetById(book, method, range?.sheetId);
    if (range?.dimension === 'COLUMNS' && typeof properties?.pixelSize === 'number') {
      for (let col = range.startIndex ?? 0; col < (range.endIndex ?? sheet.maxCols); col++) sheet.widths[col] = properties.pixelSize;
    }
    return {};
  }
  if (request.repeatCell) {
    const { range = {}, cell = {}, fields = '' } = request.repeatCell;
    const sheet = sheetById(book, method, range.sheetId);
    const format = cell.userEnteredFormat ?? {};
    sheet.update(gridRect(sheet, range), (target) => {
      if (fields.includes('textFormat.bold') || fields.includes('textFormat')) sheet.setStyle(target, 'fontWeight', format.textFormat?.bold ? 'bold' : null);
      if (fields.includes('numberFormat')) sheet.setStyle(target, 'numberFormat', format.numberFormat?.type === 'TEXT' ? '@' : null);
      if (fields.includes('wrapStrategy')) sheet.setStyle(target, 'wrapStrategy', format.wrapStrategy ?? null);
      if (fields.includes('verticalAlignment')) sheet.setStyle(target, 'verticalAlignment', format.verticalAlignment?.toLowerCase() ?? null);
    });
    return {};
  }
  // setDataValidation: a dropdown of values (ONE_OF_LIST), as the setup's level columns use.
  const { range = {}, rule } = request.setDataValidation ?? {};
  const sheet = sheetById(book, method, range.sheetId);
  const values = (rule?.condition?.values ?? []).map((value) => value.userEnteredValue ?? '');
  const validation = rule
    ? { criteria: 'VALUE_IN_LIST', args: [values, rule.showCustomUi ?? false], allowInvalid: !rule.strict, helpText: rule.inputMessage ?? null }
    : null;
  sheet.update(gridRect(sheet, range), (target) => {
    if (validation) target.validation = validation;
    else delete target.validation;
  });
  return {};
}

// ---------------------------------------------------------------- facades

export class EmuSheetsValues extends Emulated implements Pick<ValuesApi, (typeof VALUES_API)[number]> {
  batchGet(spreadsheetId: string, optionalArgs?: object): BatchGetValuesResponse {
    const env = this[ENV];
    const book = reachable(env, 'spreadsheets.values.batchGet', spreadsheetId);
    const options = plain((optionalArgs ?? {}) as Record<string, unknown>);
    const ranges = Array.isArray(options.ranges) ? (options.ranges as unknown[]) : options.ranges === undefined ? [] : [options.ranges];
    const valueRanges = ranges.map((range) => {
      const resolved = resolveRange(book, 'spreadsheets.values.batchGet', range);
      return readRange(resolved.sheet, clipToGrid(resolved.sheet, resolved.rect), options);
    });
    return toRealm(env.realm, { spreadsheetId: book.id, valueRanges });
  }

  batchUpdate(resource: BatchUpdateValuesRequest, spreadsheetId: string): BatchUpdateValuesResponse {
    const env = this[ENV];
    const method = 'spreadsheets.values.batchUpdate';
    const book = reachable(env, method, spreadsheetId);
    const request = plain(resource);
    const input = request?.valueInputOption;
    if (input !== 'RAW' && input !== 'USER_ENTERED') throw apiError(method, "'valueInputOption' is required but not specified");
    // Every range is checked before anything is written: the call is one request.
    const writes = (request.data ?? []).map((data) => {
      const target = resolveRange(book, method, data.range);
      const values = data.majorDimension === 'COLUMNS' ? transpose(data.values ?? []) : (data.values ?? []);
      const rows = values.length;
      const cols = Math.max(0, ...values.map((row) => row.length));
      if (!target.open && (rows > target.rect.rows || cols > target.rect.cols)) {
        throw apiError(method, `Requested writing within range [${String(data.range)}], but tried writing to row [${target.rect.row + rows - 1}]`);
      }
      return { ...target, values, rows, cols };
    });
    const responses = writes.map((write) => {
      const { sheet, rect } = write;
      if (rect.row + write.rows - 1 > sheet.maxRows) sheet.maxRows = rect.row + write.rows - 1;
      if (rect.col + write.cols - 1 > sheet.maxCols) {
        sheet.widths.push(...new Array<number>(rect.col + write.cols - 1 - sheet.maxCols).fill(sheet.widths[0] ?? 100));
        sheet.maxCols = rect.col + write.cols - 1;
      }
      let cells = 0;
      write.values.forEach((row, i) =>
        row.forEach((value, j) => {
          if (value === null || value === undefined) return;
          const target = sheet.cellForWrite(rect.row + i, rect.col + j);
          if (input === 'RAW') sheet.writeRaw(target, value);
          else {
            const written = interpretWrite(value, { numberFormat: sheet.styleOf(target, 'numberFormat'), timeZone: book.timeZone, locale: book.locale });
            target.value = written.value;
            if (written.formula) target.formula = written.formula;
            else delete target.formula;
          }
          sheet.tidy(rect.row + i, rect.col + j);
          cells += 1;
        }),
      );
      const written = { ...rect, rows: Math.max(1, write.rows), cols: Math.max(1, write.cols) };
      return { spreadsheetId: book.id, updatedRange: a1Of(sheet, written), updatedRows: write.rows, updatedColumns: write.cols, updatedCells: cells };
    });
    touch(env, book.id);
    return toRealm(env.realm, {
      spreadsheetId: book.id,
      totalUpdatedRows: responses.reduce((sum, r) => sum + r.updatedRows, 0),
      totalUpdatedColumns: Math.max(0, ...responses.map((r) => r.updatedColumns)),
      totalUpdatedCells: responses.reduce((sum, r) => sum + r.updatedCells, 0),
      totalUpdatedSheets: new Set(writes.map((w) => w.sheet)).size,
      responses,
    });
  }
}

function transpose(values: unknown[][]): unknown[][] {
  const out: unknown[][] = [];
  values.forEach((column, j) => column.forEach((value, i) => ((out[i] ??= [])[j] = value)));
  return out;
}

export class EmuSheetsSpreadsheets extends Emulated implements Pick<SpreadsheetsApi, (typeof SPREADSHEETS_API)[number]> {
  readonly Values: EmuSheetsValues;

  constructor(env: Env) {
    super(env);
    this.Values = new EmuSheetsValues(env);
  }

  create(resource: Spreadsheet): Spreadsheet {
    const env = this[ENV];
    const request = plain(resource) ?? {};
    const title = request.properties?.title ?? 'Untitled spreadsheet';
    const file = driveStore(env).addFile(title, GOOGLE_SHEET, [ROOT_ID], true);
    const book = attachSpreadsheet(env, file);
    const wanted = request.sheets ?? [];
    if (wanted.length > 0) {
      book.clearSheets();
      for (const sheet of wanted) applyRequest(env, book, { addSheet: { properties: sheet.properties ?? {} } });
    }
    return toRealm(env.realm, spreadsheetResource(book));
  }

  get(spreadsheetId: string, optionalArgs?: object): Spreadsheet {
    const env = this[ENV];
    const book = reachable(env, 'spreadsheets.get', spreadsheetId);
    const options = plain((optionalArgs ?? {}) as Record<string, unknown>);
    if (options.includeGridData === true) throw new Error('Emulator: spreadsheets.get with includeGridData is not emulated; use values.batchGet.');
    return toRealm(env.realm, selectFields(spreadsheetResource(book), options.fields));
  }

  batchUpdate(resource: BatchUpdateSpreadsheetRequest, spreadsheetId: string): BatchUpdateSpreadsheetResponse {
    const env = this[ENV];
    const book = reachable(env, 'spreadsheets.batchUpdate', spreadsheetId);
    const requests = plain(resource)?.requests ?? [];
    // All or nothing: apply to a trial copy first, so an invalid request leaves the spreadsheet as it was.
    const trial = cloneBook(book);
    requests.forEach((request) => applyRequest(env, trial, request));
    const replies = requests.map((request) => applyRequest(env, book, request));
    touch(env, book.id);
    return toRealm(env.realm, { spreadsheetId: book.id, replies });
  }
}

/** A structural copy for the all-or-nothing trial (values are not touched by the emulated requests' checks). */
function cloneBook(book: WorkbookModel): WorkbookModel {
  const copy = new WorkbookModel({ id: book.id, name: book.name, timeZone: book.timeZone, locale: book.locale });
  for (const sheet of book.sheets) {
    const twin = copy.addSheet(sheet.name, copy.sheets.length, { rows: sheet.maxRows, cols: sheet.maxCols });
    // Keep the ids: requests name sheets by sheetId.
    Object.defineProperty(twin, 'id', { value: sheet.id });
  }
  return copy;
}

export class EmuSheets extends Emulated {
  readonly Spreadsheets: EmuSheetsSpreadsheets;

  constructor(env: Env) {
    super(env);
    this.Spreadsheets = new EmuSheetsSpreadsheets(env);
  }
}

countCalls(EmuSheetsSpreadsheets, 'Sheets.Spreadsheets', SPREADSHEETS_API);
countCalls(EmuSheetsValues, 'Sheets.Spreadsheets.Values', VALUES_API);

/** The `Sheets` global. */
export function createSheetsService(env: Env): unknown {
  return new EmuSheets(env);
}
