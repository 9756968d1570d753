/**
 * The `Chuyển từ năm trước` tab: unfinished actions that next year's plan
 * cannot place under a criterion by itself — every one of them when the
 * framework changes (TT17 → TT57: criteria do not map one to one), and
 * those that had no known criterion in the old plan. Each keeps its old
 * criterion; `Tiêu chí năm nay` is left for the school to fill, with a
 * suggestion only where the framework transition table calls the mapping
 * clear (frameworks/transitions.ts).
 */
import type { Cell } from '../cell';
import type { FrameworkTransition } from '../frameworks/transitions';
import type { Framework } from '../frameworks/types';
import { findCriterion } from '../frameworks/types';
import type { RawSheet } from '../workbook/raw';
import { rowText } from '../workbook/table';
import type { PlanAction } from './actions';

export const TRANSFER_TAB = 'Chuyển từ năm trước';

export const TRANSFER_HEADERS = [
  'Tiêu chí năm trước',
  'Hoạt động/giải pháp',
  'Người phụ trách',
  'Thời gian',
  'Kinh phí',
  'Ghi chú',
  'Gợi ý tiêu chí năm nay',
  'Tiêu chí năm nay',
  'Ô ở bảng năm trước',
];

/** `1.10 (TT17 tiểu học): Đảm bảo an ninh trật tự, an toàn trường học`; a requirement or a row without criterion as written. */
function oldCriterionText(action: PlanAction, oldFramework: Framework): string {
  const place = action.place;
  if (place.kind === 'criterion') return `${place.code} (${oldFramework.id}): ${findCriterion(oldFramework, place.code)?.name ?? ''}`;
  if (place.kind === 'requirement') return `Yêu cầu ${place.number} của trang "${oldFramework.requirements?.tabName ?? ''}" (${oldFramework.id})`;
  return place.text === '' ? `Không ghi tiêu chí (${oldFramework.id})` : `"${place.text}" (không phải tiêu chí của ${oldFramework.id})`;
}

/** The suggestion, only when clear; a `possible` mapping is named as such and not suggested. */
export function suggestionFor(action: PlanAction, transition: FrameworkTransition | null, newFramework: Framework): string {
  if (action.place.kind !== 'criterion' || !transition) return '';
  const code = action.place.code;
  const mapping = transition.mappings.find((candidate) => candidate.from === code);
  if (!mapping) return '';
  const name = findCriterion(newFramework, mapping.to)?.name ?? '';
  if (mapping.confidence === 'clear') return `${mapping.to}: ${name}`;
  return `Chưa chắc chắn, có thể ${mapping.to}: ${name} (nhà trường tự chọn)`;
}

export function transferTab(
  actions: PlanAction[],
  note: (action: PlanAction) => string,
  oldFramework: Framework,
  newFramework: Framework,
  transition: FrameworkTransition | null,
  fromYear: string,
): RawSheet {
  const rows: Cell[][] = actions.map((action) => [
    oldCriterionText(action, oldFramework),
    rowText(action.row, 'actions'),
    rowText(action.row, 'responsible'),
    rowText(action.row, 'time'),
    action.row.cells.get('budget') ?? '',
    note(action),
    suggestionFor(action, transition, newFramework),
    '',
    `${action.sheetName}!${action.cell} (năm học ${fromYear})`,
  ]);
  return { name: TRANSFER_TAB, values: [TRANSFER_HEADERS, ...rows] };
}
