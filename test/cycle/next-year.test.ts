/**
 * Next year's workbook from this year's (src/domain/cycle/next-year.ts):
 * which actions are carried, where they go, what `Thông tin chung` and the
 * levels become. Expected actions are read from the sample's own cells by
 * header, not from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { criterionRow, loadSample, setByHeader, setInfo, sheet, TT17_SAMPLE, TT57_SAMPLE } from '../../fixtures/workbooks';
import type { Cell } from '../../src/domain/cell';
import { nextYearWorkbook, type NextYearOutcome } from '../../src/domain/cycle/next-year';
import { TRANSFER_TAB } from '../../src/domain/cycle/transfer-tab';
import type { RawSheet, RawWorkbook } from '../../src/domain/workbook/raw';
import { analysePlan } from '../../src/domain/analyse';
import { parseA1 } from '../../src/domain/workbook/a1';

const SUMMER_2027 = { day: 15, month: 7, year: 2027 };
const SUMMER_2026 = { day: 15, month: 7, year: 2026 };

function col(tab: RawSheet, header: string): number {
  return tab.values[0].findIndex((cell) => cell === header);
}

/** Every action of a standard tab as `tab!row`: action text and one other column. */
function actionsOn(workbook: RawWorkbook, other: string): { tab: string; row: number; action: string; other: Cell }[] {
  const found: { tab: string; row: number; action: string; other: Cell }[] = [];
  for (const tab of workbook.sheets.filter((candidate) => /^Tiêu chuẩn \d$/.test(candidate.name) || candidate.name === 'Mức 4')) {
    const actionCol = col(tab, tab.values[0].includes('Hoạt động/giải pháp') ? 'Hoạt động/giải pháp' : 'Công việc, giải pháp');
    const otherCol = col(tab, other);
    tab.values.forEach((row, index) => {
      if (index > 0 && typeof row[actionCol] === 'string' && row[actionCol] !== '') {
        found.push({ tab: tab.name, row: index, action: row[actionCol], other: otherCol >= 0 ? (row[otherCol] ?? '') : '' });
      }
    });
  }
  return found;
}

/** The first data row with an action. */
function actionRowOf(tab: RawSheet): number {
  const actionCol = col(tab, 'Công việc, giải pháp');
  return tab.values.findIndex((row, index) => index > 0 && typeof row[actionCol] === 'string' && row[actionCol] !== '');
}

function ok(outcome: NextYearOutcome): Extract<NextYearOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('TT57 2026-2027 → TT57 2027-2028', () => {
  const sample = loadSample(TT57_SAMPLE);
  // One progress nobody can read: carried, with a warning naming its cell.
  const standard3 = sheet(sample, 'Tiêu chuẩn 3');
  const unreadableRow = standard3.values.findIndex((row, index) => index > 0 && row[col(standard3, 'Hoạt động/giải pháp')] !== '');
  setByHeader(standard3, unreadableRow, 'Mức độ thực hiện', 'xong một nửa');
  const before = JSON.stringify(sample);
  const outcome = ok(nextYearWorkbook(sample, { today: SUMMER_2027 }));
  const oldActions = actionsOn(sample, 'Mức độ thực hiện');
  const newActions = actionsOn(outcome.workbook, 'Ghi chú');

  it('the sample has finished, unfinished, untracked and unreadable actions (the test means something)', () => {
    const progress = oldActions.map((action) => action.other);
    expect(progress).toContain('Hoàn thành');
    expect(progress).toContain('Đang thực hiện');
    expect(progress).toContain('');
    expect(progress).toContain('xong một nửa');
  });

  it('carries exactly the actions not Hoàn thành, each under its criterion, with Ghi chú saying how it stood', () => {
    const unfinished = oldActions.filter((action) => action.other !== 'Hoàn thành');
    expect(newActions.map((action) => [action.tab, action.action])).toEqual(unfinished.map((action) => [action.tab, action.action]));
    const expectedNotes = unfinished.map((action) =>
      action.other === '' ? 'chưa cập nhật mức độ thực hiện' : action.other === 'xong một nửa' ? 'mức độ thực hiện "xong một nửa"' : String(action.other),
    );
    expect(newActions.map((action) => action.other)).toEqual(expectedNotes.map((status) => `Chuyển từ năm học 2026-2027: ${status}`));
    expect(outcome.finished.map((move) => move.action)).toEqual(
      oldActions.filter((action) => action.other === 'Hoàn thành').map((action) => String(action.action).split('\n')[0]),
    );
    expect(outcome.workbook.sheets.map((tab) => tab.name)).not.toContain(TRANSFER_TAB);
  });

  it('the unreadable progress is carried and warned about, naming its tab and cell', () => {
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0]).toMatch(
      /^Trang "Tiêu chuẩn 3", ô [A-Z]+\d+: mức độ thực hiện "xong một nửa" không đọc được \(chọn Hoàn thành, Đang thực hiện, Chưa hoàn thành\)/,
    );
  });

  it('Thông tin chung: the school carried, Năm học + 1, Số kế hoạch and Ngày ban hành blank', () => {
    const info = sheet(outcome.workbook, 'Thông tin chung').values;
    const value = (label: string) => info.filter((row) => row[0] === label).map((row) => row[1]);
    const old = sheet(sample, 'Thông tin chung').values;
    const oldValue = (label: string) => old.filter((row) => row[0] === label).map((row) => row[1]);
    expect(value('Năm học')).toEqual(['2027-2028']);
    expect(value('Số kế hoạch')).toEqual(['']);
    expect(value('Ngày ban hành')).toEqual(['']);
    for (const label of ['Tên trường', 'Cơ quan chủ quản', 'Ký hiệu trường', 'Hiệu trưởng', 'Nơi nhận', 'Email nhận']) {
      expect(value(label), label).toEqual(oldValue(label));
    }
  });

  it('levels pre-filled from this year, every criterion as written; progress starts blank', () => {
    const analysis = analysePlan(outcome.workbook);
    const old = analysePlan(sample);
    expect(analysis.framework.id).toBe('TT57/2026');
    expect(analysis.summary.levels).toEqual(old.summary.levels);
    expect(actionsOn(outcome.workbook, 'Mức độ thực hiện').every((action) => action.other === '')).toBe(true);
  });

  it('never changes this year’s workbook', () => {
    expect(JSON.stringify(sample)).toBe(before);
  });
});

