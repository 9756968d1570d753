import { describe, expect, it } from 'vitest';
import { tt17TieuHoc, tt18, tt19, tt57 } from '../../src/domain/frameworks';
import { hasErrors, validatePlan, type Issue } from '../../src/domain/validate';
import { readPlan } from '../../src/domain/workbook/read';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { criterionRow, filledWorkbook, loadSample, setByHeader, setInfo, sheet, TT17_SAMPLE, TT57_SAMPLE } from '../../fixtures/workbooks';

const TODAY = { day: 23, month: 11, year: 2026 };

function check(workbook: RawWorkbook): Issue[] {
  return validatePlan(readPlan(workbook), { today: TODAY });
}

function only(issues: Issue[], code: string): Pick<Issue, 'severity' | 'sheet' | 'cell'>[] {
  return issues.filter((issue) => issue.code === code).map(({ severity, sheet, cell }) => ({ severity, sheet, cell }));
}

describe('the TT17 sample workbook (Trường Tiểu học An Khang) and its deliberate errors', () => {
  const issues = check(loadSample(TT17_SAMPLE));

  it.each([
    ['error', 'Tiêu chuẩn 1', 'C3', 'level-above-max'], // 1.2 "Mức 3": 1.2 has no Mức 3
    ['error', 'Tiêu chuẩn 1', 'B12', 'criterion-unknown'], // "Tiêu chí 1.11"
    ['warning', 'Tiêu chuẩn 2', 'H4', 'time-after-school-year'], // "Năm 2026"
    ['warning', 'Tiêu chuẩn 2', 'F5', 'actions-missing'], // 2.3 at Mức 2 of 3, no action: a priority choice, not an error
    ['error', 'Tiêu chuẩn 3', 'H4', 'time-reversed'], // "Tháng 5/2025 - tháng 9/2024"
    ['error', 'Tiêu chuẩn 3', 'B1', 'criterion-missing'], // 3.4 is not on its tab…
    ['error', 'Tiêu chuẩn 4', 'B4', 'criterion-wrong-tab'], // …it is on Tiêu chuẩn 4
    ['warning', 'Tiêu chuẩn 4', 'I3', 'budget-unreadable'], // "khoảng 10 bó"
    ['error', 'Tiêu chuẩn 5', 'H6', 'time-beyond-horizon'], // "Năm 2065"
  ])('%s on %s!%s: %s', (severity, sheetName, cell, code) => {
    expect(issues).toContainEqual(expect.objectContaining({ severity, sheet: sheetName, cell, code }));
  });

  it('reports nothing else', () => {
    expect(issues).toHaveLength(9);
  });

  it('speaks Vietnamese and says how to fix it', () => {
    const message = issues.find((issue) => issue.code === 'level-above-max')!.message;
    expect(message).toBe(
      'Tiêu chí 1.2 không có Mức 3: theo Thông tư 17/2018/TT-BGDĐT (tiểu học), mức cao nhất của tiêu chí này là Mức 2 (tổng hợp tạm tính tiêu chí này đạt Mức 2). Hãy chọn một trong: Chưa đạt, Mức 1, Mức 2.',
    );
  });
});

describe('a complete TT17 plan', () => {
  it('has no issue at all', () => {
    expect(check(filledWorkbook(tt17TieuHoc, { levelOf: (_code, max) => max - 1, requirementsMet: 2 }))).toEqual([]);
  });
});

