import { formatSchoolYear } from '../parse/school-year';
import { formatMonth } from '../parse/time-window';
import type { SchoolYear, TimeWindow } from '../parse/types';
import { placeWindow, planHorizon } from '../school-year';
import type { TypedCell } from '../workbook/typed-cell';
import { error, warning, type Issue } from './issue';

/**
 * The one rule for a `Thời gian` cell, on every tab that has the column
 * (standard tabs, `Mức 4`, and rows whose criterion is unknown). Workbook
 * spec, "Errors and warnings": an error only when the time is surely wrong
 * (ends before it starts, lies wholly before the school year, or past the
 * horizon: `Năm 2065`); a warning when a person may mean it (a time the
 * add-on cannot read is printed as written; work begun last year; work
 * that continues after this school year).
 *
 * `time` is the cell as the reader read it, against the plan's school year.
 * `owner` names what the row belongs to in the message: `tiêu chí 1.2`,
 * `yêu cầu 3 của Mức 4`.
 */
export function checkTime(sheet: string, cell: string, time: TypedCell<TimeWindow>, owner: string, schoolYear: SchoolYear | null): Issue | null {
  const window = time.value;
  const text = time.text;
  if (!window) {
    return warning(
      sheet,
      cell,
      'time-unreadable',
      `Chưa hiểu thời gian "${text}" (${owner}), nên văn bản in nguyên văn và không kiểm tra được năm. Nếu muốn kiểm tra, hãy ghi dạng "Tháng 9/2024", "Tháng 10/2024 - tháng 5/2025", "Học kỳ I", "Năm 2025" hoặc "Cả năm học".`,
    );
  }
  const yearText = schoolYear ? formatSchoolYear(schoolYear) : '';
  switch (placeWindow(window, schoolYear ? planHorizon(schoolYear) : null)) {
    case 'reversed':
      return error(
        sheet,
        cell,
        'time-reversed',
        `Thời gian "${text}" (${owner}) kết thúc (${formatMonth(window.end)}) trước khi bắt đầu (${formatMonth(window.start)}). Hãy sửa lại tháng, năm bắt đầu hoặc kết thúc.`,
      );
    case 'before-start':
      return error(
        sheet,
        cell,
        'time-before-plan',
        `Thời gian "${text}" (${owner}) kết thúc trước năm học ${yearText} của kế hoạch (năm học bắt đầu từ tháng 8). Hãy kiểm tra lại năm (có thể gõ nhầm năm).`,
      );
    case 'beyond-horizon':
      return error(
        sheet,
        cell,
        'time-beyond-horizon',
        `Thời gian "${text}" (${owner}) vượt quá 5 năm sau năm học ${yearText}. Hãy kiểm tra lại năm (có thể gõ nhầm, ví dụ 2065 thay vì 2025).`,
      );
    case 'starts-before':
      return warning(
        sheet,
        cell,
        'time-starts-before-plan',
        `Thời gian "${text}" (${owner}) bắt đầu trước năm học ${yearText} (từ tháng 8). Nếu công việc đã bắt đầu từ trước và còn tiếp tục thì giữ nguyên; nếu không, hãy sửa lại năm.`,
      );
    case 'after-school-year':
      return warning(
        sheet,
        cell,
        'time-after-school-year',
        `Thời gian "${text}" (${owner}) nằm sau năm học ${yearText}. Nếu đúng ý định (công việc dài hạn) thì giữ nguyên; nếu không, hãy sửa lại năm.`,
      );
    case 'ok':
      return null;
  }
}
