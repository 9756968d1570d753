import { writeSummaryTab } from '../adapters/sheets-summary';
import { summaryTabContent } from '../domain/summary/summary-tab';
import type { PlanOverview } from './api';
import { activeSpreadsheet, withDocumentLock } from './context';
import { currentDocumentLinks } from './document-links';
import { analyseSpreadsheet, overviewOf } from './overview';

/** `dd/mm/yyyy HH:mm` in the script's time zone. */
function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `Ghi tổng hợp`: rewrites the `Tổng hợp` tab from the same numbers as the sidebar. */
export function writeSummary(): PlanOverview {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const analysis = analyseSpreadsheet(spreadsheet);
    const now = new Date();
    writeSummaryTab(
      spreadsheet,
      summaryTabContent(analysis.summary, analysis.issues, analysis.followUp ?? { tracked: false, standards: [], overdue: [] }, stamp(now)),
    );
    return overviewOf(analysis, currentDocumentLinks(), now.toISOString());
  });
}
