import { writeSummaryTab } from '../adapters/sheets-summary';
import { readStoredNextYear } from '../adapters/spreadsheet-create-store';
import { spreadsheetUrl } from '../adapters/spreadsheet-create';
import type { PlanAnalysis } from '../domain/analyse';
import { linkValue, NEXT_YEAR_LINK_LABEL, PREVIOUS_YEAR_LINK_LABEL } from '../domain/cycle/links';
import { summaryTabContent, type YearLinks } from '../domain/summary/summary-tab';
import { findSheet } from '../domain/workbook/find-sheet';
import { INFO_TAB } from '../domain/workbook/plan';
import type { PlanOverview } from './api';
import { activeSpreadsheet, withDocumentLock } from './context';
import { currentDocumentLinks, summaryDocumentOf } from './document-links';
import { localStamp } from './local-time';
import { analyseSpreadsheet, overviewOf } from './overview';

/**
 * The other years' spreadsheets, from what is already read: `Thông tin chung`
 * (its `Kế hoạch năm trước` row, written into next year's file when it was
 * made) and the document property "Lập kế hoạch năm học mới" keeps (one
 * property read, whatever the plan's size); the `Kế hoạch năm sau` row when
 * the property is absent or unreadable.
 */
function yearLinks(analysis: PlanAnalysis): YearLinks {
  const info = findSheet(analysis.workbook, INFO_TAB);
  const stored = readStoredNextYear();
  return {
    previous: linkValue(info, PREVIOUS_YEAR_LINK_LABEL),
    next: stored ? spreadsheetUrl(stored.id) : linkValue(info, NEXT_YEAR_LINK_LABEL),
  };
}

/** `Ghi tổng hợp`: rewrites the `Tổng hợp` tab from the same numbers as the sidebar. */
export function writeSummary(): PlanOverview {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const analysis = analyseSpreadsheet(spreadsheet);
    const now = new Date();
    const links = currentDocumentLinks(analysis.workbook.timeZone);
    writeSummaryTab(
      spreadsheet,
      summaryTabContent(
        analysis.summary,
        analysis.issues,
        analysis.followUp ?? { tracked: false, standards: [], overdue: [] },
        localStamp(now, analysis.workbook.timeZone),
        yearLinks(analysis),
        links && summaryDocumentOf(links, analysis.workbook.timeZone),
      ),
    );
    return overviewOf(analysis, links, now.toISOString());
  });
}
