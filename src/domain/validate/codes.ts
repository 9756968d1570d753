/**
 * Every issue code and the side of the severity rule it stands on (workbook
 * spec, "Errors and warnings: what real plans need"; the table with one real
 * example each is in docs/spec/workbook.md, and a test keeps the two equal).
 *
 * - `error`: the plan is surely wrong, or a printed number would be false;
 *   it blocks the final document (a draft can still be made).
 * - `warning`: something a person may mean, or a gap the printed plan can
 *   live with; it never blocks.
 * - `depends`: the same code on either side, by the rule written beside it.
 */
export const ISSUE_CODES = {
  'info-tab-missing': 'error',
  'info-schoolName-missing': 'error',
  'info-schoolYear-missing': 'error',
  'info-schoolYear-invalid': 'error',
  'info-issueDate-missing': 'warning',
  'info-issueDate-invalid': 'error',
  'info-planNumber-missing': 'warning',
  'info-principal-missing': 'warning',
  'info-governingBody-missing': 'warning',
  'info-place-missing': 'warning',
  'info-email-invalid': 'warning',
  'framework-unknown': 'error',
  'tab-missing': 'error',
  'header-missing': 'error',
  /** Error for `Tiêu chí` and `Mức hiện tại` (the summary is computed from them), warning for any other column. */
  'column-missing': 'depends',
  'column-duplicate': 'warning',
  'row-without-criterion': 'error',
  'criterion-unreadable': 'error',
  'criterion-unknown': 'error',
  'criterion-wrong-tab': 'error',
  'criterion-duplicate': 'error',
  'criterion-missing': 'error',
  'level-missing': 'error',
  'level-unreadable': 'error',
  'level-above-max': 'error',
  'target-unreadable': 'error',
  'target-above-max': 'error',
  'target-below-current': 'error',
  'actions-missing': 'warning',
  'responsible-missing': 'warning',
  'time-missing': 'warning',
  'time-unreadable': 'warning',
  'time-reversed': 'error',
  'time-before-plan': 'error',
  'time-beyond-horizon': 'error',
  'time-starts-before-plan': 'warning',
  'time-after-school-year': 'warning',
  'budget-unreadable': 'warning',
  'progress-invalid': 'warning',
  'requirement-unknown': 'error',
  'requirement-duplicate': 'error',
  'requirement-missing': 'error',
  'requirement-value-invalid': 'error',
  'requirement-unassessed': 'warning',
  'focus-standard-unknown': 'error',
  'focus-criterion-unknown': 'error',
  'followup-row-missing': 'warning',
  'table-empty': 'warning',
  'tab-other-framework': 'warning',
  'mandatory-without-action': 'warning',
  'action-overdue': 'warning',
  /** Levels pre-filled from last year's plan, not yet confirmed (Thông tin chung `Mức cần đánh giá lại`, issue 19). */
  'levels-not-reassessed': 'warning',
} as const satisfies Record<string, 'error' | 'warning' | 'depends'>;

export type IssueCode = keyof typeof ISSUE_CODES;
