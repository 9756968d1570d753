/**
 * The one entry to the domain: a workbook, analysed once. Every caller (the
 * add-on's server functions, the CLI, the preview, the bench) asks this
 * module instead of assembling read → validate → summary → document itself,
 * so they all see the same plan, the same issues in the same order, and the
 * same rule for when a document may be final.
 */
import { reassessIssues } from '../cycle/reassess';
import { buildPlanDocument } from '../document/build';
import type { PlanDocument } from '../document/model';
import { describeFrameworkChoice } from '../frameworks/choice';
import { frameworks as knownFrameworks } from '../frameworks';
import type { Framework } from '../frameworks/types';
import { followUp, type FollowUp } from '../followup';
import type { SchoolYear, SimpleDate } from '../parse/types';
import { summarize, type LevelSummary } from '../summary/summary';
import { validatePlan, type Issue } from '../validate';
import { sortIssues } from '../validate/sort';
import type { Plan } from '../workbook/plan';
import type { RawWorkbook } from '../workbook/raw';
import { readPlan } from '../workbook/read';
import { applyDismissals, type DismissedWarning } from './dismissals';

export interface AnalyseOptions {
  /** Today, for the follow-up's overdue rows (TT57). Omitted: no overdue check. */
  today?: SimpleDate;
  /** Warnings the school dismissed ("Bỏ qua"). */
  dismissed?: DismissedWarning[];
  /** Frameworks `Khung đánh giá` may name (tests add their own). */
  known?: Framework[];
}

export interface PlanAnalysis {
  workbook: RawWorkbook;
  plan: Plan;
  framework: Framework;
  /** Which framework, and why, in Vietnamese. */
  frameworkReason: string;
  schoolYear: SchoolYear | null;
  /** Errors first, then the warnings not dismissed. */
  issues: Issue[];
  /** Warnings the school dismissed: not shown, not marked, still there. */
  dismissed: Issue[];
  errorCount: number;
  warningCount: number;
  summary: LevelSummary;
  followUp: FollowUp | null;
  /** Null when the final document may be made; else why not (the plan still has errors). */
  finalRefusal: string | null;
}

export function analysePlan(workbook: RawWorkbook, options: AnalyseOptions = {}): PlanAnalysis {
  const plan = readPlan(workbook, options.known ?? knownFrameworks);
  // Levels copied from last year and not yet confirmed: a row of `Thông tin chung` the reader does not type (cycle/reassess.ts).
  const all = sortIssues([...validatePlan(plan, { today: options.today }), ...reassessIssues(workbook, plan)]);
  const { shown, dismissed } = applyDismissals(workbook, all, options.dismissed ?? []);
  const errors = shown.filter((issue) => issue.severity === 'error');
  return {
    workbook,
    plan,
    framework: plan.framework,
    frameworkReason: describeFrameworkChoice(plan),
    schoolYear: plan.info.schoolYear,
    issues: shown,
    dismissed,
    errorCount: errors.length,
    warningCount: shown.length - errors.length,
    summary: summarize(plan),
    followUp: options.today ? followUp(plan, options.today) : null,
    finalRefusal: errors.length > 0 ? refusalMessage(errors) : null,
  };
}

const LISTED_ERRORS = 5;

/**
 * The one rule and message for "no final document while errors remain"
 * (warnings never block; a draft can always be made).
 */
function refusalMessage(errors: Issue[]): string {
  const lines = errors.slice(0, LISTED_ERRORS).map((issue) => `- ${issue.sheet}!${issue.cell}: ${issue.message}`);
  const more = errors.length > LISTED_ERRORS ? [`… và ${errors.length - LISTED_ERRORS} lỗi khác (bấm "Kiểm tra" để xem tất cả).`] : [];
  return [
    `Chưa tạo được văn bản chính thức: bảng tính còn ${errors.length} lỗi. Hãy sửa các lỗi sau rồi bấm lại, hoặc tạo bản dự thảo (có dấu "DỰ THẢO") để góp ý trước:`,
    ...lines,
    ...more,
  ].join('\n');
}

export type DocumentOutcome = { ok: true; document: PlanDocument } | { ok: false; message: string };

/**
 * The plan document from an analysis: the final one when the plan has no
 * error, a draft (`DỰ THẢO`) whenever asked for, else the refusal. Built
 * only when asked: the sidebar's overview does not need it.
 */
export function planDocument(analysis: PlanAnalysis, options: { draft?: boolean } = {}): DocumentOutcome {
  const draft = options.draft === true;
  if (!draft && analysis.finalRefusal !== null) return { ok: false, message: analysis.finalRefusal };
  return { ok: true, document: buildPlanDocument(analysis.plan, analysis.summary, { draft }) };
}
