import type { Cell } from '../domain/cell';
import type { RawWorkbook } from '../domain/workbook/raw';

/**
 * Reads every tab in one `getValues` each (never per cell): the whole
 * workbook as the domain sees it. Tabs the add-on does not know are read
 * too (cheap, and the domain ignores them) so that a renamed tab is still
 * found by its normalised name.
 *
 * Date cells arrive as Date objects for the instant the sheet shows in the
 * SPREADSHEET's time zone, which need not be the script's (a school's
 * sheet may be set to Hà Nội while the script runs elsewhere). They are
 * turned here into the `dd/mm/yyyy` the sheet shows, before any local-time
 * getter could shift them by a day.
 */
export function readWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RawWorkbook {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const showDate = dateShower(timeZone);
  return {
    timeZone,
    sheets: spreadsheet.getSheets().map((sheet) => ({
      name: sheet.getName(),
      values: (sheet.getDataRange().getValues() as Cell[][]).map((row) => row.map((cell) => (isDate(cell) ? showDate(cell) : cell))),
    })),
  };
}

/** Works for Dates from any realm (the Sheets service's included). */
function isDate(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

/**
 * `dd/mm/yyyy` of a Date in `timeZone`. Intl does it without a service call
 * per cell; where Intl lacks the zone, Utilities.formatDate does it, once
 * per distinct date (Apps Script formats in an explicit zone:
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 */
function dateShower(timeZone: string): (date: Date) => string {
  let parts: Intl.DateTimeFormat | null = null;
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    parts = null;
  }
  const shown = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    if (Number.isNaN(time)) return '';
    let text = shown.get(time);
    if (text === undefined) {
      text = parts ? dayMonthYear(parts, date) : Utilities.formatDate(date, timeZone, 'dd/MM/yyyy');
      shown.set(time, text);
    }
    return text;
  };
}

function dayMonthYear(format: Intl.DateTimeFormat, date: Date): string {
  const field: Record<string, string> = {};
  for (const part of format.formatToParts(date)) field[part.type] = part.value;
  return `${field.day}/${field.month}/${field.year}`;
}
