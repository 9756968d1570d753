/**
 * Fidelity of the other services: locks (with simulated contention and a
 * virtual clock), properties, Ui and HtmlService, Session, Utilities, Logger.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createEmulator, servicesOf } from '../../emulator';

const START = new Date('2026-09-05T03:00:00Z');

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator({ now: START, ...options });
  return { emu, ...servicesOf(emu) };
}

describe('LockService', () => {
  const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

  test('a free lock is taken at once', () => {
    const { LockService, emu } = setup();
    const lock = LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(5000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(emu.clock.now()).toBe(START.getTime());
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('held elsewhere: tryLock waits out its timeout and fails; waitLock throws', () => {
    const { LockService, emu } = setup();
    const release = emu.holdDocumentLockElsewhere();
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(3000)).toBe(false);
    expect(emu.clock.now() - START.getTime()).toBe(3000);
    expect(() => lock.waitLock(1000)).toThrow(TIMEOUT);
    expect(lock.hasLock()).toBe(false);
    release();
    expect(lock.tryLock(0)).toBe(true);
  });

  test('held elsewhere for a while: a long enough wait gets it when it is let go', () => {
    const { LockService, emu } = setup();
    emu.holdDocumentLockElsewhere({ forMs: 2500 });
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    expect(emu.clock.now() - START.getTime()).toBe(2500);
  });

  test('scopes are independent; the end of an execution releases what the script holds', () => {
    const { LockService, emu } = setup();
    emu.holdDocumentLockElsewhere();
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
    expect(emu.env.locks.holder('script')).toBe('script');
    emu.endExecution();
    expect([emu.env.locks.holder('script'), emu.env.locks.holder('user'), emu.env.locks.holder('document')]).toEqual([null, null, 'elsewhere']);
  });
});

describe('PropertiesService', () => {
  test('string store: missing is null, values become strings, reads are copies', () => {
    const { PropertiesService, emu } = setup();
    const props = PropertiesService.getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('n', 5 as unknown as string);
    expect(props.getProperty('n')).toBe('5');
    const all = props.getProperties();
    all.n = 'changed';
    expect(props.getProperty('n')).toBe('5');
    props.setProperties({ a: '1' }, true);
    expect(props.getKeys()).toEqual(['a']);
    props.deleteProperty('a');
    expect(emu.properties.document.all()).toEqual({});
  });

  test('document, user and script stores are separate', () => {
    const { PropertiesService, emu } = setup();
    PropertiesService.getDocumentProperties().setProperty('k', 'doc');
    PropertiesService.getUserProperties().setProperty('k', 'user');
    expect([emu.properties.document.get('k'), emu.properties.user.get('k'), emu.properties.script.get('k')]).toEqual(['doc', 'user', null]);
  });

  test('a value over 9 kB throws', () => {
    const { PropertiesService } = setup();
    expect(() => PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('Ui and HtmlService', () => {
  test('alerts answer with the first button unless told otherwise', () => {
    const { SpreadsheetApp, emu } = setup();
    const ui = SpreadsheetApp.getUi();
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    expect(ui.alert('Tiếp tục?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    emu.ui.answerAlerts('NO');
    expect(ui.alert('Tiêu đề', 'Xóa?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(emu.ui.alerts).toEqual([
      { title: null, prompt: 'Xong', buttons: 'OK', response: 'OK' },
      { title: null, prompt: 'Tiếp tục?', buttons: 'YES_NO', response: 'YES' },
      { title: 'Tiêu đề', prompt: 'Xóa?', buttons: 'YES_NO', response: 'NO' },
    ]);
  });

  test('prompts', () => {
    const { SpreadsheetApp, emu } = setup();
    const ui = SpreadsheetApp.getUi();
    emu.ui.answerPrompts({ text: 'Hòa Bình', button: 'OK' });
    const r = ui.prompt('Tên trường?', ui.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['Hòa Bình', ui.Button.OK]);
  });

  test('menus are recorded with items, separators and sub-menus; re-adding replaces', () => {
    const { SpreadsheetApp, emu } = setup();
    const ui = SpreadsheetApp.getUi();
    for (let i = 0; i < 2; i++) {
      ui.createMenu('Kế hoạch').addItem('Kiểm tra', 'check').addSeparator().addSubMenu(ui.createMenu('Khác').addItem('Giới thiệu', 'about')).addToUi();
    }
    expect(emu.ui.menus).toEqual([
      {
        kind: 'custom',
        caption: 'Kế hoạch',
        items: [
          { type: 'item', caption: 'Kiểm tra', functionName: 'check' },
          { type: 'separator' },
          { type: 'submenu', caption: 'Khác', items: [{ type: 'item', caption: 'Giới thiệu', functionName: 'about' }] },
        ],
      },
    ]);
  });

  test('sidebar from a file: title and HTML recorded as shown', () => {
    const htmlDir = mkdtempSync(join(tmpdir(), 'emu-html-'));
    writeFileSync(join(htmlDir, 'Sidebar.html'), '<h1>Kế hoạch</h1>');
    const { SpreadsheetApp, HtmlService, emu } = setup({ htmlDir });
    const out = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Kế hoạch cải tiến');
    SpreadsheetApp.getUi().showSidebar(out);
    out.setTitle('changed later');
    expect(emu.ui.lastSidebar()).toEqual({
      kind: 'sidebar',
      dialogTitle: null,
      title: 'Kế hoạch cải tiến',
      content: '<h1>Kế hoạch</h1>',
      width: null,
      height: null,
    });
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<h1>Kế hoạch</h1>');
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  test('dialogs and toasts', () => {
    const { SpreadsheetApp, HtmlService, emu } = setup();
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>x</p>').setWidth(400), 'Tài liệu');
    SpreadsheetApp.getActiveSpreadsheet().toast('Đã lưu', 'Kế hoạch');
    expect(emu.ui.dialogs()).toMatchObject([{ kind: 'modal', dialogTitle: 'Tài liệu', content: '<p>x</p>', width: 400 }]);
    expect(emu.ui.toasts).toEqual([{ message: 'Đã lưu', title: 'Kế hoạch', timeoutSeconds: 5 }]);
  });

  test('showing something that is not an HtmlOutput is a signature error', () => {
    const { SpreadsheetApp } = setup();
    expect(() => SpreadsheetApp.getUi().showSidebar('<p>' as never)).toThrow(/don't match the method signature for Ui.showSidebar/);
  });
});

describe('Session, Utilities, Logger', () => {
  test('session', () => {
    const { Session } = setup({ user: 'gv@truong.edu.vn' });
    expect([Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone()]).toEqual([
      'gv@truong.edu.vn',
      'gv@truong.edu.vn',
      'Asia/Ho_Chi_Minh',
    ]);
  });

  test.each([
    ['2026-09-05T17:30:00Z', 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy', '06/09/2026'],
    ['2026-09-05T17:30:00Z', 'UTC', 'dd/MM/yyyy', '05/09/2026'],
    ['2026-09-05T17:30:00Z', 'Asia/Ho_Chi_Minh', 'HH:mm', '00:30'],
    ['2026-09-05T17:30:00Z', 'GMT+7', 'yyyy-MM-dd HH:mm', '2026-09-06 00:30'],
    ['2026-01-02T03:04:05Z', 'UTC', "d/M/yy 'lúc' h:mm a", '2/1/26 lúc 3:04 AM'],
    ['2026-01-02T03:04:05Z', 'Asia/Ho_Chi_Minh', 'EEE, d MMM yyyy XXX', 'Fri, 2 Jan 2026 +07:00'],
  ])('formatDate(%s, %s, %s) = %s', (iso, tz, pattern, expected) => {
    const { Utilities } = setup();
    expect(Utilities.formatDate(new Date(iso), tz, pattern)).toBe(expected);
  });

  test('formatDate rejects letters SimpleDateFormat does not know', () => {
    const { Utilities } = setup();
    expect(() => Utilities.formatDate(new Date(0), 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  test('sleep moves the virtual clock; uuids are predictable', () => {
    const { Utilities, emu } = setup();
    Utilities.sleep(1500);
    expect(emu.clock.now() - START.getTime()).toBe(1500);
    expect([Utilities.getUuid(), Utilities.getUuid()]).toEqual(['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']);
  });

  test('Logger records with format substitution', () => {
    const { Logger, emu } = setup();
    Logger.log('Đã kiểm tra %s tab', 3);
    expect(emu.logs).toEqual([{ source: 'Logger', level: 'log', message: 'Đã kiểm tra 3 tab' }]);
    expect(Logger.getLog()).toBe('Đã kiểm tra 3 tab\n');
  });
});
