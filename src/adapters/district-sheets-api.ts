/**
 * Reads a school's plan spreadsheet for the district roll-up through the
 * Advanced Sheets service (`Sheets`, API v4), never SpreadsheetApp.openById,
 * whose `spreadsheets` scope would reach every spreadsheet of the
 * specialist. The files come from the Picker, which grants `drive.file`
 * access to exactly the files picked, and `drive.file` is one of the scopes
 * `spreadsheets.get` and `values.batchGet` accept
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet#authorization-scopes).
 *
 * Two calls per school whatever the plan's size: `spreadsheets.get` with a
 * field mask for the tab titles and the time zone only (no grid data), then
 * one `values.batchGet` for every tab at once.
 */
import { wholeTabRange, workbookFromValueRanges } from '../domain/rollup/value-ranges';
import type { RawWorkbook } from '../domain/workbook/raw';
import { isForbidden, isNotFound } from './drive';

/**
 * Only what the reading needs: "fields" limits the answer to these
 * (https://developers.google.com/workspace/sheets/api/guides/field-masks),
 * so a plan of 1,000 rows costs the same get as an empty one.
 */
const TITLES_ONLY = 'properties(title,timeZone),sheets.properties.title';

/**
 * UNFORMATTED_VALUE: numbers arrive as numbers (a budget of 12000000 is not
 * `12.000.000 đ` to re-parse) and booleans as booleans, exactly what
 * Range.getValues gives the school's own sidebar. FORMATTED_STRING: a date
 * cell arrives as the text the school sees (`15/01/2027`) instead of a
 * serial number (46037) that nothing could tell from a number; the
 * analysis reads dates from that text, as it reads a date the school typed
 * as text. "Instructs date, time, datetime, and duration fields to be
 * output as strings in their given number format"; it is ignored unless
 * valueRenderOption is not FORMATTED_VALUE
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption).
 */
const READ_OPTIONS = { valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING', majorDimension: 'ROWS' };

function sheetsApi(): GoogleAppsScript.Sheets | null {
  return typeof Sheets === 'undefined' || !Sheets ? null : Sheets;
}

export type SchoolSpreadsheet = { workbook: RawWorkbook; title: string } | { unreadable: string };

export const SHEETS_API_MISSING =
  'Tiện ích chưa bật dịch vụ Google Trang tính nâng cao (Sheets API), nên chưa đọc được bảng tính của các trường. Hãy báo cho người quản trị tiện ích.';

/** Google's answer for a file that cannot be read, as a sentence that says what to do. */
function reasonOf(cause: unknown): string {
  if (isNotFound(cause)) {
    return 'Không mở được bảng tính: tệp đã bị xoá, hoặc tiện ích chưa được cấp quyền với tệp này. Hãy bấm "Thêm trường…" và chọn lại bảng tính của trường (nếu trường đã xoá tệp, hãy đề nghị trường chia sẻ lại).';
  }
  if (isForbidden(cause)) {
    return 'Không có quyền xem bảng tính này: trường chưa chia sẻ hoặc đã thôi chia sẻ. Hãy đề nghị trường chia sẻ bảng tính kế hoạch với tài khoản của Phòng (quyền Người xem là đủ), rồi bấm "Thêm trường…" chọn lại tệp.';
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return `Google Trang tính báo lỗi khi đọc bảng tính (${detail}). Hãy thử đọc lại sau ít phút; nếu vẫn lỗi, hãy mở thử đường liên kết để kiểm tra tệp.`;
}

/** One school's whole workbook, or why it could not be read. Never throws for a school's file. */
export function readSchoolSpreadsheet(spreadsheetId: string): SchoolSpreadsheet {
  const api = sheetsApi();
  if (!api) return { unreadable: SHEETS_API_MISSING };
  try {
    const spreadsheet = api.Spreadsheets.get(spreadsheetId, { fields: TITLES_ONLY });
    const titles = (spreadsheet.sheets ?? []).map((sheet) => sheet.properties?.title ?? '').filter((title) => title !== '');
    const timeZone = spreadsheet.properties?.timeZone ?? undefined;
    const title = spreadsheet.properties?.title ?? '';
    if (titles.length === 0) return { workbook: workbookFromValueRanges([], [], timeZone), title };
    const response = api.Spreadsheets.Values.batchGet(spreadsheetId, { ranges: titles.map(wholeTabRange), ...READ_OPTIONS });
    return { workbook: workbookFromValueRanges(titles, response.valueRanges ?? [], timeZone), title };
  } catch (cause) {
    return { unreadable: reasonOf(cause) };
  }
}

/** True when the Advanced Sheets service is on (the manifest enables it; a copy of the script may not). */
export function sheetsApiEnabled(): boolean {
  return sheetsApi() !== null;
}
