import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/cell';
import { formatMonth, monthIndex, parseTimeWindow } from '../../../src/domain/parse/time-window';
import type { SchoolYear, TimeWindow } from '../../../src/domain/parse/types';
import { anyCell } from './arbitrary-cell';

const year2024: SchoolYear = { startYear: 2024, endYear: 2025 };

/** `'9/2024'`, `'5/2025'` → a range window. */
function months(from: string, to: string, kind: TimeWindow['kind'] = 'range'): TimeWindow {
  const [fromMonth, fromYear] = from.split('/').map(Number);
  const [toMonth, toYear] = to.split('/').map(Number);
  return { start: monthIndex(fromYear, fromMonth), end: monthIndex(toYear, toMonth), kind };
}

/** The window's months and kind; whether it was written as whole years is tested on its own below. */
function monthsOf(window: TimeWindow | null): TimeWindow | null {
  if (!window) return null;
  return { start: window.start, end: window.end, kind: window.kind };
}

describe('monthIndex and formatMonth', () => {
  it('counts months so that windows compare with <', () => {
    expect(monthIndex(2024, 9)).toBe(2024 * 12 + 8);
    expect(monthIndex(2024, 12) < monthIndex(2025, 1)).toBe(true);
    expect(formatMonth(monthIndex(2024, 9))).toBe('9/2024');
    expect(formatMonth(monthIndex(2025, 12))).toBe('12/2025');
  });
});

describe('parseTimeWindow: forms seen in real plans (school year 2024-2025)', () => {
  it.each<[Cell, string, string]>([
    ['Tháng 9/2024', '9/2024', '9/2024'],
    ['Tháng 10/2024 - tháng 5/2025', '10/2024', '5/2025'],
    ['09/2024 – 05/2025', '9/2024', '5/2025'],
    ['Năm 2025', '1/2025', '12/2025'],
    ['Năm học 2024-2025', '9/2024', '5/2025'],
    ['HK I', '9/2024', '1/2025'],
    ['HKI', '9/2024', '1/2025'],
    ['Học kỳ I', '9/2024', '1/2025'],
    ['Học kì 1', '9/2024', '1/2025'],
    ['HK II', '1/2025', '5/2025'],
    ['Học kỳ 2', '1/2025', '5/2025'],
    ['Tháng 9 đến tháng 12/2024', '9/2024', '12/2024'],
    ['Tháng 9 - 12/2024', '9/2024', '12/2024'],
    ['Tháng 9', '9/2024', '9/2024'],
    ['Tháng 3', '3/2025', '3/2025'],
    ['Tháng 8', '8/2024', '8/2024'],
  ])('%j → %s – %s', (cell, from, to) => {
    expect(monthsOf(parseTimeWindow(cell, year2024))).toEqual(months(from, to));
  });

  it.each<[Cell]>([['Cả năm học'], ['Thường xuyên']])('%j → the school year, ongoing', (cell) => {
    expect(parseTimeWindow(cell, year2024)).toEqual(months('9/2024', '5/2025', 'ongoing'));
  });
});