describe('rules on a standard tab (TT17)', () => {
  type Edit = (workbook: RawWorkbook) => void;
  const base = () => filledWorkbook(tt17TieuHoc, { levelOf: (code, max) => (code === '1.1' ? 2 : max) });
  const onCriterion =
    (code: string, header: string, value: string | number | null): Edit =>
    (workbook) => {
      const tab = sheet(workbook, `Tiêu chuẩn ${code.split('.')[0]}`);
      setByHeader(tab, criterionRow(tab, code), header, value);
    };

  it.each<[string, Edit, string, string, Issue['severity']]>([
    ['level unreadable', onCriterion('1.3', 'Mức hiện tại', 'Tốt'), 'level-unreadable', 'C4', 'error'],
    ['level blank', onCriterion('1.3', 'Mức hiện tại', ''), 'level-missing', 'C4', 'error'],
    ['level above the criterion (1.2 has no Mức 3)', onCriterion('1.2', 'Mức hiện tại', 'Mức 3'), 'level-above-max', 'C3', 'error'],
    ['target below current', onCriterion('1.1', 'Mức phấn đấu', 'Mức 1'), 'target-below-current', 'D2', 'error'],
    ['no action below the highest level', onCriterion('1.1', 'Công việc, giải pháp', ''), 'actions-missing', 'F2', 'warning'],
    ['nobody in charge', onCriterion('1.1', 'Chủ trì, phối hợp', ''), 'responsible-missing', 'G2', 'warning'],
    ['no time', onCriterion('1.1', 'Thời gian', ''), 'time-missing', 'H2', 'warning'],
    ['time unreadable', onCriterion('1.1', 'Thời gian', 'Sắp tới'), 'time-unreadable', 'H2', 'warning'],
    ['end before start', onCriterion('1.1', 'Thời gian', 'Tháng 5/2025 - tháng 9/2024'), 'time-reversed', 'H2', 'error'],
    ['before the school year', onCriterion('1.1', 'Thời gian', 'Tháng 3/2024'), 'time-before-plan', 'H2', 'error'],
    ['Năm 2065 in a 2024-2025 plan', onCriterion('1.1', 'Thời gian', 'Năm 2065'), 'time-beyond-horizon', 'H2', 'error'],
    ['Năm 2026: inside the horizon, outside the school year', onCriterion('1.1', 'Thời gian', 'Năm 2026'), 'time-after-school-year', 'H2', 'warning'],
    ['budget unreadable', onCriterion('1.1', 'Kinh phí', 'vài chục'), 'budget-unreadable', 'I2', 'warning'],
    ['unknown criterion', onCriterion('1.3', 'Tiêu chí', 'Tiêu chí 1.12'), 'criterion-unknown', 'B4', 'error'],
    ['unreadable criterion', onCriterion('1.3', 'Tiêu chí', 'Tổ chức Đảng'), 'criterion-unreadable', 'B4', 'error'],
    ['criterion listed twice', onCriterion('1.3', 'Tiêu chí', '1.2'), 'criterion-duplicate', 'B4', 'error'],
    ['criterion on another standard’s tab', onCriterion('1.3', 'Tiêu chí', '2.1'), 'criterion-wrong-tab', 'B4', 'error'],
  ])('%s', (_name, edit, code, cell, severity) => {
    const workbook = base();
    edit(workbook);
    const found = check(workbook).filter((issue) => issue.code === code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, cell });
  });

  it('a missing criterion is an error on the header row of its tab', () => {
    const workbook = base();
    const tab = sheet(workbook, 'Tiêu chuẩn 3');
    tab.values.splice(criterionRow(tab, '3.6'), 1);
    expect(only(check(workbook), 'criterion-missing')).toEqual([{ severity: 'error', sheet: 'Tiêu chuẩn 3', cell: 'B1' }]);
  });

  it('a missing column is an error on the header row; reordered and extra columns work', () => {
    const workbook = base();
    const tab = sheet(workbook, 'Tiêu chuẩn 2');
    // Move "Thời gian" to the front, add a user's own column, drop "Chủ trì, phối hợp".
    const time = tab.values[0].indexOf('Thời gian');
    const responsible = tab.values[0].indexOf('Chủ trì, phối hợp');
    tab.values = tab.values.map((row) => {
      const moved = [row[time], 'ghi chú riêng', ...row.filter((_, col) => col !== time && col !== responsible)];
      return moved;
    });
    tab.values[0][1] = 'Cột của tôi';
    const issues = check(workbook);
    // Without "Chủ trì, phối hợp" the document has a blank column, no false number: a warning.
    expect(only(issues, 'column-missing')).toEqual([{ severity: 'warning', sheet: 'Tiêu chuẩn 2', cell: 'A1' }]);
    expect(issues.filter((issue) => issue.sheet === 'Tiêu chuẩn 2' && issue.code !== 'column-missing')).toEqual([]);
  });

  it('a continuation row (blank Tiêu chí) belongs to the criterion above and is checked', () => {
    const workbook = base();
    const tab = sheet(workbook, 'Tiêu chuẩn 1');
    const row = criterionRow(tab, '1.1');
    const continuation = tab.values[0].map(() => '' as string);
    continuation[tab.values[0].indexOf('Công việc, giải pháp')] = 'Lấy ý kiến cha mẹ học sinh';
    continuation[tab.values[0].indexOf('Chủ trì, phối hợp')] = 'Hiệu trưởng';
    continuation[tab.values[0].indexOf('Thời gian')] = 'Tháng 13/2024';
    tab.values.splice(row + 1, 0, continuation);
    expect(only(check(workbook), 'time-unreadable')).toEqual([{ severity: 'warning', sheet: 'Tiêu chuẩn 1', cell: 'H3' }]);
  });
});

