import { describe, expect, it } from 'vitest';
import { frameworks } from '../../src/domain/frameworks';
import { blankWorkbook } from '../../src/domain/workbook/template';

/** Issue 18, item 8: setup adds only the `Thông tin chung` rows the chosen framework uses. */
describe('the Thông tin chung rows setup writes', () => {
  const labels = (id: string) => blankWorkbook(frameworks.find((framework) => framework.id === id)!).sheets[0].values.map((row) => row[0]);

  it.each([['TT17 tiểu học'], ['TT18/2018'], ['TT19/2018']])('%s: no TT57-only Loại hình or Địa chỉ', (id) => {
    expect(labels(id)).not.toContain('Loại hình');
    expect(labels(id)).not.toContain('Địa chỉ');
    expect(labels(id)).toContain('Tên trường');
  });

  it.each([['TT57/2026'], ['TT57/2026 mầm non'], ['TT57/2026 GDTX']])('%s: Loại hình and Địa chỉ, which section I prints', (id) => {
    expect(labels(id)).toEqual(expect.arrayContaining(['Loại hình', 'Địa chỉ']));
  });
});
