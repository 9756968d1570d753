/**
 * The add-on open on one workbook, as a school would have it in Sheets:
 * the emulated services with the workbook loaded, the real built bundle,
 * its google.script.run runner, and what the preview's page shows of it
 * (the grid, the menu, the sidebar, the calls made, the document view).
 * The HTTP server (server.ts) only routes requests to this.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { GLOBAL_NAME } from '../scripts/build';
import type { RawWorkbook } from '../src/domain/workbook/raw';
import { forTerminal } from '../src/node/terminal-text';
import { createEmulator, loadBundle, loadWorkbookJson, pickFile, WORD_DOCX, type BundleContext, type Emulator, type JsonWorkbook } from '../emulator/index';
import { docxAsDocsDocument } from '../src/node/docx-as-docs';
import { bundleExports, ScriptRunner, type RunAnswer, type RunOutcome } from '../emulator/script-run';
import { DocumentRenderer } from './document';
import { ActivityLog, ChangeFeed } from './live';
import type { MenuItem, PreviewState } from './protocol';
import { gridOf, rawWorkbookOf } from './workbook-view';

export interface SessionOptions {
  /** Directory holding Code.js and Sidebar.html. */
  buildDir: string;
  /** The workbook's file (named in the page and the spreadsheet's title). */
  workbookPath: string;
  /** The workbook, already read and checked. */
  workbook: RawWorkbook;
  /** The google.script.run shim to put in the sidebar, as browser JavaScript. */
  shimJs: string;
  /** The emulator's clock start (tests pin it). */
  now?: Date;
  /** Print one line per server call. */
  logCalls?: boolean;
}

export class PreviewSession {
  readonly emu: Emulator;
  readonly bundle: BundleContext;
  readonly runner: ScriptRunner;
  readonly feed = new ChangeFeed();
  private readonly activity: ActivityLog;
  private readonly documents = new DocumentRenderer();
  /** The browser tests' failure drill: the next call (of this name) fails with this message. */
  private failNext: { name: string | null; message: string } | null = null;

  /** Throws when Code.js cannot be loaded. */
  constructor(private readonly options: SessionOptions) {
    this.emu = createEmulator({
      htmlDir: options.buildDir,
      user: 'hieutruong@truong.example.edu.vn',
      spreadsheetName: `Kế hoạch cải tiến - ${basename(options.workbookPath, '.json')}`,
      now: options.now,
      // Drive's .docx → Google Doc conversion, for the import's file chooser (emulator/drive-convert.ts).
      convertDocx: docxAsDocsDocument,
    });
    // The workbook file was checked: every cell is a string, number, boolean or null.
    loadWorkbookJson(this.emu, options.workbook as JsonWorkbook);
    this.bundle = loadBundle(join(options.buildDir, 'Code.js'), this.emu);
    this.runner = new ScriptRunner(this.bundle, bundleExports(this.bundle, GLOBAL_NAME));
    this.activity = new ActivityLog(this.emu);
  }

  /** Opens the file as Sheets would: onOpen builds the menu, then the user opens the sidebar. */
  openAsSheetsWould(): void {
    for (const entry of ['onOpen', 'showSidebar']) {
      if (!this.runner.isCallable(entry)) continue;
      try {
        if (entry === 'onOpen') this.bundle.call(entry, { authMode: 'FULL', source: null, user: null });
        else this.bundle.call(entry);
      } catch (cause) {
        console.warn(`[preview] ${entry}: ${(cause as Error).message}`);
      }
    }
    this.activity.collectNotices();
  }

  /** One google.script.run call (or menu item): one execution of the real bundle. Check name and arguments first. */
  run(name: string, args: unknown[]): RunAnswer {
    const started = performance.now();
    const before = this.emu.calls.total();
    const outcome = this.takeFailNext(name) ?? this.runner.run(name, args);
    const record = this.activity.record({
      name,
      ok: outcome.failure === null,
      ms: Math.round(performance.now() - started),
      serviceCalls: this.emu.calls.total() - before,
      failure: outcome.failure,
    });
    if (this.options.logCalls) {
      const failure = record.failure ? `  — ${record.failure.slice(0, 100)}` : '';
      // A failure message may quote a tab name or a cell: no terminal controls.
      console.log(
        forTerminal(
          `  ${name.padEnd(16)} ${record.ok ? 'ok  ' : 'lỗi '} ${String(record.ms).padStart(4)} ms  ${record.serviceCalls} lệnh gọi dịch vụ${failure}`,
        ),
      );
    }
    this.activity.collectNotices();
    this.feed.changed();
    return outcome.answer;
  }

  /**
   * The preview's stand-in for the Google Picker: a local file put in the
   * emulated Drive as a file the user picked (drive.file). Its id goes to
   * previewImport / applyImport like a picked file's.
   */
  pickLocalFile(name: string, bytes: Uint8Array): string {
    const mimeType = /\.docx$/i.test(name) ? WORD_DOCX : 'application/octet-stream';
    const fileId = pickFile(this.emu.env, { name, mimeType, bytes });
    this.feed.changed();
    return fileId;
  }

  failNextCall(name: string | null, message: string): void {
    this.failNext = { name, message };
  }

  private takeFailNext(name: string): RunOutcome | null {
    if (!this.failNext || (this.failNext.name !== null && this.failNext.name !== name)) return null;
    // As if the function had thrown this message.
    const error = this.failNext.message;
    this.failNext = null;
    return { answer: { ok: false, error }, failure: error };
  }

  /** The user types into a cell: numbers and dates are interpreted, as Sheets does. False: no such tab. */
  typeInto(sheetName: string, cell: string, value: string | number | boolean): boolean {
    const sheet = this.emu.workbook.sheet(sheetName);
    if (!sheet) return false;
    sheet.setValues([[value]], { at: cell, asTyped: true });
    this.feed.changed();
    return true;
  }

  /** The user clicks a tab or a cell. False: no such tab. */
  select(sheetName: string, cell: string | undefined): boolean {
    if (!this.emu.workbook.sheet(sheetName)) return false;
    this.emu.workbook.select(sheetName, cell);
    this.feed.changed();
    return true;
  }

  private menu(): MenuItem[] {
    return (this.emu.ui.addonMenu()?.items ?? []).flatMap((item) => (item.type === 'item' ? [{ caption: item.caption, functionName: item.functionName }] : []));
  }

  state(): PreviewState {
    const { emu } = this;
    return {
      version: this.feed.version(),
      file: relative(process.cwd(), this.options.workbookPath) || this.options.workbookPath,
      spreadsheetName: emu.workbook.snapshot().name,
      sheets: gridOf(emu),
      selection: emu.workbook.selection(),
      menu: this.menu(),
      sidebarShown: emu.ui.sidebars().length,
      sidebarTitle: emu.ui.lastSidebar()?.title || 'Kế hoạch cải tiến',
      notices: this.activity.notices(),
      calls: this.activity.calls(),
      document: this.documents.status(),
    };
  }

  /** The sidebar the add-on last showed (or the built one), with the google.script.run shim first in its head. */
  sidebarHtml(): string {
    const html = this.emu.ui.lastSidebar()?.content ?? readFileSync(join(this.options.buildDir, 'Sidebar.html'), 'utf8');
    const shim = `<script>${this.options.shimJs.replace(/<\/script/gi, '<\\/script')}</script>`;
    return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + shim) : shim + html;
  }

  /** The plan document from the workbook as it is now (the HTML twin of the Doc). */
  documentHtml(): string {
    return this.documents.render(rawWorkbookOf(this.emu), new Date(this.emu.clock.now())).html;
  }
}
