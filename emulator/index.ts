/**
 * In-memory Apps Script for tests: createEmulator() builds the services a
 * bundle sees as globals, plus an uncounted test-side view of their state.
 *
 *   const emu = createEmulator({ htmlDir: 'build' });
 *   emu.workbook.addSheet('Tiêu chuẩn 1', [['Mã', 'Tên']]);
 *   const bundle = loadBundle('build/Code.js', emu);
 *   bundle.call('onOpen', { authMode: 'FULL' });
 *   expect(emu.ui.addonMenu()?.items).toEqual([...]);
 *   expect(emu.calls.byName()).toEqual({ ... });
 */
import { CallCounter } from './calls';
import { VirtualClock } from './clock';
import type { Env, LogEntry, Settings } from './env';
import { EmuHtmlService } from './html';
import { EmuLockService, LockTable, type LockScope } from './lock';
import { EmuLogger, scriptConsole } from './logging';
import { WorkbookModel } from './model';
import { EmuPropertiesService, type PropertyStores, newPropertyStores } from './properties';
import { HOST_REALM } from './realm';
import { EmuScriptApp, EmuSession } from './session';
import { EmuSpreadsheetApp } from './spreadsheet';
import { UiLog } from './ui';
import { EmuUtilities } from './utilities';
import { createDocsService } from './docs';
import { driveInspector, type DriveInspector } from './docs/store';
import { createDriveService } from './drive';
import { setDocxConverter, type DocxConverter } from './drive-convert';
import { WorkbookInspector } from './workbook';
import { createSheetsService } from './sheets-api';

export { CallCounter } from './calls';
export { failConvertedDocuments, pickFile, WORD_DOCX, type DocxConverter } from './drive-convert';
export { countedClasses } from './counted';
export { addSpreadsheetFile, grantFile, spreadsheetFile, spreadsheetFileIds, GOOGLE_SHEET, type SpreadsheetFileOptions } from './sheets-api';
export type { Env, LogEntry } from './env';
export { loadWorkbookJson, type JsonWorkbook } from './json';
export { loadBundle, type BundleContext, type LoadOptions } from './loader';
export type { LockScope } from './lock';
export type { PropertyStore, PropertyStores } from './properties';
export type { AlertRecord, ButtonName, MenuEntry, PromptRecord, RecordedMenu, ShownHtml, ToastRecord, UiLog } from './ui';
export type { CellValue } from './values';
export type { DocView, DriveInspector, FileView, ParagraphView, TableView } from './docs/store';
export type { JsonCell, ProtectionSnapshot, SheetSnapshot, SheetView, ValidationSnapshot, WorkbookInspector, WorkbookSnapshot } from './workbook';

/** Builds one global service object (e.g. Docs, Drive) from the shared state. */
export type ServiceFactory = (env: Env) => unknown;

/**
 * The services every bundle sees. Advanced services (Docs, Drive, Sheets) plug in
 * here, or per emulator through `options.services`.
 */
export const SERVICE_FACTORIES: Record<string, ServiceFactory> = {
  SpreadsheetApp: (env) => new EmuSpreadsheetApp(env),
  HtmlService: (env) => new EmuHtmlService(env),
  PropertiesService: (env) => new EmuPropertiesService(env),
  LockService: (env) => new EmuLockService(env),
  ScriptApp: (env) => new EmuScriptApp(env),
  Session: (env) => new EmuSession(env),
  Utilities: (env) => new EmuUtilities(env),
  Logger: (env) => new EmuLogger(env),
  Docs: (env) => createDocsService(env),
  Drive: (env) => createDriveService(env),
  Sheets: (env) => createSheetsService(env),
};