describe('parseTimeWindow: more forms', () => {
  it.each<[Cell, string, string]>([
    ['Từ tháng 9/2024 đến tháng 5/2025', '9/2024', '5/2025'],
    ['Tháng 10/2024 tới tháng 5/2025', '10/2024', '5/2025'],
    ['Tháng 10/2024 ~ tháng 5/2025', '10/2024', '5/2025'],
    ['Tháng 10/2024 — tháng 5/2025', '10/2024', '5/2025'],
    ['Tháng 10/2024-tháng 5/2025', '10/2024', '5/2025'],
    ['9/2024-5/2025', '9/2024', '5/2025'],
    ['T9/2024', '9/2024', '9/2024'],
    ['T9-T12/2024', '9/2024', '12/2024'],
    ['tháng 09/2024', '9/2024', '9/2024'],
    ['Tháng 9 năm 2024', '9/2024', '9/2024'],
    ['Tháng 9-2024', '9/2024', '9/2024'],
    ['THÁNG 9/2024', '9/2024', '9/2024'],
    ['Thang 9/2024', '9/2024', '9/2024'],
    ['Tháng 9/2024.', '9/2024', '9/2024'],
    ['Trong tháng 9/2024', '9/2024', '9/2024'],
    ['Tháng 9, 10/2024', '9/2024', '10/2024'],
    ['Tháng 9 và tháng 12/2024', '9/2024', '12/2024'],
    ['Tháng 11, 12, 1/2025', '11/2024', '1/2025'],
    ['- Tháng 9/2024\n- Tháng 12/2024', '9/2024', '12/2024'],
    ['Tháng 10/2024 -\ntháng 5/2025', '10/2024', '5/2025'],
    ['Tháng 10 - tháng 5/2025', '10/2024', '5/2025'],
    ['Tháng 9/2024 - tháng 5', '9/2024', '5/2025'],
    ['Tháng 9 - tháng 5', '9/2024', '5/2025'],
    ['Tháng 1 - tháng 3', '1/2025', '3/2025'],
    ['Quý I/2025', '1/2025', '3/2025'],
    ['Quý 4 năm 2024', '10/2024', '12/2024'],
    ['Quý IV - 2024', '10/2024', '12/2024'],
    ['Quý I', '1/2025', '3/2025'],
    ['Quý IV', '10/2024', '12/2024'],
    ['Đầu năm học', '9/2024', '10/2024'],
    ['Cuối năm học', '4/2025', '5/2025'],
    ['Giữa năm học', '1/2025', '1/2025'],
    ['Cuối học kỳ I', '12/2024', '1/2025'],
    ['Đầu HK II', '1/2025', '2/2025'],
    ['Cuối tháng 9/2024', '9/2024', '9/2024'],
    ['Tuần 2 tháng 9/2024', '9/2024', '9/2024'],
    ['Năm 2024 - 2025', '9/2024', '5/2025'],
    ['Năm học 2024 – 2025', '9/2024', '5/2025'],
    ['Năm học', '9/2024', '5/2025'],
    ['2025', '1/2025', '12/2025'],
    [2025, '1/2025', '12/2025'],
    ['Năm 2024 - năm 2026', '1/2024', '12/2026'],
    ['HK I - HK II', '9/2024', '5/2025'],
    ['HK I, HK II', '9/2024', '5/2025'],
    ['Học kỳ I năm học 2024-2025', '9/2024', '1/2025'],
    ['HKI/2024-2025', '9/2024', '1/2025'],
    ['Tháng 9 (2024-2025)', '9/2024', '9/2024'],
    ['Tháng 9/2024 (triển khai kế hoạch)', '9/2024', '9/2024'],
    ['Tháng 10/2024 - tháng 5/2025 (theo kế hoạch của Phòng GD&ĐT)', '10/2024', '5/2025'],
    ['Dự kiến tháng 12/2024', '12/2024', '12/2024'],
    ['15/9/2024', '9/2024', '9/2024'],
    ['Ngày 15/9/2024', '9/2024', '9/2024'],
    ['ngày 15 tháng 9 năm 2024', '9/2024', '9/2024'],
    ['2024-09-15', '9/2024', '9/2024'],
    ['15/09/2024 - 30/5/2025', '9/2024', '5/2025'],
    ['Từ 15/9/2024 đến 30/5/2025', '9/2024', '5/2025'],
    [new Date(2024, 8, 15), '9/2024', '9/2024'],
    ['Tháng 10/2024 - tháng 5/2025'.normalize('NFD'), '10/2024', '5/2025'],
    ['Học kỳ I'.normalize('NFD'), '9/2024', '1/2025'],
  ])('%j → %s – %s', (cell, from, to) => {
    expect(monthsOf(parseTimeWindow(cell, year2024))).toEqual(months(from, to));
  });

  it.each<[Cell]>([
    ['Trong năm học'],
    ['Suốt năm học'],
    ['Cả năm'],
    ['Hằng tháng'],
    ['Hàng tháng'],
    ['Hàng năm'],
    ['Hằng tuần'],
    ['Liên tục'],
    ['Thường xuyên, liên tục'],
    ['Định kỳ hằng tháng'],
    ['Thường xuyên trong năm học'],
    ['Dự kiến thường xuyên'],
    ['Thường xuyên'.normalize('NFD')],
  ])('%j → the school year, ongoing', (cell) => {
    expect(parseTimeWindow(cell, year2024)).toEqual(months('9/2024', '5/2025', 'ongoing'));
  });

  it('reads a school year written after the text, even without the plan’s', () => {
    expect(parseTimeWindow('Cả năm học 2025-2026', null)).toEqual(months('9/2025', '5/2026', 'ongoing'));
    expect(parseTimeWindow('HK II năm học 2025 - 2026', null)).toEqual(months('1/2026', '5/2026'));
  });

  it('returns a window that ends before it starts: the validator reports it', () => {
    expect(parseTimeWindow('Tháng 5/2025 - tháng 9/2024', year2024)).toEqual(months('5/2025', '9/2024'));
  });
});

