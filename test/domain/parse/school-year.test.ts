import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/cell';
import { formatSchoolYear, parseSchoolYear } from '../../../src/domain/parse/school-year';
import { anyCell } from './arbitrary-cell';

describe('parseSchoolYear (Năm học)', () => {
  it.each<[Cell, number]>([
    ['2024-2025', 2024],
    ['2024 - 2025', 2024],
    ['2024–2025', 2024],
    ['2024 – 2025', 2024],
    ['2024—2025', 2024],
    ['2024/2025', 2024],
    ['Năm học 2024-2025', 2024],
    ['Năm học: 2024 - 2025', 2024],
    ['năm học 2025-2026', 2025],
    ['NH 2024-2025', 2024],
    ['2024-25', 2024],
    ['2026-2027', 2026],
    [' 2024-2025 ', 2024],
    ['Năm học 2024-2025'.normalize('NFD'), 2024],
  ])('%j → %i-…', (cell, startYear) => {
    expect(parseSchoolYear(cell)).toEqual({ startYear, endYear: startYear + 1 });
  });

  it.each<[Cell, string]>([
    ['2024-2026', 'two years apart'],
    ['2025-2024', 'backwards'],
    ['2024-2024', 'the same year'],
    ['2024-24', 'short form not the next year'],
    ['1899-1900', 'before 1900'],
    ['2999-3000', 'after 2999'],
    ['2024', 'one year'],
    [2024, 'a number'],
    ['Năm 2024', 'one year'],
    ['24-25', 'two-digit years'],
    ['', 'blank'],
    [null, 'null'],
    [new Date(2024, 8, 5), 'a date'],
  ])('%j → null (%s)', (cell) => {
    expect(parseSchoolYear(cell)).toBeNull();
  });

  it('formats plain, or spaced as in the NĐ30 title', () => {
    expect(formatSchoolYear({ startYear: 2024, endYear: 2025 })).toBe('2024-2025');
    expect(formatSchoolYear({ startYear: 2024, endYear: 2025 }, true)).toBe('2024 - 2025');
  });

  it('never throws, and reads back every year it formats', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        parseSchoolYear(cell);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2998 }), fc.boolean(), (startYear, spaced) => {
        const year = { startYear, endYear: startYear + 1 };
        expect(parseSchoolYear(formatSchoolYear(year, spaced))).toEqual(year);
      }),
    );
  });
});
