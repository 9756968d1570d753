import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/cell';
import { formatVnd, parseBudget } from '../../../src/domain/parse/budget';
import { anyCell } from './arbitrary-cell';

describe('parseBudget (Dự kiến kinh phí): amounts', () => {
  it.each<[Cell, number]>([
    ['10 triệu', 10_000_000],
    ['100 triệu đồng', 100_000_000],
    ['1,5 triệu', 1_500_000],
    ['1.5 triệu', 1_500_000],
    ['0,5 triệu', 500_000],
    ['10.000.000', 10_000_000],
    ['10.000.000đ', 10_000_000],
    ['10.000.000 đ', 10_000_000],
    ['10.000.000 đồng', 10_000_000],
    ['10,000,000 VNĐ', 10_000_000],
    ['10.000.000 vnđ', 10_000_000],
    ['5 tr', 5_000_000],
    ['5tr', 5_000_000],
    ['500 nghìn', 500_000],
    ['500 ngàn', 500_000],
    ['500k', 500_000],
    ['500.000 đồng', 500_000],
    ['2 tỷ', 2_000_000_000],
    ['2 tỉ', 2_000_000_000],
    ['2 tỷ 500 triệu', 2_500_000_000],
    ['1 triệu 500 nghìn đồng', 1_500_000],
    ['1.500 triệu', 1_500_000_000],
    ['1.234,5 triệu', 1_234_500_000],
    ['5000000', 5_000_000],
    [10_000_000, 10_000_000],
    [1_500_000.4, 1_500_000],
    ['10 triệu (xã hội hóa)', 10_000_000],
    ['10 triệu (Xã hội hoá)', 10_000_000],
    ['Ngân sách: 5 triệu', 5_000_000],
    ['Ngân sách: 10.000.000', 10_000_000],
    ['Ngân sách: 5000000', 5_000_000],
    ['Dự kiến khoảng 20 triệu đồng', 20_000_000],
    ['Mua sắm thiết bị: 30 triệu', 30_000_000],
    ['5 triệu/năm', 5_000_000],
    ['NSNN: 5 triệu; XHH: 3 triệu', 8_000_000],
    ['10 TRIỆU', 10_000_000],
    ['10 triệu'.normalize('NFD'), 10_000_000],
    ['1,5 triệu đồng'.normalize('NFD'), 1_500_000],
  ])('%j → %i đồng', (cell, vnd) => {
    expect(parseBudget(cell)).toEqual({ kind: 'amount', vnd });
  });
});

describe('parseBudget: no money', () => {
  it.each<[Cell]>([
    [null],
    [''],
    ['   '],
    ['Không'],
    ['không'],
    ['Không có'],
    ['Không phát sinh'],
    ['Không tốn kinh phí'],
    ['0'],
    [0],
    ['0 đồng'],
    ['0đ'],
    ['-'],
    ['–'],
    ['--'],
    ['/'],
    ['Miễn phí'],
    ['Không phát sinh'.normalize('NFD')],
  ])('%j → none', (cell) => {
    expect(parseBudget(cell)).toEqual({ kind: 'none' });
  });
});

describe('parseBudget: a funding source without an amount', () => {
  it.each<[string]>([
    ['Ngân sách nhà nước'],
    ['Ngân sách nhà trường'],
    ['Xã hội hóa'],
    ['Xã hội hoá'],
    ['Nguồn xã hội hóa'],
    ['Kinh phí chi thường xuyên'],
    ['Kinh phí tự chủ'],
    ['Tài trợ của doanh nghiệp'],
    ['Huy động cha mẹ học sinh'],
    ['Quỹ Ban đại diện cha mẹ học sinh'],
    ['NSNN'],
    ['XHH'],
    ['Ngân sách năm 2024'],
  ])('%j → source', (text) => {
    expect(parseBudget(text)).toEqual({ kind: 'source', text });
  });

  it('matches both accent placements and decomposed text, and keeps the text as typed (NFC)', () => {
    expect(parseBudget('Xã hội hóa'.normalize('NFD'))).toEqual({ kind: 'source', text: 'Xã hội hóa' });
    expect(parseBudget('  Xã  hội hoá ')).toEqual({ kind: 'source', text: 'Xã hội hoá' });
  });
});

describe('parseBudget: unreadable', () => {
  it.each<[Cell, string]>([
    ['abc123', 'a number glued to letters'],
    ['10 quả táo', 'a count of things'],
    ['10.000.000 quả táo', 'a grouped number next to other words'],
    ['5 - 10 triệu', 'a range'],
    ['5 triệu - 10 triệu', 'a range'],
    ['Từ 5 đến 10 triệu', 'a range'],
    ['5 triệu x 2 lớp', 'arithmetic'],
    ['1,5', 'a decimal without a unit'],
    ['10.00.000', 'malformed grouping'],
    ['Tận dụng thiết bị sẵn có', 'no amount and no source'],
    [-5, 'negative'],
    [Number.NaN, 'not a number'],
    [true, 'a boolean'],
    [new Date(2024, 0, 1), 'a date'],
  ])('%j → null (%s)', (cell) => {
    expect(parseBudget(cell)).toBeNull();
  });
});

describe('formatVnd', () => {
  it.each([
    [10_000_000, '10.000.000 đồng'],
    [1_500_000, '1.500.000 đồng'],
    [500_000, '500.000 đồng'],
    [999, '999 đồng'],
    [0, '0 đồng'],
    [2_500_000_000, '2.500.000.000 đồng'],
  ])('%i → %s', (vnd, text) => {
    expect(formatVnd(vnd)).toBe(text);
  });
});

describe('parseBudget: properties', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        parseBudget(cell);
      }),
    );
  });

  it('reads back every amount it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (vnd) => {
        expect(parseBudget(formatVnd(vnd))).toEqual({ kind: 'amount', vnd });
      }),
    );
  });
});
