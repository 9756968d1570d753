/**
 * Fidelity of the emulated Sheet and Range: shapes, defaults, errors and
 * value interpretation as the real Spreadsheet service has them.
 */
import { describe, expect, test } from 'vitest';
import { createEmulator, servicesOf } from '../../emulator';

function setup() {
  const emu = createEmulator({ now: new Date('2026-09-05T03:00:00Z') });
  const { SpreadsheetApp } = servicesOf(emu);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  return { emu, SpreadsheetApp, ss, sheet };
}

/** Midnight of a calendar day in Asia/Ho_Chi_Minh (UTC+7, no DST). */
const hcmDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000);

describe('setValues shape', () => {
  test.each([
    {
      data: [[1, 2]],
      message: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    },
    {
      data: [[1, 2], [3]],
      message: 'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    },
    {
      data: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      message: 'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    },
  ])('$message', ({ data, message }) => {
    const { sheet, emu } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues(data)).toThrow(message);
    // Nothing was written: the check comes before any change.
    expect(emu.workbook.sheet('Sheet1')!.values()).toEqual([['']]);
  });

  test('a non-2-D argument is a signature error', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1).setValues('x' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test.each(['setBackgrounds', 'setNotes', 'setFontWeights', 'setDataValidations', 'setNumberFormats'] as const)('%s checks the shape too', (method) => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 2, 1) as unknown as Record<string, (v: unknown) => unknown>;
    expect(() => range[method]([[null]])).toThrow('The data has 1 but the range has 2.');
  });
});

describe('empty cells and defaults', () => {
  test('getValues returns "" for empty cells, never null; null writes empty', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 3).setValues([['a', null, undefined]]);
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ['a', '', ''],
      ['', '', ''],
    ]);
  });

  test.each([
    ['getBackgrounds', '#ffffff'],
    ['getNotes', ''],
    ['getFontWeights', 'normal'],
    ['getNumberFormats', '0.###############'],
    ['getDisplayValues', ''],
    ['getFormulas', ''],
  ] as const)('%s of untouched cells is %j', (method, value) => {
    const { sheet } = setup();
    expect(sheet.getRange(1, 1, 2, 2)[method]()).toEqual([
      [value, value],
      [value, value],
    ]);
  });

  test('getDataValidations of untouched cells is null', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1:B1').getDataValidations()).toEqual([[null, null]]);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  test('a new sheet is 1000 x 26 with default column width 100', () => {
    const { sheet } = setup();
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getColumnWidth(26), sheet.getFrozenRows()]).toEqual([1000, 26, 100, 0]);
  });
});

describe('what a write stores', () => {
  test.each<[string, unknown, unknown, string?]>([
    ['numeric string becomes a number', '10', 10],
    ['negative decimal string', '-3.5', -3.5],
    ['leading zeros are a number too', '007', 7],
    ['TRUE becomes a boolean', 'TRUE', true],
    ['false (any case) becomes a boolean', 'false', false],
    ['vi_VN date dd/mm/yyyy becomes a Date at local midnight', '15/03/2024', hcmDay(2024, 3, 15)],
    ['ISO date becomes a Date', '2024-03-15', hcmDay(2024, 3, 15)],
    ['an impossible date stays text', '31/02/2024', '31/02/2024'],
    ['apostrophe forces text', "'10", '10'],
    ['comma decimals stay text (simplified)', '1,5', '1,5'],
    ['plain text', 'Tiêu chí 1.1', 'Tiêu chí 1.1'],
    ['numbers stay numbers', 1.5, 1.5],
    ['booleans stay booleans', true, true],
    ['a formula reads back as its text', '=SUM(A2:A3)', '=SUM(A2:A3)', '=SUM(A2:A3)'],
    ['a plain-text cell keeps a numeric string', '10', '10', undefined],
    ['a leading minus before text is a formula that does not parse', '- Đánh giá thực trạng nhà trường', '#ERROR!', '=- Đánh giá thực trạng nhà trường'],
    ['a leading plus before text likewise', '+ Kinh phí', '#ERROR!', '=+ Kinh phí'],
    ['a leading at-sign before text likewise (unverified)', '@Tổ trưởng', '#ERROR!', '=@Tổ trưởng'],
    ['a signed number stays a number', '-5', -5],
    ['a plus-signed number stays a number', '+12', 12],
    ['a lone minus stays text', '-', '-'],
    ['an apostrophe keeps a leading minus as text', "'- Đánh giá", '- Đánh giá'],
    ['a plain-text cell keeps a leading minus', '- Đánh giá', '- Đánh giá', undefined],
  ])('%s', (label, input, stored, formula = '') => {
    const { sheet } = setup();
    const cell = sheet.getRange('B2');
    if (label.startsWith('a plain-text')) cell.setNumberFormat('@');
    cell.setValue(input);
    expect(cell.getValue()).toEqual(stored);
    expect(cell.getFormula()).toBe(formula);
  });

  test('plain-text format keeps formulas as text', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1').setNumberFormat('@');
    cell.setValues([['=1+1']]);
    expect([cell.getValue(), cell.getFormula()]).toEqual(['=1+1', '']);
  });

  test('returned dates are copies', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    cell.setValue(hcmDay(2024, 1, 1));
    (cell.getValue() as Date).setFullYear(1999);
    expect(cell.getValue()).toEqual(hcmDay(2024, 1, 1));
  });
});