describe('TT17 2025-2026 → TT57 2026-2027 (framework change)', () => {
  const sample = loadSample(TT17_SAMPLE);
  setInfo(sample, 'Năm học', '2025-2026');
  // One time nobody can read: carried, never dropped.
  const standard1 = sheet(sample, 'Tiêu chuẩn 1');
  setByHeader(standard1, actionRowOf(standard1), 'Thời gian', 'khi có kinh phí');
  const outcome = ok(nextYearWorkbook(sample, { today: SUMMER_2026 }));
  const oldActions = actionsOn(sample, 'Thời gian');
  const transfer = sheet(outcome.workbook, TRANSFER_TAB).values;

  it('becomes a TT57 plan for 2026-2027, levels not carried', () => {
    expect([outcome.fromFramework, outcome.toFramework, outcome.toYear, outcome.levelsCarried]).toEqual(['TT17 tiểu học', 'TT57/2026', '2026-2027', 0]);
    const analysis = analysePlan(outcome.workbook);
    expect(analysis.framework.id).toBe('TT57/2026');
    expect(analysis.schoolYear).toEqual({ startYear: 2026, endYear: 2027 });
  });

  it('every action is either finished or listed in Chuyển từ năm trước, with its old cell; none on the standard tabs', () => {
    expect(outcome.carried.length + outcome.finished.length).toBe(oldActions.length);
    expect(outcome.carried.length).toBeGreaterThan(0);
    expect(outcome.finished.length).toBeGreaterThan(0);
    const oldAt = (from: string) => {
      const [tab, cell] = from.split('!');
      return oldActions.find((action) => action.tab === tab && action.row === parseA1(cell)?.row);
    };
    expect(transfer.slice(1).map((row) => row[1])).toEqual(outcome.carried.map((move) => oldAt(move.from)?.action));
    expect(transfer.slice(1).map((row) => row[8])).toEqual(outcome.carried.map((move) => `${move.from} (năm học 2025-2026)`));
    expect(actionsOn(outcome.workbook, 'Ghi chú')).toEqual([]);
  });

  it('the unreadable time is carried with a warning', () => {
    expect(outcome.carried.map((move) => move.status)).toContain('thời gian "khi có kinh phí"');
    expect(
      outcome.warnings.some((warning) => warning.startsWith('Trang "Tiêu chuẩn 1", ô ') && warning.includes('không đọc được thời gian "khi có kinh phí"')),
    ).toBe(true);
  });

  it.each([
    // [old criterion, suggestion]
    ['2.2', '2.2: Giáo viên'],
    ['5.5', '3.5: Kết quả học tập, phát triển, rèn luyện và sự tiến bộ của học sinh'],
    ['1.2', 'Chưa chắc chắn, có thể 1.2: Cơ cấu tổ chức, phân công nhiệm vụ và phối hợp nội bộ (nhà trường tự chọn)'],
  ])('old criterion %s: the suggestion is %s; Tiêu chí năm nay stays for the school', (code, suggestion) => {
    const row = transfer.find((values) => String(values[0]).startsWith(`${code} (TT17 tiểu học)`));
    if (!row) return expect(outcome.carried.map((move) => move.criterion)).not.toContain(code);
    expect(row[6]).toBe(suggestion);
    expect(row[7]).toBe('');
  });
});

