/**
 * Kiểm tra's marks follow the cells when the school inserts or deletes rows
 * and columns between two checks (issue 14.3): a fixed cell gets the
 * user's own colour and note back, and the add-on's pink is never taken for
 * the user's colour.
 */
import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../emulator';
import { ERROR_BACKGROUND, isOurBackground, NOTE_MARKER } from '../../src/domain/marks/marks';
import type { CheckReport } from '../../src/server/api';
import { loadSample, TT17_SAMPLE } from '../../fixtures/workbooks';
import { type AddOn, openAddOn } from './bundle';

const TAB = 'Tiêu chuẩn 1';
const USER_NOTE = 'Cô Lan: xem lại minh chứng';
const USER_COLOUR = '#ffff00';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sample plan, checked once, with the user's own colour and note on C3 (an error: 1.2 has no Mức 3). */
function checkedPlan(): { addOn: AddOn; sheet: Sheet } {
  const addOn = openAddOn(loadSample(TT17_SAMPLE));
  const sheet = servicesOf(addOn.emu).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB)!;
  sheet.getRange('C3').setBackground(USER_COLOUR).setNote(USER_NOTE);
  addOn.value('checkPlan');
  expect(addOn.emu.workbook.sheet(TAB)!.cell('C3').note).toContain(NOTE_MARKER);
  return { addOn, sheet };
}

