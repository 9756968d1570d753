import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../emulator';
import { loadSample, TT17_SAMPLE } from '../../fixtures/workbooks';
import { openAddOn, type AddOn } from './bundle';

/**
 * Issue 18, point 11: on tabs the school already has, setup asks before
 * freezing the TT and Tiêu chí columns, freezes only on "Có", never
 * unfreezes, leaves a tab frozen further alone, and remembers the answer
 * (document property) so it never asks again.
 */

const STANDARD_TABS = ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Mức 4'];
const ANSWER_PROPERTY = 'freezeCriterionColumns';

/**
 * The An Khang sample as a school has it, its tabs complete (setup ran
 * once; its question was not answered): no column frozen, except one tab
 * frozen further and one frozen less.
 */
function schoolWorkbook(): AddOn {
  const addOn = openAddOn(loadSample(TT17_SAMPLE));
  addOn.value('setupTabs', {});
  const spreadsheet = servicesOf(addOn.emu).SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.getSheetByName('Tiêu chuẩn 2')!.setFrozenColumns(3);
  spreadsheet.getSheetByName('Tiêu chuẩn 3')!.setFrozenColumns(1);
  addOn.emu.calls.reset();
  return addOn;
}

function frozenColumns(addOn: AddOn): Record<string, number> {
  return Object.fromEntries(STANDARD_TABS.map((name) => [name, addOn.emu.workbook.sheet(name)!.frozenColumns()]));
}

function values(addOn: AddOn): Record<string, unknown[][]> {
  return Object.fromEntries(addOn.emu.workbook.snapshot().sheets.map((tab) => [tab.name, tab.values]));
}

const BEFORE = { 'Tiêu chuẩn 1': 0, 'Tiêu chuẩn 2': 3, 'Tiêu chuẩn 3': 1, 'Tiêu chuẩn 4': 0, 'Tiêu chuẩn 5': 0, 'Mức 4': 0 };
const ASKED_TABS = ['Tiêu chuẩn 1', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Mức 4'];

describe('setup asks before freezing TT and Tiêu chí on existing tabs', () => {
  it('first run: asks, naming the tabs frozen less than TT and Tiêu chí, and freezes nothing', () => {
    const addOn = schoolWorkbook();
    const before = values(addOn);
    const report = addOn.value('setupTabs', {});
    expect(report.freezeQuestion?.tabs).toEqual(ASKED_TABS);
    expect(report.freezeQuestion?.question).toContain('cố định cột TT và Tiêu chí');
    expect(report.freezeQuestion?.question).toContain('Tiêu chuẩn 1, Tiêu chuẩn 3');
    expect(report.frozenTabs).toEqual([]);
    expect(frozenColumns(addOn)).toEqual(BEFORE);
    expect(addOn.emu.properties.document.get(ANSWER_PROPERTY)).toBeNull();
    expect(values(addOn)).toEqual(before);
    const calls = addOn.emu.calls.byName();
    // One read of the frozen columns per tab with a Tiêu chí column (5 standards and Mức 4), no write.
    expect(calls['Sheet.getFrozenColumns']).toBe(6);
    expect(calls['Sheet.setFrozenColumns'] ?? 0).toBe(0);
  });

  it.each<[string, boolean, Record<string, number>, string]>([
    [
      'Có: freezes A–B where fewer were frozen, leaves the tab frozen further',
      true,
      { 'Tiêu chuẩn 1': 2, 'Tiêu chuẩn 2': 3, 'Tiêu chuẩn 3': 2, 'Tiêu chuẩn 4': 2, 'Tiêu chuẩn 5': 2, 'Mức 4': 2 },
      'yes',
    ],
    ['Không: changes nothing', false, BEFORE, 'no'],
  ])('%s, and remembers the answer', (_label, answer, after, remembered) => {
    const addOn = schoolWorkbook();
    const before = values(addOn);
    addOn.value('setupTabs', {});
    addOn.emu.calls.reset();

    const report = addOn.value('setupTabs', { framework: 'TT17 tiểu học', freezeColumns: answer });
    expect(frozenColumns(addOn)).toEqual(after);
    expect(report.frozenTabs).toEqual(answer ? ASKED_TABS : []);
    expect(report.freezeQuestion).toBeNull();
    expect(report.message).toContain(answer ? 'Đã cố định cột TT và Tiêu chí trên các trang: Tiêu chuẩn 1, Tiêu chuẩn 3' : 'tiện ích sẽ không hỏi lại');
    expect(addOn.emu.properties.document.get(ANSWER_PROPERTY)).toBe(remembered);
    // Freezing is a view setting: not one value of any tab changed.
    expect(values(addOn)).toEqual(before);
    const calls = addOn.emu.calls.byName();
    expect(calls['Sheet.getFrozenColumns']).toBe(6);
    expect(calls['Sheet.setFrozenColumns'] ?? 0).toBe(answer ? 5 : 0);
    expect(calls['Properties.setProperty']).toBe(1);

    // Asked once: the next setup neither asks nor reads a frozen column.
    addOn.emu.calls.reset();
    const next = addOn.value('setupTabs', {});
    expect(next.freezeQuestion).toBeNull();
    expect(next.message).toContain('không cần thay đổi');
    expect(addOn.emu.calls.byName()['Sheet.getFrozenColumns'] ?? 0).toBe(0);
    expect(frozenColumns(addOn)).toEqual(after);
  });

  it('does not ask when every existing tab already shows TT and Tiêu chí', () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE));
    const spreadsheet = servicesOf(addOn.emu).SpreadsheetApp.getActiveSpreadsheet();
    for (const name of STANDARD_TABS) spreadsheet.getSheetByName(name)!.setFrozenColumns(2);
    const report = addOn.value('setupTabs', {});
    expect(report.freezeQuestion).toBeNull();
    expect(addOn.emu.properties.document.get(ANSWER_PROPERTY)).toBeNull();
  });

  it('a fresh workbook: the tabs setup creates are frozen without a question', () => {
    const addOn = openAddOn();
    const report = addOn.value('setupTabs', { framework: 'TT17 tiểu học' });
    expect(report.freezeQuestion).toBeNull();
    expect(frozenColumns(addOn)).toEqual(Object.fromEntries(STANDARD_TABS.map((name) => [name, 2])));
  });
});
