/** The offline CLI as the spec describes it: commands, JSON output, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tt17TieuHoc } from '../../src/domain/frameworks';
import { filledWorkbook, ROOT, TT17_SAMPLE, TT57_SAMPLE } from '../../fixtures/workbooks';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'cli', 'main.ts');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'khct-cli-'));

describe('cli', () => {
  // 2.3 without an action (Tiêu chuẩn 2!F5) is a warning since the severity rule: plans cover priorities.
  it('validate --json lists the sample’s deliberate errors with their cells, exit 1', () => {
    const { status, stdout } = cli('validate', TT17_SAMPLE, '--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(
      report.issues
        .filter((issue: { severity: string }) => issue.severity === 'error')
        .map((issue: { sheet: string; cell: string }) => `${issue.sheet}!${issue.cell}`),
    ).toEqual(['Tiêu chuẩn 1!C3', 'Tiêu chuẩn 1!B12', 'Tiêu chuẩn 3!H4', 'Tiêu chuẩn 4!B4', 'Tiêu chuẩn 5!H6', 'Tiêu chuẩn 3!B1']);
    for (const issue of report.issues) expect(Object.keys(issue).sort()).toEqual(['cell', 'code', 'message', 'severity', 'sheet']);
  });

  it('summary --json on a TT17 plan at its highest levels with 2 of 5 Mức 4 requirements: 27/27, 27/27, 19/19, 2/5, level 3', () => {
    const file = join(dir, 'highest.json');
    writeFileSync(file, JSON.stringify(filledWorkbook(tt17TieuHoc, { requirementsMet: 2 })));
    const { status, stdout } = cli('summary', file, '--json');
    expect(status).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.framework).toBe('TT17 tiểu học');
    expect(summary.levels).toEqual([
      { level: 1, total: 27, met: 27, percent: 100 },
      { level: 2, total: 27, met: 27, percent: 100 },
      { level: 3, total: 19, met: 19, percent: 100 },
      { level: 4, total: 5, met: 2, percent: 40 },
    ]);
    expect(summary.schoolLevel).toBe(3);
    expect(summary.budgetTotalVnd).toBe(0);
    expect(summary.text).toContain('Mức 1: Tổng số 27 tiêu chí, trong đó số tiêu chí đạt 27/27, tỉ lệ 100%; tiêu chí không đạt: 0');
  });

  it('summary --json on the TT57 sample: two levels with their mandatory counts', () => {
    const summary = JSON.parse(cli('summary', TT57_SAMPLE, '--json').stdout);
    expect(summary.framework).toBe('TT57/2026');
    expect(summary.levels[0]).toEqual({ level: 1, total: 15, met: 13, percent: 86.7, mandatory: { total: 8, met: 8 } });
    expect(summary.schoolLevel).toBe(1);
  });

  it('template writes the blank workbook setup creates; it validates as incomplete, not broken', () => {
    const file = join(dir, 'blank.json');
    expect(cli('template', '--out', file).status).toBe(0);
    const workbook = JSON.parse(readFileSync(file, 'utf8'));
    expect(workbook.sheets.map((sheet: { name: string }) => sheet.name)).toContain('Mức 4');
    expect(cli('validate', file).status).toBe(1);
    const tt57File = join(dir, 'blank57.json');
    expect(cli('template', '--out', tt57File, '--framework', 'TT57').status).toBe(0);
    expect(JSON.parse(readFileSync(tt57File, 'utf8')).sheets.map((sheet: { name: string }) => sheet.name)).toEqual([
      'Thông tin chung',
      'Tiêu chuẩn 1',
      'Tiêu chuẩn 2',
      'Tiêu chuẩn 3',
      'Tiêu chuẩn 4',
      'Vấn đề trọng tâm',
      'Theo dõi',
      'Nội dung văn bản',
      'Tổng hợp',
    ]);
  });

  it.each([
    ['a missing file', [join(dir, 'none.json')], 'không tồn tại'],
    ['not JSON', ['__notjson__'], 'không phải JSON'],
    ['the wrong shape', ['__shape__'], 'không đúng định dạng'],
  ])('%s: exit 2 and one clear line, no stack trace', (_name, args, words) => {
    writeFileSync(join(dir, '__notjson__'), '{ "sheets": [');
    writeFileSync(join(dir, '__shape__'), JSON.stringify({ sheets: [{ name: 'A', values: [[{ x: 1 }]] }] }));
    const file = args[0].startsWith('__') ? join(dir, args[0]) : args[0];
    for (const command of ['validate', 'summary']) {
      const { status, stderr, stdout } = cli(command, file);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(words);
      expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('an unknown command prints the usage, exit 2', () => {
    const { status, stderr } = cli('frobnicate');
    expect(status).toBe(2);
    expect(stderr).toContain('Cách dùng');
  });
});
