/**
 * The add-on's REAL server for sidebar tests: the built bundle
 * (build/Code.js) on the emulator, reached through the emulator's
 * google.script.run runner (emulator/script-run.ts), exactly what the
 * preview runs. It replaces the former fake, which was a second
 * implementation of the server and could disagree with it.
 *
 * What tests may change around it, as a user or the network would: each
 * call's delay, a failure of the next call (a `{ok:false}` message or a
 * thrown error), a cell typed in the sheet, and the emulator's clock (the
 * "today" the checks and the documents see).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, loadBundle, loadWorkbookJson, type Emulator, type JsonWorkbook } from '../../emulator';
import { bundleExports, ScriptRunner, type RunAnswer } from '../../emulator/script-run';
import { GLOBAL_NAME } from '../../scripts/build';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import type { PlanOverview, Result, ServerApi } from '../../src/server/api';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SAMPLE = join(ROOT, 'samples/truong-tieu-hoc-an-khang-2024-2025.json');
export const TT57_SAMPLE = join(ROOT, 'samples/truong-tieu-hoc-hoa-binh-2026-2027.json');
const BUILD = join(ROOT, 'build');

/** During the An Khang sample's school year (2024-2025), in Hà Nội time. */
export const SAMPLE_NOW = new Date('2024-11-15T08:30:00+07:00');

export function readSample(path = SAMPLE): RawWorkbook {
  return JSON.parse(readFileSync(path, 'utf8')) as RawWorkbook;
}

export type Failure = { kind: 'result'; message: string } | { kind: 'throw'; message: string };

export interface ServerCall {
  name: keyof ServerApi;
  args: unknown[];
}

export interface RealServerOptions {
  /** The emulator's clock at the start (default SAMPLE_NOW). */
  now?: Date;
  /** The spreadsheet's time zone (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
}

export class RealServer {
  readonly emu: Emulator;
  readonly calls: ServerCall[] = [];
  /** Milliseconds each call takes before the page gets its answer. */
  delayMs = 0;
  readonly #runner: ScriptRunner;
  readonly #failures = new Map<string, Failure>();

  /** `workbook`: null opens a blank spreadsheet (one empty `Sheet1`), as a school starts. */
  constructor(workbook: RawWorkbook | null = readSample(), options: RealServerOptions = {}) {
    this.emu = createEmulator({
      htmlDir: BUILD,
      now: options.now ?? SAMPLE_NOW,
      timeZone: options.timeZone,
      user: 'hieutruong@truong.example.edu.vn',
      spreadsheetName: 'Kế hoạch cải tiến',
    });
    if (workbook) loadWorkbookJson(this.emu, workbook as JsonWorkbook);
    const bundle = loadBundle(join(BUILD, 'Code.js'), this.emu);
    this.#runner = new ScriptRunner(bundle, bundleExports(bundle, GLOBAL_NAME));
  }

  /** The next call of `name` fails like this (once), without running. */
  failNext(name: keyof ServerApi, failure: Failure): void {
    this.#failures.set(name, failure);
  }

  /** Types one value into a cell (A1), as the user would in Sheets. */
  setCell(sheet: string, a1: string, value: string | number | boolean): void {
    const tab = this.emu.workbook.sheet(sheet);
    if (!tab) throw new Error(`no tab ${sheet}`);
    tab.setValues([[value]], { at: a1 });
  }

  /** The cell the user now sees selected (goToCell moves it). */
  get selection(): { sheet: string; cell: string } | null {
    const { sheet, a1 } = this.emu.workbook.selection();
    return sheet ? { sheet, cell: a1 } : null;
  }

  /** Moves the emulator's clock forward to this instant (it never goes back). */
  setNow(now: Date): void {
    this.emu.clock.advanceTo(now.getTime());
  }

  /** A server function called directly, outside the page: what the sidebar should be showing. */
  value<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): ReturnType<ServerApi[K]> extends Result<infer T> ? T : never {
    const outcome = this.#runner.run(name, args);
    if (!outcome.answer.ok) throw new Error(`${name} threw: ${outcome.answer.error}`);
    const result = outcome.answer.value as Result<unknown>;
    if (!result.ok) throw new Error(`${name} failed: ${result.message}`);
    return result.value as never;
  }

  /** A menu item clicked (onOpen's functions, e.g. `menuSetup`): one execution, what it showed is in `emu.ui`. */
  menu(functionName: string): void {
    const outcome = this.#runner.run(functionName, []);
    this.emu.endExecution();
    if (!outcome.answer.ok) throw new Error(`${functionName} threw: ${outcome.answer.error}`);
  }

  overview(): PlanOverview {
    return this.value('getOverview');
  }

  /** One call from the page, as google.script.run makes it: a Result, or a thrown error. */
  async run(name: string, args: unknown[]): Promise<RunAnswer> {
    if (this.#runner.isCallable(name)) this.calls.push({ name: name as keyof ServerApi, args });
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure = this.#failures.get(name);
    if (failure) {
      this.#failures.delete(name);
      if (failure.kind === 'throw') return { ok: false, error: failure.message };
      return { ok: true, value: { ok: false, message: failure.message } };
    }
    const outcome = this.#runner.run(name, args);
    // Each google.script.run call is its own execution: locks it held are gone.
    this.emu.endExecution();
    return outcome.answer;
  }
}
