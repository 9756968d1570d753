/**
 * "Tạo văn bản": the plan as a Google Doc in NĐ30 format, with a PDF copy
 * beside it. Refuses while the plan has errors (warnings do not block).
 * Generating again rewrites the same Doc (same link, same sharing) unless
 * the user asks for a new version; a Doc that was deleted or can no longer
 * be opened is replaced by a new one, and the message says so.
 *
 * Service calls per generation, whatever the size of the plan: reading the
 * workbook, then Drive.Files.get + Docs.Documents.get (existing Doc) or
 * Docs.Documents.create (new Doc), one Docs.Documents.batchUpdate, one
 * Drive.Files.export and one Drive.Files.create/update for the PDF.
 */
import { createBlankDocument, documentUrl, openDocument, writeDocument } from '../adapters/docs';
import { exportPdf, fileInfo, pdfUrl, renameFile, savePdf } from '../adapters/drive';
import { buildPlanDocument } from '../domain/document/build';
import { summarize } from '../domain/summary/summary';
import { hasErrors, validatePlan, type Issue } from '../domain/validate';
import { readPlan } from '../domain/workbook/read';
import type { DocumentLinks, DocumentReport, DocumentRequest } from './api';
import { currentWorkbook, documentProperties, today, withDocumentLock } from './context';
import { UserError } from './errors';

/** Document property holding the plan's Doc (JSON of StoredDocument). */
export const DOCUMENT_PROPERTY = 'planDocument';

/** The one manual step: no API inserts a page-number field. */
export const PAGE_NUMBER_STEP =
  'Bước cuối (Google không cho tiện ích tự chèn số trang): mở văn bản, bấm Chèn → Số trang và chọn kiểu đánh số ở đầu trang, không hiện ở trang đầu (NĐ30: số trang ở giữa, phía trên, từ trang 2).';

interface StoredDocument {
  docId: string;
  pdfId: string | null;
  title: string;
  updatedAt: string;
}

function readStored(): StoredDocument | null {
  const raw = documentProperties().getProperty(DOCUMENT_PROPERTY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredDocument>;
    if (typeof value.docId !== 'string' || value.docId === '') return null;
    return { docId: value.docId, pdfId: typeof value.pdfId === 'string' ? value.pdfId : null, title: value.title ?? '', updatedAt: value.updatedAt ?? '' };
  } catch {
    return null;
  }
}

function linksOf(stored: StoredDocument): DocumentLinks {
  return {
    docId: stored.docId,
    docUrl: documentUrl(stored.docId),
    pdfUrl: stored.pdfId ? pdfUrl(stored.pdfId) : null,
    title: stored.title,
    updatedAt: stored.updatedAt,
  };
}

/** The plan's Doc as last generated, from document properties (no other service call). */
export function currentDocumentLinks(): DocumentLinks | null {
  const stored = readStored();
  return stored ? linksOf(stored) : null;
}

const LISTED_ERRORS = 5;

/** `Chưa tạo được văn bản: bảng tính còn 7 lỗi…` with the first few, each with its tab and cell. */
export function refusalMessage(issues: Issue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const lines = errors.slice(0, LISTED_ERRORS).map((issue) => `- ${issue.sheet}!${issue.cell}: ${issue.message}`);
  const more = errors.length > LISTED_ERRORS ? [`… và ${errors.length - LISTED_ERRORS} lỗi khác (bấm "Kiểm tra" để xem tất cả).`] : [];
  return [`Chưa tạo được văn bản: bảng tính còn ${errors.length} lỗi. Hãy sửa các lỗi sau rồi bấm lại:`, ...lines, ...more].join('\n');
}

export function createDocument(request: DocumentRequest): DocumentReport {
  return withDocumentLock(() => {
    const plan = readPlan(currentWorkbook());
    const issues = validatePlan(plan, { today: today() });
    if (hasErrors(issues)) throw new UserError(refusalMessage(issues));
    const document = buildPlanDocument(plan, summarize(plan));

    const notes: string[] = [];
    const stored = readStored();
    let target: { docId: string; bodyEnd: number | null; parents: string[]; pdfId: string | null } | null = null;
    if (stored && request?.newVersion !== true) {
      const info = fileInfo(stored.docId);
      const opened = info && !info.trashed ? openDocument(stored.docId) : null;
      if (info && opened) {
        if (info.name !== document.title) renameFile(stored.docId, document.title);
        target = { docId: stored.docId, bodyEnd: opened.bodyEnd, parents: info.parents, pdfId: stored.pdfId };
      } else {
        notes.push('Văn bản tạo lần trước đã bị xóa (hoặc chuyển vào thùng rác) hoặc không còn mở được, nên tiện ích đã tạo văn bản mới.');
      }
    }
    const created = target === null;
    if (!target) target = { docId: createBlankDocument(document.title), bodyEnd: null, parents: [], pdfId: null };

    writeDocument(target.docId, document, target.bodyEnd);

    let pdfId: string | null = null;
    try {
      const name = `${document.title}.pdf`;
      pdfId = savePdf(exportPdf(target.docId, name), name, { existingId: target.pdfId, parents: target.parents });
    } catch (cause) {
      if (cause instanceof UserError) notes.push(cause.message);
      else notes.push('Chưa lưu được bản PDF; văn bản Google Tài liệu vẫn đã được tạo. Có thể tải PDF trong Google Tài liệu: Tệp → Tải xuống → PDF.');
    }

    const saved: StoredDocument = { docId: target.docId, pdfId, title: document.title, updatedAt: new Date().toISOString() };
    documentProperties().setProperty(DOCUMENT_PROPERTY, JSON.stringify(saved));

    const warnings = issues.length;
    const head = created ? `Đã tạo văn bản "${document.title}"` : `Đã cập nhật văn bản "${document.title}" (giữ nguyên đường liên kết và quyền chia sẻ)`;
    const pdf = pdfId ? ', kèm bản PDF lưu cùng thư mục' : '';
    const warningNote = warnings > 0 ? ` Bảng tính còn ${warnings} cảnh báo; cảnh báo không chặn việc tạo văn bản.` : '';
    const message = [`${head}${pdf}.${warningNote}`, ...notes, PAGE_NUMBER_STEP].join('\n');
    return { links: linksOf(saved), created, message };
  });
}
