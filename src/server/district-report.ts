import { createBlankDocument, documentUrl, openDocument, writeDocument } from '../adapters/docs';
import { keptRows } from '../adapters/district-sheets';
import { exportPdf, pdfUrl, savePdf } from '../adapters/drive';
import { readLast, readReport, readRun, saveReport } from '../adapters/district-store';
import { buildDistrictReport } from '../domain/rollup/report';
import { rollUpRows } from '../domain/rollup/rollup';
import { activeSpreadsheet, today, withDocumentLock } from './context';
import type { DistrictReport, DistrictReportRequest } from './district-api';
import { districtSchools, LOST_ROWS, parseKept } from './district-state';
import { UserError } from './errors';

/** The PDF twin beside the Doc (the plans' Drive helpers): its id, or why there is none. */
function pdfCopy(docId: string, title: string, existingId: string | null): { pdfId: string | null; note: string | null } {
  const name = `${title}.pdf`;
  try {
    return { pdfId: savePdf(exportPdf(docId, name), name, { existingId, parents: [] }), note: null };
  } catch (cause) {
    if (cause instanceof UserError) return { pdfId: existingId, note: cause.message };
    console.error(cause);
    return {
      pdfId: existingId,
      note: 'Chưa lưu được bản PDF; văn bản Google Tài liệu vẫn đầy đủ. Có thể tải PDF trong Google Tài liệu: Tệp → Tải xuống → Tài liệu PDF (.pdf).',
    };
  }
}

/**
 * `Tạo báo cáo tổng hợp`: the Phòng's report as a Google Doc, from the
 * rows of the last finished roll-up (the schools are not read again), with
 * the same document model and Docs writer as the schools' plans: one
 * Docs.Documents.batchUpdate. Made again, it rewrites the same Doc (same
 * link); a Doc that can no longer be opened gives a new one.
 */
export function createDistrictReport(request: DistrictReportRequest): DistrictReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    districtSchools(spreadsheet); // a district spreadsheet, or the message that says how to make one
    const run = readRun();
    const last = readLast();
    if (run && run.next < run.total) {
      throw new UserError(`Lần đọc các trường đang dở (${run.next}/${run.total} trường). Hãy bấm "Đọc và tổng hợp" cho đọc xong, rồi tạo báo cáo.`);
    }
    if (!last) throw new UserError('Chưa có số liệu tổng hợp. Hãy bấm "Đọc và tổng hợp" trước, rồi tạo báo cáo.');
    const kept = keptRows(spreadsheet, last.total);
    if (kept.length !== last.total || kept.some((text) => text === '')) throw new UserError(LOST_ROWS);
    const reads = kept.map(parseKept);
    const rollup = rollUpRows(reads.map((read) => read.row));
    const document = buildDistrictReport(rollup, { agency: request.agency.trim(), place: request.place.trim(), date: today() });

    const stored = readReport();
    const existing = stored ? openDocument(stored.docId) : null;
    const docId = stored && existing ? stored.docId : createBlankDocument(document.title);
    writeDocument(docId, document, existing ? existing.bodyEnd : null);
    const pdf = pdfCopy(docId, document.title, stored && existing ? stored.pdfId : null);
    saveReport({ docId, pdfId: pdf.pdfId, title: document.title, updatedAt: new Date().toISOString() });
    return {
      docUrl: documentUrl(docId),
      pdfUrl: pdf.pdfId ? pdfUrl(pdf.pdfId) : null,
      title: document.title,
      message: `Đã ${existing ? 'cập nhật' : 'tạo'} báo cáo "${document.title}" (${rollup.totals.schools} trường được tổng hợp)${pdf.pdfId ? ' và bản PDF' : ''}. Mở văn bản để ký và chèn số trang (Chèn → Số trang).${pdf.note ? `\n${pdf.note}` : ''}`,
    };
  });
}
