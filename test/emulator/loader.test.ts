/**
 * Running a built bundle in a vm against the emulator: entry points,
 * counting, one execution per call, the script's realm and clock.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createEmulator, loadBundle, loadWorkbookJson } from '../../emulator';

/** Writes `code` as a bundle file (and any HTML files) into a fresh temp dir. */
function writeBundle(code: string, html: Record<string, string> = {}): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'emu-bundle-'));
  const path = join(dir, 'Code.js');
  writeFileSync(path, code);
  for (const [name, content] of Object.entries(html)) writeFileSync(join(dir, `${name}.html`), content);
  return { dir, path };
}

const NOW = new Date('2026-09-05T03:00:00Z');

describe('a tiny add-on bundle', () => {
  const { dir, path } = writeBundle(
    `
    function onOpen(e) {
      SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'showSidebar').addToUi();
    }
    function showSidebar() {
      var html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Kế hoạch cải tiến');
      SpreadsheetApp.getUi().showSidebar(html);
    }
    `,
    { Sidebar: '<main>Kế hoạch</main>' },
  );

  test('onOpen records the add-on menu, with exact counts', () => {
    const emu = createEmulator({ htmlDir: dir, now: NOW });
    const bundle = loadBundle(path, emu);
    expect([bundle.has('onOpen'), bundle.has('showSidebar'), bundle.has('missing')]).toEqual([true, true, false]);

    bundle.call('onOpen', { authMode: 'FULL' });

    expect(emu.ui.addonMenu()).toEqual({
      kind: 'addon',
      caption: null,
      items: [{ type: 'item', caption: 'Mở', functionName: 'showSidebar' }],
    });
    expect(emu.calls.byName()).toEqual({
      'SpreadsheetApp.getUi': 1,
      'Ui.createAddonMenu': 1,
      'Menu.addItem': 1,
      'Menu.addToUi': 1,
    });
    expect(emu.calls.total()).toBe(4);
  });

  test('the menu item opens the sidebar from build HTML', () => {
    const emu = createEmulator({ htmlDir: dir, now: NOW });
    loadBundle(path, emu).call('showSidebar');
    expect(emu.ui.lastSidebar()).toMatchObject({ title: 'Kế hoạch cải tiến', content: '<main>Kế hoạch</main>' });
    expect(emu.calls.total()).toBe(4);
  });

  test('calling a function the bundle lacks fails clearly', () => {
    const emu = createEmulator({ htmlDir: dir });
    expect(() => loadBundle(path, emu).call('nope')).toThrow('The bundle has no function nope');
  });
});

describe('executions', () => {
  test('each call starts from fresh globals, like an Apps Script execution', () => {
    const { path } = writeBundle(`var n = 0; function bump() { n += 1; return n; }`);
    const bundle = loadBundle(path, createEmulator());
    expect([bundle.call('bump'), bundle.call('bump')]).toEqual([1, 1]);
  });

  test('top-level service calls count once per call, not at load', () => {
    const { path } = writeBundle(`var ss = SpreadsheetApp.getActiveSpreadsheet(); function name() { return ss.getName(); }`);
    const emu = createEmulator({ spreadsheetName: 'KH 2026' });
    const bundle = loadBundle(path, emu);
    expect(emu.calls.total()).toBe(0);
    expect(bundle.call('name')).toBe('KH 2026');
    expect(bundle.call('name')).toBe('KH 2026');
    expect(emu.calls.byName()).toEqual({ 'SpreadsheetApp.getActiveSpreadsheet': 2, 'Spreadsheet.getName': 2 });
  });

  test('locks the script forgot are released when the execution ends, even after an error', () => {
    const { path } = writeBundle(`
      function take() { LockService.getDocumentLock().waitLock(1000); }
      function takeAndFail() { LockService.getDocumentLock().waitLock(1000); throw new Error('boom'); }
    `);
    const emu = createEmulator();
    const bundle = loadBundle(path, emu);
    bundle.call('take');
    expect(emu.env.locks.holder('document')).toBeNull();
    expect(() => bundle.call('takeAndFail')).toThrow('boom');
    expect(emu.env.locks.holder('document')).toBeNull();
  });

  test('lock contention as the script sees it', () => {
    const { path } = writeBundle(`
      function save() {
        var lock = LockService.getDocumentLock();
        if (!lock.tryLock(5000)) return 'busy';
        try { return 'saved'; } finally { lock.releaseLock(); }
      }
    `);
    const emu = createEmulator();
    const bundle = loadBundle(path, emu);
    const release = emu.holdDocumentLockElsewhere();
    expect(bundle.call('save')).toBe('busy');
    release();
    expect(bundle.call('save')).toBe('saved');
  });
});

