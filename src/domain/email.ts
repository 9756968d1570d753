/**
 * The e-mail rule: which addresses the add-on will share the plan with.
 * One module, used by the check of `Email nhận` (a warning on the cell),
 * by "Chia sẻ" on the server (nothing is shared while one address is
 * wrong) and, later, by the sidebar, so the three never disagree.
 *
 * Stricter than RFC 5321 on purpose: an address a principal types or
 * pastes is either a plain `ten.nguoi@truong.edu.vn` or a mistake. Refused,
 * each with the reason in Vietnamese: quoted local parts, dots at the ends
 * or doubled (`a@b..vn`, `c@.x.vn`), letters with diacritics, invisible
 * marks pasted with the text (zero-width space, LRM/RLM, BOM, soft hyphen),
 * and non-ASCII domains unless written as IDN (`xn--…`).
 */

/** Characters allowed in the part before `@` (RFC 5322 atext), dots handled apart. */
const LOCAL_CHARACTER = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]$/;
/** One label of a domain: letters, digits, hyphens, not at either end (IDN labels are `xn--…`). */
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** The last label: letters (`vn`, `com`) or an IDN top-level domain. */
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/**
 * Marks that do not show on screen but travel with copied text (Unicode
 * format characters, category Cf, and the soft hyphen). Named for the
 * message so the user knows what to delete.
 */
const INVISIBLE: Record<string, string> = {
  '\u00ad': 'dấu gạch nối ẩn (U+00AD)',
  '\u200b': 'dấu cách không độ rộng (U+200B)',
  '\u200c': 'ký tự ẩn U+200C',
  '\u200d': 'ký tự ẩn U+200D',
  '\u200e': 'dấu hướng chữ LRM (U+200E)',
  '\u200f': 'dấu hướng chữ RLM (U+200F)',
  '\u2060': 'ký tự ẩn U+2060',
  '\ufeff': 'ký tự ẩn BOM (U+FEFF)',
};
const FORMAT_CHARACTER = /\p{Cf}/u;

export type EmailCheck = { ok: true } | { ok: false; reason: string };

function invisibleMark(address: string): string | null {
  for (const character of address) {
    if (INVISIBLE[character]) return INVISIBLE[character];
    if (FORMAT_CHARACTER.test(character)) return `ký tự ẩn U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}

function checkLocal(local: string): string | null {
  if (local === '') return 'thiếu phần tên trước dấu @';
  if (local.startsWith('"')) return 'phần trước dấu @ không được đặt trong dấu ngoặc kép';
  if (local.length > 64) return 'phần trước dấu @ dài quá 64 ký tự';
  if (local.startsWith('.') || local.endsWith('.')) return 'phần trước dấu @ không được bắt đầu hay kết thúc bằng dấu chấm';
  if (local.includes('..')) return 'có hai dấu chấm liền nhau trước dấu @';
  for (const character of local) {
    if (character === '.') continue;
    if (character.charCodeAt(0) > 127) return `phần trước dấu @ có chữ "${character}" (chữ có dấu hoặc ký tự lạ); địa chỉ email chỉ dùng chữ không dấu`;
    if (!LOCAL_CHARACTER.test(character)) return `phần trước dấu @ có ký tự "${character}" không dùng được`;
  }
  return null;
}

function checkDomain(domain: string): string | null {
  if (domain === '') return 'thiếu tên miền sau dấu @';
  if ([...domain].some((character) => character.charCodeAt(0) > 127)) {
    return 'tên miền có chữ có dấu; hãy viết tên miền không dấu, hoặc dạng quốc tế bắt đầu bằng "xn--"';
  }
  if (domain.length > 253) return 'tên miền dài quá 253 ký tự';
  if (domain.startsWith('.')) return 'tên miền không được bắt đầu bằng dấu chấm';
  if (domain.endsWith('.')) return 'tên miền không được kết thúc bằng dấu chấm';
  if (domain.includes('..')) return 'có hai dấu chấm liền nhau trong tên miền';
  const labels = domain.split('.');
  if (labels.length < 2) return 'tên miền thiếu phần đuôi (ví dụ: .edu.vn, .gov.vn)';
  for (const label of labels) {
    if (!DOMAIN_LABEL.test(label)) return `phần "${label}" của tên miền không hợp lệ (chỉ dùng chữ không dấu, số và dấu gạch ngang ở giữa)`;
  }
  if (!TOP_LEVEL.test(labels[labels.length - 1])) return `đuôi tên miền ".${labels[labels.length - 1]}" không hợp lệ`;
  return null;
}

/** Whether Drive may be asked to share with this address, and why not. */
export function checkEmail(address: string): EmailCheck {
  const invisible = invisibleMark(address);
  if (invisible) return { ok: false, reason: `có ${invisible} dính vào khi sao chép; hãy xóa địa chỉ và gõ lại` };
  if (/\s/.test(address)) return { ok: false, reason: 'có dấu cách bên trong' };
  const at = address.split('@');
  if (at.length !== 2) return { ok: false, reason: at.length === 1 ? 'thiếu dấu @' : 'có nhiều hơn một dấu @' };
  if (address.length > 254) return { ok: false, reason: 'dài quá 254 ký tự' };
  const reason = checkLocal(at[0]) ?? checkDomain(at[1]);
  return reason ? { ok: false, reason } : { ok: true };
}

export function isEmailAddress(address: string): boolean {
  return checkEmail(address).ok;
}

/**
 * The text of an `Email nhận` cell as it really is. The workbook reader
 * drops invisible marks from every text (right for names and headers);
 * an address is checked on what the cell holds, so that a pasted mark is
 * reported on its cell instead of being shared with silently.
 */
export function emailCellText(cell: unknown, cleaned: string): string {
  return typeof cell === 'string' ? cell.normalize('NFC') : cleaned;
}

/**
 * The addresses of a list as typed: separated by commas, semicolons,
 * spaces or lines. Invisible marks are not separators: they stay inside
 * the address, so the check can name them instead of sharing with a
 * silently altered address.
 */
export function splitEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
