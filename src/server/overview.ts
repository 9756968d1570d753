import { readDismissals } from '../adapters/dismissals-store';
import { analysePlan, dismissalOf, type PlanAnalysis } from '../domain/analyse';
import { formatVnd } from '../domain/parse/budget';
import { formatSchoolYear } from '../domain/parse/school-year';
import { SCHOOLS_TAB } from '../domain/rollup/district-tabs';
import { blockingCriteria } from '../domain/cycle/blocking-actions';
import { reassessRowOf } from '../domain/cycle/reassess';
import { a1 } from '../domain/workbook/a1';
import type { DocumentLinks, PlanOverview, ReassessOverview, SimilarWarnings } from './api';
import { localTime } from './local-time';
import { activeSpreadsheet, currentWorkbook, today } from './context';

/**
 * The open spreadsheet, analysed once (src/domain/analyse) with today's
 * date and the warnings the school dismissed: what every server function
 * starts from.
 */
export function analyseSpreadsheet(spreadsheet = activeSpreadsheet()): PlanAnalysis {
  return analysePlan(currentWorkbook(spreadsheet), { today: today(), dismissed: readDismissals() });
}

/** For each shown warning, the others with the same code and the same cell text (the rule `dismissWarnings({similar: true})` applies). */
function similarWarnings(analysis: PlanAnalysis): SimilarWarnings[] {
  const warnings = analysis.issues.filter((issue) => issue.severity === 'warning');
  const keyOf = (issue: (typeof warnings)[number]) => {
    const dismissal = dismissalOf(analysis.workbook, issue);
    return `${dismissal.code}\u0000${dismissal.value}`;
  };
  const keys = warnings.map(keyOf);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return warnings
    .map((issue, index) => ({ sheet: issue.sheet, cell: issue.cell, code: issue.code, count: counts.get(keys[index]) ?? 1 }))
    .filter((entry) => entry.count > 1);
}

/** The notice "Mức hiện tại điền sẵn theo năm trước": the row as read, only while it lists a tab. */
function reassessOverview(analysis: PlanAnalysis): ReassessOverview | null {
  const row = reassessRowOf(analysis.workbook);
  if (!row || row.tabs.length === 0) return null;
  return { tabs: row.tabs, sheet: row.sheetName, cell: a1(row.row, row.col) };
}

/** What the sidebar shows, as plain data. */
export function overviewOf(analysis: PlanAnalysis, document: DocumentLinks | null, checkedAt: string): PlanOverview {
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
  return {
    schoolName: plan.info.schoolName,
    schoolYear: plan.info.schoolYear ? formatSchoolYear(plan.info.schoolYear) : '',
    framework: { id: framework.id, title: framework.title, reason: analysis.frameworkReason, levels: framework.levels.map((level) => level.level) },
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
    errorCount: analysis.errorCount,
    warningCount: analysis.warningCount,
    dismissed: analysis.dismissed,
    followUp: {
      tracked: analysis.followUp?.tracked ?? false,
      standards: (analysis.followUp?.standards ?? []).map((standard) => ({
        number: standard.standard,
        name: standard.name,
        counts: standard.counts,
        unmarked: standard.unmarked,
      })),
      overdue: analysis.followUp?.overdue.length ?? 0,
    },
    document,
    checkedAt,
    checkedAtText: localTime(checkedAt, analysis.workbook.timeZone),
    similarWarnings: similarWarnings(analysis),
    nextLevel: {
      schoolLevel: summary.nextLevel.schoolLevel,
      targetLevel: summary.nextLevel.targetLevel,
      heading: summary.nextLevel.sentences[0],
      blockers: summary.nextLevel.blockers.map(({ kind, codes, text }) => ({ kind, codes, text })),
      criteria: blockingCriteria(plan, summary.nextLevel.blockers),
    },
    // Known from the tabs already read, without another service call.
    ...(analysis.workbook.sheets.some((tab) => tab.name === SCHOOLS_TAB) ? { district: true } : {}),
    reassess: reassessOverview(analysis),
  };
}