describe('display values (vi_VN)', () => {
  test.each<[unknown, string, string]>([
    [10, '', '10'],
    [1.5, '', '1,5'],
    [true, '', 'TRUE'],
    [false, '', 'FALSE'],
    ['chữ', '', 'chữ'],
    [hcmDay(2024, 3, 5), '', '05/03/2024'],
    [new Date(hcmDay(2024, 3, 5).getTime() + (10 * 60 + 30) * 60_000), '', '05/03/2024 10:30:00'],
    [1.5, '0.00', '1,50'],
    [1234567, '#,##0', '1.234.567'],
    [0.25, '0%', '25%'],
    [2.345, '0.0#', '2,35'],
    [hcmDay(2024, 3, 5), 'dd/mm/yyyy', '05/03/2024'],
    [hcmDay(2024, 3, 5), 'yyyy-mm-dd', '2024-03-05'],
    [new Date(hcmDay(2024, 3, 5).getTime() + (10 * 60 + 30) * 60_000), 'hh:mm', '10:30'],
    ['10', '@', '10'],
  ])('%j with format %j shows %j', (value, format, shown) => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    if (format) cell.setNumberFormat(format);
    cell.setValue(value);
    expect(cell.getDisplayValue()).toBe(shown);
    expect(cell.getDisplayValues()).toEqual([[shown]]);
  });
});

describe('formatting', () => {
  test('backgrounds come back as lower-case #rrggbb; null resets', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 1, 3);
    r.setBackgrounds([['red', '#ABC', null]]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#aabbcc', '#ffffff']]);
    r.setBackground(null);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff', '#ffffff']]);
  });

  test('notes: set, read, clear', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setNotes([['ghi chú', null]]);
    expect(r.getNotes()).toEqual([['ghi chú', '']]);
    r.setNote('x');
    expect(r.getNotes()).toEqual([['x', 'x']]);
    r.clearNote();
    expect(r.getNote()).toBe('');
  });

  test('font weight, wrap, alignment', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setFontWeight('bold').setWrap(true).setVerticalAlignment('top').setHorizontalAlignment('center');
    expect([r.getFontWeight(), r.getWrap(), String(r.getWrapStrategy()), r.getVerticalAlignment(), r.getHorizontalAlignment()]).toEqual([
      'bold',
      true,
      'WRAP',
      'top',
      'center',
    ]);
    r.setFontWeights([[null]]);
    expect(r.getFontWeights()).toEqual([['normal']]);
  });

  test('formatting does not move getLastRow / getLastColumn', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('E10').setBackground('#ff0000').setNote('n');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([2, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
  });
});

describe('data validation', () => {
  test('builder round trip', () => {
    const { SpreadsheetApp, sheet } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Đạt', 'Chưa đạt'], true)
      .setAllowInvalid(false)
      .setHelpText('Chọn một giá trị')
      .build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    const back = sheet.getRange('B1:B3').getDataValidations();
    expect(back[0][0]).toBeNull();
    for (const r of [back[1][0]!, back[2][0]!]) {
      expect(r.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
      expect(r.getCriteriaValues()).toEqual([['Đạt', 'Chưa đạt'], true]);
      expect(r.getAllowInvalid()).toBe(false);
      expect(r.getHelpText()).toBe('Chọn một giá trị');
    }
  });

  test('builder defaults: allow invalid, no help text, dropdown shown', () => {
    const { SpreadsheetApp } = setup();
    const b = SpreadsheetApp.newDataValidation().requireValueInList(['a']);
    expect([b.getAllowInvalid(), b.getHelpText(), b.getCriteriaValues()]).toEqual([true, null, [['a'], true]]);
  });

  test('building without criteria throws; copy keeps the settings', () => {
    const { SpreadsheetApp } = setup();
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow(/criteria/);
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['a'], false).setHelpText('h').build();
    const copy = rule.copy().setAllowInvalid(false).build();
    expect([copy.getCriteriaValues(), copy.getHelpText(), copy.getAllowInvalid(), rule.getAllowInvalid()]).toEqual([[['a'], false], 'h', false, true]);
  });

  test('setDataValidations with nulls clears; wrong objects are a signature error', () => {
    const { SpreadsheetApp, sheet } = setup();
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['a']).build();
    const r = sheet.getRange('A1:B1');
    r.setDataValidations([[rule, null]]);
    expect(r.getDataValidations().map((row) => row.map((x) => x === null))).toEqual([[false, true]]);
    r.setDataValidation(null);
    expect(r.getDataValidations()).toEqual([[null, null]]);
    expect(() => r.setDataValidations([[{} as never, null]])).toThrow(/don't match the method signature/);
  });
});

