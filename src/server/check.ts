import { writeMarks } from '../adapters/sheets-marks';
import type { CheckReport, PlanOverview } from './api';
import { activeSpreadsheet, documentProperties, withDocumentLock } from './context';
import { currentDocumentLinks } from './document-links';
import { analyseSpreadsheet, overviewOf } from './overview';

/** The sidebar's first picture: read and check, without marking anything. */
export function getOverview(): PlanOverview {
  const analysis = analyseSpreadsheet();
  return overviewOf(analysis, currentDocumentLinks(analysis.workbook.timeZone), new Date().toISOString());
}

/**
 * `Kiểm tra`: reads each tab once, validates, and marks the offending
 * cells (background + note), taking off the previous run's marks that no
 * longer apply. Never changes a value.
 */
export function checkPlan(): CheckReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const analysis = analyseSpreadsheet(spreadsheet);
    const { marked, cleared } = writeMarks(spreadsheet, documentProperties(), analysis.issues);
    return { overview: overviewOf(analysis, currentDocumentLinks(analysis.workbook.timeZone), new Date().toISOString()), marked, cleared };
  });
}
