import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/cell';
import { formatLevel, parseLevel, parseMet } from '../../../src/domain/parse/level';
import { anyCell } from './arbitrary-cell';

describe('parseLevel (Mức hiện tại on the standard tabs)', () => {
  it.each<[Cell, number]>([
    ['Mức 1', 1],
    ['Mức 2', 2],
    ['Mức 3', 3],
    ['mức 2', 2],
    ['MỨC 3', 3],
    ['Mức2', 2],
    ['Mức: 2', 2],
    ['Mức 2.', 2],
    ['Mức II', 2],
    ['Mức III', 3],
    ['Mức IV', 4],
    ['Mức I', 1],
    ['2', 2],
    [2, 2],
    [3, 3],
    ['Đạt mức 2', 2],
    ['M2', 2],
    ['Mức 1 (đạt)', 1],
    ['Đạt Mức 3', 3],
    ['đạt mức 1', 1],
    ['Muc 2', 2],
    ['Chưa đạt', 0],
    ['Không đạt', 0],
    ['Chưa đạt mức 1', 0],
    ['Không đạt Mức 1', 0],
    ['Chưa đạt Mức I', 0],
    ['0', 0],
    [0, 0],
    ['Mức 0', 0],
    ['Mức 2'.normalize('NFD'), 2],
    ['Chưa đạt'.normalize('NFD'), 0],
    ['  Đạt  mức 2 ', 2],
  ])('%j → level %i', (cell, level) => {
    expect(parseLevel(cell)).toEqual({ kind: 'level', level });
  });

  it('reads a bare "Đạt" as met, because it names no level (the validator asks which one)', () => {
    expect(parseLevel('Đạt')).toEqual({ kind: 'met', met: true });
    expect(parseLevel('Đã đạt')).toEqual({ kind: 'met', met: true });
  });

  it.each<[Cell, string]>([
    ['', 'blank'],
    [null, 'null'],
    ['   ', 'spaces'],
    ['Chưa đạt mức 2', 'does not say whether Mức 1 is reached'],
    ['Mức độ 2', 'a chuẩn quốc gia degree, not a level'],
    ['Mức 2, 3', 'two levels'],
    ['Mức V', 'Roman numerals stop at IV'],
    ['10', 'two digits'],
    [10, 'two digits'],
    [1.5, 'not a whole number'],
    [-1, 'negative'],
    ['Tốt', 'a TT22 assessment word'],
    [true, 'a checkbox'],
    [new Date(2024, 0, 2), 'a date'],
  ])('%j → null (%s)', (cell) => {
    expect(parseLevel(cell)).toBeNull();
  });

  it('never throws, and reads back every level it formats', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        parseLevel(cell);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), (level) => {
        expect(parseLevel(formatLevel(level))).toEqual({ kind: 'level', level });
      }),
    );
  });
});

describe('parseMet (the Mức 4 tab)', () => {
  it.each<[Cell, boolean]>([
    ['Đạt', true],
    ['đạt', true],
    ['Đã đạt', true],
    ['Đạt mức 4', true],
    ['Có', true],
    ['x', true],
    ['X', true],
    ['✓', true],
    [true, true],
    ['Đạt'.normalize('NFD'), true],
    ['Không đạt', false],
    ['Chưa đạt', false],
    ['Chưa đạt mức 4', false],
    ['Không', false],
    ['Chưa', false],
    ['Không có', false],
    [false, false],
    ['Không đạt'.normalize('NFD'), false],
  ])('%j → %s', (cell, met) => {
    expect(parseMet(cell)).toBe(met);
  });

  it.each<[Cell]>([[''], [null], ['Mức 3'], ['1'], [1], [0], ['Tốt'], [new Date(2024, 0, 2)]])('%j → null', (cell) => {
    expect(parseMet(cell)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        parseMet(cell);
      }),
    );
  });
});

describe('formatLevel', () => {
  it.each([
    [0, 'Chưa đạt'],
    [1, 'Mức 1'],
    [2, 'Mức 2'],
    [3, 'Mức 3'],
    [4, 'Mức 4'],
  ])('%i → %s', (level, text) => {
    expect(formatLevel(level)).toBe(text);
  });
});