function a1(row: number, col: number): string {
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

/** Cells of a tab that carry our note, and cells painted in our colours. */
function marksOn(addOn: AddOn, tab: string): { noted: string[]; painted: string[] } {
  const view = addOn.emu.workbook.sheet(tab)!;
  const noted: string[] = [];
  const painted: string[] = [];
  view.notes().forEach((row, r) => row.forEach((note, c) => note.includes(NOTE_MARKER) && noted.push(a1(r, c))));
  view.backgrounds().forEach((row, r) => row.forEach((colour, c) => isOurBackground(colour) && painted.push(a1(r, c))));
  return { noted: noted.sort(), painted: painted.sort() };
}

/** Exactly the cells of this run's issues carry a mark: no stale note, no stray pink. */
function expectMarksMatchIssues(addOn: AddOn, report: CheckReport): void {
  const tabs = new Set(addOn.emu.workbook.sheetNames());
  for (const tab of tabs) {
    const cells = [
      ...new Set(report.overview.issues.filter((issue) => issue.sheet === tab && /^[A-Z]+\d+$/.test(issue.cell)).map((issue) => issue.cell)),
    ].sort();
    expect(marksOn(addOn, tab), tab).toEqual({ noted: cells, painted: cells });
  }
}

/** Where the user's note went. */
function userCell(addOn: AddOn): string {
  const notes = addOn.emu.workbook.sheet(TAB)!.notes();
  for (let r = 0; r < notes.length; r++) for (let c = 0; c < notes[r].length; c++) if (notes[r][c].startsWith(USER_NOTE)) return a1(r, c);
  throw new Error('the user note is lost');
}

describe('marks follow inserted and deleted rows and columns', () => {
  it.each<[string, (sheet: Sheet) => unknown, string]>([
    ['a row inserted above every mark', (s) => s.insertRowBefore(2), 'C4'],
    ['a row inserted right above the marked cell (it copies the pink)', (s) => s.insertRowBefore(3), 'C4'],
    ['a row inserted right below the marked cell (it copies the pink)', (s) => s.insertRowAfter(3), 'C3'],
    ['rows inserted between two marks', (s) => s.insertRowsAfter(6, 2), 'C3'],
    ['rows inserted below every mark', (s) => s.insertRowsAfter(12, 3), 'C3'],
    ['a row deleted above every mark', (s) => s.deleteRow(2), 'C2'],
    ['rows deleted between two marks', (s) => s.deleteRows(5, 3), 'C3'],
    ['rows deleted below every mark', (s) => s.deleteRows(13, 2), 'C3'],
    ['a column inserted left of the marked cell (it copies the pink)', (s) => s.insertColumnBefore(3), 'D3'],
    ['a column inserted right of the marked cell (it copies the pink)', (s) => s.insertColumnAfter(3), 'C3'],
    ['a column deleted left of the marked cell', (s) => s.deleteColumn(1), 'B3'],
    ['a column deleted right of every mark', (s) => s.deleteColumn(11), 'C3'],
  ])('%s: check again, fix, check again', (_label, change, movedTo) => {
    const { addOn, sheet } = checkedPlan();
    change(sheet);
    expect(userCell(addOn)).toBe(movedTo);

    const again = addOn.value('checkPlan');
    expectMarksMatchIssues(addOn, again);
    const marked = addOn.emu.workbook.sheet(TAB)!.cell(movedTo);
    expect(marked.note.startsWith(`${USER_NOTE}\n\n${NOTE_MARKER}`)).toBe(true);

    // The school fixes the level where the cell now is.
    addOn.emu.workbook.sheet(TAB)!.setValues([['Mức 2']], { at: movedTo });
    const fixed = addOn.value('checkPlan');
    expectMarksMatchIssues(addOn, fixed);
    const cell = addOn.emu.workbook.sheet(TAB)!.cell(movedTo);
    expect([cell.style.background, cell.note]).toEqual([USER_COLOUR, USER_NOTE]);
  });

  it('the marked row deleted: its mark goes with it and nothing stale is left', () => {
    const { addOn, sheet } = checkedPlan();
    sheet.deleteRow(3);
    const again = addOn.value('checkPlan');
    expectMarksMatchIssues(addOn, again);
    expect(
      addOn.emu.workbook
        .sheets()
        .flatMap((tab) => tab.notes().flat())
        .some((note) => note.startsWith(USER_NOTE)),
    ).toBe(false);
  });

  it('checking twice over a moved mark never records the pink as the user colour', () => {
    const { addOn, sheet } = checkedPlan();
    const standard1 = addOn.emu.workbook.sheet(TAB)!;
    sheet.insertRowsBefore(2, 2);
    addOn.value('checkPlan');
    addOn.value('checkPlan');
    // B12, now B14 (an unknown criterion 1.11), had no colour of the user's: fixed (a continuation row of 1.10), it is plain again.
    standard1.setValues([['']], { at: 'B14' });
    addOn.value('checkPlan');
    expect([standard1.cell('B14').style.background, standard1.cell('B14').note]).toEqual(['#ffffff', '']);
    // C3, now C5, is still wrong: still pink, and its note still knows the user's yellow.
    expect(standard1.cell('C5').style.background).toBe(ERROR_BACKGROUND);
    expect(standard1.cell('C5').note).toMatch(new RegExp(`^${USER_NOTE}\\n\\n${NOTE_MARKER}[^]*${USER_COLOUR}$`));
    standard1.setValues([['Mức 2']], { at: 'C5' });
    addOn.value('checkPlan');
    expect([standard1.cell('C5').style.background, standard1.cell('C5').note]).toEqual([USER_COLOUR, USER_NOTE]);
  });

  it('a renamed tab (no longer read as a plan tab) is still cleaned', () => {
    const { addOn, sheet } = checkedPlan();
    sheet.setName('TC1 (bản cũ)');
    const report = addOn.value('checkPlan');
    expect(report.cleared).toBeGreaterThanOrEqual(2);
    const renamed = addOn.emu.workbook.sheet('TC1 (bản cũ)')!;
    expect(marksOn(addOn, 'TC1 (bản cũ)')).toEqual({ noted: [], painted: [] });
    expect([renamed.cell('C3').style.background, renamed.cell('C3').note]).toEqual([USER_COLOUR, USER_NOTE]);
  });

  it('any sequence of inserts and deletes, checked after each: exactly the issue cells are marked', () => {
    const { addOn, sheet } = checkedPlan();
    // A fixed pseudo-random sequence (LCG), so a failure replays.
    let seed = 20241005;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 1 + (seed % n);
    };
    const steps: ((s: Sheet) => unknown)[] = [
      (s) => s.insertRowsBefore(next(14), next(2)),
      (s) => s.insertRowsAfter(next(14), next(2)),
      (s) => s.deleteRow(1 + next(13)),
      (s) => s.insertColumnsBefore(next(11), 1),
      (s) => s.insertColumnAfter(next(11)),
      (s) => s.deleteColumn(2 + next(10)),
    ];
    for (let i = 0; i < 24; i++) {
      steps[next(steps.length) - 1](sheet);
      expectMarksMatchIssues(addOn, addOn.value('checkPlan'));
    }
  });
});
