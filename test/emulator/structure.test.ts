/**
 * Inserting and deleting rows and columns: everything in a cell (value,
 * note, background, data validation) moves with its row or column, as in
 * Sheets; new rows and columns take their neighbour's formatting.
 */
import { describe, expect, test } from 'vitest';
import { createEmulator, servicesOf } from '../../emulator';

/** A 4×3 block with a value, a note, a background and a dropdown in B2 (the "marked" cell). */
function setup() {
  const emu = createEmulator({ now: new Date('2026-09-05T03:00:00Z') });
  const { SpreadsheetApp } = servicesOf(emu);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1:C4').setValues([
    ['Mã', 'Mức', 'Ghi chú'],
    ['1.1', 'Mức 3', 'a'],
    ['1.2', 'Mức 2', 'b'],
    ['1.3', 'Mức 1', 'c'],
  ]);
  const rule = SpreadsheetApp.newDataValidation().requireValueInList(['Mức 1', 'Mức 2', 'Mức 3']).build();
  sheet.getRange('B2').setBackground('#f4c7c3').setNote('Lỗi ở đây').setDataValidation(rule);
  const view = () => emu.workbook.sheet('Sheet1')!;
  /** Where the B2 content went: its A1 address after the change, or null. */
  const whereIsMarked = () => {
    const notes = view().notes();
    for (let r = 0; r < notes.length; r++)
      for (let c = 0; c < notes[r].length; c++) if (notes[r][c] === 'Lỗi ở đây') return `${String.fromCharCode(65 + c)}${r + 1}`;
    return null;
  };
  return { emu, sheet, view, whereIsMarked };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const SpreadsheetAppEnums = servicesOf(createEmulator({ setProcessTimeZone: false })).SpreadsheetApp.ProtectionType;

describe('rows and columns move with their cells', () => {
  test.each<[string, (sheet: Sheet) => unknown, string | null, number, number]>([
    ['insertRowBefore(1): above', (s) => s.insertRowBefore(1), 'B3', 1001, 26],
    ['insertRowsBefore(2, 3): at the marked row', (s) => s.insertRowsBefore(2, 3), 'B5', 1003, 26],
    ['insertRowAfter(2): below', (s) => s.insertRowAfter(2), 'B2', 1001, 26],
    ['insertRows(1, 2): above, returns nothing', (s) => s.insertRows(1, 2), 'B4', 1002, 26],
    ['insertRowsAfter(1, 2): just above', (s) => s.insertRowsAfter(1, 2), 'B4', 1002, 26],
    ['deleteRow(1): above', (s) => s.deleteRow(1), 'B1', 999, 26],
    ['deleteRows(3, 2): below', (s) => s.deleteRows(3, 2), 'B2', 998, 26],
    ['deleteRows(1, 2): the marked row itself', (s) => s.deleteRows(1, 2), null, 998, 26],
    ['insertColumnBefore(1): left', (s) => s.insertColumnBefore(1), 'C2', 1000, 27],
    ['insertColumns(2, 2): at the marked column', (s) => s.insertColumns(2, 2), 'D2', 1000, 28],
    ['insertColumnsAfter(2, 1): right', (s) => s.insertColumnsAfter(2, 1), 'B2', 1000, 27],
    ['insertColumnAfter(1): just left', (s) => s.insertColumnAfter(1), 'C2', 1000, 27],
    ['insertColumnsBefore(3, 1): right', (s) => s.insertColumnsBefore(3, 1), 'B2', 1000, 27],
    ['deleteColumn(1): left', (s) => s.deleteColumn(1), 'A2', 1000, 25],
    ['deleteColumns(2, 1): the marked column itself', (s) => s.deleteColumns(2, 1), null, 1000, 25],
  ])('%s', (_label, change, markedAt, maxRows, maxColumns) => {
    const { sheet, view, whereIsMarked } = setup();
    change(sheet);
    expect(whereIsMarked()).toBe(markedAt);
    expect([view().maxRows(), view().maxColumns()]).toEqual([maxRows, maxColumns]);
    if (markedAt) {
      const cell = view().cell(markedAt);
      expect(cell.value).toBe('Mức 3');
      expect(cell.style.background).toBe('#f4c7c3');
      expect(cell.validation?.values[0]).toEqual(['Mức 1', 'Mức 2', 'Mức 3']);
    }
    // Exactly one cell has the note (or none, when its row or column went).
    expect(
      view()
        .notes()
        .flat()
        .filter((note) => note !== ''),
    ).toHaveLength(markedAt ? 1 : 0);
  });
});

describe('new rows and columns take the formatting of their neighbour, not its content', () => {
  test.each<[string, (sheet: Sheet) => unknown, string, string]>([
    // insertRowsBefore(n): the new row looks like row n (which moves down).
    ['insertRowBefore(2)', (s) => s.insertRowBefore(2), 'B2', '#f4c7c3'],
    // insertRowsAfter(n): the new row looks like row n.
    ['insertRowAfter(2)', (s) => s.insertRowAfter(2), 'B3', '#f4c7c3'],
    ['insertRowAfter(1)', (s) => s.insertRowAfter(1), 'B2', '#ffffff'],
    ['insertColumnBefore(2)', (s) => s.insertColumnBefore(2), 'B2', '#f4c7c3'],
    ['insertColumnAfter(2)', (s) => s.insertColumnAfter(2), 'C2', '#f4c7c3'],
  ])('%s', (_label, change, newCell, background) => {
    const { sheet, view } = setup();
    change(sheet);
    const cell = view().cell(newCell);
    expect(cell.style.background).toBe(background);
    expect([cell.value, cell.note, cell.validation]).toEqual(['', '', null]);
  });
});

