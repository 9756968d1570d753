import { SUMMARY_TAB } from '../domain/workbook/plan';
import type { Cell } from '../domain/cell';
import { SUMMARY_TAB_NOTICE, type SummaryTabContent } from '../domain/summary/summary-tab';

/**
 * Writes `Tổng hợp` in one `setValues`, with a warning-only protection that
 * tells users the tab is generated. The tab is the add-on's alone, so its
 * old content is cleared first.
 */
export function writeSummaryTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, content: SummaryTabContent): void {
  const sheet = spreadsheet.getSheetByName(SUMMARY_TAB) ?? spreadsheet.insertSheet(SUMMARY_TAB, spreadsheet.getNumSheets());
  sheet.clear();
  const rows = content.values.length;
  const maxCols = sheet.getMaxColumns();
  if (content.width > maxCols) sheet.insertColumnsAfter(maxCols, content.width - maxCols);
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  // Plain text, so that Sheets keeps `8/8` and `86,7%` as written instead of reading a date or a number.
  const range = sheet.getRange(1, 1, rows, content.width);
  range.setNumberFormat('@').setValues(content.values as unknown[][]);
  const weights = content.values.map((_, row) =>
    new Array<GoogleAppsScript.Spreadsheet.FontWeight>(content.width).fill(content.boldRows.includes(row) ? 'bold' : 'normal'),
  );
  range.setFontWeights(weights);
  sheet.setColumnWidth(1, 320);
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet.protect().setWarningOnly(true).setDescription(SUMMARY_TAB_NOTICE);
  }
}

/** Rewrites one row of `Tổng hợp` (0-based), as plain text; nothing when the tab is gone. */
export function writeSummaryRow(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, row: number, cells: Cell[]): void {
  const sheet = spreadsheet.getSheetByName(SUMMARY_TAB);
  if (!sheet) return;
  sheet
    .getRange(row + 1, 1, 1, cells.length)
    .setNumberFormat('@')
    .setValues([cells as unknown[]]);
}
