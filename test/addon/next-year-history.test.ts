/**
 * Three school years through the add-on (issue 19, "done when"): each
 * year's spreadsheet is made by "Lập kế hoạch năm học mới" from the year
 * before, the school records progress in it, and in the third year the
 * sidebar's history (getHistory) shows khoản 1 Điều 16's three years met —
 * read from the `Lịch sử` tab each spreadsheet carried into the next.
 */
import { describe, expect, it } from 'vitest';
import { firstTt57Year, markProgress } from '../../fixtures/cycle';
import { spreadsheetFile, spreadsheetFileIds } from '../../emulator';
import { withRowsPerTab } from '../../fixtures/workbooks';
import type { Cell } from '../../src/domain/cell';
import { tt57 } from '../../src/domain/frameworks';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { openAddOn } from './bundle';

/** Next year's spreadsheet, made by the add-on at the end of July, as the school then finds it. */
function nextYearThroughAddOn(workbook: RawWorkbook, endYear: number): RawWorkbook {
  const addOn = openAddOn(workbook, new Date(`${endYear}-07-20T09:00:00+07:00`));
  addOn.value('createNextYear', {});
  const book = spreadsheetFile(addOn.emu.env, spreadsheetFileIds(addOn.emu.env)[0])!;
  return { sheets: book.sheets().map((tab) => ({ name: tab.name, values: tab.values() as Cell[][] })) };
}

const year1 = markProgress(firstTt57Year(), 3);
const year2 = markProgress(nextYearThroughAddOn(year1, 2027), 2);
const year3 = markProgress(nextYearThroughAddOn(year2, 2028), 1);

describe('three chained years through the add-on', () => {
  it('the third year shows three years, the first two read back from Lịch sử, and Điều 16 điểm b met', () => {
    const addOn = openAddOn(year3, new Date('2029-07-20T09:00:00+07:00'));
    const history = addOn.value('getHistory');
    expect(history.years.map((year) => [year.schoolYear, year.framework, year.actionsFinished, year.actionsUnfinished, year.counts, year.current])).toEqual([
      ['2026-2027', 'TT57/2026', 3, 4, true, false],
      ['2027-2028', 'TT57/2026', 2, 2, true, false],
      ['2028-2029', 'TT57/2026', 1, 1, true, true],
    ]);
    expect(history.years[0].levels.map((count) => [count.level, count.met, count.total, count.mandatory])).toEqual([
      [1, 15, 15, { met: 8, total: 8 }],
      [2, 8, 15, { met: 6, total: 8 }],
    ]);
    expect(history.threeYears.met).toBe(true);
    expect(history.threeYears.sentences[0]).toContain('đạt, với các năm học 2026-2027, 2027-2028, 2028-2029');
    expect(history.warnings).toEqual([]);
  });

  it('in the second year: two years, not met, and the sidebar says which year is missing', () => {
    const addOn = openAddOn(year2, new Date('2028-07-20T09:00:00+07:00'));
    const history = addOn.value('getHistory');
    expect(history.years.map((year) => year.schoolYear)).toEqual(['2026-2027', '2027-2028']);
    expect(history.threeYears.met).toBe(false);
    expect(history.threeYears.sentences[0]).toContain('mới có 2 năm học liên tiếp (2026-2027, 2027-2028); không có bảng tính năm học 2025-2026');
  });

  it('"Ghi trang Lịch sử" before the year ends: the tab holds the years, nothing else changes, and the calls do not grow with the plan', () => {
    const addOn = openAddOn(year2, new Date('2028-07-20T09:00:00+07:00'));
    const before = addOn.emu.workbook.snapshot();
    addOn.emu.calls.reset();
    const history = addOn.value('writeHistory');
    const calls = addOn.emu.calls.byName();
    const after = addOn.emu.workbook.snapshot();
    expect(after.sheets.filter((tab) => tab.name !== 'Lịch sử')).toEqual(before.sheets.filter((tab) => tab.name !== 'Lịch sử'));
    const rows = addOn.emu.workbook.sheet('Lịch sử')!.values();
    expect(rows.map((row) => row[0])).toEqual(['Năm học', '2026-2027', '2027-2028']);
    expect(history.years).toHaveLength(2);
    expect(calls['Range.setValues']).toBe(1);
    // Twice as many rows in the plan: the same calls.
    const bigger = openAddOn(withRowsPerTab(year2, tt57, 400), new Date('2028-07-20T09:00:00+07:00'));
    bigger.emu.calls.reset();
    bigger.value('writeHistory');
    expect(bigger.emu.calls.byName()).toEqual(calls);
  });

  it('getHistory only reads: the spreadsheet is the same after it', () => {
    const addOn = openAddOn(year2, new Date('2028-07-20T09:00:00+07:00'));
    const before = addOn.emu.workbook.snapshot();
    addOn.value('getHistory');
    expect(addOn.emu.workbook.snapshot()).toEqual(before);
  });
});
