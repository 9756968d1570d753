/**
 * "Chia sẻ": the plan's Doc (and its PDF copy) shared with named people —
 * the `Email nhận` addresses of `Thông tin chung` and those typed in the
 * sidebar — as viewers or commenters. Never public, never by link, never
 * to a whole domain: the only permission this creates is `type: 'user'`.
 *
 * Honest per recipient. Every address is checked first (domain/email.ts):
 * one bad address and nothing is shared. Then each person in turn: the Doc
 * with Drive's notification email and the optional message, the PDF
 * silently — except for an address with no Google account, which Drive
 * only accepts with a notification (400 invalidSharingRequest, "…you must
 * check the 'Notify people' box"), so that one is retried with it. A
 * failure for one person never stops the others, and the report and the
 * message say, person by person, what was shared, who was e-mailed and
 * what failed. Nothing is revoked after a partial failure: the person may
 * have had access before, and removing it would lose that.
 */
import { readStoredDocument } from '../adapters/document-store';
import { lookUpFile, shareRefusal, shareWithPerson, describeCause, type ShareRefusal, type ShareRole } from '../adapters/drive';
import { checkEmail, emailCellText, splitEmails } from '../domain/email';
import { a1 } from '../domain/workbook/a1';
import { INFO_TAB } from '../domain/workbook/plan';
import { readPlan } from '../domain/workbook/read';
import type { RecipientOutcome, ShareReport, ShareRequest } from './api';
import { currentWorkbook, withDocumentLock } from './context';
import { currentDocumentLinks } from './document-links';
import { UserError } from './errors';

const ROLES: Record<ShareRole, string> = { reader: 'Người xem', commenter: 'Người nhận xét' };
/** Drive's notification carries a short plain-text message. */
const MESSAGE_LIMIT = 1000;

interface Recipient {
  email: string;
  /** Where it was written (tab and cell, or the sidebar), for the message about a bad address. */
  from: string;
}

