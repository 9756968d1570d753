import { followUp, type FollowUp } from '../domain/followup';
import { formatVnd } from '../domain/parse/budget';
import { formatSchoolYear } from '../domain/parse/school-year';
import type { SimpleDate } from '../domain/parse/types';
import { summarize, type LevelSummary } from '../domain/summary/summary';
import { validatePlan, type Issue } from '../domain/validate';
import type { Plan } from '../domain/workbook/plan';
import { readPlan } from '../domain/workbook/read';
import type { RawWorkbook } from '../domain/workbook/raw';
import type { DocumentLinks, PlanOverview } from './api';

/** A workbook understood end to end: the plan, its issues, its summary, its follow-up. */
export interface Analysis {
  plan: Plan;
  issues: Issue[];
  summary: LevelSummary;
  followUp: FollowUp;
}

/** Errors first; within a severity, the order of the tabs and rows. */
function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.severity === b.issue.severity ? a.index - b.index : a.issue.severity === 'error' ? -1 : 1))
    .map(({ issue }) => issue);
}

export function analyse(workbook: RawWorkbook, today: SimpleDate): Analysis {
  const plan = readPlan(workbook);
  return {
    plan,
    issues: sortIssues(validatePlan(plan, { today })),
    summary: summarize(plan),
    followUp: followUp(plan, today),
  };
}

/** What the sidebar shows, as plain data. */
export function overviewOf(analysis: Analysis, document: DocumentLinks | null, checkedAt: string): PlanOverview {
  const { plan, issues, summary } = analysis;
  const framework = plan.framework;
  const standards = framework.standards.map((standard) => {
    const tab = plan.standardTabs.find((candidate) => candidate.standard === standard.number);
    const onTab = issues.filter((issue) => tab && issue.sheet === tab.sheetName);
    const found = new Set((tab?.blocks ?? []).filter((block) => block.criterion?.standard === standard.number).map((block) => block.criterion?.code));
    return {
      number: standard.number,
      name: standard.name,
      sheetName: tab?.sheetName ?? null,
      criteriaFound: found.size,
      criteriaTotal: standard.criteria.length,
      errors: onTab.filter((issue) => issue.severity === 'error').length,
      warnings: onTab.filter((issue) => issue.severity === 'warning').length,
    };
  });
  const errorCount = issues.filter((issue) => issue.severity === 'error').length;
  return {
    schoolName: plan.info.schoolName,
    schoolYear: plan.info.schoolYear ? formatSchoolYear(plan.info.schoolYear) : '',
    framework: { id: framework.id, title: framework.title, reason: summary.frameworkReason, levels: framework.levels.map((level) => level.level) },
    standards,
    summary: {
      levels: summary.levels,
      schoolLevel: summary.schoolLevel,
      schoolLevelLabel: summary.schoolLevelLabel,
      nationalStandard: summary.nationalStandard,
      sentences: summary.sentences,
      budgetTotalVnd: summary.budgetTotalVnd,
      budgetTotalText: formatVnd(summary.budgetTotalVnd),
    },
    issues,
    errorCount,
    warningCount: issues.length - errorCount,
    followUp: {
      tracked: analysis.followUp.tracked,
      standards: analysis.followUp.standards.map((standard) => ({ number: standard.standard, name: standard.name, counts: standard.counts, unmarked: standard.unmarked })),
      overdue: analysis.followUp.overdue.length,
    },
    document,
    checkedAt,
  };
}
