/**
 * The sidebar's history card (issue 19, item 2): the school's years from
 * `Lịch sử` with this year made anew, and khoản 1 Điều 16's three-year
 * condition. `getHistory` only reads; `writeHistory` ("Ghi trang Lịch sử")
 * rewrites the tab with this year's row, one setValues, and nothing else.
 */
import { historyTabValues } from '../domain/cycle/history-tab';
import type { HistoryOverview } from './api';
import { activeSpreadsheet, currentWorkbook, withDocumentLock } from './context';
import { currentHistory, historyOverviewOf, writeHistoryTab } from './history-view';

export function getHistory(): HistoryOverview {
  const spreadsheet = activeSpreadsheet();
  return historyOverviewOf(currentHistory(spreadsheet, currentWorkbook(spreadsheet)));
}

export function writeHistory(): HistoryOverview {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const view = currentHistory(spreadsheet, currentWorkbook(spreadsheet));
    writeHistoryTab(spreadsheet, historyTabValues(view));
    return historyOverviewOf(view);
  });
}
