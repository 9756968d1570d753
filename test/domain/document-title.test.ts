import { describe, expect, it } from 'vitest';
import { filledWorkbook, setInfo } from '../../fixtures/workbooks';
import { documentTitle } from '../../src/domain/document/build';
import { tt17TieuHoc } from '../../src/domain/frameworks';
import { readPlan } from '../../src/domain/workbook/read';

describe('the Doc title (its Drive file name)', () => {
  it.each([
    ['Trường Tiểu học An Thái', 'Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Thái'],
    ['\u200eTrường Tiểu học\u200b An Thái\u200f', 'Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Thái'],
    ['Trường Tiểu học\u0007 An\nThái', 'Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Thái'],
  ])('is cleaned like the body: %j', (name, title) => {
    const workbook = filledWorkbook(tt17TieuHoc);
    setInfo(workbook, 'Tên trường', name);
    expect(documentTitle(readPlan(workbook))).toBe(title);
  });
});