describe('the script realm', () => {
  test("service errors, arrays and dates pass the script's own instanceof checks", () => {
    const { path } = writeBundle(`
      function probe() {
        var sheet = SpreadsheetApp.getActiveSheet();
        sheet.getRange('A1').setValue(new Date(2026, 8, 5));
        var rows = sheet.getRange('A1:B1').getValues();
        var err = null;
        try { sheet.getRange(1, 1, 2, 1).setValues([[1]]); } catch (e) { err = e; }
        return {
          arrays: rows instanceof Array && rows[0] instanceof Array,
          date: rows[0][0] instanceof Date,
          error: err instanceof Error,
          message: err && err.message,
          props: PropertiesService.getDocumentProperties().getProperties() instanceof Object,
        };
      }
    `);
    const result = loadBundle(path, createEmulator()).call('probe');
    expect(result).toEqual({
      arrays: true,
      date: true,
      error: true,
      message: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      props: true,
    });
  });

  test('new Date() and Date.now() read the virtual clock; local time is the script time zone', () => {
    const { path } = writeBundle(`
      function clock() {
        var before = Date.now();
        Utilities.sleep(2000);
        var d = new Date();
        return [before, d.getTime(), d.getHours(), typeof Date()];
      }
    `);
    const emu = createEmulator({ now: NOW });
    expect(loadBundle(path, emu).call('clock')).toEqual([NOW.getTime(), NOW.getTime() + 2000, 10, 'string']);
  });

  test('a date the script builds from local fields shows as that day', () => {
    const { path } = writeBundle(`
      function write() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(new Date(2026, 8, 5)); }
    `);
    const emu = createEmulator();
    loadBundle(path, emu).call('write');
    expect(emu.workbook.sheet('Sheet1')!.displayValues()).toEqual([['05/09/2026']]);
  });

  test('console output is recorded, not printed, and not counted', () => {
    const { path } = writeBundle(`function talk() { console.log('xin %s', 'chào'); console.error('lỗi'); }`);
    const emu = createEmulator();
    loadBundle(path, emu).call('talk');
    expect(emu.logs).toEqual([
      { source: 'console', level: 'log', message: 'xin chào' },
      { source: 'console', level: 'error', message: 'lỗi' },
    ]);
    expect(emu.calls.total()).toBe(0);
  });
});

describe('offline workbook and snapshots', () => {
  const workbook = {
    sheets: [
      {
        name: 'Thông tin',
        values: [
          ['Trường', 'Hòa Bình'],
          ['Năm học', '2026-2027'],
          ['Ngày', '05/09/2026'],
          ['Trống', null],
        ],
      },
      {
        name: 'Tiêu chuẩn 1',
        values: [
          ['Mã', 'Mức'],
          ['1.1', 3],
        ],
      },
    ],
  };

  test('loadWorkbookJson replaces the sheets and stores cells as given', () => {
    const emu = createEmulator();
    loadWorkbookJson(emu, workbook);
    expect(emu.workbook.sheetNames()).toEqual(['Thông tin', 'Tiêu chuẩn 1']);
    expect(emu.workbook.sheet('Thông tin')!.values()).toEqual([
      ['Trường', 'Hòa Bình'],
      ['Năm học', '2026-2027'],
      ['Ngày', '05/09/2026'],
      ['Trống', ''],
    ]);
    expect(emu.workbook.selection()).toEqual({ sheet: 'Thông tin', a1: 'A1' });
  });

  test('an idempotent setup leaves an identical snapshot when run twice', () => {
    const { path } = writeBundle(`
      function setup() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        var sheet = ss.getSheetByName('Tổng hợp') || ss.insertSheet('Tổng hợp');
        sheet.clear();
        sheet.getRange(1, 1, 1, 2).setValues([['Tiêu chí', 'Mức']]).setFontWeight('bold').setBackground('#d9ead3');
        sheet.setFrozenRows(1);
        sheet.setColumnWidth(1, 240);
        var rule = SpreadsheetApp.newDataValidation().requireValueInList(['1', '2', '3'], true).build();
        sheet.getRange(2, 2, 10, 1).setDataValidation(rule);
        sheet.getRange('A1').setNote('Tự động tạo');
        sheet.protect().setWarningOnly(true).setDescription('Tổng hợp');
      }
    `);
    const emu = createEmulator();
    loadWorkbookJson(emu, workbook);
    const bundle = loadBundle(path, emu);
    bundle.call('setup');
    const first = emu.workbook.snapshot();
    bundle.call('setup');
    expect(emu.workbook.snapshot()).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);

    const summary = first.sheets.find((s) => s.name === 'Tổng hợp')!;
    expect(summary).toMatchObject({
      index: 2,
      frozenRows: 1,
      values: [['Tiêu chí', 'Mức']],
      backgrounds: { A1: '#d9ead3', B1: '#d9ead3' },
      formats: { A1: { fontWeight: 'bold' }, B1: { fontWeight: 'bold' } },
      notes: { A1: 'Tự động tạo' },
      columnWidths: { A: 240 },
      protections: [{ type: 'SHEET', range: null, description: 'Tổng hợp', warningOnly: true, unprotected: [] }],
    });
    expect(Object.keys(summary.validations)).toHaveLength(10);
    expect(summary.validations.B2).toEqual({ criteria: 'VALUE_IN_LIST', values: [['1', '2', '3'], true], allowInvalid: true, helpText: null });
  });
});
