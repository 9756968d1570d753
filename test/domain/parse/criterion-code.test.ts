import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/cell';
import { parseCriterionCode, parseRequirementNumber } from '../../../src/domain/parse/criterion-code';
import { anyCell } from './arbitrary-cell';

describe('parseCriterionCode', () => {
  it.each<[Cell, string]>([
    ['1.1', '1.1'],
    ['1.10', '1.10'],
    ['5.5', '5.5'],
    [1.1, '1.1'],
    [2.4, '2.4'],
    ['Tiêu chí 1.1', '1.1'],
    ['Tiêu chí 1.1:', '1.1'],
    ['Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường', '1.1'],
    ['Tiêu chí 1.10: Đảm bảo an ninh trật tự, an toàn trường học', '1.10'],
    ['Tiêu chí 2. 2 Đối với giáo viên', '2.2'],
    ['Tiêu chí 3.3 Khối phòng phục vụ học tập và khối phòng hành chính - quản trị', '3.3'],
    ['Tiêu chí 4.2\nCông tác tham mưu cấp ủy Đảng', '4.2'],
    ['TC 3.5', '3.5'],
    ['TC3.5', '3.5'],
    ['tiêu chí 1.3.', '1.3'],
    ['TIÊU CHÍ 5.4', '5.4'],
    ['Tiêu chí số 1.1', '1.1'],
    ['1,1', '1.1'],
    ['01.01', '1.1'],
    ['  Tiêu chí   1.1  ', '1.1'],
    ['\u00a0Tiêu chí\u00a01.1\u00a0', '1.1'],
    ['Tieu chi 1.1', '1.1'],
    ['Tiêu chí 1.1'.normalize('NFD'), '1.1'],
    ['Tiêu chí 2. 2 Đối với giáo viên'.normalize('NFD'), '2.2'],
    ['- Tiêu chí 1.1', '1.1'],
    ['• 2.3', '2.3'],
    ['Tiêu chuẩn 1 - Tiêu chí 1.1', '1.1'],
  ])('%j → %s', (cell, code) => {
    expect(parseCriterionCode(cell)?.code).toBe(code);
  });

  it('gives the standard and the index as numbers', () => {
    expect(parseCriterionCode('Tiêu chí 1.10: Đảm bảo an ninh trật tự')).toEqual({ standard: 1, index: 10, code: '1.10' });
  });

  it.each<[Cell, string]>([
    ['abc', 'not a code'],
    ['1', 'a number alone'],
    [1, 'a whole number cell'],
    ['Tiêu chuẩn 1', 'a standard'],
    ['Tiêu chuẩn 1. Tổ chức và quản lý nhà trường', 'a standard with its name'],
    ['TC1', 'a TT57 standard code'],
    ['Tiêu chí 1. Phương hướng', 'no index after the dot'],
    ['1.1.1', 'a sub-item'],
    ['MC.1.3.01', 'an evidence code'],
    ['1.3, 1.4', 'a list of criteria'],
    ['1.1 - 1.3', 'a range of criteria'],
    ['1, 1', 'a comma and a space read as a list'],
    ['1.1a', 'a letter glued to the code'],
    ['0.1', 'standard 0'],
    ['1.0', 'index 0'],
    ['05/10/2024', 'a date'],
    [new Date(2024, 9, 5), 'a date cell'],
    [true, 'a boolean'],
    ['', 'blank'],
    [null, 'null'],
  ])('%j → null (%s)', (cell) => {
    expect(parseCriterionCode(cell)).toBeNull();
  });

  it('never throws, whatever the cell', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        parseCriterionCode(cell);
      }),
    );
  });

  it('reads back every code it could be given, bare or with its label', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 20 }), (standard, index) => {
        const code = `${standard}.${index}`;
        expect(parseCriterionCode(code)?.code).toBe(code);
        expect(parseCriterionCode(`Tiêu chí ${code}: Tên tiêu chí`)?.code).toBe(code);
      }),
    );
  });
});

describe('parseRequirementNumber (the Mức 4 tab)', () => {
  it.each<[Cell, number]>([
    ['1', 1],
    ['5', 5],
    ['9', 9],
    [1, 1],
    ['Tiêu chí 1', 1],
    ['Yêu cầu 2', 2],
    ['Tiêu chí 3: Thư viện có hạ tầng công nghệ thông tin hiện đại', 3],
    ['1.', 1],
    ['2. Kế hoạch giáo dục tham khảo chương trình giáo dục tiên tiến', 2],
    ['Tiêu chí 4'.normalize('NFD'), 4],
  ])('%j → %i', (cell, expected) => {
    expect(parseRequirementNumber(cell)).toBe(expected);
  });

  it.each<[Cell]>([['1.1'], [1.5], ['abc'], ['Tiêu chuẩn 1'], ['1a'], ['1/2'], [''], [null], [true], [new Date(2024, 0, 1)]])('%j → null', (cell) => {
    expect(parseRequirementNumber(cell)).toBeNull();
  });

  it('never throws, and reads back any number it is given', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        parseRequirementNumber(cell);
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (n) => parseRequirementNumber(`Tiêu chí ${n}`) === n && parseRequirementNumber(n) === n));
  });
});
