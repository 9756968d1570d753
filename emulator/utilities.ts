/**
 * Utilities: date formatting in an explicit time zone, sleep (which moves
 * the virtual clock instead of blocking) and deterministic UUIDs.
 */
import { Emulated, ENV, countCalls, signatureError } from './counted';
import { formatDatePattern } from './dates';
import { ServiceError } from './model';
import { isDate } from './values';

type UtilitiesApi = GoogleAppsScript.Utilities.Utilities;

const UTILITIES_API = ['formatDate', 'getUuid', 'sleep'] as const satisfies readonly (keyof UtilitiesApi)[];

export class EmuUtilities extends Emulated implements Pick<UtilitiesApi, (typeof UTILITIES_API)[number]> {
  #uuids = 0;

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date)) throw signatureError('Utilities.formatDate', [date, timeZone, format]);
    try {
      return formatDatePattern(date as unknown as Date, String(timeZone), String(format));
    } catch (e) {
      throw new ServiceError((e as Error).message);
    }
  }

  /** Version-4-shaped and unique, but predictable: the n-th call returns ...-000000000n. */
  getUuid(): string {
    this.#uuids += 1;
    return `00000000-0000-4000-8000-${String(this.#uuids).padStart(12, '0')}`;
  }

  sleep(milliseconds: number): void {
    if (milliseconds > 300_000) throw new ServiceError('Sleep duration must not exceed 300000 milliseconds.');
    this[ENV].clock.advance(milliseconds);
  }
}
countCalls(EmuUtilities, 'Utilities', UTILITIES_API);
