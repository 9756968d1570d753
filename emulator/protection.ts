/**
 * Protection of a whole sheet (Sheet.protect) or a block (Range.protect).
 * The emulated user owns the spreadsheet, so protections record intent
 * (description, warning-only, unprotected holes) but never block the
 * script's own writes — as for an owner in real Sheets.
 */
import type { Rect } from './a1';
import { Emulated, ENV, asApi, countCalls, enumOf, signatureError } from './counted';
import type { Env } from './env';
import { type ProtectionModel, ServiceError, type SheetModel } from './model';
import { EmuRange } from './range';
import { realmArray } from './realm';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Range = GoogleAppsScript.Spreadsheet.Range;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

export const ProtectionType = enumOf(['RANGE', 'SHEET']);

/** Sheet.protect: the existing sheet protection if there is one, else a new one. */
export function sheetProtection(sheet: SheetModel): ProtectionModel {
  sheet.protection ??= {
    type: 'SHEET',
    sheet,
    rect: null,
    description: '',
    warningOnly: false,
    unprotected: [],
    removed: false,
  };
  return sheet.protection;
}

/** Range.protect: always a new protection, even over an existing one. */
export function newRangeProtection(sheet: SheetModel, rect: Rect): ProtectionModel {
  const p: ProtectionModel = {
    type: 'RANGE',
    sheet,
    rect: { ...rect },
    description: '',
    warningOnly: false,
    unprotected: [],
    removed: false,
  };
  sheet.rangeProtections.push(p);
  return p;
}

/** The live protections of one type on a sheet. */
export function protectionsOf(sheet: SheetModel, type: 'SHEET' | 'RANGE'): ProtectionModel[] {
  if (type === 'SHEET') return sheet.protection ? [sheet.protection] : [];
  return sheet.rangeProtections.filter((p) => !p.removed);
}

/** The ProtectionType name of an argument, or the real signature error. */
export function protectionTypeArg(type: unknown, method: string): 'SHEET' | 'RANGE' {
  const name = String(type);
  if (name === 'SHEET' || name === 'RANGE') return name;
  throw signatureError(method, [type]);
}

const PROTECTION_API = [
  'canEdit',
  'getDescription',
  'getProtectionType',
  'getRange',
  'getUnprotectedRanges',
  'isWarningOnly',
  'remove',
  'setDescription',
  'setUnprotectedRanges',
  'setWarningOnly',
] as const satisfies readonly (keyof Protection)[];

export class EmuProtection extends Emulated implements Pick<Protection, (typeof PROTECTION_API)[number]> {
  readonly #p: ProtectionModel;

  constructor(env: Env, p: ProtectionModel) {
    super(env);
    this.#p = p;
  }

  canEdit(): boolean {
    return true; // the emulated user owns the spreadsheet
  }

  getDescription(): string {
    return this.#p.description;
  }

  getProtectionType(): ProtectionType {
    return this.#p.type as unknown as ProtectionType;
  }

  getRange(): Range {
    const s = this.#p.sheet;
    const rect = this.#p.rect ?? { row: 1, col: 1, rows: s.maxRows, cols: s.maxCols };
    return asApi(new EmuRange(this[ENV], s, rect));
  }

  getUnprotectedRanges(): Range[] {
    const env = this[ENV];
    return realmArray(
      env.realm,
      this.#p.unprotected.map((r) => asApi<Range>(new EmuRange(env, this.#p.sheet, r))),
    );
  }

  isWarningOnly(): boolean {
    return this.#p.warningOnly;
  }

  remove(): void {
    const p = this.#p;
    p.removed = true;
    if (p.type === 'SHEET') {
      if (p.sheet.protection === p) p.sheet.protection = null;
    } else {
      p.sheet.rangeProtections = p.sheet.rangeProtections.filter((x) => x !== p);
    }
  }

  setDescription(description: string): Protection {
    this.#p.description = String(description);
    return asApi(this);
  }

  setUnprotectedRanges(ranges: Range[]): Protection {
    if (this.#p.type !== 'SHEET') throw new ServiceError('Unprotected ranges can only be set on a sheet protection.');
    if (!Array.isArray(ranges)) throw signatureError('SpreadsheetApp.Protection.setUnprotectedRanges', [ranges]);
    const rects = ranges.map((r) => {
      if (!(r instanceof EmuRange)) throw signatureError('SpreadsheetApp.Protection.setUnprotectedRanges', [ranges]);
      return EmuRange.partsOf(r).rect;
    });
    this.#p.unprotected = rects;
    return asApi(this);
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.#p.warningOnly = Boolean(warningOnly);
    return asApi(this);
  }
}
countCalls(EmuProtection, 'Protection', PROTECTION_API);
