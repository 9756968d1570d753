import { TT57_FIRST_SCHOOL_YEAR } from '../frameworks';
import type { Plan } from '../workbook/plan';

/** Why the plan is read under its framework, for the sidebar, `Tổng hợp` and the CLI. */
export function describeFrameworkChoice(plan: Plan): string {
  const choice = plan.frameworkChoice;
  const title = plan.framework.title;
  switch (choice.source) {
    case 'cell':
      return `Khung đánh giá: ${title} (theo ô "Khung đánh giá": ${choice.text}).`;
    case 'schoolYear':
      return choice.startYear >= TT57_FIRST_SCHOOL_YEAR
        ? `Khung đánh giá: ${title} (ô "Khung đánh giá" để trống; năm học ${choice.startYear}-${choice.startYear + 1} áp dụng Thông tư 57/2026, hiệu lực từ 07/7/2026).`
        : `Khung đánh giá: ${title} (ô "Khung đánh giá" để trống; năm học ${choice.startYear}-${choice.startYear + 1} trước khi Thông tư 57/2026 có hiệu lực).`;
    case 'default':
      return `Khung đánh giá: ${title} (mặc định, vì chưa có năm học và khung đánh giá).`;
  }
}
