/**
 * Loading the project's offline JSON workbook format into the emulator:
 * `{ sheets: [{ name, values }] }` with string/number/boolean/null cells.
 * The workbook's sheets are replaced by these, in order; null becomes '' and
 * every other cell is stored as given (a `dd/mm/yyyy` string stays a string,
 * as if the column were formatted as plain text).
 */
import type { Emulator } from './index';

export interface JsonWorkbook {
  sheets: { name: string; values: readonly (readonly unknown[])[] }[];
}

export function loadWorkbookJson(emu: Emulator, workbook: JsonWorkbook): void {
  emu.workbook.clear();
  for (const sheet of workbook.sheets) emu.workbook.addSheet(sheet.name, sheet.values);
  const first = workbook.sheets[0];
  if (first) emu.workbook.select(first.name);
}
