import type { Framework } from '../frameworks/types';
import { parseBudget } from '../parse/budget';
import type { SchoolYear } from '../parse/types';
import { foldKey } from '../text';
import { a1 } from '../workbook/a1';
import { rowText, type FoundTable, type TableRow } from '../workbook/table';
import { warning, type Issue } from './issue';
import { checkTime } from './time';

/** Address of a row's cell by column key; the row's `Tiêu chí` cell when the column is absent. */
export function cellOf(table: FoundTable, row: number, key: string): string {
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
export function checkActionRow(sheet: string, table: FoundTable, row: TableRow, owner: string, framework: Framework, schoolYear: SchoolYear | null): Issue[] {
  const issues: Issue[] = [];
  const hasAction = rowText(row, 'actions') !== '';
  const timeText = rowText(row, 'time');
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
  if (table.columns.has('time')) {
    if (timeText !== '') {
      const issue = checkTime(sheet, cellOf(table, row.row, 'time'), row.cells.get('time') ?? null, timeText, owner, schoolYear);
      if (issue) issues.push(issue);
    } else if (hasAction) {
      issues.push(
        warning(
          sheet,
          cellOf(table, row.row, 'time'),
          'time-missing',
          `Công việc của ${owner} chưa ghi thời gian thực hiện. Nên ghi, ví dụ: Tháng 10/2024 - tháng 5/2025.`,
        ),
      );
    }
  }
  if (table.columns.has('budget') && parseBudget(row.cells.get('budget') ?? null) === null) {
    issues.push(
      warning(
        sheet,
        cellOf(table, row.row, 'budget'),
        'budget-unreadable',
        `Không đọc được số tiền "${rowText(row, 'budget')}" (${owner}), nên khoản này không được cộng vào tổng kinh phí. Hãy ghi dạng "10 triệu", "10.000.000 đồng", "Không", hoặc tên nguồn như "Xã hội hóa".`,
      ),
    );
  }
  const progressText = rowText(row, 'progress');
  const allowed = framework.progressValues;
  if (progressText !== '' && allowed.length > 0 && !allowed.some((value) => foldKey(value) === foldKey(progressText))) {
    issues.push(
      warning(
        sheet,
        cellOf(table, row.row, 'progress'),
        'progress-invalid',
        `Chưa hiểu mức độ thực hiện "${progressText}" (${owner}), nên dòng này không được đếm khi theo dõi. Hãy chọn một trong: ${allowed.join(', ')}, hoặc để trống.`,
      ),
    );
  }
  return issues;
}
