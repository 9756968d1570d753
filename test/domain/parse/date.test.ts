import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/cell';
import { compareDates, formatDateDmy, formatDateLong, parseDate } from '../../../src/domain/parse/date';
import type { SimpleDate } from '../../../src/domain/parse/types';
import { anyCell } from './arbitrary-cell';

const date = (day: number, month: number, year: number): SimpleDate => ({ day, month, year });

describe('parseDate (Ngày ban hành)', () => {
  it.each<[Cell, SimpleDate]>([
    [new Date(2024, 9, 5), date(5, 10, 2024)],
    [new Date(2024, 9, 5, 23, 59), date(5, 10, 2024)],
    ['05/10/2024', date(5, 10, 2024)],
    ['5/10/2024', date(5, 10, 2024)],
    ['05-10-2024', date(5, 10, 2024)],
    ['05.10.2024', date(5, 10, 2024)],
    ['05 / 10 / 2024', date(5, 10, 2024)],
    ['2024-10-05', date(5, 10, 2024)],
    ['2024-10-05T00:00:00.000Z', date(5, 10, 2024)],
    ['2024-10-05T17:00:00+07:00', date(5, 10, 2024)],
    ['ngày 05 tháng 10 năm 2024', date(5, 10, 2024)],
    ['Ngày 5 tháng 10 năm 2024', date(5, 10, 2024)],
    ['An Thái, ngày 05 tháng 10 năm 2024', date(5, 10, 2024)],
    ['ngày 05 tháng 10 năm 2024'.normalize('NFD'), date(5, 10, 2024)],
    ['29/02/2024', date(29, 2, 2024)],
    ['29/02/2000', date(29, 2, 2000)],
    ['31/12/2024', date(31, 12, 2024)],
    ['01/01/1900', date(1, 1, 1900)],
  ])('%j → %o', (cell, expected) => {
    expect(parseDate(cell)).toEqual(expected);
  });

  it.each<[Cell, string]>([
    ['31/02/2024', 'no 31 February'],
    ['29/02/2023', 'not a leap year'],
    ['29/02/1900', '1900 is not a leap year'],
    ['31/04/2024', 'April has 30 days'],
    ['00/10/2024', 'day 0'],
    ['05/13/2024', 'month 13'],
    ['10/05/24', 'a two-digit year'],
    ['05/10-2024', 'two different separators'],
    ['05/10/1899', 'before 1900'],
    ['05/10/3000', 'after 2999'],
    ['2024-13-01', 'month 13 in ISO form'],
    ['10/2024', 'a month, not a date'],
    [45570, 'a number (a date cell arrives as Date)'],
    [new Date(Number.NaN), 'an invalid Date'],
    ['', 'blank'],
    [null, 'null'],
    [true, 'a boolean'],
  ])('%j → null (%s)', (cell) => {
    expect(parseDate(cell)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        parseDate(cell);
      }),
    );
  });

  const validDates = fc
    .date({ min: new Date(1900, 0, 1), max: new Date(2999, 11, 31), noInvalidDate: true })
    .map((d) => date(d.getDate(), d.getMonth() + 1, d.getFullYear()));

  it('reads back every date it formats, short or long', () => {
    fc.assert(
      fc.property(validDates, (d) => {
        expect(parseDate(formatDateDmy(d))).toEqual(d);
        expect(parseDate(formatDateLong(d))).toEqual(d);
      }),
    );
  });
});

describe('formatDateDmy', () => {
  it.each([
    [date(5, 10, 2024), '05/10/2024'],
    [date(15, 1, 2025), '15/01/2025'],
  ])('%o → %s', (d, text) => {
    expect(formatDateDmy(d)).toBe(text);
  });
});

describe('formatDateLong (the NĐ30 date line)', () => {
  it.each([
    [date(5, 10, 2024), 'ngày 05 tháng 10 năm 2024'],
    [date(15, 1, 2025), 'ngày 15 tháng 01 năm 2025'],
    [date(28, 2, 2025), 'ngày 28 tháng 02 năm 2025'],
    [date(9, 3, 2025), 'ngày 09 tháng 3 năm 2025'],
    [date(20, 11, 2024), 'ngày 20 tháng 11 năm 2024'],
  ])('%o → %s', (d, text) => {
    expect(formatDateLong(d)).toBe(text);
  });
});

describe('compareDates', () => {
  it('orders by year, then month, then day', () => {
    const dates = [date(5, 10, 2024), date(1, 1, 2025), date(4, 10, 2024), date(5, 9, 2024)];
    expect([...dates].sort(compareDates)).toEqual([date(5, 9, 2024), date(4, 10, 2024), date(5, 10, 2024), date(1, 1, 2025)]);
    expect(compareDates(date(5, 10, 2024), date(5, 10, 2024))).toBe(0);
  });
});