export interface EmulatorOptions {
  /** Where `<name>.html` files for HtmlService.createHtmlOutputFromFile live (e.g. 'build'). */
  htmlDir?: string;
  /** Start of the virtual clock (default: the real time at creation). */
  now?: Date;
  /** Email of the active and effective user. */
  user?: string;
  /** Spreadsheet and script time zone (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** Spreadsheet locale (default vi_VN). */
  locale?: string;
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Initial sheets (values stored as given); default one empty sheet named Sheet1. */
  sheets?: { name: string; values?: unknown[][] }[];
  /**
   * Set `process.env.TZ` to `timeZone` (default true). Apps Script runs a
   * script with its time zone as the local zone, and the vm shares the
   * process's, so `new Date(y, m, d)` and `getHours()` in the bundle need it.
   */
  setProcessTimeZone?: boolean;
  /** Print the script's console output (it is always recorded in `logs`). */
  echoConsole?: boolean;
  /** Extra or replacement global services, by global name. */
  services?: Record<string, ServiceFactory>;
  /** Drive's .docx → Google Doc conversion (files.copy), injected: the emulator imports no product code (drive-convert.ts). */
  convertDocx?: DocxConverter;
}

export interface Emulator {
  /** The script's globals: put these in a vm context (loadBundle does). */
  readonly globals: Record<string, unknown>;
  /** Service call counts, keyed `Class.method`. */
  readonly calls: CallCounter;
  /** Uncounted set-up and inspection of the spreadsheet. */
  readonly workbook: WorkbookInspector;
  /** What the script showed: menus, sidebars, dialogs, alerts, prompts, toasts. */
  readonly ui: UiLog;
  /** Uncounted access to the document, user and script property stores. */
  readonly properties: PropertyStores;
  /** Logger.log and console output, in order. */
  readonly logs: LogEntry[];
  /** Uncounted view of Drive and the Docs in it (files, permissions, documents). */
  readonly drive: DriveInspector;
  readonly clock: VirtualClock;
  /** Shared state, for loadBundle and for plugging in more services. */
  readonly env: Env;
  /** Another editor takes the document lock; returns the function that releases it. */
  holdDocumentLockElsewhere(options?: { forMs?: number }): () => void;
  holdLockElsewhere(scope: LockScope, options?: { forMs?: number }): () => void;
  /** Ends the current execution: locks the script holds are released. */
  endExecution(): void;
}

/** The emulator's globals typed as the real services, for tests that call them directly. */
export function servicesOf(emu: Emulator): {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
} {
  return emu.globals as unknown as ReturnType<typeof servicesOf>;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  if (options.setProcessTimeZone !== false) process.env.TZ = timeZone;
  const clock = new VirtualClock(options.now ?? new Date());
  const book = new WorkbookModel({
    id: options.spreadsheetId ?? '1EmulatedSpreadsheetId',
    name: options.spreadsheetName ?? 'Untitled spreadsheet',
    timeZone,
    locale: options.locale ?? 'vi_VN',
  });
  const settings: Settings = {
    htmlDir: options.htmlDir ?? null,
    user: options.user ?? 'user@example.com',
    scriptTimeZone: timeZone,
    scriptId: '1EmulatedScriptId',
    echoConsole: options.echoConsole ?? false,
  };
  const env: Env = {
    calls: new CallCounter(),
    realm: HOST_REALM,
    clock,
    book,
    ui: new UiLog(),
    locks: new LockTable(clock),
    properties: newPropertyStores(),
    logs: [],
    settings,
  };

  if (options.convertDocx) setDocxConverter(env, options.convertDocx);

  const workbook = new WorkbookInspector(book);
  for (const sheet of options.sheets ?? [{ name: 'Sheet1' }]) workbook.addSheet(sheet.name, sheet.values ?? []);

  const globals: Record<string, unknown> = {};
  for (const [name, make] of Object.entries({ ...SERVICE_FACTORIES, ...options.services })) globals[name] = make(env);
  globals.console = scriptConsole(env);
  // `new Date()` and `Date.now()` in the script read the virtual clock.
  globals.Date = clock.dateConstructor();

  return {
    globals,
    calls: env.calls,
    workbook,
    ui: env.ui,
    properties: env.properties,
    logs: env.logs,
    drive: driveInspector(env),
    clock,
    env,
    holdDocumentLockElsewhere: (o) => env.locks.holdElsewhere('document', o?.forMs),
    holdLockElsewhere: (scope, o) => env.locks.holdElsewhere(scope, o?.forMs),
    endExecution: () => env.locks.releaseScriptLocks(),
  };
}
