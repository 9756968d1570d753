import { checkPlan } from '../server/check';
import { createDocument } from '../server/document';
import { toResult } from '../server/errors';
import { createNextYear } from '../server/next-year';
import { runSelfTest } from '../server/self-test';
import { proposeSetup } from '../server/setup';
import { writeSummary } from '../server/summary-tab';
import { frameworkDialogHtml } from './framework-dialog';

const TITLE = 'Kế hoạch cải tiến';

/** Installing the add-on opens the file's menu right away (add-on convention). */
export function onInstall(e: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * The add-on menu. Runs in AuthMode.NONE before the user authorises the
 * add-on: it builds the menu only and reads no data.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Mở bảng điều khiển', 'showSidebar')
    .addSeparator()
    .addItem('Tạo các trang tính', 'menuSetup')
    .addItem('Kiểm tra kế hoạch', 'menuCheck')
    .addItem('Ghi trang Tổng hợp', 'menuSummary')
    .addItem('Tạo văn bản kế hoạch (Google Docs)', 'menuCreateDocument')
    .addItem('Xếp vào các tiêu chuẩn (từ trang Nhập)', 'menuImportPaste')
    .addItem('Nhập từ văn bản trên Drive…', 'menuImportFile')
    .addItem('Lập kế hoạch năm học mới', 'menuNextYear')
    .addItem('Tổng hợp các trường (Phòng GD&ĐT)', 'menuDistrict')
    .addSeparator()
    .addItem('Kiểm tra cài đặt', 'menuSelfTest')
    .addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Runs a menu command and tells the user the outcome in a dialog. */
export function runFromMenu<T>(work: () => T, describe: (value: T) => string): void {
  const result = toResult(work);
  SpreadsheetApp.getUi().alert(TITLE, result.ok ? describe(result.value) : result.message, SpreadsheetApp.getUi().ButtonSet.OK);
}

/** Setup from the menu: a dialog with one named button per framework and Huỷ (never Có/Không). */
export function menuSetup(): void {
  const ui = SpreadsheetApp.getUi();
  const proposal = toResult(proposeSetup);
  if (!proposal.ok) {
    ui.alert(TITLE, proposal.message, ui.ButtonSet.OK);
    return;
  }
  const html = HtmlService.createHtmlOutput(frameworkDialogHtml(proposal.value)).setWidth(440).setHeight(600);
  ui.showModalDialog(html, 'Tạo các trang tính');
}

export function menuCheck(): void {
  runFromMenu(checkPlan, ({ overview }) =>
    overview.errorCount === 0
      ? `Không có lỗi (${overview.warningCount} cảnh báo). Các ô có cảnh báo được tô màu vàng, xem ghi chú trên ô.`
      : `Có ${overview.errorCount} lỗi và ${overview.warningCount} cảnh báo. Các ô lỗi được tô màu đỏ nhạt, xem ghi chú trên ô hoặc mở bảng điều khiển để đi đến từng ô.`,
  );
}

export function menuSummary(): void {
  runFromMenu(writeSummary, (overview) => `Đã ghi trang "Tổng hợp". Nhà trường: ${overview.summary.schoolLevelLabel}.`);
}

export function menuCreateDocument(): void {
  runFromMenu(
    () => createDocument({ newVersion: false }),
    (report) => `${report.message}\n${report.links.docUrl}`,
  );
}

/** For the IT admin: checks the Google side (Docs, Drive, PDF) on this account, leaving nothing behind. */
export function menuSelfTest(): void {
  runFromMenu(runSelfTest, (report) => report.message);
}

/**
 * Next year's spreadsheet from the menu. A spreadsheet made before is not
 * made again from here: the dialog names it, and "Tạo lại" is in the sidebar.
 */
export function menuNextYear(): void {
  runFromMenu(
    () => createNextYear({}),
    (report) => (report.existing ? `${report.message}\n${report.existing.url}` : [report.message, ...report.warnings].join('\n')),
  );
}
