/**
 * Issue 19, on the built bundle: next year's spreadsheet says which
 * standard tabs still hold last year's levels (`Mức cần đánh giá lại` in
 * `Thông tin chung`), the check warns per tab, "Đã đánh giá lại" takes one
 * tab out with one read and one write; and `Tổng hợp` links each year's
 * spreadsheet to the other.
 */
import { describe, expect, it } from 'vitest';
import { spreadsheetFile, spreadsheetFileIds, type CellValue } from '../../emulator';
import { loadSample, setInfo, sheet, TT17_SAMPLE, TT57_SAMPLE } from '../../fixtures/workbooks';
import type { Cell } from '../../src/domain/cell';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { openAddOn, type AddOn } from './bundle';

const JULY_2027 = new Date('2027-07-15T09:00:00+07:00');
const SEPTEMBER_2027 = new Date('2027-09-20T09:00:00+07:00');
const TT57_TABS = ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4'];

/** The TT57 sample of 2026-2027 made into 2027-2028 by the add-on: both add-ons, the new workbook as the school then opens it. */
function madeNextYear(workbook: RawWorkbook = loadSample(TT57_SAMPLE)): { old: AddOn; url: string; next: RawWorkbook } {
  const old = openAddOn(workbook, JULY_2027);
  const report = old.value('createNextYear', {});
  const book = spreadsheetFile(old.emu.env, spreadsheetFileIds(old.emu.env)[0])!;
  const next = { sheets: book.sheets().map((tab) => ({ name: tab.name, values: tab.values() as Cell[][] })) };
  return { old, url: report.created?.url ?? '', next };
}

function rowOf(values: readonly (readonly (Cell | CellValue)[])[], key: string): (Cell | CellValue)[] | undefined {
  return values.find((row) => row[0] === key)?.slice();
}