describe('bad input', () => {
  it.each([
    ['blank', ''],
    ['unreadable', 'năm nay'],
  ])('a %s Năm học: no workbook, a message naming the tab and cell', (_name, year) => {
    const sample = loadSample(TT57_SAMPLE);
    setInfo(sample, 'Năm học', year);
    const outcome = nextYearWorkbook(sample, { today: SUMMER_2027 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^Trang "Thông tin chung", ô B\d+: chưa có hoặc không đọc được năm học/);
  });
});

describe('TT17 2024-2025 → TT17 2025-2026 (same framework, time decides)', () => {
  const sample = loadSample(TT17_SAMPLE);
  // Two actions of criterion 2.2: its own row, then a continuation row whose time runs into next year.
  const standard2 = sheet(sample, 'Tiêu chuẩn 2');
  const row22 = criterionRow(standard2, '2.2');
  const continuation = standard2.values[0].map(() => '' as Cell);
  standard2.values.splice(row22 + 1, 0, continuation);
  setByHeader(standard2, row22 + 1, 'Công việc, giải pháp', 'Bồi dưỡng giáo viên dạy Tiếng Anh, Tin học theo lộ trình');
  setByHeader(standard2, row22 + 1, 'Thời gian', 'Tháng 9/2025 - tháng 12/2025');
  setByHeader(standard2, row22, 'Thời gian', 'Học kỳ II');
  const outcome = ok(nextYearWorkbook(sample, { today: { day: 15, month: 7, year: 2025 } }));

  it.each([
    // [old cell, where it goes, how it stood]: the sample's times against 15/7/2025
    ['Tiêu chuẩn 2!F4', 'Tiêu chuẩn 2', 'chưa hết thời gian (Tháng 9/2025 - tháng 12/2025)'],
    ['Tiêu chuẩn 2!F5', 'Tiêu chuẩn 2', 'chưa hết thời gian (Năm 2026)'],
    ['Tiêu chuẩn 3!F2', 'Tiêu chuẩn 3', 'chưa hết thời gian (Tháng 3/2025 - tháng 8/2025)'],
    ['Tiêu chuẩn 4!F4', TRANSFER_TAB, 'chưa hết thời gian (Tháng 6/2025 - tháng 8/2025)'],
    ['Tiêu chuẩn 5!F6', 'Tiêu chuẩn 5', 'chưa hết thời gian (Năm 2065)'],
  ])('%s → %s (%s)', (from, to, status) => {
    expect(outcome.carried.find((move) => move.from === from)).toMatchObject({ to, status });
  });

  it('carries nothing else: HK II of 2024-2025 has passed', () => {
    expect(outcome.carried).toHaveLength(5);
    expect(outcome.finished.map((move) => move.from)).toContain('Tiêu chuẩn 2!F3');
  });

  it('two actions of one criterion: the first in its row, the second in a continuation row', () => {
    const tab = sheet(outcome.workbook, 'Tiêu chuẩn 2');
    const row = criterionRow(tab, '2.2');
    const action = col(tab, 'Công việc, giải pháp');
    const note = col(tab, 'Ghi chú');
    expect(tab.values[row + 1][col(tab, 'Tiêu chí')]).toBe('');
    expect(tab.values.slice(row, row + 2).map((values) => [values[action], values[note]])).toEqual([
      ['Bồi dưỡng giáo viên dạy Tiếng Anh, Tin học theo lộ trình', 'Chuyển từ năm học 2024-2025: chưa hết thời gian (Tháng 9/2025 - tháng 12/2025)'],
      [sheet(sample, 'Tiêu chuẩn 2').values[row22 + 2][action], 'Chuyển từ năm học 2024-2025: chưa hết thời gian (Năm 2026)'],
    ]);
    expect(analysePlan(outcome.workbook).plan.standardTabs[1].blocks.find((block) => block.criterion?.code === '2.2')?.rows).toHaveLength(2);
  });

  it('levels and Mức 4 results pre-filled as written', () => {
    const levels = (workbook: RawWorkbook, tab: string) =>
      sheet(workbook, tab)
        .values.slice(1)
        .map((values) => values[2]);
    expect(levels(outcome.workbook, 'Mức 4')).toEqual(levels(sample, 'Mức 4'));
    expect(outcome.levelsCarried).toBe(26 + 5);
  });
});
