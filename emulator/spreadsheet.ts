/**
 * SpreadsheetApp and the one Spreadsheet the add-on is bound to.
 */
import { parseA1, splitSheetName } from './a1';
import { Emulated, ENV, asApi, countCalls, unwrapArg } from './counted';
import { ServiceError } from './model';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './metadata';
import { EmuProtection, ProtectionType, protectionTypeArg, protectionsOf } from './protection';
import { EmuRange } from './range';
import { realmArray } from './realm';
import { EmuSheet } from './sheet';
import { EmuUi } from './ui';
import { DataValidationCriteria, EmuDataValidationBuilder } from './validation';
import { enumOf } from './counted';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionTypeApi = GoogleAppsScript.Spreadsheet.ProtectionType;

const SPREADSHEET_API = [
  'deleteSheet',
  'getActiveRange',
  'getActiveSheet',
  'getId',
  'getName',
  'getNumSheets',
  'getProtections',
  'getRange',
  'getSheetById',
  'getSheetByName',
  'getSheets',
  'getSpreadsheetLocale',
  'getSpreadsheetTimeZone',
  'getUrl',
  'insertSheet',
  'setActiveRange',
  'setActiveSheet',
  'setSpreadsheetTimeZone',
  'toast',
] as const satisfies readonly (keyof Spreadsheet)[];