describe('Mức cần đánh giá lại: levels pre-filled until each tab is confirmed', () => {
  const { next } = madeNextYear();

  it('next year’s Thông tin chung lists every standard tab', () => {
    expect(rowOf(sheet(next, 'Thông tin chung').values, 'Mức cần đánh giá lại')?.[1]).toBe(TT57_TABS.join(', '));
  });

  it('the overview names them, and the check warns once per tab at its Mức hiện tại header', () => {
    const addOn = openAddOn(structuredClone(next), SEPTEMBER_2027);
    const overview = addOn.value('getOverview');
    expect(overview.reassess?.tabs).toEqual(TT57_TABS);
    expect(overview.reassess?.sheet).toBe('Thông tin chung');
    const info = sheet(next, 'Thông tin chung').values;
    const row = info.findIndex((values) => values[0] === 'Mức cần đánh giá lại');
    expect(overview.reassess?.cell).toBe(`B${row + 1}`);
    const warnings = overview.issues.filter((issue) => issue.code === 'levels-not-reassessed');
    expect(warnings.map((issue) => issue.sheet)).toEqual(TT57_TABS);
    for (const issue of warnings) {
      const header = sheet(next, issue.sheet).values[0];
      expect(issue.cell).toBe(`${String.fromCharCode(65 + header.indexOf('Mức hiện tại'))}1`);
      expect(issue.severity).toBe('warning');
      expect(issue.message).toContain(`ô B${row + 1} trang "Thông tin chung"`);
    }
  });

  // Confirmed one after the other, in the order a school might: what the cell then holds, and what the sidebar still lists.
  it.each<[string, string[], string]>([
    ['Tiêu chuẩn 2', ['Tiêu chuẩn 1', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4'], 'Tiêu chuẩn 1, Tiêu chuẩn 3, Tiêu chuẩn 4'],
    ['tiêu chuẩn 4', ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3'], 'Tiêu chuẩn 1, Tiêu chuẩn 2, Tiêu chuẩn 3'],
  ])('"Đã đánh giá lại" on %s: only that name leaves the cell, one read and one write', (tab, remaining, cellText) => {
    const addOn = openAddOn(structuredClone(next), SEPTEMBER_2027);
    const before = addOn.emu.workbook.snapshot();
    addOn.emu.calls.reset();
    const report = addOn.value('confirmReassessed', { tab });
    const calls = addOn.emu.calls.byName();
    expect(report.remaining).toEqual(remaining);
    expect(report.message).toContain(`Còn 3 trang cần đánh giá lại: ${remaining.join(', ')}.`);
    expect(calls['Range.getValues']).toBe(1);
    expect(calls['Range.setValue']).toBe(1);
    expect(calls['Range.setValues'] ?? 0).toBe(0);
    const after = addOn.emu.workbook.snapshot();
    // Every other cell of every tab as it was.
    const info = (snapshot: typeof before) => snapshot.sheets.find((candidate) => candidate.name === 'Thông tin chung')!.values as CellValue[][];
    const row = info(before).findIndex((values) => values[0] === 'Mức cần đánh giá lại');
    expect(after.sheets.filter((candidate) => candidate.name !== 'Thông tin chung')).toEqual(
      before.sheets.filter((candidate) => candidate.name !== 'Thông tin chung'),
    );
    expect(info(after).filter((_, index) => index !== row)).toEqual(info(before).filter((_, index) => index !== row));
    expect(info(after)[row][1]).toBe(cellText);
    const overview = addOn.value('getOverview');
    expect(overview.reassess?.tabs).toEqual(remaining);
    expect(overview.issues.filter((issue) => issue.code === 'levels-not-reassessed').map((issue) => issue.sheet)).toEqual(remaining);
  });

  it('all four confirmed: the cell is blank, no notice and no warning; a fifth press writes nothing', () => {
    const addOn = openAddOn(structuredClone(next), SEPTEMBER_2027);
    for (const tab of TT57_TABS) addOn.value('confirmReassessed', { tab });
    expect(rowOf(addOn.emu.workbook.sheet('Thông tin chung')!.values(), 'Mức cần đánh giá lại')?.[1]).toBe('');
    const overview = addOn.value('getOverview');
    expect(overview.reassess).toBeNull();
    expect(overview.issues.some((issue) => issue.code === 'levels-not-reassessed')).toBe(false);
    addOn.emu.calls.reset();
    const again = addOn.value('confirmReassessed', { tab: 'Tiêu chuẩn 1' });
    expect(addOn.emu.calls.byName()['Range.setValue'] ?? 0).toBe(0);
    expect(again.message).toContain('không còn trong dòng "Mức cần đánh giá lại"');
  });

  it('a school that typed the list with semicolons: read the same, and the rest keeps its names', () => {
    const workbook = structuredClone(next);
    setInfo(workbook, 'Mức cần đánh giá lại', 'Tiêu chuẩn 1; Tiêu chuẩn 3');
    const addOn = openAddOn(workbook, SEPTEMBER_2027);
    expect(addOn.value('getOverview').reassess?.tabs).toEqual(['Tiêu chuẩn 1', 'Tiêu chuẩn 3']);
    addOn.value('confirmReassessed', { tab: 'Tiêu chuẩn 3' });
    expect(rowOf(addOn.emu.workbook.sheet('Thông tin chung')!.values(), 'Mức cần đánh giá lại')?.[1]).toBe('Tiêu chuẩn 1');
  });

  it('TT17 2024-2025 → 2025-2026: the five standard tabs and Mức 4 (its results are pre-filled too), each warned at its Mức hiện tại', () => {
    const old = openAddOn(loadSample(TT17_SAMPLE), new Date('2025-07-20T09:00:00+07:00'));
    old.value('createNextYear', {});
    const book = spreadsheetFile(old.emu.env, spreadsheetFileIds(old.emu.env)[0])!;
    const tabs = ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Mức 4'];
    expect(rowOf(book.sheet('Thông tin chung')!.values(), 'Mức cần đánh giá lại')?.[1]).toBe(tabs.join(', '));
    const next = { sheets: book.sheets().map((tab) => ({ name: tab.name, values: tab.values() as Cell[][] })) };
    const addOn = openAddOn(next, new Date('2025-09-20T09:00:00+07:00'));
    const warnings = addOn.value('getOverview').issues.filter((issue) => issue.code === 'levels-not-reassessed');
    expect(warnings.map((issue) => issue.sheet)).toEqual(tabs);
    const level4 = sheet(next, 'Mức 4').values[0];
    expect(warnings.at(-1)?.cell).toBe(`${String.fromCharCode(65 + level4.indexOf('Mức hiện tại'))}1`);
  });

  it('across TT17 → TT57 the levels are not carried, so no row, no notice', () => {
    const workbook = loadSample(TT17_SAMPLE);
    setInfo(workbook, 'Năm học', '2025-2026');
    const old = openAddOn(workbook, new Date('2026-07-15T09:00:00+07:00'));
    old.value('createNextYear', {});
    const book = spreadsheetFile(old.emu.env, spreadsheetFileIds(old.emu.env)[0])!;
    expect(rowOf(book.sheet('Thông tin chung')!.values(), 'Mức cần đánh giá lại')).toBeUndefined();
  });

  it('an empty tab name is refused by the request check, with the action named', () => {
    const addOn = openAddOn(structuredClone(next), SEPTEMBER_2027);
    const result = addOn.run('confirmReassessed', { tab: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('Đã đánh giá lại');
  });
});

describe('Tổng hợp links the two years’ spreadsheets', () => {
  const { old, url, next } = madeNextYear();

  it('this year’s: Kế hoạch năm sau, from the record of the file made; no extra call per row', () => {
    old.emu.calls.reset();
    old.value('writeSummary');
    const calls = old.emu.calls.byName();
    const summary = old.emu.workbook.sheet('Tổng hợp')!.values();
    expect(rowOf(summary, 'Kế hoạch năm sau')?.slice(0, 2)).toEqual(['Kế hoạch năm sau', url]);
    expect(rowOf(summary, 'Kế hoạch năm trước')).toBeUndefined();
    // Still one setValues; the link costs the same property reads whether or not a file was made.
    expect(calls['Range.setValues']).toBe(1);
    expect(calls['Properties.getProperty']).toBe(countWithoutLink('Properties.getProperty'));
  });

  it('next year’s: Kế hoạch năm trước, from its Thông tin chung', () => {
    const addOn = openAddOn(structuredClone(next), SEPTEMBER_2027);
    addOn.value('writeSummary');
    const summary = addOn.emu.workbook.sheet('Tổng hợp')!.values();
    const back = rowOf(sheet(next, 'Thông tin chung').values, 'Kế hoạch năm trước')?.[1];
    expect(back).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\//);
    expect(rowOf(summary, 'Kế hoạch năm trước')?.slice(0, 2)).toEqual(['Kế hoạch năm trước', back]);
    expect(rowOf(summary, 'Kế hoạch năm sau')).toBeUndefined();
  });

  it('no record (a file whose property is gone): the Kế hoạch năm sau row of Thông tin chung is used', () => {
    const workbook = loadSample(TT57_SAMPLE);
    sheet(workbook, 'Thông tin chung').values.push(['Kế hoạch năm sau', 'https://docs.google.com/spreadsheets/d/nam-sau/edit']);
    const addOn = openAddOn(workbook, JULY_2027);
    addOn.value('writeSummary');
    expect(rowOf(addOn.emu.workbook.sheet('Tổng hợp')!.values(), 'Kế hoạch năm sau')?.[1]).toBe('https://docs.google.com/spreadsheets/d/nam-sau/edit');
  });
});

/** The same summary on a spreadsheet never carried forward: the calls without any link. */
function countWithoutLink(name: string): number {
  const addOn = openAddOn(loadSample(TT57_SAMPLE), JULY_2027);
  addOn.emu.calls.reset();
  addOn.value('writeSummary');
  return addOn.emu.calls.byName()[name] ?? 0;
}
