import { a1 } from '../workbook/a1';
import type { Plan } from '../workbook/plan';
import { rowText } from '../workbook/table';
import { error, warning, type Issue } from './issue';
import { checkActionRow } from './action-rows';
import { validateColumns } from './standards';

/**
 * The requirement tab (TT17 `Mức 4`): exactly the framework's requirements,
 * each once, each `Đạt` or `Không đạt`.
 */
export function validateRequirements(plan: Plan): Issue[] {
  const requirements = plan.framework.requirements;
  if (!requirements) return [];
  const tab = plan.requirementTab;
  const count = requirements.items.length;
  if (!tab) {
    return [
      error(
        requirements.tabName,
        'A1',
        'tab-missing',
        `Chưa có trang tính "${requirements.tabName}" (${count} yêu cầu của Mức 4). Hãy bấm "Tạo các trang tính" để tạo.`,
      ),
    ];
  }
  const table = tab.table;
  if (!table) {
    return [
      error(
        tab.sheetName,
        'A1',
        'header-missing',
        `Không tìm thấy dòng tiêu đề trong 5 dòng đầu của trang "${tab.sheetName}". Dòng tiêu đề phải có ô "Tiêu chí".`,
      ),
    ];
  }
  const issues = validateColumns(table, tab.sheetName);
  const criterionCol = table.columns.get('criterion') ?? 0;
  const levelCol = table.columns.get('currentLevel');
  const seen = new Set<number>();
  for (const entry of tab.entries) {
    const first = entry.rows[0];
    const cell = a1(first.row, criterionCol);
    if (entry.number === null || entry.number < 1 || entry.number > count) {
      const what = entry.numberText === '' ? 'Dòng này chưa ghi số yêu cầu' : `"${entry.numberText}" không phải là một trong ${count} yêu cầu của Mức 4`;
      issues.push(error(tab.sheetName, cell, 'requirement-unknown', `${what}. Hãy ghi số từ 1 đến ${count} (Điều 22), mỗi yêu cầu một dòng.`));
      for (const row of entry.rows)
        issues.push(...checkActionRow(tab.sheetName, table, row, `dòng ${row.row + 1} của ${requirements.tabName}`, plan.framework, plan.info.schoolYear));
      continue;
    }
    if (seen.has(entry.number)) {
      issues.push(
        error(
          tab.sheetName,
          cell,
          'requirement-duplicate',
          `Yêu cầu ${entry.number} của Mức 4 được ghi hai lần. Hãy xóa dòng trùng hoặc để trống ô Tiêu chí nếu đây là công việc tiếp theo.`,
        ),
      );
      continue;
    }
    seen.add(entry.number);
    for (const row of entry.rows)
      issues.push(...checkActionRow(tab.sheetName, table, row, `yêu cầu ${entry.number} của ${requirements.tabName}`, plan.framework, plan.info.schoolYear));
    if (levelCol === undefined) continue;
    const text = rowText(first, 'currentLevel');
    const levelCell = a1(first.row, levelCol);
    if (text === '') {
      issues.push(
        warning(
          tab.sheetName,
          levelCell,
          'requirement-unassessed',
          `Yêu cầu ${entry.number} của Mức 4 chưa đánh giá, được tính là "Không đạt". Hãy chọn "Đạt" hoặc "Không đạt".`,
        ),
      );
    } else if (entry.met.value === null) {
      issues.push(
        error(
          tab.sheetName,
          levelCell,
          'requirement-value-invalid',
          `Ở trang "${tab.sheetName}" chỉ ghi "Đạt" hoặc "Không đạt", không ghi "${text}". Hãy chọn lại.`,
        ),
      );
    }
  }
  const missing = requirements.items.filter((item) => !seen.has(item.number)).map((item) => item.number);
  if (missing.length > 0) {
    issues.push(
      error(
        tab.sheetName,
        a1(table.headerRow, criterionCol),
        'requirement-missing',
        `Thiếu yêu cầu ${missing.join(', ')} của Mức 4. Trang "${tab.sheetName}" phải có đủ ${count} yêu cầu (Điều 22); hãy bấm "Tạo các trang tính" để thêm.`,
      ),
    );
  }
  return issues;
}
