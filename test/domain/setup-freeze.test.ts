import { describe, expect, it } from 'vitest';
import { freezeTabs } from '../../src/adapters/sheets-setup';
import { tt17TieuHoc } from '../../src/domain/frameworks';
import { planSetup, tabsToFreeze, tabsWithCriterionColumn } from '../../src/domain/workbook/setup-plan';
import { filledWorkbook, sheet } from '../../fixtures/workbooks';

/**
 * Which existing tabs setup offers to freeze (issue 18, point 11): those
 * whose frozen columns stop before Tiêu chí, never one frozen as far or
 * further, never one whose Tiêu chí sits so far right that freezing it
 * would leave little room to scroll.
 */

const STANDARD_TABS = ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Mức 4'];

function planFor(prependColumns: Record<string, number> = {}) {
  const workbook = filledWorkbook(tt17TieuHoc, { levelOf: (_code, max) => max - 1 });
  // A school that put its own columns before TT (Mã, Nhóm, Ghi chú…): Tiêu chí moves right.
  for (const [name, count] of Object.entries(prependColumns)) {
    const tab = sheet(workbook, name);
    tab.values = tab.values.map((row, index) => [...Array.from({ length: count }, (_, col) => (index === 0 ? `Cột riêng ${col + 1}` : 'x')), ...row]);
  }
  return planSetup(workbook, tt17TieuHoc);
}

describe('tabsToFreeze', () => {
  it.each<[string, Record<string, number>, Record<string, number>, { sheetName: string; columns: number }[]]>([
    [
      'nothing frozen: every tab with a Tiêu chí column, A–B',
      {},
      Object.fromEntries(STANDARD_TABS.map((name) => [name, 0])),
      STANDARD_TABS.map((sheetName) => ({ sheetName, columns: 2 })),
    ],
    ['a tab whose frozen columns could not be read (deleted meanwhile): not offered', {}, { 'Tiêu chuẩn 4': 0 }, [{ sheetName: 'Tiêu chuẩn 4', columns: 2 }]],
    [
      'frozen as far or further: left alone; frozen less: offered',
      {},
      { 'Tiêu chuẩn 1': 2, 'Tiêu chuẩn 2': 5, 'Tiêu chuẩn 3': 1, 'Tiêu chuẩn 4': 2, 'Tiêu chuẩn 5': 2, 'Mức 4': 3 },
      [{ sheetName: 'Tiêu chuẩn 3', columns: 2 }],
    ],
    [
      'one own column before TT: A–C is still offered',
      { 'Tiêu chuẩn 1': 1 },
      Object.fromEntries(STANDARD_TABS.map((name) => [name, 2])),
      [{ sheetName: 'Tiêu chuẩn 1', columns: 3 }],
    ],
    [
      'Tiêu chí in column E: not offered (four frozen columns would crowd the screen)',
      { 'Tiêu chuẩn 1': 3 },
      Object.fromEntries(STANDARD_TABS.map((name) => [name, 0])),
      STANDARD_TABS.slice(1).map((sheetName) => ({ sheetName, columns: 2 })),
    ],
  ])('%s', (_label, prepend, frozenNow, expected) => {
    const plan = planFor(prepend);
    expect(tabsToFreeze(plan, new Map(Object.entries(frozenNow)))).toEqual(expected);
  });

  it('reads the frozen columns only of tabs it may offer: not Thông tin chung, Nội dung văn bản, Tổng hợp, nor a far-right Tiêu chí', () => {
    expect(tabsWithCriterionColumn(planFor({ 'Tiêu chuẩn 2': 3 }))).toEqual(STANDARD_TABS.filter((name) => name !== 'Tiêu chuẩn 2'));
  });
});

describe('freezeTabs (adapter)', () => {
  it('freezes each agreed tab and names the one Sheets refuses, without stopping', () => {
    const frozen = new Map<string, number>();
    const spreadsheet = {
      getSheetByName: (name: string) =>
        name === 'Đã xoá'
          ? null
          : {
              setFrozenColumns: (columns: number) => {
                // What Sheets does with a freeze line through a merged cell (the message is not documented).
                if (name === 'Tiêu chuẩn 3') throw new Error('You cannot freeze columns that contain only part of a merged cell.');
                frozen.set(name, columns);
              },
            },
    } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const refused = freezeTabs(spreadsheet, [
      { sheetName: 'Tiêu chuẩn 1', columns: 2 },
      { sheetName: 'Tiêu chuẩn 3', columns: 2 },
      { sheetName: 'Đã xoá', columns: 2 },
      { sheetName: 'Mức 4', columns: 2 },
    ]);
    expect(refused).toEqual(['Tiêu chuẩn 3']);
    expect(Object.fromEntries(frozen)).toEqual({ 'Tiêu chuẩn 1': 2, 'Mức 4': 2 });
  });
});
