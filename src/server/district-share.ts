import { readReport } from '../adapters/district-store';
import { shareRefusal, shareWithPerson, describeCause } from '../adapters/drive';
import { checkEmail, splitEmails } from '../domain/email';
import { withDocumentLock } from './context';
import type { DistrictShareReport, DistrictShareRequest } from './district-api';
import { districtSchools } from './district-state';
import { UserError } from './errors';

/** Why Drive refused one person, and what to do (the school's share.ts says the same for plans). */
function problemOf(cause: unknown): string {
  switch (shareRefusal(cause)) {
    case 'outsideDomain':
      return 'tài khoản Google của Phòng không được phép chia sẻ ra ngoài với địa chỉ này; hãy nhờ người quản trị Google Workspace cho phép, hoặc gửi bản PDF qua email';
    case 'noGoogleAccountInSharedDrive':
      return 'địa chỉ này không có tài khoản Google, và tệp nằm trong bộ nhớ dùng chung; hãy gửi bản PDF qua email';
    case 'notFound':
      return 'Google Drive không tìm thấy báo cáo (có thể đã bị xoá); hãy bấm "Tạo báo cáo tổng hợp" rồi chia sẻ lại';
    case 'forbidden':
      return 'tài khoản của bạn không có quyền chia sẻ báo cáo này; hãy nhờ người đã tạo báo cáo chia sẻ';
    case 'rateLimit':
      return 'Google tạm dừng vì có quá nhiều lượt chia sẻ; hãy đợi vài phút rồi chia sẻ lại';
    default:
      return `Google Drive báo lỗi (${describeCause(cause)}); hãy thử lại sau ít phút`;
  }
}

/** One file with one person: Drive's notification e-mail always, which Drive also needs for an address without a Google account. */
function shareOne(fileId: string, email: string, request: DistrictShareRequest, notify: boolean): string | null {
  try {
    shareWithPerson(fileId, email, request.role, { notify, message: request.message.slice(0, 1000) });
    return null;
  } catch (cause) {
    if (!notify && shareRefusal(cause) === 'needsNotification') return shareOne(fileId, email, request, true);
    return problemOf(cause);
  }
}

/**
 * `Chia sẻ báo cáo`: the report's Doc (and its PDF) shared with the
 * addresses the specialist typed, as viewers or commenters, one person at
 * a time: one refusal never stops the others, and the message says who got
 * what. Only `type: 'user'` permissions, as for the schools' plans. Every
 * address is checked first: one bad address and nothing is shared.
 */
export function shareDistrictReport(request: DistrictShareRequest): DistrictShareReport {
  return withDocumentLock(() => {
    districtSchools();
    const report = readReport();
    if (!report) throw new UserError('Chưa có báo cáo để chia sẻ. Hãy bấm "Tạo báo cáo tổng hợp" trước.');
    const emails = [...new Set(request.emails.flatMap((text) => splitEmails(text)).map((email) => email.toLowerCase()))];
    if (emails.length === 0)
      throw new UserError('Chưa có địa chỉ email nào. Hãy gõ địa chỉ của Sở GD&ĐT hoặc các trường vào ô "Gửi cho", cách nhau bằng dấu phẩy.');
    for (const email of emails) {
      const check = checkEmail(email);
      if (!check.ok)
        throw new UserError(`Địa chỉ "${email}" trong ô "Gửi cho" chưa đúng: ${check.reason}. Chưa chia sẻ với ai; hãy sửa rồi bấm "Chia sẻ báo cáo" lần nữa.`);
    }
    const shared: string[] = [];
    const failed: { email: string; problem: string }[] = [];
    for (const email of emails) {
      const problem = shareOne(report.docId, email, request, true) ?? (report.pdfId ? shareOne(report.pdfId, email, request, false) : null);
      if (problem) failed.push({ email, problem });
      else shared.push(email);
    }
    const lines = shared.length > 0 ? [`Đã chia sẻ báo cáo${report.pdfId ? ' và bản PDF' : ''} với ${shared.join(', ')}.`] : [];
    for (const failure of failed) lines.push(`Chưa chia sẻ được với ${failure.email}: ${failure.problem}.`);
    return { shared, failed, message: lines.join('\n') };
  });
}
