/**
 * "Bỏ qua" (dismiss a warning) and "Hiện lại" (show dismissed warnings
 * again). A dismissed warning leaves no colour or note in the sheet, so the
 * marks are rewritten here as Kiểm tra would; the summary and the document
 * never depend on dismissals.
 */
import { readDismissals, saveDismissals } from '../adapters/dismissals-store';
import { writeMarks } from '../adapters/sheets-marks';
import { analysePlan, dismissalOf, liveDismissals, warningsLike, type DismissedWarning, type PlanAnalysis } from '../domain/analyse';
import type { CheckReport, DismissRequest } from './api';
import { activeSpreadsheet, currentWorkbook, documentProperties, today, withDocumentLock } from './context';
import { currentDocumentLinks } from './document-links';
import { UserError } from './errors';
import { overviewOf } from './overview';

function remark(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, analysis: PlanAnalysis): CheckReport {
  const { marked, cleared } = writeMarks(spreadsheet, documentProperties(), analysis.issues);
  return { overview: overviewOf(analysis, currentDocumentLinks(analysis.workbook.timeZone), new Date().toISOString()), marked, cleared };
}

export function dismissWarnings(request: DismissRequest): CheckReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const workbook = currentWorkbook(spreadsheet);
    const before = analysePlan(workbook, { today: today(), dismissed: readDismissals() });
    const issue = before.issues.find((candidate) => candidate.sheet === request.sheet && candidate.cell === request.cell && candidate.code === request.code);
    if (!issue) throw new UserError('Cảnh báo này không còn nữa (ô đã được sửa hoặc bảng tính đã thay đổi). Hãy bấm "Kiểm tra" để xem lại danh sách.');
    if (issue.severity !== 'warning')
      throw new UserError('Chỉ bỏ qua được cảnh báo. Lỗi cần được sửa trong bảng tính vì văn bản chính thức sẽ sai nếu giữ nguyên.');
    const example = dismissalOf(workbook, issue);
    const added: DismissedWarning[] = request.similar ? warningsLike(workbook, before.issues, example) : [example];
    const all = [...readDismissals(), ...added];
    // Keep only what still matches a warning: an old dismissal never hides a new one.
    const every = analysePlan(workbook, { today: today() }).issues;
    saveDismissals(liveDismissals(workbook, every, all));
    return remark(spreadsheet, analysePlan(workbook, { today: today(), dismissed: readDismissals() }));
  });
}

export function restoreWarnings(): CheckReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    saveDismissals([]);
    return remark(spreadsheet, analysePlan(currentWorkbook(spreadsheet), { today: today() }));
  });
}
