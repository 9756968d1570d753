import { describe, expect, it } from 'vitest';
import { tt17TieuHoc } from '../../src/domain/frameworks';
import type { ServerFunctionName } from '../../src/server/api';
import { filledWorkbook, sheet, withRowsPerTab } from '../../fixtures/workbooks';
import { openAddOn } from './bundle';

/**
 * Each Apps Script service call is a round trip to Google. The add-on
 * reads each tab once and writes in batches, so the number of calls must
 * not grow with the number of rows.
 */
function planWithRows(rowsPerTab: number) {
  const workbook = withRowsPerTab(filledWorkbook(tt17TieuHoc, { levelOf: (_code, max) => max - 1, requirementsMet: 2 }), tt17TieuHoc, rowsPerTab);
  // A few errors on every standard tab, so that marking has work to do.
  for (const standard of tt17TieuHoc.standards) {
    const tab = sheet(workbook, `Tiêu chuẩn ${standard.number}`);
    const time = tab.values[0].indexOf('Thời gian');
    tab.values[tab.values.length - 1][time] = 'Năm 2065';
    tab.values[2][time] = 'Tháng 5/2025 - tháng 9/2024';
  }
  return workbook;
}

function countCalls(rowsPerTab: number, name: ServerFunctionName, args: unknown[] = []): Record<string, number> {
  const addOn = openAddOn(planWithRows(rowsPerTab));
  addOn.value('setupTabs', {}); // tabs completed first, as a school would have them
  addOn.emu.calls.reset();
  const result = addOn.call(name, ...args) as { ok: boolean };
  expect(result.ok).toBe(true);
  return addOn.emu.calls.byName();
}

describe('service calls do not grow with rows (10 vs 1,000 rows per tab)', () => {
  it.each<[ServerFunctionName, unknown[]]>([
    ['getOverview', []],
    ['checkPlan', []],
    ['writeSummary', []],
    ['setupTabs', [{}]],
  ])('%s', (name, args) => {
    const small = countCalls(10, name, args);
    const large = countCalls(1000, name, args);
    expect(large).toEqual(small);
    const total = Object.values(small).reduce((sum, n) => sum + n, 0);
    console.info(`${name}: ${total} service calls (10 and 1.000 rows per tab)`);
  });

  /** Calls on the spreadsheet itself (SpreadsheetApp, Spreadsheet, Sheet, Range): this file's business; Docs, Drive and properties are counted elsewhere. */
  const sheetsCalls = (calls: Record<string, number>) =>
    Object.entries(calls)
      .filter(([name]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(name))
      .reduce((sum, [, n]) => sum + n, 0);

  it.each<[ServerFunctionName, unknown[], number]>([
    ['getOverview', [], 30],
    // 69 before marks followed their cells: now + 5 getSheetId (marked tabs remembered by id),
    // + 5 getRange (the changed block is written, the whole grid read) + 1 getSpreadsheetTimeZone.
    ['checkPlan', [], 80],
    ['writeSummary', [], 41],
    // 30, + 12 while the freeze question is unanswered: getSheetByName and getFrozenColumns on the 6 tabs with a Tiêu chí column (0 once answered).
    ['setupTabs', [{}], 42],
  ])('%s makes exactly the expected calls on the spreadsheet', (name, args, expected) => {
    const calls = countCalls(1000, name, args);
    expect(sheetsCalls(calls)).toBe(expected);
    // Dates are read in the spreadsheet's time zone: one question per execution.
    expect(calls['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
  });

  it('checkPlan reads each tab with one getValues and writes marks with one setBackgrounds and one setNotes per marked tab', () => {
    const calls = countCalls(1000, 'checkPlan');
    expect(calls['Range.getValues']).toBe(9); // each of the 9 tabs, once
    // Per marked tab: the whole grid read once (marks are found wherever they moved), the changed block written once.
    expect(calls['Range.getBackgrounds']).toBe(5);
    expect(calls['Range.getNotes']).toBe(5);
    expect(calls['Sheet.getRange']).toBe(10);
    expect(calls['Range.setBackgrounds']).toBe(5); // the 5 standard tabs with errors
    expect(calls['Range.setNotes']).toBe(5);
    expect(calls['Range.setBackground'] ?? 0).toBe(0);
    expect(calls['Range.setNote'] ?? 0).toBe(0);
  });
});
