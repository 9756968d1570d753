import { writeSummaryTab } from '../adapters/sheets-summary';
import { summaryTabContent } from '../domain/summary/summary-tab';
import type { PlanOverview } from './api';
import { activeSpreadsheet, withDocumentLock } from './context';
import { currentDocumentLinks } from './document-links';
import { localTime } from './local-time';
import { analyseSpreadsheet, overviewOf } from './overview';

/** `dd/mm/yyyy HH:mm` in the spreadsheet's time zone, the same clock as the sidebar's. */
function stamp(date: Date, timeZone?: string): string {
  const [time, day] = localTime(date, timeZone).split(', ');
  return `${day} ${time}`;
}

/** `Ghi tổng hợp`: rewrites the `Tổng hợp` tab from the same numbers as the sidebar. */
export function writeSummary(): PlanOverview {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const analysis = analyseSpreadsheet(spreadsheet);
    const now = new Date();
    writeSummaryTab(
      spreadsheet,
      summaryTabContent(
        analysis.summary,
        analysis.issues,
        analysis.followUp ?? { tracked: false, standards: [], overdue: [] },
        stamp(now, analysis.workbook.timeZone),
      ),
    );
    return overviewOf(analysis, currentDocumentLinks(analysis.workbook.timeZone), now.toISOString());
  });
}
