import type { IssueCode } from './codes';

/** One problem found in the workbook, addressed to a cell. */
export interface Issue {
  severity: 'error' | 'warning';
  /** The tab's name as the workbook spells it. */
  sheet: string;
  /** A1 address of the offending cell (a whole row: its `Tiêu chí` cell; a missing column: the header row). */
  cell: string;
  /** Stable machine code, e.g. `criterion-unknown`. */
  code: string;
  /** Vietnamese: what is wrong and how to fix it. */
  message: string;
}

export function error(sheet: string, cell: string, code: IssueCode, message: string): Issue {
  return { severity: 'error', sheet, cell, code, message };
}

export function warning(sheet: string, cell: string, code: IssueCode, message: string): Issue {
  return { severity: 'warning', sheet, cell, code, message };
}

/** True when any issue is an error (warnings never block). */
export function hasErrors(issues: Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
