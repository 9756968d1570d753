/**
 * The state shared by every emulated service of one emulator instance.
 *
 * Facades hold a reference to it (under the ENV symbol, see counted.ts) so
 * they can reach the model, the counter and the realm without being able to
 * see each other's internals. Add-on services (Docs, Drive) receive it too.
 */
import type { CallCounter } from './calls';
import type { VirtualClock } from './clock';
import type { LockTable } from './lock';
import type { WorkbookModel } from './model';
import type { PropertyStores } from './properties';
import type { Realm } from './realm';
import type { UiLog } from './ui';

export interface Settings {
  /** Directory holding `<name>.html` for HtmlService.createHtmlOutputFromFile. */
  htmlDir: string | null;
  /** Email of the active (and effective) user. */
  user: string;
  /** Script time zone (Session.getScriptTimeZone); the spreadsheet's is on the model. */
  scriptTimeZone: string;
  scriptId: string;
  /** Print the script's console output instead of only recording it. */
  echoConsole: boolean;
}

export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export interface Env {
  readonly calls: CallCounter;
  /** The script's realm; replaced by loadBundle with the vm context's. */
  realm: Realm;
  readonly clock: VirtualClock;
  readonly book: WorkbookModel;
  readonly ui: UiLog;
  readonly locks: LockTable;
  readonly properties: PropertyStores;
  readonly logs: LogEntry[];
  readonly settings: Settings;
}
