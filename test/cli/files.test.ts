/**
 * The CLI's input and output files (issue 14, items 2 and 6): only regular
 * files of at most 64 MB are read, as strict UTF-8; `--out` never replaces
 * the input, an existing file without --force, or a file of another kind;
 * text output carries no terminal controls from cells.
 */
import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../src/node/terminal-text';
import { decodeUtf8, FileInputError, firstInvalidUtf8, readInputText } from '../../src/node/text-file';
import { ROOT, TT57_SAMPLE } from '../../fixtures/workbooks';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'cli', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'khct-files-'));
const sampleText = readFileSync(TT57_SAMPLE, 'utf8');

/** The CLI as a user runs it; an endless read is cut off by the timeout, so it fails instead of hanging. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** One line on stderr, exit 2, nothing on stdout, no stack trace. */
function expectOneLineRefusal(result: { status: number | null; stdout: string; stderr: string }, words: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(words);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('CLI input: only a regular file, at most 64 MB, never read without end', () => {
  const fifo = join(dir, 'pipe.json');
  execFileSync('mkfifo', [fifo]);
  const big = join(dir, 'big.json');
  writeFileSync(big, '');
  truncateSync(big, 64 * 1024 * 1024 + 1);

  it.each([
    ['an endless device', '/dev/zero', /"\/dev\/zero" là một thiết bị/],
    ['a directory', dir, /là một thư mục/],
    ['a FIFO nobody writes to', fifo, /là một đường ống \(FIFO\)/],
    ['a file over 64 MB', big, /lớn hơn 64 MB/],
  ])('validate on %s: exit 2 and one Vietnamese line', (_name, path, words) => {
    expectOneLineRefusal(cli('validate', path), words);
  });

  it('the preview refuses the same inputs with the same line', () => {
    const preview = spawnSync(TSX, [join(ROOT, 'preview/server.ts'), '/dev/zero'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, PORT: '0' },
    });
    expect(preview.status).toBe(2);
    expect(preview.stderr.trim()).toBe('"/dev/zero" là một thiết bị, không phải một tệp: hãy chỉ tới tệp kế hoạch đã lưu trên đĩa (ví dụ ke-hoach.json).');
  });
});

describe('CLI input: strict UTF-8', () => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sampleText, 'utf16le')]);
  const utf16be = Buffer.from(sampleText, 'utf16le').swap16();

  it.each([
    ['UTF-16 LE with its byte-order mark', utf16le, /mã hóa UTF-16/],
    ['UTF-16 LE without a mark (NUL after each ASCII byte)', Buffer.from(sampleText, 'utf16le'), /mã hóa UTF-16/],
    ['UTF-16 BE without a mark', utf16be, /mã hóa UTF-16/],
    [
      'a Latin-1 byte (0xF4 for ô) in a tab name',
      Buffer.from('{"sheets":[{"name":"Th\xf4ng tin chung","values":[]}]}', 'latin1'),
      /byte không hợp lệ trong UTF-8 tại byte 22 \(0xF4\)/,
    ],
    ['a sequence cut off at the end of the file', Buffer.concat([Buffer.from('{"sheets":[]} '), Buffer.from([0xe1, 0xba])]), /tại byte 14 \(0xE1\)/],
  ])('%s: exit 2, one line, what to do', (name, bytes, words) => {
    const path = file(`${name.replace(/\W+/g, '-')}.json`, bytes);
    const result = cli('validate', path);
    expectOneLineRefusal(result, words);
    expect(result.stderr).toContain('lưu lại với mã hóa UTF-8');
  });

  it('a UTF-8 byte-order mark (as Notepad saves) is accepted: same summary as without', () => {
    const withBom = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sampleText)]));
    const plain = cli('summary', TT57_SAMPLE, '--json');
    const bom = cli('summary', withBom, '--json');
    expect(bom.status).toBe(0);
    expect(bom.stdout).toBe(plain.stdout);
  });

  it.each([
    ['ASCII', [0x7b, 0x7d], -1],
    ['Vietnamese letters (ế = E1 BA BF)', [...Buffer.from('Tiêu chí ế')], -1],
    ['a lone continuation byte', [0x41, 0x80, 0x41], 1],
    ['an overlong encoding of "/"', [0x41, 0xc0, 0xaf], 1],
    ['a UTF-16 surrogate written as UTF-8', [0xed, 0xa0, 0x80], 0],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a 4-byte emoji', [0xf0, 0x9f, 0x98, 0x80, 0x41], -1],
  ])('firstInvalidUtf8: %s → %i', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
    // It agrees with the platform's strict decoder on whether the bytes are valid.
    const strictOk = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
        return true;
      } catch {
        return false;
      }
    })();
    expect(strictOk).toBe(offset === -1);
  });

  it('decodeUtf8 never replaces a byte with U+FFFD', () => {
    expect(() => decodeUtf8(Buffer.from([0x7b, 0xff, 0x7d]), 'x.json')).toThrow(FileInputError);
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'x.json')).toBe('{}');
  });

  it('readInputText reads a file that reports size 0 but has content (/proc), up to its end', () => {
    expect(readInputText('/proc/self/status')).toMatch(/^Name:/);
  });
});

