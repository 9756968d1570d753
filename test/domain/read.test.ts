import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/domain/cell';
import { tt17TieuHoc, tt57 } from '../../src/domain/frameworks';
import { monthIndex } from '../../src/domain/parse/time-window';
import { a1 } from '../../src/domain/workbook/a1';
import type { Plan } from '../../src/domain/workbook/plan';
import { readPlan } from '../../src/domain/workbook/read';
import { rowText } from '../../src/domain/workbook/table';
import type { TypedCell } from '../../src/domain/workbook/typed-cell';
import { criterionRow, filledWorkbook, setByHeader, sheet } from '../../fixtures/workbooks';

describe('reading a workbook', () => {
  it('finds tabs by name after NFC, trimming and case folding', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    sheet(workbook, 'Tiêu chuẩn 2').name = '  TIÊU CHUẨN 2 '.normalize('NFD');
    const plan = readPlan(workbook);
    expect(plan.missingStandards).toEqual([]);
    expect(plan.standardTabs[1].blocks).toHaveLength(4);
  });

  it('finds the header row among the first 5 rows, by header text and the aliases of real plans', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    const tab = sheet(workbook, 'Tiêu chuẩn 5');
    tab.values[0] = tab.values[0].map(
      (header) =>
        ({
          'Mức hiện tại': 'Kết quả tự đánh giá',
          'Công việc, giải pháp': 'Công việc/giải pháp cần thực hiện',
          'Chủ trì, phối hợp': 'Chủ trì và phối hợp thực hiện',
          'Thời gian': 'Thời gian thực hiện và hoàn thành',
          'Kinh phí': 'Dự kiến kinh phí',
          TT: 'STT',
        })[String(header)] ?? header,
    );
    tab.values.unshift(['KẾ HOẠCH CẢI TIẾN - TIÊU CHUẨN 5'], []);
    const plan = readPlan(workbook);
    const standard5 = plan.standardTabs[4];
    expect(standard5.table?.headerRow).toBe(2);
    expect([...standard5.table!.columns.keys()]).toEqual(
      expect.arrayContaining(['tt', 'criterion', 'currentLevel', 'actions', 'responsible', 'time', 'budget']),
    );
    expect(standard5.blocks.map((block) => block.code?.code)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5']);
  });

  it('groups continuation rows under the criterion above', () => {
    const workbook = filledWorkbook(tt17TieuHoc, { levelOf: () => 1 });
    const tab = sheet(workbook, 'Tiêu chuẩn 4');
    const extra = tab.values[0].map(() => '' as string);
    extra[tab.values[0].indexOf('Công việc, giải pháp')] = 'Dòng công việc thứ hai';
    tab.values.splice(2, 0, extra);
    const block = readPlan(workbook).standardTabs[3].blocks[0];
    expect(block.code?.code).toBe('4.1');
    expect(block.rows.map((row) => rowText(row, 'actions'))).toEqual(['Thực hiện các giải pháp để tiêu chí 4.1 đạt Mức 3', 'Dòng công việc thứ hai']);
  });

  it('takes the framework from Khung đánh giá, else from the school year', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    expect(readPlan(workbook).frameworkChoice).toEqual({ source: 'cell', text: 'TT17 tiểu học' });
    const info = sheet(workbook, 'Thông tin chung');
    info.values.forEach((row) => {
      if (row[0] === 'Khung đánh giá') row[1] = '';
      if (row[0] === 'Năm học') row[1] = '2026–2027';
    });
    const plan = readPlan(workbook);
    expect(plan.framework.id).toBe('TT57/2026');
    // Cấp học is blank: the school's name says tiểu học.
    expect(plan.frameworkChoice).toEqual({ source: 'schoolYear', startYear: 2026, schoolType: 'tieuHoc', schoolNameText: 'Trường Tiểu học An Thái' });
  });
});