/** Addresses from the workbook and the sidebar, split, trimmed, de-duplicated (case-insensitive). */
export function collectRecipients(sheetCells: { text: string; from: string }[], typed: string[]): Recipient[] {
  const all: Recipient[] = [
    ...sheetCells.flatMap((cell) => splitEmails(cell.text).map((email) => ({ email, from: cell.from }))),
    ...typed.flatMap((text) => splitEmails(String(text ?? '')).map((email) => ({ email, from: 'ô địa chỉ bạn nhập' }))),
  ];
  const seen = new Set<string>();
  return all.filter((recipient) => {
    const key = recipient.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What to tell the user when Drive refused a person, and how to get past it. */
function explain(refusal: ShareRefusal, cause: unknown): string {
  switch (refusal) {
    case 'noGoogleAccountInSharedDrive':
      return 'địa chỉ này không có tài khoản Google, và Google không cho chia sẻ tệp trong bộ nhớ dùng chung (shared drive) với địa chỉ như vậy. Hãy tải bản PDF về và gửi qua email, hoặc chuyển văn bản về Drive của tôi rồi chia sẻ lại';
    case 'outsideDomain':
      return 'tài khoản Google của trường không được phép chia sẻ ra ngoài với địa chỉ này. Hãy nhờ người quản trị Google Workspace của trường cho phép, hoặc gửi bản PDF qua email';
    case 'notFound':
      return 'Google Drive không tìm thấy tệp (có thể đã bị xóa). Hãy bấm "Tạo văn bản" rồi chia sẻ lại';
    case 'forbidden':
      return 'tài khoản của bạn không có quyền chia sẻ tệp này (chỉ chủ tệp hoặc người có quyền chỉnh sửa mới chia sẻ được). Hãy nhờ chủ văn bản chia sẻ, hoặc bấm "Tạo văn bản" với lựa chọn "Tạo bản mới"';
    case 'rateLimit':
      return 'Google tạm dừng vì có quá nhiều lượt chia sẻ trong thời gian ngắn. Hãy đợi vài phút rồi bấm "Chia sẻ" lần nữa (người đã được chia sẻ không bị ảnh hưởng)';
    case 'needsNotification':
      return 'Google Drive yêu cầu gửi email thông báo cho địa chỉ này nhưng vẫn từ chối. Hãy kiểm tra lại địa chỉ';
    default:
      return `Google Drive báo lỗi (${describeCause(cause)}). Hãy thử lại sau ít phút`;
  }
}

/** Refusals about the file rather than the person: every later person would meet them too. */
const STOPS_EVERYONE: ShareRefusal[] = ['notFound', 'forbidden', 'rateLimit'];

type Attempt = { ok: true; notified: boolean } | { ok: false; refusal: ShareRefusal; problem: string };

/**
 * Shares one file with one person. Silently when asked, unless Drive says
 * the address has no Google account: then once more with the notification,
 * the only way Drive accepts it.
 */
function shareFile(fileId: string, email: string, role: ShareRole, options: { notify: boolean; message: string }): Attempt {
  try {
    shareWithPerson(fileId, email, role, options);
    return { ok: true, notified: options.notify };
  } catch (cause) {
    const refusal = shareRefusal(cause);
    if (refusal !== 'needsNotification' || options.notify) return { ok: false, refusal, problem: explain(refusal, cause) };
  }
  try {
    shareWithPerson(fileId, email, role, { notify: true, message: options.message });
    return { ok: true, notified: true };
  } catch (cause) {
    const refusal = shareRefusal(cause);
    return { ok: false, refusal, problem: explain(refusal, cause) };
  }
}

function summaryMessage(outcomes: RecipientOutcome[], role: ShareRole, withPdf: boolean, pdfNote: string | null): string {
  const complete = outcomes.filter((outcome) => outcome.status === 'shared');
  const lines: string[] = [];
  const what = withPdf ? 'văn bản và bản PDF' : 'văn bản';
  if (complete.length === outcomes.length) {
    lines.push(
      `Đã chia sẻ ${what} với quyền ${ROLES[role]} cho cả ${complete.length} địa chỉ: ${complete.map((o) => o.email).join(', ')}. Người nhận sẽ nhận email thông báo của Google Drive.`,
    );
  } else {
    lines.push(`Mới chia sẻ đầy đủ cho ${complete.length}/${outcomes.length} địa chỉ (quyền ${ROLES[role]}):`);
    for (const outcome of outcomes) {
      if (outcome.status === 'shared') lines.push(`- ${outcome.email}: đã chia sẻ ${what}${outcome.notified ? ', đã gửi email thông báo' : ''}.`);
      else if (outcome.status === 'docOnly') lines.push(`- ${outcome.email}: đã chia sẻ văn bản, CHƯA chia sẻ được bản PDF: ${outcome.problem}.`);
      else lines.push(`- ${outcome.email}: CHƯA chia sẻ: ${outcome.problem}.`);
    }
    lines.push('Sửa theo hướng dẫn trên rồi bấm "Chia sẻ" lần nữa: người đã được chia sẻ vẫn giữ quyền (họ có thể nhận thêm một email thông báo).');
  }
  if (pdfNote) lines.push(pdfNote);
  return lines.join('\n');
}

export function shareDocument(request: ShareRequest): ShareReport {
  const requested = request?.role ?? 'commenter';
  if (requested !== 'reader' && requested !== 'commenter') {
    throw new UserError('Quyền chia sẻ không hợp lệ: chỉ chọn "Người xem" hoặc "Người nhận xét".');
  }
  const role: ShareRole = requested;
  const message = String(request?.message ?? '').trim();
  if (message.length > MESSAGE_LIMIT) throw new UserError(`Lời nhắn quá dài (${message.length} ký tự). Hãy rút gọn dưới ${MESSAGE_LIMIT} ký tự.`);

  return withDocumentLock(() => {
    const plan = readPlan(currentWorkbook());
    const sheetName = plan.info.sheetName ?? INFO_TAB;
    const sheetCells = (plan.info.entries.get('shareEmails') ?? []).map((entry) => ({
      text: emailCellText(entry.cell, entry.text),
      from: `ô ${sheetName}!${a1(entry.row, entry.col)} ("Email nhận")`,
    }));
    const recipients = collectRecipients(sheetCells, Array.isArray(request?.emails) ? request.emails : []);
    const bad = recipients.flatMap((recipient) => {
      const checked = checkEmail(recipient.email);
      return checked.ok ? [] : [`"${recipient.email}" ở ${recipient.from}: ${checked.reason}`];
    });
    if (bad.length > 0) {
      throw new UserError(
        `Chưa chia sẻ cho ai vì có địa chỉ email không hợp lệ:\n- ${bad.join('\n- ')}\nHãy sửa lại (ví dụ: phonggd@example.edu.vn) rồi bấm Chia sẻ lần nữa.`,
      );
    }
    if (recipients.length === 0) {
      throw new UserError(`Chưa có địa chỉ email nào để chia sẻ. Hãy điền ô "Email nhận" trong trang ${sheetName}, hoặc nhập địa chỉ vào ô bên dưới.`);
    }

    const stored = readStoredDocument();
    const links = currentDocumentLinks();
    if (!stored || !links) throw new UserError('Chưa có văn bản để chia sẻ. Hãy bấm "Tạo văn bản" trước.');
    // What goes to the district is the final plan, never a draft with its errors.
    if (stored.draft) {
      throw new UserError(
        `Văn bản hiện có là bản DỰ THẢO (làm khi bảng tính còn lỗi), nên chưa chia sẻ cho ai. Hãy sửa hết lỗi, bấm "Tạo văn bản" để có văn bản chính thức, rồi chia sẻ. Muốn góp ý trên bản dự thảo, hãy mở văn bản và dùng nút Chia sẻ của Google Tài liệu.`,
      );
    }
    const doc = lookUpFile(stored.docId);
    if (!doc.found || doc.file.trashed) {
      throw new UserError(
        doc.found || doc.reason === 'notFound'
          ? 'Văn bản tạo lần trước đã bị xóa, chuyển vào thùng rác, hoặc tài khoản của bạn không mở được. Chưa chia sẻ cho ai. Hãy bấm "Tạo văn bản" để tạo lại, rồi chia sẻ.'
          : 'Tài khoản của bạn không có quyền với văn bản tạo lần trước. Chưa chia sẻ cho ai. Hãy nhờ chủ văn bản chia sẻ, hoặc bấm "Tạo văn bản" với lựa chọn "Tạo bản mới".',
      );
    }
    // A PDF that the last generation could not refresh shows an older plan: it is not sent.
    const pdfId = stored.pdfId && stored.pdfCurrent ? stored.pdfId : null;
    const pdfNote =
      stored.pdfId && !stored.pdfCurrent
        ? 'Bản PDF chưa được cập nhật theo văn bản mới nhất nên chưa được chia sẻ; hãy bấm "Tạo văn bản" lại để làm mới bản PDF.'
        : null;

    const outcomes: RecipientOutcome[] = [];
    let stop: string | null = null;
    for (const { email } of recipients) {
      if (stop) {
        outcomes.push({ email, status: 'failed', notified: false, problem: stop });
        continue;
      }
      const docShare = shareFile(stored.docId, email, role, { notify: true, message });
      if (!docShare.ok) {
        outcomes.push({ email, status: 'failed', notified: false, problem: docShare.problem });
        if (STOPS_EVERYONE.includes(docShare.refusal)) stop = `chưa thử, vì ${docShare.problem.charAt(0).toLowerCase()}${docShare.problem.slice(1)}`;
        continue;
      }
      // The PDF silently: one notification email per person is enough (a second only when Drive requires it).
      const pdfShare = pdfId ? shareFile(pdfId, email, role, { notify: false, message: 'Bản PDF của kế hoạch (kèm văn bản đã chia sẻ).' }) : null;
      if (pdfShare && !pdfShare.ok) outcomes.push({ email, status: 'docOnly', notified: docShare.notified, problem: pdfShare.problem });
      else outcomes.push({ email, status: 'shared', notified: docShare.notified || (pdfShare?.notified ?? false), problem: null });
    }

    const shared = outcomes.filter((outcome) => outcome.status !== 'failed').map((outcome) => outcome.email);
    if (shared.length === 0) {
      const lines = outcomes.map((outcome) => `- ${outcome.email}: ${outcome.problem}.`);
      throw new UserError(['Chưa chia sẻ được cho ai:', ...lines].join('\n'));
    }
    const complete = outcomes.every((outcome) => outcome.status === 'shared');
    return { shared, links, recipients: outcomes, complete, message: summaryMessage(outcomes, role, pdfId !== null, pdfNote) };
  });
}