describe('Thông tin chung', () => {
  it.each([
    ['Tên trường', '', 'info-schoolName-missing', 'B3'],
    ['Năm học', '2024-2026', 'info-schoolYear-invalid', 'B8'],
    ['Ngày ban hành', '31/02/2024', 'info-issueDate-invalid', 'B7'],
    ['Khung đánh giá', 'Thông tư 99/2030', 'framework-unknown', 'B12'],
  ])('%s = "%s" → %s at %s', (label, value, code, cell) => {
    const workbook = filledWorkbook(tt17TieuHoc);
    setInfo(workbook, label, value);
    expect(only(check(workbook), code)).toEqual([{ severity: 'error', sheet: 'Thông tin chung', cell }]);
  });

  // The document prints the NĐ30 blanks for them, to fill in by hand.
  it.each([
    ['Ngày ban hành', 'info-issueDate-missing', 'B7'],
    ['Số kế hoạch', 'info-planNumber-missing', 'B5'],
    ['Hiệu trưởng', 'info-principal-missing', 'B9'],
  ])('%s left blank → warning %s at %s', (label, code, cell) => {
    const workbook = filledWorkbook(tt17TieuHoc);
    setInfo(workbook, label, '');
    expect(only(check(workbook), code)).toEqual([{ severity: 'warning', sheet: 'Thông tin chung', cell }]);
  });

  it('a missing tab is one error that says how to create it', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    workbook.sheets = workbook.sheets.filter((tab) => tab.name !== 'Thông tin chung');
    const issues = check(workbook).filter((issue) => issue.sheet === 'Thông tin chung');
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('Tạo các trang tính');
  });

  it('a key with no value cell at all points at the key, and says the value goes to its right', () => {
    const issues = check({ sheets: [{ name: 'Thông tin chung', values: [['Năm học']] }] });
    const missing = issues.find((issue) => issue.code === 'info-schoolYear-missing')!;
    expect(missing).toMatchObject({ sheet: 'Thông tin chung', cell: 'A1' });
    expect(missing.message).toContain('vào ô bên phải ô này');
  });

  it('a wrong e-mail address is a warning on its cell', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    setInfo(workbook, 'Email nhận', 'phonggd@example.vn, hieutruong@');
    expect(only(check(workbook), 'info-email-invalid')).toEqual([{ severity: 'warning', sheet: 'Thông tin chung', cell: 'B11' }]);
  });
});

describe('the Mức 4 tab', () => {
  it.each<[string, (rows: unknown[][]) => void, string]>([
    ['a value other than Đạt/Không đạt', (rows) => (rows[2][2] = 'Mức 4'), 'requirement-value-invalid'],
    ['a requirement missing', (rows) => rows.splice(5, 1), 'requirement-missing'],
    ['a sixth requirement', (rows) => rows.push([6, 'Tiêu chí 6', 'Đạt']), 'requirement-unknown'],
    ['a requirement twice', (rows) => (rows[3][1] = 'Tiêu chí 2'), 'requirement-duplicate'],
  ])('%s is an error', (_name, edit, code) => {
    const workbook = filledWorkbook(tt17TieuHoc, { requirementsMet: 2 });
    edit(sheet(workbook, 'Mức 4').values);
    const issues = check(workbook);
    expect(issues.map((issue) => issue.code)).toContain(code);
    expect(hasErrors(issues)).toBe(true);
  });
});