describe('ranges and bounds', () => {
  test.each<[string, () => unknown, string]>([
    ['row 0', () => setup().sheet.getRange(0, 1), 'The starting row of the range is too small.'],
    ['column 0', () => setup().sheet.getRange(1, 0), 'The starting column of the range is too small.'],
    ['no rows', () => setup().sheet.getRange(1, 1, 0, 1), 'The number of rows in the range must be at least 1.'],
    ['no columns', () => setup().sheet.getRange(1, 1, 1, 0), 'The number of columns in the range must be at least 1.'],
    ['past the last row', () => setup().sheet.getRange(1000, 1, 2, 1), 'The coordinates of the range are outside the dimensions of the sheet.'],
    ['past the last column', () => setup().sheet.getRange(1, 27), 'The coordinates of the range are outside the dimensions of the sheet.'],
    ['A1 past the sheet', () => setup().sheet.getRange('AA1'), 'Range not found'],
    ['not A1', () => setup().sheet.getRange('hello'), 'Range not found'],
  ])('%s throws', (_label, f, message) => {
    expect(f).toThrow(message);
  });

  test.each([
    [[2, 3, 4, 5], 'C2:G5'],
    [[1, 1], 'A1'],
    [[1, 27 - 1, 1, 1], 'Z1'],
  ] as const)('getRange(%j) is %s', (args, a1) => {
    const { sheet } = setup();
    expect(sheet.getRange(...(args as [number, number])).getA1Notation()).toBe(a1);
  });

  test('A1 forms: whole columns, whole rows, sheet-qualified', () => {
    const { ss, sheet } = setup();
    expect(sheet.getRange('B:C').getA1Notation()).toBe('B1:C1000');
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    ss.insertSheet('Tiêu chuẩn 1');
    expect(ss.getRange("'Tiêu chuẩn 1'!B2").getSheet().getName()).toBe('Tiêu chuẩn 1');
  });

  test('insertRowsAfter / insertColumnsAfter grow the sheet and shift content', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.insertRowsAfter(1, 2);
    sheet.insertColumnsAfter(1, 1);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1002, 27]);
    expect(sheet.getRange('A1:C4').getValues()).toEqual([
      [1, '', 2],
      ['', '', ''],
      ['', '', ''],
      [3, '', 4],
    ]);
    expect(sheet.getRange(1002, 27).getA1Notation()).toBe('AA1002');
  });

  test('appendRow writes after the last row with content and grows a full sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('x');
    sheet.appendRow(['a', '5']);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['a', 5]]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['after']);
    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([1001, 1001]);
  });

  test('getDataRange of an empty sheet is A1', () => {
    expect(setup().sheet.getDataRange().getA1Notation()).toBe('A1');
  });
});

describe('sheets and spreadsheet', () => {
  test('insertSheet goes after the active sheet, becomes active; duplicate names throw', () => {
    const { ss, emu } = setup();
    ss.insertSheet('B');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    ss.insertSheet('A');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'A', 'B']);
    expect(emu.workbook.selection()).toEqual({ sheet: 'A', a1: 'A1' });
    expect(() => ss.insertSheet('b')).toThrow('A sheet with the name "b" already exists. Please enter another name.');
    ss.insertSheet('First', 0);
    expect(ss.getSheetByName('First')!.getIndex()).toBe(1);
  });

  test('getSheetByName returns null when absent', () => {
    expect(setup().ss.getSheetByName('Không có')).toBeNull();
  });

  test('sheet protection: protect() twice is the same protection', () => {
    const { SpreadsheetApp, sheet, emu } = setup();
    sheet.protect().setWarningOnly(true).setDescription('Khóa');
    const again = sheet.protect();
    expect([again.isWarningOnly(), again.getDescription()]).toEqual([true, 'Khóa']);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
    expect(emu.workbook.sheet('Sheet1')!.protections()).toEqual([{ type: 'SHEET', range: null, description: 'Khóa', warningOnly: true, unprotected: [] }]);
    again.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });

  test('frozen rows, column widths, activation', () => {
    const { sheet, emu } = setup();
    sheet.setFrozenRows(2);
    sheet.setColumnWidth(1, 240);
    sheet.setColumnWidths(2, 2, 60);
    sheet.getRange('C3:D4').activate();
    const view = emu.workbook.sheet('Sheet1')!;
    expect([view.frozenRows(), view.columnWidths().slice(0, 4)]).toEqual([2, [240, 60, 60, 100]]);
    expect(emu.workbook.selection()).toEqual({ sheet: 'Sheet1', a1: 'C3:D4' });
  });

  test('spreadsheet identity', () => {
    const { ss } = setup();
    expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale(), ss.getUrl()]).toEqual([
      'Asia/Ho_Chi_Minh',
      'vi_VN',
      `https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`,
    ]);
  });
});
