/** What the preview server and its page exchange (JSON over HTTP). */

/** One tab, as the grid draws it. */
export interface GridSheet {
  name: string;
  /** Display values of the data range (what the user sees in Sheets). */
  rows: string[][];
  /** Non-white backgrounds, keyed by A1. */
  backgrounds: Record<string, string>;
  /** Cell notes, keyed by A1. */
  notes: Record<string, string>;
  /** Bold cells, keyed by A1. */
  bold: Record<string, true>;
  frozenRows: number;
  /** Width in pixels of each column of the data range, A first. */
  widths: number[];
  /** True where the width is Sheets' default (the page may size it to its text). */
  defaultWidths: boolean[];
  /** Warning-only or full protection on the whole tab. */
  protectedNote: string | null;
}

export interface MenuItem {
  caption: string;
  functionName: string;
}

/** Something the add-on showed the user outside the sidebar (alert, toast). */
export interface Notice {
  id: number;
  kind: 'alert' | 'toast';
  title: string;
  text: string;
}

export interface CallRecord {
  id: number;
  name: string;
  ok: boolean;
  ms: number;
  /** Apps Script service calls the execution made. */
  serviceCalls: number;
  /** Vietnamese message of a failed Result, or the thrown error's first line. */
  failure: string | null;
}

export interface PreviewState {
  version: number;
  file: string;
  spreadsheetName: string;
  sheets: GridSheet[];
  selection: { sheet: string | null; a1: string };
  menu: MenuItem[];
  /** Bumped whenever the add-on (re)opens its sidebar. */
  sidebarShown: number;
  /** The sidebar's title, as the add-on set it (HtmlOutput.setTitle). */
  sidebarTitle: string;
  notices: Notice[];
  calls: CallRecord[];
  /** Whether the generated document preview (HTML twin) can be rendered. */
  document: { available: boolean; reason: string };
}

/** POST /api/run answer, read by the google.script.run shim. */
export type { RunAnswer } from '../emulator/script-run';
