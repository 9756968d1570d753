/**
 * The district's totals, counted from the school rows alone (so the report
 * can never disagree with its own per-school table). Only rows of status
 * `plan` count. Frameworks do not share criteria (1.1 of TT17 is not 1.1 of
 * TT57) nor levels, so every figure below is kept per framework.
 */
import { frameworks as knownFrameworks } from '../frameworks';
import { allCriteria, type Framework } from '../frameworks/types';
import type { FollowUpCounts, SchoolRow, SchoolStatus } from './school-row';

export interface FrameworkCount {
  frameworkId: string;
  frameworkTitle: string;
  schools: number;
}

/** Schools of one framework at one school level (0 = not even Mức 1). */
export interface LevelCountRow {
  frameworkId: string;
  schoolLevel: number;
  label: string;
  /** What the level means for chuẩn quốc gia: the framework's own sentence, as on the school's summary. */
  nationalStandard: string;
  schools: number;
}

/** A criterion below Mức 1 (or Mức 2) in `schools` of the `of` schools using its framework. */
export interface Priority {
  frameworkId: string;
  level: 1 | 2;
  code: string;
  name: string;
  /** Tiêu chí bắt buộc (★, TT57). */
  mandatory: boolean;
  schools: number;
  of: number;
}

export interface BudgetTotal {
  frameworkId: string;
  /** `Tiêu chuẩn 1`, or the requirement tab (`Mức 4`). */
  label: string;
  /** The standard's name, '' for the requirement tab. */
  name: string;
  vnd: number;
}

export interface DistrictTotals {
  /** Rows by status: how many were counted, and why the others were not. */
  rows: Record<SchoolStatus, number>;
  /** Counted plans. */
  schools: number;
  schoolsWithErrors: number;
  /** Năm học found among counted plans, sorted; a district report is normally one. */
  schoolYears: string[];
  perFramework: FrameworkCount[];
  perLevel: LevelCountRow[];
  priorities: Priority[];
  budget: BudgetTotal[];
  budgetVnd: number;
  /** Summed over the schools whose framework tracks progress (TT57). */
  followUp: FollowUpCounts & { schools: number };
}

function levelLabel(framework: Framework, level: number): string {
  if (level > 0) return `Mức ${level}`;
  return framework.requirements ? 'Chưa đạt Mức 1' : 'Không đạt Mức 1';
}

function prioritiesOf(framework: Framework, rows: SchoolRow[]): Priority[] {
  const out: Priority[] = [];
  for (const level of [1, 2] as const) {
    const below = new Map<string, number>();
    for (const row of rows) {
      const codes = level === 1 ? row.figures!.belowLevel1 : row.figures!.belowLevel2;
      for (const code of codes) below.set(code, (below.get(code) ?? 0) + 1);
    }
    for (const criterion of allCriteria(framework)) {
      const schools = below.get(criterion.code) ?? 0;
      if (schools === 0) continue;
      out.push({ frameworkId: framework.id, level, code: criterion.code, name: criterion.name, mandatory: criterion.mandatory, schools, of: rows.length });
    }
  }
  // Most schools first; ties keep the framework's own order (allCriteria), as Array.sort is stable.
  return out.sort((a, b) => a.level - b.level || b.schools - a.schools);
}

function budgetOf(framework: Framework, rows: SchoolRow[]): BudgetTotal[] {
  const lines = new Map<string, number>();
  for (const row of rows) for (const line of row.figures!.budgetLines) lines.set(line.label, (lines.get(line.label) ?? 0) + line.vnd);
  return [...lines].map(([label, vnd]) => ({
    frameworkId: framework.id,
    label,
    name: framework.standards.find((standard) => `${framework.standardTabPrefix} ${standard.number}` === label)?.name ?? '',
    vnd,
  }));
}

export function districtTotals(rows: SchoolRow[], known: Framework[] = knownFrameworks): DistrictTotals {
  const byStatus: Record<SchoolStatus, number> = { plan: 0, empty: 0, notAPlan: 0, unreadable: 0, duplicate: 0, otherFramework: 0 };
  for (const row of rows) byStatus[row.status]++;
  const counted = rows.filter((row) => row.status === 'plan' && row.figures !== null);

  const perFramework: FrameworkCount[] = [];
  const perLevel: LevelCountRow[] = [];
  const priorities: Priority[] = [];
  const budget: BudgetTotal[] = [];
  // Frameworks in the known order, so TT17 comes before TT57 whatever order the files came in.
  for (const framework of known) {
    const ofFramework = counted.filter((row) => row.figures!.frameworkId === framework.id);
    if (ofFramework.length === 0) continue;
    perFramework.push({ frameworkId: framework.id, frameworkTitle: framework.title, schools: ofFramework.length });
    for (let level = 0; level <= framework.levels.length; level++) {
      const schools = ofFramework.filter((row) => row.figures!.schoolLevel === level).length;
      perLevel.push({
        frameworkId: framework.id,
        schoolLevel: level,
        label: levelLabel(framework, level),
        nationalStandard: framework.describeSchoolLevel(level),
        schools,
      });
    }
    priorities.push(...prioritiesOf(framework, ofFramework));
    budget.push(...budgetOf(framework, ofFramework));
  }

  const followUp = { schools: 0, done: 0, inProgress: 0, notDone: 0, unmarked: 0, overdue: 0 };
  for (const row of counted) {
    const counts = row.figures!.followUp;
    if (!counts) continue;
    followUp.schools++;
    followUp.done += counts.done;
    followUp.inProgress += counts.inProgress;
    followUp.notDone += counts.notDone;
    followUp.unmarked += counts.unmarked;
    followUp.overdue += counts.overdue;
  }

  return {
    rows: byStatus,
    schools: counted.length,
    schoolsWithErrors: counted.filter((row) => row.figures!.errors > 0).length,
    schoolYears: [...new Set(counted.map((row) => row.schoolYear).filter((year): year is string => year !== null))].sort(),
    perFramework,
    perLevel,
    priorities,
    budget,
    budgetVnd: counted.reduce((sum, row) => sum + row.figures!.budgetVnd, 0),
    followUp,
  };
}
