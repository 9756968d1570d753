/**
 * "Đã đánh giá lại" (issue 19): the school has re-assessed a standard tab
 * whose `Mức hiện tại` were pre-filled from last year, so its name leaves
 * the `Mức cần đánh giá lại` cell of `Thông tin chung`. That cell, and only
 * that one, is written: the user asked for exactly this. One read of
 * `Thông tin chung`, one write of the cell; nothing when the tab is no
 * longer listed.
 */
import type { Cell } from '../domain/cell';
import { REASSESS_LABEL, reassessRow, withoutTab } from '../domain/cycle/reassess';
import { foldKey } from '../domain/text';
import { INFO_TAB } from '../domain/workbook/plan';
import type { ReassessReport, ReassessRequest } from './api';
import { activeSpreadsheet, withDocumentLock } from './context';
import { UserError } from './errors';

/** `Thông tin chung` by its exact name (one call); a tab spelt otherwise is found among all tabs, as the reader finds it. */
function infoSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  const exact = spreadsheet.getSheetByName(INFO_TAB);
  if (exact) return exact;
  return spreadsheet.getSheets().find((sheet) => foldKey(sheet.getName()) === foldKey(INFO_TAB)) ?? null;
}

export function confirmReassessed(request: ReassessRequest): ReassessReport {
  return withDocumentLock(() => {
    const sheet = infoSheet(activeSpreadsheet());
    if (!sheet) {
      throw new UserError(`Không thấy trang "${INFO_TAB}" nên không ghi được. Hãy bấm "Tạo các trang tính" để tạo lại trang này.`);
    }
    const name = sheet.getName();
    const row = reassessRow({ name, values: sheet.getDataRange().getValues() as Cell[][] });
    const listed = row?.tabs.some((tab) => foldKey(tab) === foldKey(request.tab)) ?? false;
    if (!row || !listed) {
      return {
        tab: request.tab,
        remaining: row?.tabs ?? [],
        message: `Trang "${request.tab}" không còn trong dòng "${REASSESS_LABEL}" của trang "${name}": không có gì cần ghi.`,
      };
    }
    const text = withoutTab(row.tabs, request.tab);
    sheet.getRange(row.row + 1, row.col + 1).setValue(text);
    const remaining = row.tabs.filter((tab) => foldKey(tab) !== foldKey(request.tab));
    const left =
      remaining.length > 0 ? `Còn ${remaining.length} trang cần đánh giá lại: ${remaining.join(', ')}.` : 'Tất cả các trang tiêu chuẩn đã được đánh giá lại.';
    return {
      tab: request.tab,
      remaining,
      message: `Đã ghi nhận trang "${request.tab}" đã được đánh giá lại (xoá tên trang khỏi dòng "${REASSESS_LABEL}" của trang "${name}"). ${left}`,
    };
  });
}