test('out-of-range positions throw as in Sheets', () => {
  const { sheet } = setup();
  expect(() => sheet.insertRowsBefore(0, 1)).toThrow('Those rows are out of bounds.');
  expect(() => sheet.insertColumnsBefore(27, 1)).toThrow('Those columns are out of bounds.');
  expect(() => sheet.deleteRow(1001)).toThrow('Those rows are out of bounds.');
});

describe("the spreadsheet's time zone is its own", () => {
  test.each(['America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Auckland'])(
    'a date typed in a Hà Nội sheet is midnight there, whatever the script zone (%s)',
    (scriptZone) => {
      const emu = createEmulator({ timeZone: scriptZone, setProcessTimeZone: false });
      const ss = servicesOf(emu).SpreadsheetApp.getActiveSpreadsheet();
      ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
      const cell = ss.getSheets()[0].getRange('A1');
      cell.setValue('05/10/2024');
      expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
      expect(servicesOf(emu).Session.getScriptTimeZone()).toBe(scriptZone);
      expect((cell.getValue() as Date).toISOString()).toBe('2024-10-04T17:00:00.000Z');
      expect(cell.getDisplayValue()).toBe('05/10/2024');
    },
  );
});

describe('developer metadata stays with its rows and columns', () => {
  /** Metadata on row 3 and on column C, then a change, then where they are. */
  test.each<[string, (sheet: Sheet) => unknown, string[]]>([
    ['a row inserted above', (s) => s.insertRowBefore(2), ['4:4', 'C:C']],
    ['a row inserted at the row itself moves it down', (s) => s.insertRowsBefore(3, 2), ['5:5', 'C:C']],
    ['a row inserted below leaves it', (s) => s.insertRowAfter(3), ['3:3', 'C:C']],
    ['a row deleted above', (s) => s.deleteRow(1), ['2:2', 'C:C']],
    ['its row deleted: it goes too', (s) => s.deleteRows(2, 2), ['C:C']],
    ['a column inserted left', (s) => s.insertColumns(1, 2), ['3:3', 'E:E']],
    ['a column deleted left', (s) => s.deleteColumn(2), ['3:3', 'B:B']],
    ['its column deleted: it goes too', (s) => s.deleteColumn(3), ['3:3']],
  ])('%s', (_label, change, expected) => {
    const { sheet, view } = setup();
    sheet.getRange('3:3').addDeveloperMetadata('kh.row', 'criterion-1.2');
    sheet.getRange('C:C').addDeveloperMetadata('kh.column');
    change(sheet);
    expect(
      view()
        .developerMetadata()
        .map((m) => m.a1),
    ).toEqual(expected);
  });

  test('read back through the service: key, value, location as a Range', () => {
    const { sheet } = setup();
    sheet.getRange('3:3').addDeveloperMetadata('kh.row', 'criterion-1.2');
    sheet.insertRowBefore(1);
    const [found] = sheet.getRange('4:4').getDeveloperMetadata();
    expect([found.getKey(), found.getValue(), String(found.getLocation().getLocationType())]).toEqual(['kh.row', 'criterion-1.2', 'ROW']);
    expect(found.getLocation().getRow()!.getA1Notation()).toBe('A4:Z4');
    expect(found.getLocation().getColumn()).toBeNull();
    expect(sheet.getRange('3:3').getDeveloperMetadata()).toEqual([]);
    found.remove();
    expect(sheet.getRange('4:4').getDeveloperMetadata()).toEqual([]);
  });

  test('only whole rows or columns can carry it', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('B2').addDeveloperMetadata('kh.cell')).toThrow(
      'Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  });
});

describe('protected blocks follow their cells', () => {
  test.each<[string, (sheet: Sheet) => unknown, string | null]>([
    ['a row inserted above moves the block down', (s) => s.insertRowBefore(1), 'B3:C4'],
    ['a row inserted inside grows it', (s) => s.insertRowAfter(2), 'B2:C4'],
    ['a column deleted left moves it left', (s) => s.deleteColumn(1), 'A2:B3'],
    ['a row of it deleted shrinks it', (s) => s.deleteRow(3), 'B2:C2'],
    ['all its columns deleted: it goes', (s) => s.deleteColumns(2, 2), null],
  ])('%s', (_label, change, a1) => {
    const { sheet, view } = setup();
    sheet.getRange('B2:C3').protect().setDescription('Tổng hợp: do tiện ích ghi');
    change(sheet);
    expect(sheet.getProtections(SpreadsheetAppEnums.RANGE).map((p) => p.getRange().getA1Notation())).toEqual(a1 ? [a1] : []);
    expect(view().protections()).toHaveLength(a1 ? 1 : 0);
  });
});
