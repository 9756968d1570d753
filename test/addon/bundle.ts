/** The built add-on in the emulator: one Sheets file, the user at work in it. */
import { join } from 'node:path';
import { createEmulator, loadBundle, loadWorkbookJson, type Emulator } from '../../emulator';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import type { Result, ServerApi } from '../../src/server/api';
import { ROOT } from '../../fixtures/workbooks';

export const CODE_JS = join(ROOT, 'build', 'Code.js');

export interface AddOn {
  emu: Emulator;
  /** Calls a server function as google.script.run would. */
  run<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): ReturnType<ServerApi[K]>;
  /** Calls a function and returns its value, failing the test on `{ok: false}`. */
  value<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): ReturnType<ServerApi[K]> extends Result<infer T> ? T : never;
  call(name: string, ...args: unknown[]): unknown;
}

/** `scriptTimeZone`: the script's zone (appsscript.json); the spreadsheet's starts the same, tests may change it. */
export function openAddOn(workbook?: RawWorkbook, now = new Date('2024-10-05T09:00:00+07:00'), options: { scriptTimeZone?: string } = {}): AddOn {
  const emu = createEmulator({ htmlDir: join(ROOT, 'build'), now, spreadsheetName: 'Kế hoạch cải tiến 2024-2025', timeZone: options.scriptTimeZone });
  if (workbook) loadWorkbookJson(emu, workbook);
  const bundle = loadBundle(CODE_JS, emu);
  const run = ((name: string, ...args: unknown[]) => bundle.call(name, ...args)) as AddOn['run'];
  const value = ((name: keyof ServerApi, ...args: never[]) => {
    const result = bundle.call(name, ...args) as Result<unknown>;
    if (!result.ok) throw new Error(`${name} failed: ${result.message}`);
    return result.value;
  }) as AddOn['value'];
  return { emu, run, value, call: (name, ...args) => bundle.call(name, ...args) };
}