export class EmuSpreadsheet extends Emulated implements Pick<Spreadsheet, (typeof SPREADSHEET_API)[number]> {
  deleteSheet(sheet: Sheet): void {
    const s = EmuSheet.modelOf(unwrapArg(sheet, EmuSheet, 'SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]));
    this[ENV].book.removeSheet(s);
  }

  getActiveRange(): Range | null {
    const book = this[ENV].book;
    const sheet = book.activeSheet();
    return asApi(new EmuRange(this[ENV], sheet, book.selectedRect(sheet)));
  }

  getActiveSheet(): Sheet {
    return asApi(new EmuSheet(this[ENV], this[ENV].book.activeSheet()));
  }

  getId(): string {
    return this[ENV].book.id;
  }

  getName(): string {
    return this[ENV].book.name;
  }

  getNumSheets(): number {
    return this[ENV].book.sheets.length;
  }

  getProtections(type: ProtectionTypeApi): Protection[] {
    const env = this[ENV];
    const kind = protectionTypeArg(type, 'SpreadsheetApp.Spreadsheet.getProtections');
    const all = env.book.sheets.flatMap((s) => protectionsOf(s, kind));
    return realmArray(
      env.realm,
      all.map((p) => asApi<Protection>(new EmuProtection(env, p))),
    );
  }

  /** `Sheet!A1:B2`, or `A1:B2` on the active sheet. */
  getRange(a1Notation: string): Range {
    const book = this[ENV].book;
    const { sheet, cells } = splitSheetName(String(a1Notation));
    const target = sheet === null ? book.activeSheet() : book.sheetByName(sheet);
    const rect = target ? parseA1(cells, target.maxRows, target.maxCols) : null;
    if (!target || !rect || rect.row + rect.rows - 1 > target.maxRows || rect.col + rect.cols - 1 > target.maxCols) {
      throw new ServiceError('Range not found');
    }
    return asApi(new EmuRange(this[ENV], target, rect));
  }

  getSheetById(id: number): Sheet | null {
    const s = this[ENV].book.sheetById(id);
    return s ? asApi(new EmuSheet(this[ENV], s)) : null;
  }

  getSheetByName(name: string): Sheet | null {
    const s = this[ENV].book.sheetByName(String(name));
    return s ? asApi(new EmuSheet(this[ENV], s)) : null;
  }

  getSheets(): Sheet[] {
    const env = this[ENV];
    return realmArray(
      env.realm,
      env.book.sheets.map((s) => asApi<Sheet>(new EmuSheet(env, s))),
    );
  }

  getSpreadsheetLocale(): string {
    return this[ENV].book.locale;
  }

  getSpreadsheetTimeZone(): string {
    return this[ENV].book.timeZone;
  }

  getUrl(): string {
    return this[ENV].book.url;
  }

  /**
   * insertSheet([name], [index], [options]): the new sheet goes right after
   * the active sheet unless an index (0-based) is given, and becomes active.
   * The template option is not emulated.
   */
  insertSheet(...args: unknown[]): Sheet {
    const book = this[ENV].book;
    let i = 0;
    const name = typeof args[i] === 'string' ? (args[i++] as string) : book.defaultName();
    const activeIndex = book.sheets.indexOf(book.selection.sheet ?? book.sheets[book.sheets.length - 1]);
    const index = typeof args[i] === 'number' ? (args[i++] as number) : activeIndex + 1;
    const options = args[i] as { template?: unknown } | undefined;
    if (options?.template) throw new ServiceError('insertSheet with a template is not emulated.');
    const sheet = book.addSheet(name, index);
    book.select(sheet);
    return asApi(new EmuSheet(this[ENV], sheet));
  }

  setActiveRange(range: Range): Range {
    const r = unwrapArg(range, EmuRange, 'SpreadsheetApp.Spreadsheet.setActiveRange', [range]);
    const { sheet, rect } = EmuRange.partsOf(r);
    this[ENV].book.select(sheet, rect);
    return range;
  }

  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    const s = EmuSheet.modelOf(unwrapArg(sheet, EmuSheet, 'SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]));
    this[ENV].book.select(s);
    return sheet;
  }

  /**
   * The spreadsheet's zone may differ from the script's (Session.getScriptTimeZone):
   * date cells are midnight in the spreadsheet's zone, and getValues returns
   * that instant as a Date. Google's reference does not say so; scripts that
   * read dates with the script's zone are reported a day off when the two
   * differ (e.g. https://github.com/jamietr1/google-docs-writing-tracker/issues/38).
   * Changing the zone keeps the stored instants (UNVERIFIED, see README).
   */
  setSpreadsheetTimeZone(timezone: string): void {
    this[ENV].book.timeZone = String(timezone);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this[ENV].ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}
countCalls(EmuSpreadsheet, 'Spreadsheet', SPREADSHEET_API);

const APP_API = [
  'flush',
  'getActive',
  'getActiveRange',
  'getActiveSheet',
  'getActiveSpreadsheet',
  'getUi',
  'newDataValidation',
  'setActiveRange',
  'setActiveSheet',
] as const satisfies readonly (keyof App)[];

type AppEnums = 'DataValidationCriteria' | 'DeveloperMetadataLocationType' | 'DeveloperMetadataVisibility' | 'ProtectionType' | 'WrapStrategy';

export class EmuSpreadsheetApp extends Emulated implements Pick<App, (typeof APP_API)[number] | AppEnums> {
  // Enums are plain properties: reading them is not a call.
  readonly DataValidationCriteria = DataValidationCriteria as unknown as App['DataValidationCriteria'];
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType as unknown as App['DeveloperMetadataLocationType'];
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility as unknown as App['DeveloperMetadataVisibility'];
  readonly ProtectionType = ProtectionType as unknown as App['ProtectionType'];
  readonly WrapStrategy = enumOf(['WRAP', 'OVERFLOW', 'CLIP']) as unknown as App['WrapStrategy'];

  flush(): void {
    // Writes are applied immediately; nothing is pending.
  }

  getActive(): Spreadsheet {
    return asApi(new EmuSpreadsheet(this[ENV]));
  }

  getActiveRange(): Range {
    const book = this[ENV].book;
    const sheet = book.activeSheet();
    return asApi(new EmuRange(this[ENV], sheet, book.selectedRect(sheet)));
  }

  getActiveSheet(): Sheet {
    return asApi(new EmuSheet(this[ENV], this[ENV].book.activeSheet()));
  }

  getActiveSpreadsheet(): Spreadsheet {
    return asApi(new EmuSpreadsheet(this[ENV]));
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return asApi(new EmuUi(this[ENV]));
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asApi(new EmuDataValidationBuilder(this[ENV]));
  }

  setActiveRange(range: Range): Range {
    const r = unwrapArg(range, EmuRange, 'SpreadsheetApp.setActiveRange', [range]);
    const { sheet, rect } = EmuRange.partsOf(r);
    this[ENV].book.select(sheet, rect);
    return range;
  }

  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    const s = EmuSheet.modelOf(unwrapArg(sheet, EmuSheet, 'SpreadsheetApp.setActiveSheet', [sheet]));
    this[ENV].book.select(s);
    return sheet;
  }
}
countCalls(EmuSpreadsheetApp, 'SpreadsheetApp', APP_API);
