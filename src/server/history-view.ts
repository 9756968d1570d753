/**
 * The school's years as the add-on keeps them in `Lịch sử` (issue 19,
 * item 2), shared by the sidebar's history card and "Lập kế hoạch năm học
 * mới": the tab's earlier rows as written, the current year made anew from
 * the open spreadsheet. Writing touches only `Lịch sử` (one setValues) and
 * the `Kế hoạch năm sau` link cell of `Thông tin chung`.
 */
import { documentUrl } from '../adapters/docs';
import { readStoredDocument } from '../adapters/document-store';
import { asTypedTextRows } from '../adapters/sheets-text';
import type { Cell } from '../domain/cell';
import { ASSUMPTIONS, recordOf } from '../domain/cycle/history';
import { HISTORY_TAB, historyView, type HistoryView } from '../domain/cycle/history-tab';
import { linkCell } from '../domain/cycle/links';
import { findSheet } from '../domain/workbook/find-sheet';
import type { RawWorkbook } from '../domain/workbook/raw';
import type { HistoryOverview } from './api';
import { today } from './context';

/** The tab's years with this spreadsheet's year made from `workbook`. */
export function currentHistory(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, workbook: RawWorkbook): HistoryView {
  const record = recordOf({ label: spreadsheet.getName(), workbook }, today());
  const stored = readStoredDocument();
  const current =
    record.startYear === null
      ? null
      : { record, links: { spreadsheetUrl: spreadsheet.getUrl(), documentUrl: stored ? documentUrl(stored.docId) : '' }, current: true };
  const view = historyView(findSheet(workbook, HISTORY_TAB), current);
  if (record.startYear === null) {
    view.warnings.unshift(
      'Trang "Thông tin chung": chưa có hoặc không đọc được Năm học của bảng tính này (ví dụ đúng: 2025-2026), nên năm nay chưa có trong lịch sử. Hãy ghi Năm học rồi mở lại.',
    );
  }
  return view;
}

export function historyOverviewOf(view: HistoryView): HistoryOverview {
  return {
    years: view.years.map(({ record, links, current }) => ({
      schoolYear: record.schoolYear,
      framework: record.framework,
      levels: record.levels,
      schoolLevel: record.schoolLevel,
      schoolLevelLabel: record.schoolLevelLabel,
      budgetTotalVnd: record.budgetTotalVnd,
      actionsFinished: record.actionsFinished,
      actionsUnfinished: record.actionsUnfinished,
      counts: record.counts,
      whyNot: record.whyNot,
      spreadsheetUrl: links.spreadsheetUrl,
      documentUrl: links.documentUrl,
      current,
    })),
    threeYears: view.threeYears,
    assumptions: ASSUMPTIONS,
    warnings: view.warnings,
  };
}

/**
 * Rewrites `Lịch sử` in one setValues (the tab is the add-on's: its rows are
 * all in `values`, read back before). Plain text format first, so a school
 * year `2025-2026` is not taken for a date.
 */
export function writeHistoryTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, values: Cell[][]): void {
  const sheet = spreadsheet.getSheetByName(HISTORY_TAB) ?? spreadsheet.insertSheet(HISTORY_TAB, spreadsheet.getNumSheets());
  const width = values[0].length;
  const maxCols = sheet.getMaxColumns();
  if (width > maxCols) sheet.insertColumnsAfter(maxCols, width - maxCols);
  const maxRows = sheet.getMaxRows();
  if (values.length > maxRows) sheet.insertRowsAfter(maxRows, values.length - maxRows);
  // Every row read back is in `values` (unreadable ones too), so clearing loses nothing and leaves no stale row below.
  sheet.clearContents();
  sheet
    .getRange(1, 1, values.length, width)
    .setNumberFormat('@')
    .setValues(asTypedTextRows(values) as unknown[][]);
  sheet.setFrozenRows(1);
}

/** The `label` link of `Thông tin chung`: its value cell (and its key cell on a new row), one setValues. */
export function writeLinkCell(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, workbook: RawWorkbook, label: string, url: string): string | null {
  const info = findSheet(workbook, 'Thông tin chung');
  const sheet = info ? spreadsheet.getSheetByName(info.name) : null;
  if (!info || !sheet) return null;
  const cell = linkCell(info, label);
  if (cell.writeLabel && cell.valueCol === cell.keyCol + 1) {
    sheet.getRange(cell.row + 1, cell.keyCol + 1, 1, 2).setValues([[label, url]]);
    return info.name;
  }
  // Mục and Nội dung apart (a column of the school's between them): two cells, never the one between.
  if (cell.writeLabel) sheet.getRange(cell.row + 1, cell.keyCol + 1).setValue(label);
  sheet.getRange(cell.row + 1, cell.valueCol + 1).setValue(url);
  return info.name;
}
