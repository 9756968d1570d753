import { monthIndex } from './parse/time-window';
import type { SimpleDate } from './parse/types';
import { a1 } from './workbook/a1';
import type { Plan } from './workbook/plan';
import { rowText } from './workbook/table';
import { warning, type Issue } from './validate/issue';

/** Progress of the improvement rows of one standard (mức độ thực hiện). */
export interface StandardProgress {
  standard: number;
  name: string;
  /** Count per allowed value, in the framework's order, then `unmarked`. */
  counts: { value: string; count: number }[];
  unmarked: number;
}

export interface FollowUp {
  /** False when the framework has no progress column (TT17). */
  tracked: boolean;
  standards: StandardProgress[];
  /** Rows whose time has passed without the first progress value (`Hoàn thành`). */
  overdue: Issue[];
}

/**
 * The year's follow-up (cuối học kỳ I, cuối năm học): how far each
 * standard's improvement rows have come, and which are late relative to
 * `today` (injected, so tests and the add-on agree on the date).
 */
export function followUp(plan: Plan, today: SimpleDate): FollowUp {
  const values = plan.framework.progressValues;
  if (values.length === 0) return { tracked: false, standards: [], overdue: [] };
  const done = values[0];
  const thisMonth = monthIndex(today.year, today.month);
  const standards: StandardProgress[] = [];
  const overdue: Issue[] = [];

  for (const standard of plan.framework.standards) {
    const counts = values.map((value) => ({ value, count: 0 }));
    let unmarked = 0;
    const tab = plan.standardTabs.find((candidate) => candidate.standard === standard.number);
    for (const block of tab?.blocks ?? []) {
      for (const row of block.rows) {
        if (rowText(row, 'actions') === '') continue;
        // The reader matched the progress to one of the framework's values and read the time once.
        const progress = row.progress.value;
        const slot = counts.find((entry) => entry.value === progress);
        if (slot) slot.count++;
        else unmarked++;
        const window = row.time.value;
        const progressCol = tab?.table?.columns.get('progress') ?? tab?.table?.columns.get('time');
        if (window && window.end < thisMonth && progress !== done && progressCol !== undefined && tab) {
          overdue.push(
            warning(
              tab.sheetName,
              a1(row.row, progressCol),
              'action-overdue',
              `Hoạt động "${rowText(row, 'actions').split('\n')[0]}" (tiêu chí ${block.code?.code ?? block.codeText}) đã hết thời gian thực hiện (${rowText(row, 'time')}) nhưng chưa "${values[0]}". Hãy cập nhật mức độ thực hiện hoặc điều chỉnh thời gian ở trang "Theo dõi".`,
            ),
          );
        }
      }
    }
    standards.push({ standard: standard.number, name: standard.name, counts, unmarked });
  }
  return { tracked: true, standards, overdue };
}
