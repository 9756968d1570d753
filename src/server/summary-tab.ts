import { writeSummaryTab } from '../adapters/sheets-summary';
import { summaryTabContent } from '../domain/summary/summary-tab';
import type { PlanOverview } from './api';
import { activeSpreadsheet, withDocumentLock } from './context';
import { currentDocumentLinks } from './document-links';
import { localStamp } from './local-time';
import { analyseSpreadsheet, overviewOf } from './overview';

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
        links && { url: links.docUrl, pdfUrl: links.pdfUrl, draft: links.draft, madeAt: localStamp(new Date(links.updatedAt), analysis.workbook.timeZone) },
      ),
    );
    return overviewOf(analysis, links, now.toISOString());
  });
}