describe('parseTimeWindow: forms that need the school year give null without it', () => {
  it.each<[Cell]>([['Tháng 9'], ['Cả năm học'], ['Thường xuyên'], ['HK I'], ['Học kỳ 2'], ['Đầu năm học'], ['Quý I'], ['Tháng 9 - tháng 12'], ['Năm học']])(
    '%j',
    (cell) => {
      expect(parseTimeWindow(cell, null)).toBeNull();
    },
  );

  it.each<[Cell, string, string]>([
    ['Tháng 9/2024', '9/2024', '9/2024'],
    ['Tháng 9 đến tháng 12/2024', '9/2024', '12/2024'],
    ['Năm 2025', '1/2025', '12/2025'],
  ])('but %j does not need it', (cell, from, to) => {
    expect(monthsOf(parseTimeWindow(cell, null))).toEqual(months(from, to));
  });
});

describe('parseTimeWindow: unreadable', () => {
  it.each<[Cell, string]>([
    ['Tháng 13/2024', 'month 13'],
    ['Tháng 0/2024', 'month 0'],
    ['Tháng 13', 'month 13'],
    ['Tháng 12/2024 - 2025', 'the end may be the year 2025 or the school year: ambiguous'],
    ['Tháng 9/2024-2025', 'ambiguous in the same way'],
    ['9', 'a bare number'],
    [9, 'a bare number cell'],
    ['Tháng 9/1899', 'before 1900'],
    ['Khi có kinh phí', 'no time in it'],
    ['Tháng 9/2024 triển khai kế hoạch', 'words after the time, not in brackets'],
    ['Tháng 9/2024 - '.repeat(20), 'longer than 200 characters'],
    ['', 'blank'],
    [null, 'null'],
    [true, 'a boolean'],
    [new Date(Number.NaN), 'an invalid date'],
  ])('%j → null (%s)', (cell) => {
    expect(parseTimeWindow(cell, year2024)).toBeNull();
  });
});

