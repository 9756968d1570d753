/**
 * Developer metadata on whole rows and columns (Range.addDeveloperMetadata,
 * Range.getDeveloperMetadata) and its location. The model (model.ts) moves
 * it with its rows and columns on every insert and delete, and drops it
 * with them. Sheet- and spreadsheet-level metadata, finders and moveTo* are
 * not emulated.
 */
import type { Rect } from './a1';
import { Emulated, ENV, asApi, countCalls, enumOf } from './counted';
import type { Env } from './env';
import { type MetadataModel, ServiceError, type SheetModel } from './model';
import { EmuRange } from './range';
import { realmArray } from './realm';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Location = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DeveloperMetadataLocationType = enumOf(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export const DeveloperMetadataVisibility = enumOf(['DOCUMENT', 'PROJECT']);

/** Whole rows, or whole columns, or null: the only ranges metadata can be put on. */
function spanOf(sheet: SheetModel, rect: Rect): { type: 'ROW' | 'COLUMN'; start: number; end: number } | null {
  if (rect.col === 1 && rect.cols === sheet.maxCols) return { type: 'ROW', start: rect.row, end: rect.row + rect.rows - 1 };
  if (rect.row === 1 && rect.rows === sheet.maxRows) return { type: 'COLUMN', start: rect.col, end: rect.col + rect.cols - 1 };
  return null;
}

/**
 * Range.addDeveloperMetadata(key[, value][, visibility]). "Developer
 * metadata may only be added to the top-level spreadsheet, an individual
 * sheet, or an entire row or column" (message as reported by users; UNVERIFIED).
 */
export function addMetadata(sheet: SheetModel, rect: Rect, key: string, args: unknown[]): void {
  const span = spanOf(sheet, rect);
  if (!span) {
    throw new ServiceError(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }
  const isVisibility = (v: unknown) => v === 'DOCUMENT' || v === 'PROJECT';
  // Apps Script turns whatever it is given into a string, as String() does.
  const [a, b] = args.map((v) => (v === undefined ? undefined : String(v as string)));
  const value = a !== undefined && !(args.length === 1 && isVisibility(a)) ? a : null;
  const visibility = (args.length === 2 ? b : args.length === 1 && isVisibility(a) ? a : 'DOCUMENT') as MetadataModel['visibility'];
  sheet.metadata.push({ id: sheet.book.nextMetadataId(), sheet, key: String(key), value, visibility, removed: false, ...span });
}

/** Range.getDeveloperMetadata: the metadata on exactly these rows or columns. */
export function metadataOn(env: Env, sheet: SheetModel, rect: Rect): DeveloperMetadata[] {
  const span = spanOf(sheet, rect);
  const found = span ? sheet.metadata.filter((m) => m.type === span.type && m.start === span.start && m.end === span.end) : [];
  return realmArray(
    env.realm,
    found.map((m) => asApi<DeveloperMetadata>(new EmuDeveloperMetadata(env, m))),
  );
}

const METADATA_API = [
  'getId',
  'getKey',
  'getLocation',
  'getValue',
  'getVisibility',
  'remove',
  'setKey',
  'setValue',
] as const satisfies readonly (keyof DeveloperMetadata)[];

export class EmuDeveloperMetadata extends Emulated implements Pick<DeveloperMetadata, (typeof METADATA_API)[number]> {
  readonly #m: MetadataModel;

  constructor(env: Env, m: MetadataModel) {
    super(env);
    this.#m = m;
  }

  getId(): number {
    return this.#m.id;
  }

  getKey(): string {
    return this.#m.key;
  }

  getLocation(): Location {
    return asApi(new EmuDeveloperMetadataLocation(this[ENV], this.#m));
  }

  getValue(): string | null {
    return this.#m.value;
  }

  getVisibility(): Visibility {
    return this.#m.visibility as unknown as Visibility;
  }

  remove(): void {
    const m = this.#m;
    m.removed = true;
    m.sheet.metadata = m.sheet.metadata.filter((x) => x !== m);
  }

  setKey(key: string): DeveloperMetadata {
    this.#m.key = String(key);
    return asApi(this);
  }

  setValue(value: string): DeveloperMetadata {
    this.#m.value = String(value);
    return asApi(this);
  }
}
countCalls(EmuDeveloperMetadata, 'DeveloperMetadata', METADATA_API);

const LOCATION_API = ['getColumn', 'getLocationType', 'getRow', 'getSheet'] as const satisfies readonly (keyof Location)[];

/** Where the metadata is now: its rows or columns as a Range (null once they are deleted). */
export class EmuDeveloperMetadataLocation extends Emulated implements Pick<Location, (typeof LOCATION_API)[number]> {
  readonly #m: MetadataModel;

  constructor(env: Env, m: MetadataModel) {
    super(env);
    this.#m = m;
  }

  getColumn(): Range | null {
    const m = this.#m;
    if (m.type !== 'COLUMN' || m.removed) return null;
    return asApi(new EmuRange(this[ENV], m.sheet, { row: 1, col: m.start, rows: m.sheet.maxRows, cols: m.end - m.start + 1 }));
  }

  getLocationType(): LocationType {
    return this.#m.type as unknown as LocationType;
  }

  getRow(): Range | null {
    const m = this.#m;
    if (m.type !== 'ROW' || m.removed) return null;
    return asApi(new EmuRange(this[ENV], m.sheet, { row: m.start, col: 1, rows: m.end - m.start + 1, cols: m.sheet.maxCols }));
  }

  getSheet(): Sheet | null {
    return null; // only for sheet-level metadata, which is not emulated
  }
}
countCalls(EmuDeveloperMetadataLocation, 'DeveloperMetadataLocation', LOCATION_API);
