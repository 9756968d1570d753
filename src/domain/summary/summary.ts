import type { Assessment, Framework, LevelCount } from '../frameworks/types';
import { allCriteria } from '../frameworks/types';
import { formatVnd } from '../parse/budget';
import { formatPercent } from '../parse/percent';
import type { Plan, PlanRow } from '../workbook/plan';
import { describeFrameworkChoice } from '../frameworks/choice';
import { nextLevelOf, type NextLevel } from './next-level';

/** Kinh phí of one standard (or of the requirement tab). */
export interface BudgetLine {
  label: string;
  vnd: number;
}

/** Kết quả tự đánh giá in numbers and in the plan's words. */
export interface LevelSummary {
  /** Framework id, e.g. `TT17 tiểu học`. */
  framework: string;
  frameworkTitle: string;
  /** Why this framework, in Vietnamese. */
  frameworkReason: string;
  levels: LevelCount[];
  schoolLevel: number;
  /** `Mức 3`, or `Chưa đạt Mức 1`. */
  schoolLevelLabel: string;
  /** What the level means for chuẩn quốc gia. */
  nationalStandard: string;
  /** Criteria below each level, by level: their codes. */
  notMet: { level: number; codes: string[] }[];
  budgetTotalVnd: number;
  budgetLines: BudgetLine[];
  /** One sentence a level, then the conclusion. */
  sentences: string[];
  text: string;
  /** What blocks the level just above the school's (next-level.ts). */
  nextLevel: NextLevel;
}

/**
 * The assessment as the level rule sees it: the first row of each known
 * criterion, on its own tab. A level that cannot be read counts as not
 * reached: validation reports it, the summary stays honest. A level above
 * the criterion's highest (`Mức 3` on 1.5) counts as its highest: the school
 * marked every level up to it (workbook spec), and validation reports the cell.
 */
export function assessmentOf(plan: Plan): Assessment {
  const reached = new Map<string, number>();
  for (const tab of plan.standardTabs) {
    for (const block of tab.blocks) {
      const criterion = block.criterion;
      if (!criterion || criterion.standard !== tab.standard || reached.has(criterion.code)) continue;
      const level = block.currentLevel.value;
      const value = level?.kind === 'level' ? Math.min(level.level, criterion.maxLevel) : 0;
      reached.set(criterion.code, value);
    }
  }
  const requirementsMet = new Map<number, boolean>();
  for (const entry of plan.requirementTab?.entries ?? []) {
    if (entry.number === null || requirementsMet.has(entry.number)) continue;
    requirementsMet.set(entry.number, entry.met.value === true);
  }
  return { reached, requirementsMet };
}

function budgetOf(plan: Plan): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const sum = (rows: PlanRow[]) =>
    rows.reduce((total, row) => {
      const budget = row.budget.value;
      return total + (budget?.kind === 'amount' ? budget.vnd : 0);
    }, 0);
  for (const standard of plan.framework.standards) {
    const tab = plan.standardTabs.find((candidate) => candidate.standard === standard.number);
    const rows = (tab?.blocks ?? []).flatMap((block) => block.rows);
    lines.push({ label: `Tiêu chuẩn ${standard.number}`, vnd: sum(rows) });
  }
  if (plan.framework.requirements && plan.requirementTab) {
    lines.push({ label: plan.framework.requirements.tabName, vnd: sum(plan.requirementTab.entries.flatMap((entry) => entry.rows)) });
  }
  return lines;
}

function notMetCodes(framework: Framework, assessment: Assessment, level: number): string[] {
  const requirements = framework.requirements;
  if (requirements && requirements.level === level) {
    return requirements.items.filter((item) => assessment.requirementsMet.get(item.number) !== true).map((item) => String(item.number));
  }
  return allCriteria(framework)
    .filter((criterion) => criterion.maxLevel >= level && (assessment.reached.get(criterion.code) ?? 0) < level)
    .map((criterion) => criterion.code);
}

/** `Mức 1: Tổng số 27 tiêu chí, trong đó số tiêu chí đạt 27/27, tỉ lệ 100%; tiêu chí không đạt: 0` */
export function levelSentence(count: LevelCount, notMet: string[], isRequirement: boolean): string {
  const unit = isRequirement ? 'yêu cầu' : 'tiêu chí';
  const mandatory = count.mandatory ? ` (${count.mandatory.total} tiêu chí bắt buộc)` : '';
  const mandatoryMet = count.mandatory ? ` (tiêu chí bắt buộc đạt ${count.mandatory.met}/${count.mandatory.total})` : '';
  const missing = count.total - count.met;
  const list = missing > 0 ? ` (${isRequirement ? 'yêu cầu' : 'tiêu chí'} ${notMet.join(', ')})` : '';
  return `Mức ${count.level}: Tổng số ${count.total} ${unit}${mandatory}, trong đó số ${unit} đạt ${count.met}/${count.total}, tỉ lệ ${formatPercent(count.percent)}${mandatoryMet}; ${unit} không đạt: ${missing}${list}`;
}

/** The level summary, its sentences built from the very numbers it reports. */
export function summarize(plan: Plan): LevelSummary {
  const framework = plan.framework;
  const assessment = assessmentOf(plan);
  const { levels, schoolLevel } = framework.levelRule(framework, assessment);
  const notMet = levels.map((count) => ({ level: count.level, codes: notMetCodes(framework, assessment, count.level) }));
  const requirementLevel = framework.requirements?.level;
  const sentences = levels.map((count, index) => levelSentence(count, notMet[index].codes, count.level === requirementLevel));
  const schoolLevelLabel = schoolLevel > 0 ? `Mức ${schoolLevel}` : framework.requirements ? 'Chưa đạt Mức 1' : 'Không đạt Mức 1';
  const nationalStandard = framework.describeSchoolLevel(schoolLevel);
  const conclusion =
    schoolLevel > 0
      ? `Kết quả: Nhà trường đạt ${schoolLevelLabel} theo ${framework.title}; ${nationalStandard}.`
      : `Kết quả: Nhà trường ${schoolLevelLabel.charAt(0).toLowerCase()}${schoolLevelLabel.slice(1)} theo ${framework.title}; ${nationalStandard}.`;
  sentences.push(conclusion);
  const budgetLines = budgetOf(plan);
  const budgetTotalVnd = budgetLines.reduce((total, line) => total + line.vnd, 0);
  return {
    framework: framework.id,
    frameworkTitle: framework.title,
    frameworkReason: describeFrameworkChoice(plan),
    levels,
    schoolLevel,
    schoolLevelLabel,
    nationalStandard,
    notMet,
    budgetTotalVnd,
    budgetLines,
    sentences,
    text: sentences.join('\n'),
    nextLevel: nextLevelOf(framework, assessment),
  };
}

export { formatVnd };