describe('parseTimeWindow: properties', () => {
  const schoolYears = fc.option(fc.integer({ min: 1900, max: 2998 }).map((startYear) => ({ startYear, endYear: startYear + 1 })));
  const monthIndexes = fc.tuple(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => monthIndex(y, m));

  it('never throws, whatever the cell and school year', () => {
    fc.assert(
      fc.property(anyCell, schoolYears, (cell, schoolYear) => {
        parseTimeWindow(cell, schoolYear);
      }),
    );
  });

  it('reads back every month it formats, alone or as a range', () => {
    fc.assert(
      fc.property(monthIndexes, monthIndexes, schoolYears, (a, b, schoolYear) => {
        expect(parseTimeWindow(`Tháng ${formatMonth(a)}`, schoolYear)).toEqual({ start: a, end: a, kind: 'range' });
        expect(parseTimeWindow(`Tháng ${formatMonth(a)} - tháng ${formatMonth(b)}`, schoolYear)).toEqual({ start: a, end: b, kind: 'range' });
      }),
    );
  });

  it('reads 5,000 cells quickly', () => {
    const cells = ['Tháng 9/2024', 'Tháng 10/2024 - tháng 5/2025', 'HK I', 'Cả năm học', 'Tháng 9, 10/2024', 'Khi có kinh phí'];
    const started = performance.now();
    for (let i = 0; i < 5000; i++) parseTimeWindow(cells[i % cells.length], year2024);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('parseTimeWindow: Word habits and typos seen in real plans (school year 2024-2025)', () => {
  it.each<[Cell, string, string]>([
    ['9/2024 đến hết năm học 2024-2025', '9/2024', '5/2025'],
    ['9/2023 đến hết năn học 2023-2024', '9/2023', '5/2024'], // "năn": a typo for năm
    ['đến hết năm học 2024-2025', '9/2024', '5/2025'],
    ['Đến hết tháng 5/2025', '5/2025', '5/2025'],
    // `Từ …` / `Bắt đầu từ …` with no end: the work runs on at least to the end of this school year.
    ['Bắt đầu từ năm học 2022-2023', '9/2022', '5/2025'],
    ['Từ tháng 9/2024', '9/2024', '5/2025'],
    ['Từ tháng 10/2025', '10/2025', '10/2025'],
    ['Hè 2024', '6/2024', '8/2024'],
    ['Hè 2025', '6/2025', '8/2025'],
    ['Hè', '6/2025', '8/2025'],
    ['Dịp hè năm 2025', '6/2025', '8/2025'],
    ['Tháng 9/2024 đến tháng 5/2025', '9/2024', '5/2025'],
    ['Tháng 7/2024 - 5/2025', '7/2024', '5/2025'],
    ['Tháng 07/2024 - tháng 01/2025', '7/2024', '1/2025'],
    ['HKI năm học 2024-2025', '9/2024', '1/2025'],
    ['Cuối năm học', '4/2025', '5/2025'],
    ['Cuối năm học.', '4/2025', '5/2025'],
    ['Quý I/2025', '1/2025', '3/2025'],
    ['Tháng9/2024', '9/2024', '9/2024'],
    ['tháng 9/2024đến tháng 12/2024', '9/2024', '12/2024'],
    ['Tháng9/2024 - 5/2025', '9/2024', '5/2025'],
    ['thang 10/2024-thang 5/2025', '10/2024', '5/2025'],
    ['Thnag 10/2024', '10/2024', '10/2024'],
    ['Hocky 2', '1/2025', '5/2025'],
    ['Nam hoc 2024-2025', '9/2024', '5/2025'],
    ['Giai đoạn 2025-2030', '1/2025', '12/2030'],
    ['Tháng 9/2024 đến tháng 5/2025 và các năm tiếp theo', '9/2024', '5/2025'],
    ['Năm 2025 và những năm sau', '1/2025', '12/2025'],
    ['Sau Tết Nguyên đán', '2/2025', '3/2025'],
    ['Trước Tết', '12/2024', '1/2025'],
    // `nay` (now) is the start of the plan's school year, when plans are written.
    ['Tháng 9/2023 đến nay', '9/2023', '9/2024'],
  ])('%j → %s – %s', (cell, from, to) => {
    expect(monthsOf(parseTimeWindow(cell, year2024))).toEqual(months(from, to));
  });

  it.each<[Cell]>([['Định kỳ hàng tháng'], ['Dinh ky hang thang'], ['Thuong xuyen'], ['Ca nam hoc']])('%j → the school year, ongoing', (cell) => {
    expect(parseTimeWindow(cell, year2024)).toEqual(months('9/2024', '5/2025', 'ongoing'));
  });

  it.each<[Cell, boolean]>([
    ['Năm 2025', true],
    ['Giai đoạn 2025-2030', true],
    ['Năm 2024 - năm 2026', true],
    ['Tháng 1/2025 - tháng 12/2025', false],
    ['Năm học 2024-2025', false],
  ])('%j is written as whole years: %s', (cell, yearOnly) => {
    expect(parseTimeWindow(cell, year2024)?.yearOnly === true).toBe(yearOnly);
  });
});
