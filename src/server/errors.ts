import { UserError } from '../domain/user-error';
import type { Result } from './api';

export { UserError };

/**
 * Runs a server function for the sidebar: a value, or a message a
 * principal can read. Our own bugs become a short Vietnamese message too;
 * the details go to the Apps Script log, never to the user as a stack.
 */
export function toResult<T>(work: () => T): Result<T> {
  try {
    return { ok: true, value: work() };
  } catch (cause) {
    if (cause instanceof UserError) return { ok: false, message: cause.message };
    const detail = cause instanceof Error ? cause.message : String(cause);
    console.error(cause);
    return {
      ok: false,
      message: `Đã xảy ra lỗi không mong đợi, dữ liệu của bảng tính không bị thay đổi. Hãy thử lại; nếu vẫn lỗi, hãy gửi thông báo này cho bộ phận hỗ trợ: ${detail}`,
    };
  }
}
