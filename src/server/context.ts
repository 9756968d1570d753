import { readWorkbook } from '../adapters/sheets-read';
import type { SimpleDate } from '../domain/parse/types';
import type { RawWorkbook } from '../domain/workbook/raw';
import { UserError } from './errors';

/** How long a second editor waits for the first one's write before giving up. */
const LOCK_WAIT_MS = 10_000;

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new UserError('Không mở được bảng tính. Hãy mở tiện ích từ trong Google Trang tính của kế hoạch.');
  return spreadsheet;
}

/** The whole workbook, one read per tab. */
export function currentWorkbook(spreadsheet = activeSpreadsheet()): RawWorkbook {
  return readWorkbook(spreadsheet);
}

/**
 * Runs a write under the document lock, so two editors pressing buttons at
 * once never interleave their writes.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError('Một người khác đang cập nhật bảng tính này (kiểm tra, tổng hợp hoặc tạo văn bản). Hãy đợi khoảng một phút rồi bấm lại.');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** Today in the script's time zone (Asia/Ho_Chi_Minh, appsscript.json). */
export function today(): SimpleDate {
  const now = new Date();
  return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
}

/** Document properties: where the add-on remembers the plan's Doc. */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}
