/**
 * The plan's improvement actions at the end of its year, each finished or
 * not: what next year's plan carries and what the history counts.
 *
 * Finished means, from the framework's data (never its name):
 *  - a framework with a progress column (TT57 `Mức độ thực hiện`): its
 *    first value (`Hoàn thành`); blank is "not tracked", so not finished;
 *  - without one (TT17/TT18/TT19): the action's time has passed relative to
 *    `today`. The workbook does not say whether the work was done; the time
 *    is the only sign it has (docs/cycle.md).
 * An action whose progress or time cannot be read is `unreadable`: it is
 * carried, never dropped, with a warning naming its cell.
 */
import type { Framework } from '../frameworks/types';
import { monthIndex } from '../parse/time-window';
import type { SimpleDate } from '../parse/types';
import { a1 } from '../workbook/a1';
import type { Plan, PlanRow } from '../workbook/plan';
import { rowText, type FoundTable, type TableRow } from '../workbook/table';

/** Where an action sits in the old plan. */
export type ActionPlace = { kind: 'criterion'; code: string } | { kind: 'requirement'; number: number } | { kind: 'none'; text: string };

export type ActionStatus = 'finished' | 'unfinished' | 'unreadable';

export interface PlanAction {
  sheetName: string;
  /** The action cell, `F6`. */
  cell: string;
  row: TableRow;
  place: ActionPlace;
  /** First line of the action. */
  text: string;
  status: ActionStatus;
  /** How it stood, for `Ghi chú`: `Đang thực hiện`, `chưa cập nhật mức độ thực hiện`… */
  statusText: string;
  /** Vietnamese, naming the tab and cell; only for `unreadable`. */
  warning: string | null;
}

function statusByProgress(framework: Framework, row: PlanRow, where: string): Pick<PlanAction, 'status' | 'statusText' | 'warning'> {
  const progress = row.progress; // read once by the reader: the framework's value, or unreadable
  if (progress.status === 'blank' || progress.status === 'absent') return { status: 'unfinished', statusText: 'chưa cập nhật mức độ thực hiện', warning: null };
  if (progress.value === framework.progressValues[0]) return { status: 'finished', statusText: progress.value, warning: null };
  if (progress.value) return { status: 'unfinished', statusText: progress.value, warning: null };
  return {
    status: 'unreadable',
    statusText: `mức độ thực hiện "${progress.text}"`,
    warning: `${where}: mức độ thực hiện "${progress.text}" không đọc được (chọn ${framework.progressValues.join(', ')}). Hoạt động vẫn được chuyển sang năm học mới; nếu đã hoàn thành, hãy xoá dòng đó ở bảng năm mới.`,
  };
}

function statusByTime(row: PlanRow, today: SimpleDate, where: string): Pick<PlanAction, 'status' | 'statusText' | 'warning'> {
  const written = rowText(row, 'time');
  const window = row.time.value; // read once by the reader, against the plan's school year
  if (!window) {
    const what = written === '' ? 'chưa ghi thời gian thực hiện' : `không đọc được thời gian "${written}"`;
    return {
      status: 'unreadable',
      statusText: written === '' ? 'chưa ghi thời gian' : `thời gian "${written}"`,
      warning: `${where}: ${what}. Hoạt động vẫn được chuyển sang năm học mới; nếu đã hoàn thành, hãy xoá dòng đó ở bảng năm mới.`,
    };
  }
  if (window.end < monthIndex(today.year, today.month)) return { status: 'finished', statusText: `đã hết thời gian (${written})`, warning: null };
  return { status: 'unfinished', statusText: `chưa hết thời gian (${written})`, warning: null };
}

function actionsOfRows(plan: Plan, sheetName: string, table: FoundTable | null, rows: PlanRow[], place: ActionPlace, today: SimpleDate): PlanAction[] {
  const actionCol = table?.columns.get('actions');
  if (actionCol === undefined) return [];
  const tracked = plan.framework.progressValues.length > 0;
  return rows
    .filter((row) => rowText(row, 'actions') !== '')
    .map((row) => {
      const cell = a1(row.row, tracked ? (table?.columns.get('progress') ?? actionCol) : (table?.columns.get('time') ?? actionCol));
      const where = `Trang "${sheetName}", ô ${cell}`;
      const status = tracked ? statusByProgress(plan.framework, row, where) : statusByTime(row, today, where);
      return { sheetName, cell: a1(row.row, actionCol), row, place, text: rowText(row, 'actions').split('\n')[0], ...status };
    });
}

/** Every action of the plan, tab by tab, in the tabs' order. */
export function planActions(plan: Plan, today: SimpleDate): PlanAction[] {
  const actions: PlanAction[] = [];
  for (const tab of plan.standardTabs) {
    actions.push(...actionsOfRows(plan, tab.sheetName, tab.table, tab.orphanRows, { kind: 'none', text: '' }, today));
    for (const block of tab.blocks) {
      const place: ActionPlace =
        block.criterion && block.criterion.standard === tab.standard
          ? { kind: 'criterion', code: block.criterion.code }
          : { kind: 'none', text: block.codeText };
      actions.push(...actionsOfRows(plan, tab.sheetName, tab.table, block.rows, place, today));
    }
  }
  const requirementTab = plan.requirementTab;
  for (const entry of requirementTab?.entries ?? []) {
    const place: ActionPlace = entry.number === null ? { kind: 'none', text: entry.numberText } : { kind: 'requirement', number: entry.number };
    actions.push(...actionsOfRows(plan, requirementTab?.sheetName ?? '', requirementTab?.table ?? null, entry.rows, place, today));
  }
  return actions;
}
