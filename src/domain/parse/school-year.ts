import type { Cell } from '../cell';
import { foldLine } from './fold';
import type { SchoolYear } from './types';

/*
 * Năm học (school year).
 *
 * Accepted (whole cell, after folding: lower case, no accents, any dash → `-`):
 *   `2024-2025`  `2024 - 2025`  `2024–2025` (en dash)  `2024—2025` (em dash)  `2024/2025`
 *   `Năm học 2024-2025`  `Năm học: 2024 - 2025`  `NH 2024-2025`
 *   `2024-25` (the short form; the two digits must be the year after)
 * The second year must be the first + 1; years 1900–2999. Anything else is null,
 * including number and date cells.
 */

/** Optional `Năm học` / `NH` and `:`, a 4-digit year, a dash or slash, then 4 or 2 digits; optional full stop. */
const SCHOOL_YEAR_RE = /^(?:(?:nam hoc|nh)\s*:?\s*)?(\d{4})\s*[-/]\s*(\d{4}|\d{2})\.?$/;

/** `Năm học 2024 - 2025` → `{ startYear: 2024, endYear: 2025 }`. */
export function parseSchoolYear(cell: Cell): SchoolYear | null {
  if (typeof cell !== 'string') return null;
  const match = SCHOOL_YEAR_RE.exec(foldLine(cell));
  if (!match) return null;
  const startYear = Number(match[1]);
  const endYear = match[2].length === 2 ? expandShortYear(startYear, Number(match[2])) : Number(match[2]);
  if (startYear < 1900 || endYear > 2999 || endYear !== startYear + 1) return null;
  return { startYear, endYear };
}

/** `2024-2025`, or `2024 - 2025` (the NĐ30 title style) when `spaced`. */
export function formatSchoolYear(year: SchoolYear, spaced = false): string {
  return spaced ? `${year.startYear} - ${year.endYear}` : `${year.startYear}-${year.endYear}`;
}

/** `2024-25` → 2025; `2099-00` → 2100. A short year that is not the next one gives a year that fails the +1 check. */
function expandShortYear(startYear: number, twoDigits: number): number {
  const candidate = startYear - (startYear % 100) + twoDigits;
  return candidate > startYear ? candidate : candidate + 100;
}
