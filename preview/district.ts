/**
 * `npm start -- --district FOLDER`: the preview opens a Phòng GD&ĐT's
 * spreadsheet, and every `.json` workbook of the folder is a school's
 * spreadsheet in the emulated Drive, shared with the specialist but not
 * yet granted to the add-on. The emulated Picker lists them; picking one
 * grants it (drive.file), as the Google Picker would. A file that is not a
 * workbook (the sample's truncated one) is listed but never granted, so
 * the roll-up shows it as a file it cannot open.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addSpreadsheetFile, grantFile, type Emulator } from '../emulator/index';
import { readWorkbookJson } from '../src/node/workbook-file';

export interface PickerFile {
  id: string;
  name: string;
}

export class DistrictDrive {
  readonly #files: (PickerFile & { readable: boolean })[] = [];

  constructor(
    private readonly emu: Emulator,
    folder: string,
  ) {
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort();
    for (const file of names) {
      const name = file.replace(/\.json$/, '');
      let sheets: { name: string; values: unknown[][] }[] = [{ name: 'Trang tính1', values: [] }];
      let readable = true;
      try {
        sheets = readWorkbookJson(join(folder, file)).sheets;
      } catch {
        readable = false;
      }
      const id = addSpreadsheetFile(emu.env, { name, sheets, picked: false });
      this.#files.push({ id, name, readable });
    }
  }

  /** What the emulated Picker lists: every spreadsheet "shared with me". */
  files(): PickerFile[] {
    return this.#files.map(({ id, name }) => ({ id, name }));
  }

  /** The user picked these: each readable one is granted to the add-on; the answer is what the Picker hands the page. */
  pick(ids: unknown[]): PickerFile[] {
    const picked = this.#files.filter((file) => ids.includes(file.id));
    for (const file of picked) if (file.readable) grantFile(this.emu.env, file.id);
    return picked.map(({ id, name }) => ({ id, name }));
  }
}
