/**
 * "The improvement table can be filtered to the actions that serve the
 * blocking criteria" (issue 19, item 3): for each criterion (or Mức 4
 * requirement) that blocks the next level, its action rows as the plan
 * already read them, with the cell to jump to. Nothing is read again: the
 * sidebar shows this list instead of a Sheets filter, which would change
 * the school's view of its tab for every editor at once.
 */
import type { Blocker } from '../summary/next-level';
import { a1 } from '../workbook/a1';
import type { Plan, PlanRow } from '../workbook/plan';

/** One action row, as the sidebar lists it; `cell` is its `Công việc, giải pháp` cell. */
export interface BlockingActionRow {
  sheet: string;
  cell: string;
  actions: string;
  responsible: string;
  time: string;
}

/** A blocking criterion and the rows that work on it (none: the school has planned nothing for it yet). */
export interface BlockingCriterion {
  /** `Tiêu chí 1.1`, `Mức 4, yêu cầu 2`. */
  label: string;
  /** Indexes of the blockers it serves (a criterion may be one of a choice). */
  blockers: number[];
  /** Its own row's `Tiêu chí` cell: where to add an action when it has none. */
  sheet: string;
  cell: string;
  rows: BlockingActionRow[];
}

/** Rows with an action written; a tab without a `Công việc, giải pháp` column has none. */
function actionRows(sheet: string, rows: PlanRow[], actionsCol: number | undefined): BlockingActionRow[] {
  if (actionsCol === undefined) return [];
  return rows.flatMap((row) => {
    const actions = row.texts.get('actions') ?? '';
    if (actions.trim() === '') return [];
    return [{ sheet, cell: a1(row.row, actionsCol), actions, responsible: row.texts.get('responsible') ?? '', time: row.texts.get('time') ?? '' }];
  });
}

/**
 * In the order of the blockers, each criterion once. A criterion whose tab
 * or row is missing is left out (the check already reports it).
 */
export function blockingCriteria(plan: Plan, blockers: Blocker[]): BlockingCriterion[] {
  const found = new Map<string, BlockingCriterion>();
  blockers.forEach((blocker, index) => {
    for (const code of blocker.codes) {
      const key = `${blocker.kind === 'requirement' ? 'req' : 'crit'}/${code}`;
      const known = found.get(key);
      if (known) {
        if (!known.blockers.includes(index)) known.blockers.push(index);
        continue;
      }
      const entry = blocker.kind === 'requirement' ? requirementEntry(plan, code, index) : criterionEntry(plan, code, index);
      if (entry) found.set(key, entry);
    }
  });
  return [...found.values()];
}

function criterionEntry(plan: Plan, code: string, blocker: number): BlockingCriterion | null {
  for (const tab of plan.standardTabs) {
    const block = tab.blocks.find((candidate) => candidate.code?.code === code);
    if (!block) continue;
    const criterionCol = tab.table?.columns.get('criterion') ?? 0;
    const first = block.rows[0];
    return {
      label: `Tiêu chí ${code}`,
      blockers: [blocker],
      sheet: block.sheetName,
      cell: a1(first?.row ?? 0, criterionCol),
      rows: actionRows(block.sheetName, block.rows, tab.table?.columns.get('actions')),
    };
  }
  return null;
}

function requirementEntry(plan: Plan, code: string, blocker: number): BlockingCriterion | null {
  const tab = plan.requirementTab;
  const entry = tab?.entries.find((candidate) => String(candidate.number) === code);
  if (!tab || !entry) return null;
  const first = entry.rows[0];
  return {
    label: `${tab.sheetName}, yêu cầu ${code}`,
    blockers: [blocker],
    sheet: entry.sheetName,
    cell: a1(first?.row ?? 0, tab.table?.columns.get('criterion') ?? 0),
    rows: actionRows(entry.sheetName, entry.rows, tab.table?.columns.get('actions')),
  };
}
