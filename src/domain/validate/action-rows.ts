import type { ColumnKey, Framework } from '../frameworks/types';
import type { SchoolYear } from '../parse/types';
import { a1 } from '../workbook/a1';
import type { PlanRow } from '../workbook/plan';
import { rowText, type FoundTable } from '../workbook/table';
import { addressOf } from '../workbook/typed-cell';
import { warning, type Issue } from './issue';
import { checkTime } from './time';

/** Address of a row's cell by column key; the row's `Tiêu chí` cell when the column is absent. */
export function cellOf(table: FoundTable, row: number, key: ColumnKey): string {
  const col = table.columns.get(key) ?? table.columns.get('criterion') ?? 0;
  return a1(row, col);
}

/**
 * One row of improvement work, on any tab: who, when, how much, how far.
 * Every gap here is a warning (workbook spec, "Errors and warnings"): the
 * printed plan can live with a blank person in charge; only a time that is
 * surely wrong is an error, and that rule lives in ./time.ts.
 * Rows without action text still get their time and budget checked.
 * `owner` names the row's criterion or requirement in messages.
 */
export function checkActionRow(sheet: string, table: FoundTable, row: PlanRow, owner: string, framework: Framework, schoolYear: SchoolYear | null): Issue[] {
  const issues: Issue[] = [];
  const hasAction = rowText(row, 'actions') !== '';
  const { time, budget, progress } = row;
  if (hasAction && table.columns.has('responsible') && rowText(row, 'responsible') === '') {
    issues.push(
      warning(
        sheet,
        cellOf(table, row.row, 'responsible'),
        'responsible-missing',
        `Công việc của ${owner} chưa ghi người chủ trì, phối hợp. Nên ghi rõ ai chủ trì và ai phối hợp (ví dụ: Hiệu trưởng; Tổ chuyên môn).`,
      ),
    );
  }
  if (time.status !== 'absent') {
    if (time.text !== '') {
      const issue = checkTime(sheet, addressOf(time), time, owner, schoolYear);
      if (issue) issues.push(issue);
    } else if (hasAction) {
      issues.push(
        warning(sheet, addressOf(time), 'time-missing', `Công việc của ${owner} chưa ghi thời gian thực hiện. Nên ghi, ví dụ: Tháng 10/2024 - tháng 5/2025.`),
      );
    }
  }
  if (budget.status !== 'absent' && budget.value === null) {
    issues.push(
      warning(
        sheet,
        addressOf(budget),
        'budget-unreadable',
        `Không đọc được số tiền "${budget.text}" (${owner}), nên khoản này không được cộng vào tổng kinh phí. Hãy ghi dạng "10 triệu", "10.000.000 đồng", "Không", hoặc tên nguồn như "Xã hội hóa".`,
      ),
    );
  }
  const allowed = framework.progressValues;
  if (progress.status === 'unreadable' && allowed.length > 0) {
    issues.push(
      warning(
        sheet,
        addressOf(progress),
        'progress-invalid',
        `Chưa hiểu mức độ thực hiện "${progress.text}" (${owner}), nên dòng này không được đếm khi theo dõi. Hãy chọn một trong: ${allowed.join(', ')}, hoặc để trống.`,
      ),
    );
  }
  return issues;
}
