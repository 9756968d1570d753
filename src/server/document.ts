/**
 * "Tạo văn bản": the plan as a Google Doc in NĐ30 format, with a PDF copy
 * beside it. The final document needs a plan without errors (warnings do
 * not block); while errors remain the user may make the draft instead, the
 * same document marked DỰ THẢO (src/domain/analyse decides which).
 *
 * Generating again rewrites the same Doc (same link, same sharing) unless
 * the user asks for a new version — but never behind the user's back:
 *  - a Doc changed since the add-on last wrote it (hand edits: a signature
 *    line, a correction) is not overwritten until the user chooses
 *    "overwrite" (the edits are replaced, and the message says so) or "new
 *    version" (a new Doc; the edited one stays as it is). The test is
 *    Drive's modifiedTime against the one stored right after the last
 *    write; not `version`, which also moves when the Doc is only shared
 *    ("reflects every change made to the file on the server, even those not
 *    visible to the user", Drive API File reference);
 *  - a Doc the user may read but not edit is not touched: the message says
 *    so in Vietnamese and offers a new version;
 *  - a Doc the user's add-on cannot see (under drive.file, another editor's
 *    Doc looks exactly like a deleted one) is replaced silently only when
 *    Drive says the user running the add-on is its owner; otherwise the
 *    message names the owner and offers a new version;
 *  - a Doc in the trash gives a new one, and the message says so.
 * While a decision is pending nothing is written and the report carries
 * `decision`, for the sidebar to ask.
 *
 * Service calls per generation, whatever the size of the plan: reading the
 * workbook, then Drive.Files.get + Docs.Documents.get (existing Doc) or
 * Docs.Documents.create (new Doc), one Docs.Documents.batchUpdate, one
 * Drive.Files.get to record the Doc's modifiedTime after the write, one
 * Drive.Files.export and one Drive.Files.create/update for the PDF (plus
 * Files.get of the earlier PDF, and Files.update when the title changed).
 * Drive.About.get only when the earlier Doc cannot be seen.
 */
import { createBlankDocument, documentUrl, openDocument, writeDocument } from '../adapters/docs';
import { DOCUMENT_PROPERTY, readStoredDocument, saveStoredDocument, type StoredDocument } from '../adapters/document-store';
import { currentDriveUser, exportPdf, fileInfo, isForbidden, lookUpFile, renameFile, savePdf, type FileInfo, type Person } from '../adapters/drive';
import { planDocument } from '../domain/analyse';
import type { PlanDocument } from '../domain/document/model';
import type { DocumentDecision, DocumentReport, DocumentRequest, OnEdited } from './api';
import { writeSummaryRow } from '../adapters/sheets-summary';
import { planDocumentOfSummary, planDocumentRow } from '../domain/summary/summary-tab';
import { activeSpreadsheet, withDocumentLock } from './context';
import { linksOf, summaryDocumentOf } from './document-links';
import { UserError } from './errors';
import { analyseSpreadsheet } from './overview';

export { DOCUMENT_PROPERTY };

/** The one manual step: no API inserts a page-number field. */
export const PAGE_NUMBER_STEP =
  'Bước cuối (Google không cho tiện ích tự chèn số trang): mở văn bản, bấm Chèn → Số trang và chọn kiểu đánh số ở đầu trang, không hiện ở trang đầu (NĐ30: số trang ở giữa, phía trên, từ trang 2).';

const CHOICES: OnEdited[] = ['ask', 'overwrite', 'newVersion'];

/** The request as sent by the browser: anything unexpected means "ask", the choice that changes nothing. */
function readChoice(request: DocumentRequest | null | undefined): { newVersion: boolean; onEdited: OnEdited } {
  const onEdited = CHOICES.find((choice) => choice === request?.onEdited) ?? 'ask';
  return { newVersion: request?.newVersion === true, onEdited };
}

function samePerson(a: Person | null, b: Person | null): boolean {
  return a !== null && b !== null && a.email.toLowerCase() === b.email.toLowerCase();
}

