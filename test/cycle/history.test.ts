/**
 * Three chained years (this year → next-year → next-year), then the
 * history of a school: years side by side and the three-year condition of
 * khoản 1 Điều 16 TT57/2026, met only with three consecutive years of data.
 */
import { describe, expect, it } from 'vitest';
import { markProgress, nextYear, threeChainedYears } from '../../fixtures/cycle';
import { sheet } from '../../fixtures/workbooks';
import { schoolHistory, type YearInput } from '../../src/domain/cycle/history';

// 2026-2027: 7 of the 15 criteria below Mức 2, an action each; 3 finished in the year, the other 4 carried (2 finished next year…).
const [year1, year2, year3] = threeChainedYears();
const TODAY = { day: 20, month: 7, year: 2029 };
const inputs: YearInput[] = [
  { label: 'an-thai-2028-2029.json', workbook: year3 },
  { label: 'an-thai-2026-2027.json', workbook: year1 },
  { label: 'an-thai-2027-2028.json', workbook: year2 },
];

describe('history of three chained years', () => {
  const history = schoolHistory(inputs, { today: TODAY });

  it('lists the years in order, side by side', () => {
    expect(
      history.years.map((record) => [record.schoolYear, record.framework, record.schoolLevelLabel, record.actionsFinished, record.actionsUnfinished]),
    ).toEqual([
      ['2026-2027', 'TT57/2026', 'Mức 1', 3, 4],
      ['2027-2028', 'TT57/2026', 'Mức 1', 2, 2],
      ['2028-2029', 'TT57/2026', 'Mức 1', 1, 1],
    ]);
    expect(history.years[0].levelsText).toBe('Mức 1: 15/15 (★ 8/8); Mức 2: 8/15 (★ 6/8)');
    expect(history.years.map((record) => record.budgetTotalVnd)).toEqual([70_000_000, 40_000_000, 20_000_000]);
    expect(history.warnings).toEqual([]);
  });

  it('the three-year condition is met, and the output says what it assumes', () => {
    expect(history.threeYears.met).toBe(true);
    expect(history.threeYears.sentences[0]).toBe(
      'Điểm b khoản 1 Điều 16 Thông tư 57/2026/TT-BGDĐT (dữ liệu ít nhất 03 năm học liên tiếp): đạt, với các năm học 2026-2027, 2027-2028, 2028-2029.',
    );
    expect(history.threeYears.sentences[1]).toBe('Điểm c (mức đạt): năm học 2028-2029 nhà trường đạt Mức 1.');
    expect(history.assumptions.join(' ')).toContain('Giả định');
  });
});

describe('the three-year condition not met', () => {
  it.each([
    ['two years only', [inputs[1], inputs[2]], 'chưa đạt, mới có 2 năm học liên tiếp (2026-2027, 2027-2028); không có bảng tính năm học 2025-2026.'],
    ['a gap: 2027-2028 missing', [inputs[0], inputs[1]], 'chưa đạt, mới có 1 năm học liên tiếp (2028-2029); không có bảng tính năm học 2027-2028.'],
    [
      'the middle year has no progress recorded',
      [inputs[0], inputs[1], { label: 'an-thai-2027-2028.json', workbook: nextYear(year1, 2027) }],
      'chưa đạt, mới có 1 năm học liên tiếp (2028-2029); năm học 2027-2028 chưa đủ dữ liệu: chưa hoạt động nào được cập nhật mức độ thực hiện.',
    ],
  ] as [string, YearInput[], string][])('%s', (_name, chosen, expected) => {
    const history = schoolHistory(chosen, { today: TODAY });
    expect(history.threeYears.met).toBe(false);
    expect(history.threeYears.sentences[0]).toBe(`Điểm b khoản 1 Điều 16 Thông tư 57/2026/TT-BGDĐT (dữ liệu ít nhất 03 năm học liên tiếp): ${expected}`);
  });

  it('a year with a criterion not assessed does not count, and names it', () => {
    const unassessed = nextYear(year2, 2028);
    markProgress(unassessed, 1);
    const tab = sheet(unassessed, 'Tiêu chuẩn 4');
    tab.values[tab.values.findIndex((row) => String(row[1]).startsWith('Tiêu chí 4.3'))][2] = '';
    const history = schoolHistory([inputs[1], inputs[2], { label: 'x.json', workbook: unassessed }], { today: TODAY });
    expect(history.threeYears.met).toBe(false);
    expect(history.threeYears.sentences[0]).toContain('năm học 2028-2029 chưa đủ dữ liệu: 1 tiêu chí chưa có mức (4.3)');
  });

  it('two files of one year, and a file without Năm học: warned, never counted twice', () => {
    const noYear = structuredClone(year1);
    const info = sheet(noYear, 'Thông tin chung');
    info.values[info.values.findIndex((row) => row[0] === 'Năm học')][1] = '';
    const history = schoolHistory([inputs[1], { label: 'ban-sao.json', workbook: year1 }, { label: 'khong-nam.json', workbook: noYear }], { today: TODAY });
    expect(history.years).toHaveLength(1);
    expect(history.warnings).toEqual([
      'Tệp "an-thai-2026-2027.json" và "ban-sao.json" cùng năm học 2026-2027: chỉ tính tệp "an-thai-2026-2027.json".',
      'Tệp "khong-nam.json": không đọc được Năm học ở trang "Thông tin chung" (ví dụ đúng: 2025-2026); tệp này không được xếp vào lịch sử.',
    ]);
  });
});
