/**
 * Counting is the emulator's measure of speed, so it must be exact: one
 * call, one count, under `Class.method`; inspection and enum reads are free.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countedClasses, createEmulator, servicesOf } from '../../emulator';

function fixture() {
  const htmlDir = mkdtempSync(join(tmpdir(), 'emu-html-'));
  writeFileSync(join(htmlDir, 'Sidebar.html'), '<p>hi</p>');
  const emu = createEmulator({ htmlDir });
  const api = servicesOf(emu);
  const ss = api.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  const range = sheet.getRange('A1:B2');
  const ui = api.SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  const builder = api.SpreadsheetApp.newDataValidation().requireValueInList(['a']);
  const rule = builder.build();
  const props = api.PropertiesService.getDocumentProperties();
  const lock = api.LockService.getDocumentLock();
  const output = api.HtmlService.createHtmlOutput('<b>x</b>');
  const protection = sheet.protect();
  const user = api.Session.getActiveUser();
  emu.calls.reset();
  return { emu, api, ss, sheet, range, ui, menu, builder, rule, props, lock, output, protection, user };
}

type Fixture = ReturnType<typeof fixture>;

const ONE_CALL: [string, (f: Fixture) => unknown][] = [
  ['SpreadsheetApp.getActiveSpreadsheet', (f) => f.api.SpreadsheetApp.getActiveSpreadsheet()],
  ['SpreadsheetApp.getUi', (f) => f.api.SpreadsheetApp.getUi()],
  ['SpreadsheetApp.newDataValidation', (f) => f.api.SpreadsheetApp.newDataValidation()],
  ['SpreadsheetApp.flush', (f) => f.api.SpreadsheetApp.flush()],
  ['Spreadsheet.getSheetByName', (f) => f.ss.getSheetByName('Sheet1')],
  ['Spreadsheet.getSheets', (f) => f.ss.getSheets()],
  ['Spreadsheet.insertSheet', (f) => f.ss.insertSheet('Mới')],
  ['Spreadsheet.toast', (f) => f.ss.toast('Xong', 'Kế hoạch', 3)],
  ['Spreadsheet.getRange', (f) => f.ss.getRange('Sheet1!A1')],
  ['Sheet.getRange', (f) => f.sheet.getRange(1, 1, 2, 2)],
  ['Sheet.getDataRange', (f) => f.sheet.getDataRange()],
  ['Sheet.getLastRow', (f) => f.sheet.getLastRow()],
  ['Sheet.setFrozenRows', (f) => f.sheet.setFrozenRows(1)],
  ['Sheet.appendRow', (f) => f.sheet.appendRow([1, 2])],
  ['Sheet.protect', (f) => f.sheet.protect()],
  ['Range.getValues', (f) => f.range.getValues()],
  [
    'Range.setValues',
    (f) =>
      f.range.setValues([
        [1, 2],
        [3, 4],
      ]),
  ],
  ['Range.getDisplayValues', (f) => f.range.getDisplayValues()],
  [
    'Range.setBackgrounds',
    (f) =>
      f.range.setBackgrounds([
        ['red', null],
        [null, null],
      ]),
  ],
  ['Range.setDataValidation', (f) => f.range.setDataValidation(f.rule)],
  ['Range.getDataValidations', (f) => f.range.getDataValidations()],
  [
    'Range.setNotes',
    (f) =>
      f.range.setNotes([
        ['a', ''],
        ['', ''],
      ]),
  ],
  ['Range.getA1Notation', (f) => f.range.getA1Notation()],
  ['DataValidationBuilder.requireValueInList', (f) => f.builder.requireValueInList(['x', 'y'], false)],
  ['DataValidationBuilder.build', (f) => f.builder.build()],
  ['DataValidation.getCriteriaValues', (f) => f.rule.getCriteriaValues()],
  ['Protection.setWarningOnly', (f) => f.protection.setWarningOnly(true)],
  ['Ui.alert', (f) => f.ui.alert('Xin chào')],
  ['Ui.showSidebar', (f) => f.ui.showSidebar(f.output)],
  ['Menu.addItem', (f) => f.menu.addItem('Mở', 'showSidebar')],
  ['Menu.addToUi', (f) => f.menu.addToUi()],
  ['HtmlService.createHtmlOutputFromFile', (f) => f.api.HtmlService.createHtmlOutputFromFile('Sidebar')],
  ['HtmlOutput.setTitle', (f) => f.output.setTitle('Kế hoạch')],
  ['PropertiesService.getDocumentProperties', (f) => f.api.PropertiesService.getDocumentProperties()],
  ['Properties.getProperty', (f) => f.props.getProperty('k')],
  ['Properties.setProperties', (f) => f.props.setProperties({ a: '1', b: '2' })],
  ['LockService.getDocumentLock', (f) => f.api.LockService.getDocumentLock()],
  ['Lock.tryLock', (f) => f.lock.tryLock(1000)],
  ['Session.getActiveUser', (f) => f.api.Session.getActiveUser()],
  ['User.getEmail', (f) => f.user.getEmail()],
  ['Utilities.formatDate', (f) => f.api.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')],
  ['Utilities.sleep', (f) => f.api.Utilities.sleep(10)],
  ['ScriptApp.getScriptId', (f) => f.api.ScriptApp.getScriptId()],
  ['Logger.log', (f) => f.api.Logger.log('x')],
];

describe('one call counts once, under Class.method', () => {
  test.each(ONE_CALL)('%s', (key, act) => {
    const f = fixture();
    act(f);
    expect(f.emu.calls.byName()).toEqual({ [key]: 1 });
    expect(f.emu.calls.total()).toBe(1);
  });
});

test('a chain counts each link', () => {
  const f = fixture();
  const { SpreadsheetApp } = f.api;
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!.getRange(1, 1, 5, 3).getValues();
  SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'showSidebar').addSeparator().addToUi();
  expect(f.emu.calls.byName()).toEqual({
    'SpreadsheetApp.getActiveSpreadsheet': 1,
    'Spreadsheet.getSheetByName': 1,
    'Sheet.getRange': 1,
    'Range.getValues': 1,
    'SpreadsheetApp.getUi': 1,
    'Ui.createAddonMenu': 1,
    'Menu.addItem': 1,
    'Menu.addSeparator': 1,
    'Menu.addToUi': 1,
  });
  expect(f.emu.calls.total()).toBe(9);
  expect(f.emu.calls.totalFor('Menu.')).toBe(3);
  expect(f.emu.calls.get('Range.setValues')).toBe(0);
});

test('a call that throws still counts (the round trip happened)', () => {
  const f = fixture();
  expect(() => f.range.setValues([[1]])).toThrow();
  expect(f.emu.calls.byName()).toEqual({ 'Range.setValues': 1 });
});

test('enum reads are property reads, not calls', () => {
  const f = fixture();
  const { SpreadsheetApp, HtmlService, ScriptApp } = f.api;
  void [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST, SpreadsheetApp.WrapStrategy.WRAP];
  void [f.ui.Button.OK, f.ui.ButtonSet.YES_NO, HtmlService.SandboxMode.IFRAME, ScriptApp.AuthMode.FULL];
  expect(f.emu.calls.total()).toBe(0);
});

test('test-side inspection and set-up never count', () => {
  const f = fixture();
  const { workbook } = f.emu;
  workbook.addSheet('Tiêu chuẩn 1', [
    ['Mã', 'Tên'],
    ['1.1', 'x'],
  ]);
  const view = workbook.sheet('Tiêu chuẩn 1')!;
  void [view.values(), view.displayValues(), view.backgrounds(), view.notes(), view.validations(), view.frozenRows()];
  void [view.columnWidths(), view.protections(), view.cell('A1'), view.snapshot(), workbook.snapshot(), workbook.selection()];
  view.setValues([['x']], { at: 'C3', asTyped: true });
  workbook.select('Tiêu chuẩn 1', 'B2');
  f.emu.properties.document.set('k', 'v');
  void [f.emu.properties.document.all(), f.emu.ui.addonMenu(), f.emu.ui.lastSidebar()];
  f.emu.holdDocumentLockElsewhere()();
  expect(f.emu.calls.total()).toBe(0);
});

test('reset and uncounted', () => {
  const f = fixture();
  f.range.getValues();
  f.emu.calls.uncounted(() => f.range.getValues());
  expect(f.emu.calls.total()).toBe(1);
  f.emu.calls.reset();
  expect([f.emu.calls.total(), f.emu.calls.byName()]).toEqual([0, {}]);
});

test('every counted class wraps exactly its public methods', () => {
  fixture(); // make sure every service module is loaded
  const classes = countedClasses();
  expect(classes.map((c) => c.className).sort()).toEqual([
    'DataValidation',
    'DataValidationBuilder',
    'DeveloperMetadata',
    'DeveloperMetadataLocation',
    'Docs.Documents',
    'Drive.About',
    'Drive.Files',
    'Drive.Permissions',
    'HtmlOutput',
    'HtmlService',
    'Lock',
    'LockService',
    'Logger',
    'Menu',
    'PromptResponse',
    'Properties',
    'PropertiesService',
    'Protection',
    'Range',
    'ScriptApp',
    'Session',
    'Sheet',
    'Sheets.Spreadsheets',
    'Sheets.Spreadsheets.Values',
    'Spreadsheet',
    'SpreadsheetApp',
    'Ui',
    'User',
    'Utilities',
  ]);
  for (const c of classes) {
    const own = Object.getOwnPropertyNames(c.prototype).filter((n) => n !== 'constructor');
    expect({ [c.className]: own.sort() }).toEqual({ [c.className]: [...c.methods].sort() });
  }
});
