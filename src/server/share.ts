/**
 * "Chia sẻ": the plan's Doc (and its PDF copy) shared with named people —
 * the `Email nhận` addresses of `Thông tin chung` and those typed in the
 * sidebar — as viewers or commenters, with Drive's notification email and
 * an optional message. Every address is checked first: one bad address and
 * nothing is shared. Never public, never by link, never to a whole domain:
 * the only permission this creates is `type: 'user'`.
 */
import { fileInfo, shareWithPerson, type ShareRole } from '../adapters/drive';
import { EMAIL_PATTERN, splitEmails } from '../domain/validate/info';
import { readPlan } from '../domain/workbook/read';
import type { ShareReport, ShareRequest } from './api';
import { currentWorkbook, withDocumentLock } from './context';
import { currentDocumentLinks } from './document';
import { UserError } from './errors';

const ROLES: Record<ShareRole, string> = { reader: 'Người xem', commenter: 'Người nhận xét' };
/** Drive's notification carries a short plain-text message. */
const MESSAGE_LIMIT = 1000;

interface Recipient {
  email: string;
  /** Where it was written, for the message about a bad address. */
  from: string;
}

/** Addresses from the workbook and the sidebar, split, trimmed, de-duplicated (case-insensitive). */
export function collectRecipients(sheetTexts: string[], typed: string[]): Recipient[] {
  const all: Recipient[] = [
    ...sheetTexts.flatMap((text) => splitEmails(text).map((email) => ({ email, from: 'ô "Email nhận" (trang Thông tin chung)' }))),
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
    const sheetTexts = (plan.info.entries.get('shareEmails') ?? []).map((entry) => entry.text);
    const recipients = collectRecipients(sheetTexts, Array.isArray(request?.emails) ? request.emails : []);
    const bad = recipients.filter((recipient) => !EMAIL_PATTERN.test(recipient.email));
    if (bad.length > 0) {
      const list = bad.map((recipient) => `"${recipient.email}" (${recipient.from})`).join(', ');
      throw new UserError(`Chưa chia sẻ cho ai vì có địa chỉ email không hợp lệ: ${list}. Hãy sửa lại (ví dụ: phonggd@example.edu.vn) rồi bấm Chia sẻ lần nữa.`);
    }
    if (recipients.length === 0) {
      throw new UserError('Chưa có địa chỉ email nào để chia sẻ. Hãy điền ô "Email nhận" trong trang Thông tin chung, hoặc nhập địa chỉ vào ô bên dưới.');
    }

    const links = currentDocumentLinks();
    if (!links) throw new UserError('Chưa có văn bản để chia sẻ. Hãy bấm "Tạo văn bản" trước.');
    const doc = fileInfo(links.docId);
    if (!doc || doc.trashed) throw new UserError('Văn bản tạo lần trước đã bị xóa hoặc không mở được. Hãy bấm "Tạo văn bản" để tạo lại, rồi chia sẻ.');
    const pdfId = links.pdfUrl ? /\/d\/([^/]+)\//.exec(links.pdfUrl)?.[1] ?? null : null;

    const shared: string[] = [];
    try {
      for (const { email } of recipients) {
        shareWithPerson(links.docId, email, role, { notify: true, message });
        // The PDF silently: one notification email per person is enough.
        if (pdfId) shareWithPerson(pdfId, email, role, { notify: false, message: '' });
        shared.push(email);
      }
    } catch (cause) {
      const done = shared.length > 0 ? ` Đã chia sẻ được cho: ${shared.join(', ')}.` : '';
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new UserError(`Google Drive từ chối chia sẻ cho ${recipients[shared.length].email}: ${detail}.${done} Hãy kiểm tra địa chỉ rồi bấm lại.`);
    }
    return {
      shared,
      links,
      message: `Đã chia sẻ văn bản${pdfId ? ' và bản PDF' : ''} với quyền ${ROLES[role]} cho ${shared.length} địa chỉ: ${shared.join(', ')}. Người nhận sẽ nhận email thông báo của Google Drive.`,
    };
  });
}
