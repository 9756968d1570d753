/**
 * Next year's workbook laid out for a new spreadsheet
 * (src/domain/cycle/new-spreadsheet.ts) and the link rows between the two
 * years (src/domain/cycle/links.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadSample, sheet, TT17_SAMPLE, TT57_SAMPLE } from '../../fixtures/workbooks';
import { linkCell, withLink } from '../../src/domain/cycle/links';
import { spreadsheetLayout } from '../../src/domain/cycle/new-spreadsheet';
import { nextYearWorkbook } from '../../src/domain/cycle/next-year';
import { TRANSFER_TAB } from '../../src/domain/cycle/transfer-tab';
import { allCriteria } from '../../src/domain/frameworks/types';
import { tt57 } from '../../src/domain/frameworks';

function nextOf(path: string, year: number) {
  const outcome = nextYearWorkbook(loadSample(path), { today: { day: 15, month: 7, year } });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('layout of next year (TT57 2026-2027 → TT57 2027-2028)', () => {
  const outcome = nextOf(TT57_SAMPLE, 2027);
  const layout = spreadsheetLayout(outcome.workbook, tt57);
  const tab = (name: string) => layout.find((candidate) => candidate.title === name)!;

  it('every tab in order, values as the domain made them, a frozen header, room for every row', () => {
    expect(layout.map((candidate) => candidate.title)).toEqual(outcome.workbook.sheets.map((candidate) => candidate.name));
    for (const [index, candidate] of layout.entries()) {
      expect(candidate.values).toBe(outcome.workbook.sheets[index].values);
      expect(candidate.rowCount).toBeGreaterThanOrEqual(Math.max(1000, candidate.values.length));
      expect(candidate.frozenRows).toBe(candidate.values.length > 0 ? 1 : 0);
    }
    // TT and Tiêu chí stay in view on the standard tabs only.
    expect(tab('Tiêu chuẩn 1').frozenColumns).toBe(2);
    expect(tab('Thông tin chung').frozenColumns).toBe(0);
  });

  it('each criterion row offers its own levels; Mức độ thực hiện offers the framework values on every row', () => {
    const standard2 = tab('Tiêu chuẩn 2');
    const header = standard2.values[0];
    const levelCol = header.indexOf('Mức hiện tại');
    const levelDropdowns = standard2.dropdowns.filter((dropdown) => dropdown.col === levelCol);
    const criteriaRows = standard2.values.flatMap((row, index) => (index > 0 && String(row[1]).startsWith('Tiêu chí') ? [index] : []));
    expect(levelDropdowns.map((dropdown) => dropdown.row)).toEqual(criteriaRows);
    expect(levelDropdowns[0].choices).toEqual(['Chưa đạt', 'Mức 1', 'Mức 2']);
    const progress = standard2.dropdowns.find((dropdown) => dropdown.col === header.indexOf('Mức độ thực hiện'));
    expect(progress).toEqual({ row: 1, col: header.indexOf('Mức độ thực hiện'), rows: standard2.values.length - 1, choices: tt57.progressValues });
  });
});

describe('TT17 2025-2026 → TT57 2026-2027: Chuyển từ năm trước gets a dropdown of the TT57 criteria', () => {
  const workbook = loadSample(TT17_SAMPLE);
  const info = sheet(workbook, 'Thông tin chung');
  info.values[info.values.findIndex((row) => row[0] === 'Năm học')][1] = '2025-2026';
  const outcome = nextYearWorkbook(workbook, { today: { day: 15, month: 7, year: 2026 } });
  if (!outcome.ok) throw new Error(outcome.message);

  it('one dropdown over every carried row of `Tiêu chí năm nay`', () => {
    expect(outcome.toFramework).toBe('TT57/2026');
    const transfer = spreadsheetLayout(outcome.workbook, tt57).find((candidate) => candidate.title === TRANSFER_TAB)!;
    const col = transfer.values[0].indexOf('Tiêu chí năm nay');
    expect(transfer.dropdowns).toEqual([
      { row: 1, col, rows: transfer.values.length - 1, choices: allCriteria(tt57).map((criterion) => `${criterion.code}: ${criterion.name}`) },
    ]);
    expect(transfer.values.length - 1).toBe(outcome.carried.length);
  });
});

describe('link rows of Thông tin chung', () => {
  const header = ['Mục', 'Nội dung', 'Gợi ý'];
  it.each([
    [
      'no link yet: the first row below the last filled one',
      [header, ['Tên trường', 'Trường Tiểu học An Khang', ''], ['Năm học', '2025-2026', ''], ['', '', '']],
      3,
      true,
    ],
    ['a link row already there: its value cell', [header, ['Kế hoạch năm sau', 'cũ', ''], ['Năm học', '2025-2026', '']], 1, false],
    ['typed without diacritics', [header, ['Năm học', '2025-2026', ''], ['ke hoach nam sau', '', '']], 2, false],
  ])('%s', (_name, values, row, writeLabel) => {
    expect(linkCell({ name: 'Thông tin chung', values }, 'Kế hoạch năm sau')).toEqual({ row, keyCol: 0, valueCol: 1, writeLabel });
    const linked = withLink({ name: 'Thông tin chung', values }, 'Kế hoạch năm sau', 'https://docs.google.com/spreadsheets/d/moi/edit');
    expect(linked.values[row][1]).toBe('https://docs.google.com/spreadsheets/d/moi/edit');
    // Nothing else moves.
    expect(linked.values.filter((_, index) => index !== row)).toEqual(values.filter((_, index) => index !== row));
  });
});
