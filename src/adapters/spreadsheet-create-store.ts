/**
 * Which spreadsheet "Lập kế hoạch năm học mới" made from this one, in the
 * spreadsheet's document properties (shared by every editor): running it
 * again asks before making a second one.
 */
import * as z from 'zod/mini';
import { readJsonProperty, writeJsonProperty } from './json-property';

export const NEXT_YEAR_PROPERTY = 'nextYearSpreadsheet';

const storedSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.catch(z.string(), ''),
  /** `2026-2027` */
  schoolYear: z.catch(z.string(), ''),
  /** ISO time of the creation. */
  createdAt: z.catch(z.string(), ''),
});

export type StoredNextYear = z.infer<typeof storedSchema>;

/** The spreadsheet made last time, or null (never made, or an unreadable record). */
export function readStoredNextYear(): StoredNextYear | null {
  return readJsonProperty(NEXT_YEAR_PROPERTY, storedSchema);
}

export function saveStoredNextYear(stored: StoredNextYear): void {
  writeJsonProperty(NEXT_YEAR_PROPERTY, stored);
}
