import type { ColumnKey } from '../frameworks/types';
import { foldKey } from '../text';
import { a1 } from '../workbook/a1';
import type { ExtraTab, Plan } from '../workbook/plan';
import { rowText } from '../workbook/table';
import { error, warning, type Issue } from './issue';

/** The tab TT17's setup makes for Mức 4: a school under TT18/TT19 makes the same one. */
const MUC4_TAB = 'Mức 4';
import { validateColumns } from './standards';

function validateExtraTab(plan: Plan, tab: ExtraTab): Issue[] {
  const table = tab.table;
  const spec = tab.spec;
  if (!table) {
    const anchor = spec.columns.find((column) => column.key === spec.anchorKey)?.header ?? '';
    return [
      error(
        tab.sheetName,
        'A1',
        'header-missing',
        `Không tìm thấy dòng tiêu đề trong 5 dòng đầu của trang "${tab.sheetName}". Dòng tiêu đề phải có ô "${anchor}".`,
      ),
    ];
  }
  const issues = validateColumns(table, tab.sheetName);
  const col = (key: ColumnKey) => table.columns.get(key);
  const standards = plan.framework.standards;

  for (const row of tab.rows) {
    const standardCol = col('standard');
    if (standardCol === undefined) break;
    const standardText = row.standard.text;
    const number = row.standard.value;
    const standard = standards.find((candidate) => candidate.number === number);
    if (!standard) {
      issues.push(
        error(
          tab.sheetName,
          a1(row.row, standardCol),
          'focus-standard-unknown',
          `"${standardText || '(trống)'}" không phải là tiêu chuẩn của ${plan.framework.title}. Hãy ghi số tiêu chuẩn từ 1 đến ${standards.length}, ví dụ: "Tiêu chuẩn 1".`,
        ),
      );
      continue;
    }
    const criteriaCol = col('criteria');
    if (criteriaCol === undefined) continue;
    for (const { text: part, code } of row.criteria.value ?? []) {
      const known = code && standard.criteria.find((criterion) => criterion.code === code.code);
      if (!known) {
        const codes = standard.criteria.map((criterion) => criterion.code).join(', ');
        issues.push(
          error(
            tab.sheetName,
            a1(row.row, criteriaCol),
            'focus-criterion-unknown',
            `"${part}" không phải là tiêu chí của Tiêu chuẩn ${standard.number} (gồm ${codes}). Hãy sửa lại, các mã cách nhau bằng dấu phẩy.`,
          ),
        );
      }
    }
  }

  const required = spec.requiredRows;
  if (required) {
    const keyCol = col(required.key) ?? 0;
    const present = new Set(tab.rows.map((row) => foldKey(rowText(row, required.key))));
    for (const value of required.values) {
      if (!present.has(foldKey(value))) {
        issues.push(
          warning(
            tab.sheetName,
            a1(table.headerRow, keyCol),
            'followup-row-missing',
            `Trang "${tab.sheetName}" thiếu dòng "${value}". Kế hoạch phải được rà soát ít nhất 02 lần trong năm học (${required.values.join(', ')}); hãy thêm dòng này.`,
          ),
        );
      }
    }
  }
  if (tab.rows.length === 0 && !required) {
    issues.push(
      warning(
        tab.sheetName,
        a1(table.headerRow, col(spec.anchorKey) ?? 0),
        'table-empty',
        `Trang "${tab.sheetName}" chưa có dòng nào. Hãy ghi các vấn đề ưu tiên cần cải tiến.`,
      ),
    );
  }
  return issues;
}

/** Tabs beyond the standards (TT57: `Vấn đề trọng tâm`, `Theo dõi`), and tabs of another framework. */
export function validateExtraTabs(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  for (const spec of plan.framework.extraTables) {
    const tab = plan.extraTabs.find((candidate) => candidate.spec === spec);
    if (!tab) {
      issues.push(error(spec.tabName, 'A1', 'tab-missing', `Chưa có trang tính "${spec.tabName}". Hãy bấm "Tạo các trang tính" để tạo.`));
      continue;
    }
    issues.push(...validateExtraTab(plan, tab));
  }
  for (const name of plan.strayTabs) {
    const notEncoded = plan.framework.requirementsNotEncoded;
    if (notEncoded && foldKey(name) === foldKey(MUC4_TAB)) {
      // The framework has Mức 4, the add-on lacks its wording: say that, not "this framework has no Mức 4".
      issues.push(
        warning(
          name,
          'A1',
          'tab-other-framework',
          `Trang "${name}": tiện ích chưa có nội dung các yêu cầu Mức 4 của ${plan.framework.title} (${notEncoded}), vì chưa có văn bản gốc để đối chiếu, nên trang này không được kiểm tra, tổng hợp hay đưa vào văn bản; mức của nhà trường chỉ được tính đến Mức 3. Dữ liệu trong trang vẫn được giữ nguyên; hãy tự đối chiếu các yêu cầu Mức 4 với ${notEncoded} của Thông tư.`,
        ),
      );
      continue;
    }
    issues.push(
      warning(
        name,
        'A1',
        'tab-other-framework',
        `Trang "${name}" không thuộc ${plan.framework.title} (khung này có ${plan.framework.standards.length} tiêu chuẩn${plan.framework.requirements ? '' : ', không có Mức 4'}), nên bị bỏ qua khi kiểm tra, tổng hợp và tạo văn bản. Dữ liệu trong trang vẫn được giữ nguyên; nếu không cần nữa, hãy tự xóa trang.`,
      ),
    );
  }
  return issues;
}
