/**
 * The server half of google.script.run (emulator/script-run.ts) on a tiny
 * bundle built like build/Code.js: an IIFE keeping its exports on one
 * namespace object, and a top-level function forwarding to each. Only
 * those exports can be called; arguments must be plain JSON; a return
 * value google.script.run cannot carry reaches the page as null.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle } from '../../emulator';
import { bundleExports, notPlainJson, ScriptRunner, untransferable } from '../../emulator/script-run';

const BUNDLE = `
var KeHoach = (function () {
  function hiddenHelper() { return 'không được gọi'; }
  return {
    getOverview: function () { return { ok: true, value: { schoolName: 'Trường Tiểu học An Khang' } }; },
    goToCell: function (sheet, cell) { return { ok: true, value: sheet + '!' + cell }; },
    failing: function () { throw new TypeError('Cannot read properties of undefined (reading "getRange")'); },
    refusing: function () { return { ok: false, message: 'Còn 6 lỗi: hãy sửa trước khi tạo văn bản.' }; },
    returnsDate: function () { return { at: new Date(2026, 8, 5) }; },
    privateThing_: function () { return 'riêng'; },
  };
})();
function getOverview() { return KeHoach.getOverview.apply(this, arguments); }
function goToCell() { return KeHoach.goToCell.apply(this, arguments); }
function failing() { return KeHoach.failing.apply(this, arguments); }
function refusing() { return KeHoach.refusing.apply(this, arguments); }
function returnsDate() { return KeHoach.returnsDate.apply(this, arguments); }
function privateThing_() { return KeHoach.privateThing_.apply(this, arguments); }
function notExported() { return 'chỉ là hàm nội bộ'; }
`;

function runner(): ScriptRunner {
  const dir = mkdtempSync(join(tmpdir(), 'emu-run-'));
  writeFileSync(join(dir, 'Code.js'), BUNDLE);
  const emu = createEmulator({ now: new Date('2026-09-05T03:00:00Z') });
  const bundle = loadBundle(join(dir, 'Code.js'), emu);
  return new ScriptRunner(bundle, bundleExports(bundle, 'KeHoach'));
}

describe('ScriptRunner', () => {
  const run = runner();

  it('the callable names are the namespace’s exports that are top-level functions, without private ones', () => {
    expect(run.names()).toEqual(['failing', 'getOverview', 'goToCell', 'refusing', 'returnsDate']);
  });

  it.each([
    'eval',
    'Function',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'KeHoach',
    'SpreadsheetApp',
    'notExported',
    'privateThing_',
    'hiddenHelper',
  ])('%s is not callable, and run() refuses it without running anything', (name) => {
    expect(run.isCallable(name)).toBe(false);
    expect(run.run(name, [])).toEqual({ answer: { ok: false, error: `Script function not found: ${name}` }, failure: 'not found' });
  });

  it.each([
    ['a Result', 'getOverview', [], { ok: true, value: { ok: true, value: { schoolName: 'Trường Tiểu học An Khang' } } }, null],
    ['arguments passed through', 'goToCell', ['Tiêu chuẩn 1', 'C3'], { ok: true, value: { ok: true, value: 'Tiêu chuẩn 1!C3' } }, null],
    [
      'a thrown error, by its first line',
      'failing',
      [],
      { ok: false, error: 'TypeError: Cannot read properties of undefined (reading "getRange")' },
      'TypeError: Cannot read properties of undefined (reading "getRange")',
    ],
    [
      'a refusal, logged as a failure',
      'refusing',
      [],
      { ok: true, value: { ok: false, message: 'Còn 6 lỗi: hãy sửa trước khi tạo văn bản.' } },
      'Còn 6 lỗi: hãy sửa trước khi tạo văn bản.',
    ],
    ['a Date it cannot carry: null', 'returnsDate', [], { ok: true, value: null }, 'giá trị trả về không chuyển được (giá trị.at (Date))'],
  ])('%s', (_name, name, args, answer, failure) => {
    expect(run.run(name, args)).toEqual({ answer, failure });
  });
});

describe('notPlainJson: what google.script.run can carry as arguments', () => {
  const deep = (levels: number): unknown => (levels === 0 ? 1 : { a: deep(levels - 1) });
  it.each([
    ['strings, numbers, booleans, null', ['Tiêu chuẩn 1', 3, true, null], null],
    ['a request object', [{ framework: 'TT57/2026', emails: ['pgd@example.edu.vn'] }], null],
    ['16 levels of nesting', [deep(15)], null],
    ['17 levels', [deep(16)], 'lồng quá 16 tầng'],
    ['Infinity', [Infinity], 'không phải số hữu hạn'],
    ['a Date', [new Date(2026, 8, 5)], 'không phải giá trị JSON'],
    ['a function', [() => 1], 'không phải giá trị JSON'],
    ['an own __proto__ key (as JSON.parse makes)', [JSON.parse('{"__proto__": {"x": 1}}')], 'có khóa "__proto__"'],
    ['a constructor key', [{ constructor: 1 }], 'có khóa "constructor"'],
    ['a prototype key', [{ prototype: 1 }], 'có khóa "prototype"'],
  ])('%s', (_name, args, problem) => {
    const found = notPlainJson(args);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('untransferable: what google.script.run cannot carry back', () => {
  it.each([
    [{ ok: true, value: [1, 'a', null, { b: false }] }, null],
    [new Map(), 'giá trị (Map)'],
    [{ at: [new Date(0)] }, 'giá trị.at[0] (Date)'],
    [{ f: () => 1 }, 'giá trị.f'],
  ])('%o → %s', (value, path) => {
    expect(untransferable(value)).toBe(path);
  });
});
