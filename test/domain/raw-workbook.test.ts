import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Cell } from '../../src/domain/cell';
import { rawWorkbookSchema, type RawSheet, type RawWorkbook } from '../../src/domain/workbook/raw';

describe('the raw workbook type comes from its schema', () => {
  it('types a cell exactly as domain/cell.ts does, Date included (what getValues gives)', () => {
    expectTypeOf<RawSheet['values'][number][number]>().toEqualTypeOf<Cell>();
    expectTypeOf<RawWorkbook['timeZone']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RawWorkbook['sheets'][number]>().toEqualTypeOf<RawSheet>();
  });

  const accepted: [string, unknown][] = [
    [
      'the offline JSON: text, numbers, booleans and blanks',
      {
        sheets: [
          {
            name: 'Thông tin chung',
            values: [
              ['Năm học', '2024-2025'],
              ['Số kế hoạch', 12],
              ['Đạt', true, null],
            ],
          },
        ],
      },
    ],
    ['a time zone', { timeZone: 'Asia/Ho_Chi_Minh', sheets: [] }],
    ['a Date cell, as getValues gives a date-formatted cell', { sheets: [{ name: 'Thông tin chung', values: [['Ngày ban hành', new Date(2024, 9, 5)]] }] }],
  ];
  it.each(accepted)('accepts %s', (_, data) => {
    expect(rawWorkbookSchema.safeParse(data).success).toBe(true);
  });

  const refused: [string, unknown][] = [
    ['no sheets', { timeZone: 'Asia/Ho_Chi_Minh' }],
    ['a cell holding an object', { sheets: [{ name: 'Tiêu chuẩn 1', values: [[{ text: '1.1' }]] }] }],
    ['a row that is not a list', { sheets: [{ name: 'Tiêu chuẩn 1', values: ['1.1'] }] }],
    ['a time zone that is a number', { timeZone: 7, sheets: [] }],
  ];
  it.each(refused)('refuses %s', (_, data) => {
    expect(rawWorkbookSchema.safeParse(data).success).toBe(false);
  });
});
