import type { Cell } from '../cell';
import { cellText } from '../text';
import { foldLine } from './fold';
import type { CriterionCode } from './types';

/*
 * Criterion codes in the `Tiêu chí` column.
 *
 * Accepted (whole cell, after folding: lower case, no accents):
 *   `1.1`  `1.10`  `01.01`  `1,1` (a decimal comma, as Vietnamese users type numbers)
 *   `Tiêu chí 1.1`  `Tiêu chí 1.1:`  `Tiêu chí 1.1: Phương hướng, chiến lược…`
 *   `Tiêu chí 2. 2 Đối với giáo viên` (spaces after the dot)
 *   `tiêu chí 1.3.`  `Tiêu chí số 1.1`  `TC 3.5`  `TC3.5`
 *   the number cell 1.1 (Sheets keeps `1.1` typed as a number)
 *   `- Tiêu chí 1.1` (a bullet), `Tiêu chuẩn 1 - Tiêu chí 1.1` (its standard first)
 *
 * Rejected (null):
 *   `1`, `Tiêu chuẩn 1`, `TC1` (a standard, not a criterion);
 *   `1.1.1` (a sub-item or an evidence code such as `MC.1.3.01`, not a criterion);
 *   `1.3, 1.4` and `1.1 - 1.3` (several criteria in one cell: the caller splits lists);
 *   `1, 1` (a comma followed by a space reads as a list, not a decimal comma);
 *   `1.1a`, `0.1`, `1.0`, dates, booleans.
 *
 * Note: `1.10` typed into Sheets as a NUMBER becomes the number 1.1, and there
 * is no way to tell it from `1.1`. Callers read the displayed text
 * (`getDisplayValues`) or the setup formats the column as plain text.
 */

/**
 * Optional `Tiêu chí` / `TC` prefix (with optional `số` and `:`), then
 * `<standard>.<index>` where the dot may be followed by spaces, or
 * `<standard>,<index>` with no spaces. Group 3 is whatever follows.
 */
const CRITERION_RE = /^(?:(?:tieu chi|tc)\s*(?:so\s*)?[:.]?\s*)?(\d{1,2})(?:\.\s*|,)(\d{1,2})(?!\d)(.*)$/;

/** Optional `Tiêu chí` / `Yêu cầu` / `TC` / `YC` prefix, then one number. Group 2 is whatever follows. */
const REQUIREMENT_RE = /^(?:(?:tieu chi|yeu cau|tc|yc)\s*(?:so\s*)?[:.]?\s*)?(\d{1,2})(?!\d)(.*)$/;

/**
 * What may NOT follow a code: another number after a separator (`1.1.1`,
 * `1.3, 1.4`, `1.1 - 1.3`, `1/2`), or a letter glued to the number (`1.1a`).
 * A space, `:`, `.` or `)` followed by a name is fine.
 */
const BAD_TAIL_RE = /^(?:\s*[.,;/~-]\s*\d|[a-z])/;

/** `Tiêu chí 2. 2 Đối với giáo viên` → `{ standard: 2, index: 2, code: '2.2' }`; null if the cell is not one criterion code. */
export function parseCriterionCode(cell: Cell): CriterionCode | null {
  const text = codeText(cell);
  if (text === null) return null;
  const match = CRITERION_RE.exec(text);
  if (!match || BAD_TAIL_RE.test(match[3])) return null;
  const standard = Number(match[1]);
  const index = Number(match[2]);
  if (standard < 1 || index < 1) return null;
  return { standard, index, code: `${standard}.${index}` };
}

/**
 * The number of a requirement on the TT17 `Mức 4` tab: `1`, `Tiêu chí 1`,
 * `Yêu cầu 2`, `Tiêu chí 3: Thư viện…`, `1.` → the integer. Null for
 * anything else, including criterion codes (`1.1`). Whether the number is in
 * range (1–5) is the caller's check.
 */
export function parseRequirementNumber(cell: Cell): number | null {
  const text = codeText(cell);
  if (text === null) return null;
  const match = REQUIREMENT_RE.exec(text);
  if (!match || BAD_TAIL_RE.test(match[2])) return null;
  return Number(match[1]);
}

/** `1`, `Tiêu chuẩn 1`, `TC1`, `Tiêu chuẩn 1: Quản trị…` → 1 (the `Tiêu chuẩn` column of `Vấn đề trọng tâm`). */
export function parseStandardNumber(text: string): number | null {
  const match = /^(?:tieu chuan|tc)?\s*(\d{1,2})(?:\s*[.:\-–]|\s|$)/.exec(foldLine(text));
  return match ? Number(match[1]) : null;
}

/** The codes of a `Tiêu chí liên quan` cell: `1.3, 1.4`, `1.3; 1.4`, `1.3 và 1.4` or one a line, each as written. */
export function splitCriterionList(text: string): string[] {
  return text
    .split(/[,;\n]+|\s+và\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * What Word plans put before a code: a bullet (`- Tiêu chí 1.1`, `• 1.1`) or
 * the standard it belongs to (`Tiêu chuẩn 1 - Tiêu chí 1.1`, `TC1 - 1.1`).
 */
const LEADING_RE = /^(?:[-+•*]\s*|(?:tieu chuan|tchuan)\s*\d{1,2}\s*[-:,.]\s*)/;

/** Folded text of a string or number cell; null for booleans and dates, which are never codes. */
function codeText(cell: Cell): string | null {
  if (typeof cell === 'number') return cellText(cell);
  return typeof cell === 'string' ? foldLine(cell).replace(LEADING_RE, '') : null;
}
