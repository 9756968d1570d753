import type { Cell } from '../cell';
import { foldLine } from './fold';
import type { SimpleDate } from './types';

/*
 * Dates (`Ngày ban hành`, dates inside time windows).
 *
 * Accepted:
 *   a Date cell (read with local getters, as Sheets shows it in the
 *     spreadsheet's time zone; an invalid Date is null);
 *   `05/10/2024`  `5/10/2024`  `05-10-2024`  `05.10.2024` (day first, the
 *     same separator twice, 4-digit year);
 *   ISO `2024-10-05`, also `2024-10-05T00:00:00.000Z` (the date part as
 *     written; no time-zone shift);
 *   `ngày 05 tháng 10 năm 2024`, `05 tháng 10 năm 2024`, and
 *     `An Thái, ngày 05 tháng 10 năm 2024` (a place before `ngày`).
 * The date must exist (31/02/2024 and 29/02/2023 are null; 29/02/2024 is fine)
 * and the year be 1900–2999. Null: numbers (Sheets gives real date cells as
 * Date, so a number is not a date), 2-digit years (`05/10/24`), booleans.
 */

/** Day, month, 4-digit year with the same separator (`/`, `-` or `.`) twice; spaces around it allowed. */
const DMY_RE = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

/** ISO `yyyy-mm-dd`, optionally followed by a time and zone, which are ignored. */
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;

/** `[place, ]ngày 05 tháng 10 năm 2024` (the `ngày` is optional when there is no place). */
const LONG_RE = /^(?:(?:[^,]*,\s*)?ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})$/;

/** The date a cell holds; see the list above. */
export function parseDate(cell: Cell): SimpleDate | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return validDate(cell.getDate(), cell.getMonth() + 1, cell.getFullYear());
  }
  if (typeof cell !== 'string') return null;
  const text = foldLine(cell).replace(/\.$/, '');

  const dmy = DMY_RE.exec(text);
  if (dmy) return validDate(Number(dmy[1]), Number(dmy[3]), Number(dmy[4]));
  const iso = ISO_RE.exec(text);
  if (iso) return validDate(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const long = text.includes('thang') ? LONG_RE.exec(text) : null; // the includes() only saves time
  if (long) return validDate(Number(long[1]), Number(long[2]), Number(long[3]));
  return null;
}

/** `05/10/2024`. */
export function formatDateDmy(date: SimpleDate): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

/**
 * `ngày 05 tháng 10 năm 2024`, as NĐ30 writes the date line: a day below 10
 * and the months 1 and 2 get a leading zero (`tháng 01`, `tháng 02`, so that
 * nobody can add a digit in front); other months do not (`tháng 3`, `tháng 10`).
 */
export function formatDateLong(date: SimpleDate): string {
  const month = date.month <= 2 ? pad2(date.month) : String(date.month);
  return `ngày ${pad2(date.day)} tháng ${month} năm ${date.year}`;
}

/** Negative when `a` is before `b`, 0 on the same day, positive after: usable by `Array.sort`. */
export function compareDates(a: SimpleDate, b: SimpleDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The date, if it exists in the calendar and its year is 1900–2999. */
function validDate(day: number, month: number, year: number): SimpleDate | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { day, month, year };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
