import { cellText } from '../text';
import type { Issue } from '../validate/issue';
import { parseA1 } from '../workbook/a1';
import type { RawWorkbook } from '../workbook/raw';

/**
 * "Bỏ qua": a warning the school has read and decided to keep. It is
 * remembered by tab, cell, issue code and the cell's value, so it comes back
 * as soon as the value changes (the school may have meant to fix it after
 * all). Only warnings can be dismissed: an error is a plan surely wrong.
 */
export interface DismissedWarning {
  sheet: string;
  cell: string;
  code: string;
  /** Fingerprint of the cell's text when it was dismissed (valueFingerprint). */
  value: string;
}

/**
 * A short fingerprint of a cell's text (FNV-1a, 32 bits, hex), so the list
 * kept in document properties (9 KB a value) stays small whatever the
 * cell holds. A collision only means a changed value stays dismissed.
 */
export function valueFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The text of a cell of the workbook, by tab name and A1 address ('' when absent). */
export function cellTextAt(workbook: RawWorkbook, sheet: string, cell: string): string {
  const tab = workbook.sheets.find((candidate) => candidate.name === sheet);
  const at = parseA1(cell);
  if (!tab || !at) return '';
  return cellText(tab.values[at.row]?.[at.col] ?? null);
}

/** How a dismissal is recorded for this warning, as the workbook stands now. */
export function dismissalOf(workbook: RawWorkbook, issue: Issue): DismissedWarning {
  return { sheet: issue.sheet, cell: issue.cell, code: issue.code, value: valueFingerprint(cellTextAt(workbook, issue.sheet, issue.cell)) };
}

function key(dismissal: DismissedWarning): string {
  return `${dismissal.sheet}\u0000${dismissal.cell}\u0000${dismissal.code}\u0000${dismissal.value}`;
}

/** Warnings split into those still shown and those the school dismissed; errors are always shown. */
export function applyDismissals(workbook: RawWorkbook, issues: Issue[], dismissed: DismissedWarning[]): { shown: Issue[]; dismissed: Issue[] } {
  if (dismissed.length === 0) return { shown: issues, dismissed: [] };
  const keys = new Set(dismissed.map(key));
  const shown: Issue[] = [];
  const hidden: Issue[] = [];
  for (const issue of issues) {
    if (issue.severity === 'warning' && keys.has(key(dismissalOf(workbook, issue)))) hidden.push(issue);
    else shown.push(issue);
  }
  return { shown, dismissed: hidden };
}

/**
 * The dismissals still worth keeping: those that match a warning today.
 * A fixed or changed cell's dismissal is dropped, so the list never grows
 * without bound and an old dismissal never hides a new warning.
 */
export function liveDismissals(workbook: RawWorkbook, issues: Issue[], dismissed: DismissedWarning[]): DismissedWarning[] {
  const current = new Set(issues.filter((issue) => issue.severity === 'warning').map((issue) => key(dismissalOf(workbook, issue))));
  return dismissed.filter((dismissal) => current.has(key(dismissal)));
}

/** Warnings like this one: the same code and the same cell text (eight `Năm 2026` at once). */
export function warningsLike(workbook: RawWorkbook, issues: Issue[], example: DismissedWarning): DismissedWarning[] {
  return issues
    .filter((issue) => issue.severity === 'warning' && issue.code === example.code)
    .map((issue) => dismissalOf(workbook, issue))
    .filter((dismissal) => dismissal.value === example.value);
}