describe('reading once into typed values, each with its cell', () => {
  type Pick = (plan: Plan) => TypedCell<unknown>;
  const time: Pick = (plan) => plan.standardTabs[0].blocks[0].rows[0].time;
  const budget: Pick = (plan) => plan.standardTabs[0].blocks[0].rows[0].budget;
  const progress: Pick = (plan) => plan.standardTabs[0].blocks[0].rows[0].progress;
  const current: Pick = (plan) => plan.standardTabs[0].blocks[0].currentLevel;
  const target: Pick = (plan) => plan.standardTabs[0].blocks[0].targetLevel;
  const met: Pick = (plan) => plan.requirementTab!.entries[0].met;

  // [what, framework, tab, header, cell written on criterion 1.1's row (or requirement 1's), typed cell, expected status, expected value]
  const cases: [string, typeof tt17TieuHoc, string, string, Cell, Pick, TypedCell<unknown>['status'], unknown][] = [
    [
      'a time range',
      tt17TieuHoc,
      'Tiêu chuẩn 1',
      'Thời gian',
      'Tháng 10/2024 - tháng 5/2025',
      time,
      'ok',
      { start: monthIndex(2024, 10), end: monthIndex(2025, 5), kind: 'range' },
    ],
    [
      'a month placed by the school year',
      tt17TieuHoc,
      'Tiêu chuẩn 1',
      'Thời gian',
      'Tháng 3',
      time,
      'ok',
      { start: monthIndex(2025, 3), end: monthIndex(2025, 3), kind: 'range' },
    ],
    ['a time it cannot read', tt17TieuHoc, 'Tiêu chuẩn 1', 'Thời gian', 'Khi có kinh phí', time, 'unreadable', null],
    ['a blank time', tt17TieuHoc, 'Tiêu chuẩn 1', 'Thời gian', '', time, 'blank', null],
    ['an amount', tt17TieuHoc, 'Tiêu chuẩn 1', 'Kinh phí', '2 tỷ 500 triệu', budget, 'ok', { kind: 'amount', vnd: 2_500_000_000 }],
    ['a number cell', tt17TieuHoc, 'Tiêu chuẩn 1', 'Kinh phí', 10_000_000, budget, 'ok', { kind: 'amount', vnd: 10_000_000 }],
    ['a funding source', tt17TieuHoc, 'Tiêu chuẩn 1', 'Kinh phí', 'Xã hội hóa', budget, 'ok', { kind: 'source', text: 'Xã hội hóa' }],
    ['a blank budget (no money)', tt17TieuHoc, 'Tiêu chuẩn 1', 'Kinh phí', '', budget, 'blank', { kind: 'none' }],
    ['a budget it cannot read', tt17TieuHoc, 'Tiêu chuẩn 1', 'Kinh phí', '5 - 10 triệu', budget, 'unreadable', null],
    ['a current level in Roman numerals', tt17TieuHoc, 'Tiêu chuẩn 1', 'Mức hiện tại', 'Mức II', current, 'ok', { kind: 'level', level: 2 }],
    ['a current level it cannot read', tt17TieuHoc, 'Tiêu chuẩn 1', 'Mức hiện tại', 'Mức độ 2', current, 'unreadable', null],
    ['a target level', tt17TieuHoc, 'Tiêu chuẩn 1', 'Mức phấn đấu', 'Đạt mức 3', target, 'ok', { kind: 'level', level: 3 }],
    ['a requirement met', tt17TieuHoc, 'Mức 4', 'Mức hiện tại', 'Đã đạt', met, 'ok', true],
    ['a requirement not met', tt17TieuHoc, 'Mức 4', 'Mức hiện tại', 'Chưa đạt', met, 'ok', false],
    ['a requirement value it cannot read', tt17TieuHoc, 'Mức 4', 'Mức hiện tại', 'Mức 2', met, 'unreadable', null],
    ['a progress value typed in lower case', tt57, 'Tiêu chuẩn 1', 'Mức độ thực hiện', 'hoàn thành', progress, 'ok', 'Hoàn thành'],
    ['a progress value the framework lacks', tt57, 'Tiêu chuẩn 1', 'Mức độ thực hiện', 'Đang làm dở', progress, 'unreadable', null],
  ];

  it.each(cases)('%s', (_, framework, tabName, header, value, pick, status, expected) => {
    const workbook = filledWorkbook(framework, { levelOf: () => 1 });
    const tab = sheet(workbook, tabName);
    const row = tabName === 'Mức 4' ? 1 : criterionRow(tab, '1.1');
    setByHeader(tab, row, header, value);
    const cell = pick(readPlan(workbook));
    expect(cell.status).toBe(status);
    expect(cell.value).toEqual(expected);
    expect(cell.raw).toEqual(value);
    expect(`${cell.sheet}!${a1(cell.row, cell.col)}`).toBe(`${tab.name}!${a1(row, tab.values[0].indexOf(header))}`);
  });

  it('marks a column the tab lacks as absent, with no address', () => {
    const plan = readPlan(filledWorkbook(tt17TieuHoc, { levelOf: () => 1 }));
    const row = plan.standardTabs[0].blocks[0].rows[0];
    expect(row.progress).toMatchObject({ status: 'absent', value: null, text: '', col: -1 });
  });

  it('reads the focus tab: each standard and each listed criterion code', () => {
    const plan = readPlan(filledWorkbook(tt57));
    const [focus] = plan.extraTabs.find((tab) => tab.spec.anchorKey === 'standard')!.rows;
    expect(focus.standard).toMatchObject({ status: 'ok', value: 1, text: 'Tiêu chuẩn 1' });
    expect(focus.criteria.value).toEqual([
      { text: '1.3', code: { standard: 1, index: 3, code: '1.3' } },
      { text: '1.4', code: { standard: 1, index: 4, code: '1.4' } },
    ]);
  });
});
