/**
 * The sidebar's history card (issue 19, item 2): the school's years from
 * `Lịch sử` with this year made anew, and khoản 1 Điều 16's three-year
 * condition. Reads only; the tab is written by "Lập kế hoạch năm học mới".
 */
import type { HistoryOverview } from './api';
import { activeSpreadsheet, currentWorkbook } from './context';
import { currentHistory, historyOverviewOf } from './history-view';

export function getHistory(): HistoryOverview {
  const spreadsheet = activeSpreadsheet();
  return historyOverviewOf(currentHistory(spreadsheet, currentWorkbook(spreadsheet)));
}