describe('TT57 rules', () => {
  it('the TT57 sample (Trường Tiểu học Hòa Bình) has no error and one overdue row on 23/11/2026', () => {
    const issues = check(loadSample(TT57_SAMPLE));
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(only(issues, 'action-overdue')).toEqual([{ severity: 'warning', sheet: 'Tiêu chuẩn 2', cell: 'L3' }]);
  });

  it('a criterion without improvement rows is fine; a ★ criterion below Mức 1 without one is a warning', () => {
    const workbook = filledWorkbook(tt57, { levelOf: (code) => (code === '3.1' || code === '3.3' ? 0 : 2) });
    const tab = sheet(workbook, 'Tiêu chuẩn 3');
    for (const code of ['3.1', '3.3']) {
      for (const header of ['Hoạt động/giải pháp', 'Đơn vị/cá nhân phụ trách', 'Thời gian thực hiện', 'Nguồn lực bảo đảm']) {
        setByHeader(tab, criterionRow(tab, code), header, '');
      }
    }
    const issues = check(workbook);
    expect(only(issues, 'mandatory-without-action')).toEqual([{ severity: 'warning', sheet: 'Tiêu chuẩn 3', cell: 'F2' }]);
  });

  it.each<[string, (workbook: RawWorkbook) => void, string, string, string, Issue['severity']]>([
    [
      'Mức 3 does not exist',
      (workbook) => setByHeader(sheet(workbook, 'Tiêu chuẩn 1'), 1, 'Mức hiện tại', 'Mức 3'),
      'level-above-max',
      'Tiêu chuẩn 1',
      'C2',
      'error',
    ],
    [
      'Mức độ thực hiện outside the list',
      (workbook) => setByHeader(sheet(workbook, 'Tiêu chuẩn 1'), 1, 'Mức độ thực hiện', 'Xong'),
      'progress-invalid',
      'Tiêu chuẩn 1',
      'L2',
      'warning',
    ],
    [
      'a focus issue on a standard that does not exist',
      (workbook) => (sheet(workbook, 'Vấn đề trọng tâm').values[1][1] = 'Tiêu chuẩn 5'),
      'focus-standard-unknown',
      'Vấn đề trọng tâm',
      'B2',
      'error',
    ],
    [
      'a focus criterion of another standard',
      (workbook) => (sheet(workbook, 'Vấn đề trọng tâm').values[1][2] = '1.3, 2.1'),
      'focus-criterion-unknown',
      'Vấn đề trọng tâm',
      'C2',
      'error',
    ],
    ['Theo dõi without Cuối năm học', (workbook) => sheet(workbook, 'Theo dõi').values.splice(2, 1), 'followup-row-missing', 'Theo dõi', 'A1', 'warning'],
  ])('%s', (_name, edit, code, sheetName, cell, severity) => {
    const workbook = filledWorkbook(tt57, { levelOf: () => 1 });
    const tab = sheet(workbook, 'Tiêu chuẩn 1');
    setByHeader(tab, 1, 'Hoạt động/giải pháp', 'Rà soát tầm nhìn');
    setByHeader(tab, 1, 'Đơn vị/cá nhân phụ trách', 'Hiệu trưởng');
    setByHeader(tab, 1, 'Thời gian thực hiện', 'Học kỳ II');
    edit(workbook);
    expect(only(check(workbook), code)).toEqual([{ severity, sheet: sheetName, cell }]);
  });

  it('a TT17 tab left in a TT57 plan is named, not silently used', () => {
    const workbook = filledWorkbook(tt57);
    workbook.sheets.push({ name: 'Mức 4', values: [['TT', 'Tiêu chí', 'Mức hiện tại']] }, { name: 'Tiêu chuẩn 5', values: [['Tiêu chí']] });
    expect(only(check(workbook), 'tab-other-framework')).toEqual([
      { severity: 'warning', sheet: 'Mức 4', cell: 'A1' },
      { severity: 'warning', sheet: 'Tiêu chuẩn 5', cell: 'A1' },
    ]);
  });
});

describe('a Mức 4 tab under a framework whose Mức 4 wording the add-on lacks (TT18, TT19)', () => {
  it.each([
    ['Thông tư 18/2018', tt18],
    ['Thông tư 19/2018', tt19],
  ])('%s: the warning says the requirements are not held and the level stops at Mức 3, never that the framework has no Mức 4', (_name, framework) => {
    const workbook = filledWorkbook(framework);
    workbook.sheets.push({
      name: 'Mức 4',
      values: [
        ['TT', 'Tiêu chí', 'Mức hiện tại'],
        [1, 'Tiêu chí 1', 'Đạt'],
      ],
    });
    const [issue] = check(workbook).filter((candidate) => candidate.code === 'tab-other-framework');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'Mức 4', cell: 'A1' });
    expect(issue.message).toContain('chưa có nội dung các yêu cầu Mức 4');
    expect(issue.message).toContain('Điều 22');
    expect(issue.message).not.toContain('không có Mức 4');
  });
});

describe('a criterion or level of a sibling framework names that framework', () => {
  it('5.6 and 1.5 at Mức 3 in a tiểu học plan: errors that say Thông tư 18/2018 has them and how to switch', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    const tab5 = sheet(workbook, 'Tiêu chuẩn 5');
    tab5.values.push(tab5.values[0].map((header) => (header === 'Tiêu chí' ? '5.6' : header === 'Mức hiện tại' ? 'Mức 2' : '')));
    setByHeader(sheet(workbook, 'Tiêu chuẩn 1'), criterionRow(sheet(workbook, 'Tiêu chuẩn 1'), '1.5'), 'Mức hiện tại', 'Mức 3');
    const issues = check(workbook);
    const unknown = issues.find((issue) => issue.code === 'criterion-unknown')!;
    expect(unknown.message).toContain('Tiêu chí 5.6 có trong Thông tư 18/2018/TT-BGDĐT (THCS, THPT, nhiều cấp học)');
    expect(unknown.message).toContain('"Cấp học"');
    const above = issues.find((issue) => issue.code === 'level-above-max')!;
    expect(above.message).toContain('Mức 3 của tiêu chí 1.5 có trong Thông tư 18/2018/TT-BGDĐT');
  });

  it('a code no framework has gets no such hint', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    const tab1 = sheet(workbook, 'Tiêu chuẩn 1');
    setByHeader(tab1, criterionRow(tab1, '1.10'), 'Tiêu chí', '1.19');
    expect(check(workbook).find((issue) => issue.code === 'criterion-unknown')!.message).toMatch(/Hãy sửa lại mã tiêu chí\.$/);
  });
});