describe('CLI --out: the user’s files come first', () => {
  it.each([
    ['the input itself (render plan.html --out plan.html)', 'same', /đó chính là tệp đầu vào/],
    ['the input through another spelling of its path', 'dots', /đó chính là tệp đầu vào/],
    ['a symlink to the input, even with --force', 'symlink', /đó chính là tệp đầu vào/],
    ['a hard link to the input, even with --force', 'hardlink', /đó chính là tệp đầu vào/],
    ['an existing file, without --force', 'exists', /tệp đã tồn tại\. Thêm --force/],
    ['a .json target for render', 'json', /lệnh này ghi tệp \.html/],
    ['a file in a missing folder', 'missing-dir', /thư mục ".*" không tồn tại/],
    ['a directory', 'directory', /đó là một thư mục/],
  ])('render to %s: refused, nothing written, one line, exit 2', (_name, kind, words) => {
    const case_ = mkdtempSync(join(dir, 'out-'));
    // An input named .html holds JSON: only the same-file check can save it.
    const input = join(case_, 'plan.html');
    writeFileSync(input, sampleText);
    const other = join(case_, 'other.html');
    writeFileSync(other, 'bản cũ của người dùng');
    const targets: Record<string, { out: string; extra: string[] }> = {
      same: { out: input, extra: [] },
      dots: { out: join(case_, '.', '..', relative(dir, case_), 'plan.html'), extra: ['--force'] },
      symlink: { out: join(case_, 'link.html'), extra: ['--force'] },
      hardlink: { out: join(case_, 'hard.html'), extra: ['--force'] },
      exists: { out: other, extra: [] },
      json: { out: join(case_, 'plan-out.json'), extra: [] },
      'missing-dir': { out: join(case_, 'khong-co', 'plan.html'), extra: [] },
      directory: { out: join(case_, 'thu-muc.html'), extra: ['--force'] },
    };
    if (kind === 'symlink') symlinkSync(input, targets.symlink.out);
    if (kind === 'hardlink') linkSync(input, targets.hardlink.out);
    if (kind === 'directory') mkdirSync(targets.directory.out);
    const { out, extra } = targets[kind];

    const result = spawnSync(TSX, [CLI, 'render', input, '--out', out, ...extra, '--today', '01/09/2026'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Không ghi được ".*": /);
    expect(result.stderr).toMatch(words);
    expect(readFileSync(input, 'utf8')).toBe(sampleText);
    expect(readFileSync(other, 'utf8')).toBe('bản cũ của người dùng');
    if (kind === 'json' || kind === 'missing-dir') expect(existsSync(out)).toBe(false);
  });

  it('--force replaces an existing .html file that is not the input', () => {
    const out = file('da-co.html', 'bản cũ');
    const result = cli('render', TT57_SAMPLE, '--out', out, '--force', '--today', '01/09/2026');
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('template: only .json, never over an existing file', () => {
    expectOneLineRefusal(cli('template', '--out', join(dir, 'mau.html')), /lệnh này ghi tệp \.json/);
    const existing = file('mau-da-co.json', '{"sheets": []}');
    expectOneLineRefusal(cli('template', '--out', existing), /tệp đã tồn tại/);
    expect(readFileSync(existing, 'utf8')).toBe('{"sheets": []}');
  });

  /** A folder this process may not write in: root writes anywhere but in sysfs. */
  function folderWithoutPermission(): string {
    if (process.getuid?.() === 0) return '/sys';
    const locked = mkdtempSync(join(dir, 'locked-'));
    chmodSync(locked, 0o500);
    return locked;
  }

  it.each([
    ['a folder without write permission', () => join(folderWithoutPermission(), 'ke-hoach.html'), /không có quyền ghi vào thư mục/],
    ['a folder that takes no new files (/proc)', () => '/proc/ke-hoach.html', /không tạo được tệp trong thư mục "\/proc"/],
    ['a missing folder', () => join(dir, 'khong-co', 'ke-hoach.html'), /thư mục ".*khong-co" không tồn tại/],
  ])('render --out into %s: the same kind of line, exit 2, nothing on stdout', (_name, target, words) => {
    const result = cli('render', TT57_SAMPLE, '--out', target(), '--today', '01/09/2026');
    expectOneLineRefusal(result, words);
    expect(result.stderr).toMatch(/^Không ghi được ".*": .*\. Hãy .*\.\n$/);
  });
});

describe('CLI text output: no terminal controls from cells', () => {
  it.each([
    ['a colour (CSI)', 'Trường \x1b[31mĐỏ\x1b[0m', 'Trường Đỏ'],
    ['a window title (OSC … BEL)', 'A\x1b]0;pwned\x07B', 'AB'],
    ['an OSC ended by ST', 'A\x1b]8;;http://x\x1b\\B', 'AB'],
    ['clear screen and cursor home', '\x1b[2J\x1b[HHòa Bình', 'Hòa Bình'],
    ['carriage return overwriting the line', 'LỖI\rOK ', 'LỖIOK '],
    ['C1 CSI (U+009B) and DEL', 'a\u009b31mb\x7fc', 'a31mbc'],
    ['backspace and bell', 'x\x08\x07y', 'xy'],
    ['line feeds and tabs are kept', 'Dòng 1\n\tDòng 2', 'Dòng 1\n\tDòng 2'],
  ])('forTerminal: %s', (_name, text, printed) => {
    expect(forTerminal(text)).toBe(printed);
  });

  it('validate in text mode prints a school name holding ESC sequences without them; --json keeps the text escaped', () => {
    const workbook = JSON.parse(sampleText) as { sheets: { name: string; values: unknown[][] }[] };
    const criteria = workbook.sheets.find((sheet) => sheet.name === 'Tiêu chuẩn 1')!;
    // A row with actions; its Mức độ thực hiện (column L) is echoed in the issue's message.
    const row = criteria.values.findIndex((r, i) => i > 0 && typeof r[5] === 'string' && r[5] !== '');
    criteria.values[row][11] = 'Xong\x1b]0;pwned\x07\x1b[2J\x1b[31m';
    const path = file('escape.json', JSON.stringify(workbook));
    const text = cli('validate', path, '--today', '01/09/2026');
    expect(text.stdout).toContain('Chưa hiểu mức độ thực hiện "Xong"');
    expect(text.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    const json = cli('validate', path, '--json', '--today', '01/09/2026');
    expect(JSON.parse(json.stdout).issues.some((issue: { message: string }) => issue.message.includes('\x1b]0;pwned'))).toBe(true);
  });
});