function personText(person: Person | null): string {
  if (!person) return '';
  return person.name && person.name !== person.email ? `${person.name} (${person.email})` : person.email;
}

/** `10:32 ngày 06/10/2024`, in the script's time zone (Asia/Ho_Chi_Minh). */
function timeText(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())} ngày ${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

const NOTHING_CHANGED = 'Văn bản chưa bị thay đổi.';

function editedMessage(stored: StoredDocument, file: FileInfo): string {
  const who = file.lastModifyingUser ? `, lần sửa cuối bởi ${personText(file.lastModifyingUser)}` : '';
  const when = timeText(file.modifiedTime) ? ` lúc ${timeText(file.modifiedTime)}` : '';
  const why =
    stored.writtenModifiedTime === null
      ? `Tiện ích không biết văn bản "${stored.title}" đã được sửa trực tiếp hay chưa (văn bản được tạo bằng phiên bản cũ của tiện ích)${who}${when}.`
      : `Văn bản "${stored.title}" đã được sửa trực tiếp trong Google Tài liệu sau lần tiện ích tạo ra nó${who}${when}.`;
  return [
    `Chưa cập nhật văn bản: ${why} Tạo lại sẽ xóa những chỗ sửa đó. ${NOTHING_CHANGED}`,
    'Hãy chọn một trong hai cách:',
    '- "Ghi đè": thay toàn bộ nội dung bằng nội dung từ bảng tính, giữ đường liên kết và quyền chia sẻ (chỗ sửa tay vẫn xem lại được trong Tệp → Lịch sử phiên bản);',
    '- "Tạo bản mới" (đánh dấu ô "Tạo bản mới" rồi bấm "Tạo văn bản"): giữ nguyên văn bản đã sửa và tạo một văn bản mới.',
  ].join('\n');
}

function readOnlyMessage(stored: StoredDocument, owner: Person | null): string {
  const whose = owner ? ` (chủ văn bản: ${personText(owner)})` : '';
  return [
    `Chưa cập nhật văn bản "${stored.title}": tài khoản của bạn chỉ được xem hoặc nhận xét văn bản này, không được chỉnh sửa${whose}. ${NOTHING_CHANGED}`,
    `Cách khắc phục: đánh dấu ô "Tạo bản mới" rồi bấm "Tạo văn bản" để có một văn bản mới của bạn (văn bản cũ giữ nguyên), hoặc nhờ ${owner ? personText(owner) : 'chủ văn bản'} cấp quyền "Người chỉnh sửa" rồi bấm lại.`,
  ].join('\n');
}

function notVisibleMessage(stored: StoredDocument, owner: Person | null, me: Person | null): string {
  const you = me ? ` (${me.email})` : '';
  const whose = owner ? `, do ${personText(owner)} tạo` : '';
  return [
    `Chưa tạo lại văn bản: tài khoản của bạn${you} không mở được văn bản tạo lần trước "${stored.title}"${whose}. ${NOTHING_CHANGED}`,
    'Có thể văn bản do người khác tạo (tiện ích chỉ mở được văn bản mà chính tài khoản của bạn đã tạo qua tiện ích), hoặc đã bị xóa. Tiện ích không tự tạo văn bản thay thế để khỏi có hai bản khác nhau.',
    `Hãy nhờ ${owner ? personText(owner) : 'người đã tạo văn bản'} bấm "Tạo văn bản", hoặc đánh dấu ô "Tạo bản mới" rồi bấm "Tạo văn bản" nếu muốn có văn bản của riêng bạn (văn bản cũ không bị xóa).`,
  ].join('\n');
}

type Decide = { kind: 'decide'; decision: DocumentDecision; message: string };
type Target = Decide | { kind: 'new'; notes: string[] } | { kind: 'existing'; file: FileInfo; bodyEnd: number; replacedEdits: boolean };

function decide(reason: DocumentDecision['reason'], person: Person | null, editedAt: string | null, message: string): Decide {
  const choices: DocumentDecision['choices'] = reason === 'edited' ? ['overwrite', 'newVersion'] : ['newVersion'];
  return { kind: 'decide', decision: { reason, choices, person, editedAt }, message };
}

/** Which Doc to write, or the question to ask first. */
function chooseTarget(stored: StoredDocument | null, choice: { newVersion: boolean; onEdited: OnEdited }): Target {
  if (!stored) return { kind: 'new', notes: [] };
  const keptOld = `Văn bản cũ "${stored.title}" vẫn giữ nguyên: ${documentUrl(stored.docId)}`;
  if (choice.newVersion) return { kind: 'new', notes: [keptOld] };

  const lookup = lookUpFile(stored.docId);
  if (!lookup.found) {
    if (choice.onEdited === 'newVersion') return { kind: 'new', notes: [] };
    const owner = stored.owner ?? stored.writtenBy;
    if (lookup.reason === 'notFound') {
      const me = currentDriveUser();
      // The user's own Doc, gone: deleted for good. Anyone else's may just be out of sight.
      if (samePerson(owner, me)) return { kind: 'new', notes: ['Văn bản tạo lần trước đã bị xóa hẳn, nên tiện ích đã tạo văn bản mới.'] };
      return decide('notVisible', owner, null, notVisibleMessage(stored, owner, me));
    }
    return decide('notVisible', owner, null, notVisibleMessage(stored, owner, null));
  }
  const file = lookup.file;
  if (file.trashed) {
    return {
      kind: 'new',
      notes: ['Văn bản tạo lần trước đang nằm trong thùng rác, nên tiện ích đã tạo văn bản mới (văn bản cũ vẫn khôi phục được từ thùng rác trong 30 ngày).'],
    };
  }
  if (!file.canEdit) {
    if (choice.onEdited === 'newVersion') return { kind: 'new', notes: [keptOld] };
    return decide('readOnly', file.owner, null, readOnlyMessage(stored, file.owner));
  }
  const opened = openDocument(stored.docId);
  if (!opened) {
    if (choice.onEdited === 'newVersion') return { kind: 'new', notes: [keptOld] };
    return decide('notVisible', file.owner, null, notVisibleMessage(stored, file.owner, null));
  }
  const edited = stored.writtenModifiedTime === null || file.modifiedTime !== stored.writtenModifiedTime;
  if (!edited) return { kind: 'existing', file, bodyEnd: opened.bodyEnd, replacedEdits: false };
  if (choice.onEdited === 'overwrite') return { kind: 'existing', file, bodyEnd: opened.bodyEnd, replacedEdits: true };
  if (choice.onEdited === 'newVersion') return { kind: 'new', notes: [`${keptOld} (cùng những chỗ đã sửa trực tiếp).`] };
  return decide('edited', file.lastModifyingUser, file.modifiedTime, editedMessage(stored, file));
}

function decisionReport(stored: StoredDocument, target: Decide): DocumentReport {
  return { links: linksOf(stored), created: false, message: target.message, decision: target.decision, replacedEdits: false, pdfSaved: false };
}

/** The PDF copy of the Doc just written: its id, or why there is none (a note for the message). */
function savePdfCopy(docId: string, document: PlanDocument, existingId: string | null, parents: string[]): { pdfId: string | null; note: string | null } {
  const name = `${document.title}.pdf`;
  try {
    return { pdfId: savePdf(exportPdf(docId, name), name, { existingId, parents }), note: null };
  } catch (cause) {
    const stale = existingId ? ' Bản PDF lần trước vẫn còn nhưng là nội dung cũ.' : '';
    if (cause instanceof UserError) return { pdfId: existingId, note: `${cause.message}${stale}` };
    console.error(cause);
    return {
      pdfId: existingId,
      note: `Chưa lưu được bản PDF; văn bản Google Tài liệu vẫn đã được tạo đầy đủ. Có thể tải PDF trong Google Tài liệu: Tệp → Tải xuống → Tài liệu PDF (.pdf).${stale}`,
    };
  }
}

export function createDocument(request: DocumentRequest): DocumentReport {
  const choice = readChoice(request);
  return withDocumentLock(() => {
    const analysis = analyseSpreadsheet();
    const outcome = planDocument(analysis, { draft: request?.draft === true });
    if (!outcome.ok) throw new UserError(outcome.message);
    const document = outcome.document;

    const stored = readStoredDocument();
    const target = chooseTarget(stored, choice);
    if (target.kind === 'decide') return decisionReport(stored!, target);

    let existing = target.kind === 'existing' ? target.file : null;
    let docId = existing ? existing.id : createBlankDocument(document.title);
    const notes = target.kind === 'new' ? [...target.notes] : [];
    try {
      writeDocument(docId, document, target.kind === 'existing' ? target.bodyEnd : null);
    } catch (cause) {
      // Drive said the Doc was editable, Docs refused the write (403): nothing was written (a batch is all or nothing).
      if (!existing || !stored || !isForbidden(cause)) throw cause;
      if (choice.onEdited !== 'newVersion') return decisionReport(stored, decide('readOnly', existing.owner, null, readOnlyMessage(stored, existing.owner)));
      existing = null;
      docId = createBlankDocument(document.title);
      writeDocument(docId, document, null);
      notes.push(`Văn bản cũ "${stored.title}" vẫn giữ nguyên: ${documentUrl(stored.docId)}`);
    }
    // Renamed after the write, so a refused write leaves the Doc exactly as it was.
    if (existing && existing.name !== document.title) renameFile(docId, document.title);
    const written = fileInfo(docId);

    const previousPdf = existing ? (stored?.pdfId ?? null) : null;
    const pdf = savePdfCopy(docId, document, previousPdf, existing ? existing.parents : []);
    if (pdf.note) notes.push(pdf.note);
    const pdfSaved = pdf.note === null;

    const saved: StoredDocument = {
      docId,
      pdfId: pdf.pdfId,
      pdfCurrent: pdfSaved,
      title: document.title,
      updatedAt: new Date().toISOString(),
      writtenModifiedTime: written?.modifiedTime ?? null,
      owner: written?.owner ?? null,
      writtenBy: written?.lastModifyingUser ?? null,
      draft: document.draft,
    };
    saveStoredDocument(saved);
    // The Phòng GD&ĐT learns of the Doc from Tổng hợp (it cannot read this spreadsheet's properties): keep its row current.
    const links = linksOf(saved, analysis.workbook.timeZone);
    const summaryRow = planDocumentOfSummary(analysis.workbook);
    if (summaryRow) writeSummaryRow(activeSpreadsheet(), summaryRow.row, planDocumentRow(summaryDocumentOf(links, analysis.workbook.timeZone)));

    const created = existing === null;
    const replacedEdits = existing !== null && target.kind === 'existing' && target.replacedEdits;
    const head = created
      ? `Đã tạo văn bản "${document.title}"`
      : `Đã ${replacedEdits ? 'ghi đè' : 'cập nhật'} văn bản "${document.title}" (giữ nguyên đường liên kết và quyền chia sẻ)`;
    const pdfText = pdfSaved ? ', kèm bản PDF lưu cùng thư mục' : '';
    const editsNote = replacedEdits
      ? ' Những chỗ đã sửa trực tiếp trong văn bản đã bị thay bằng nội dung từ bảng tính; có thể xem lại chúng trong Tệp → Lịch sử phiên bản → Xem lịch sử phiên bản.'
      : '';
    const warningNote = analysis.warningCount > 0 ? ` Bảng tính còn ${analysis.warningCount} cảnh báo; cảnh báo không chặn việc tạo văn bản.` : '';
    const draftNote = document.draft
      ? ` Đây là bản DỰ THẢO: bảng tính còn ${analysis.errorCount} lỗi. Sửa hết lỗi rồi bấm "Tạo văn bản" để có văn bản chính thức (bản dự thảo chưa chia sẻ được với Phòng GD&ĐT).`
      : '';
    const message = [`${head}${pdfText}.${draftNote}${editsNote}${warningNote}`, ...notes, PAGE_NUMBER_STEP].join('\n');
    return { links, created, message, decision: null, replacedEdits, pdfSaved };
  });
}
