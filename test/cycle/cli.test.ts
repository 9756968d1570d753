/** `next-year` and `history` in the offline CLI: files written, exit codes, one-line failures, three chained years. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSample, ROOT, setInfo, TT57_SAMPLE } from '../../fixtures/workbooks';
import type { RawWorkbook } from '../../src/domain/workbook/raw';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'cli', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'khct-cycle-'));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every action's `Mức độ thực hiện` set to `Đang thực hiện`, as a school following up its plan would. */
function followedUp(path: string): void {
  const workbook = JSON.parse(readFileSync(path, 'utf8')) as RawWorkbook;
  for (const tab of workbook.sheets.filter((candidate) => /^Tiêu chuẩn \d$/.test(candidate.name))) {
    const actionCol = tab.values[0].indexOf('Hoạt động/giải pháp');
    const progressCol = tab.values[0].indexOf('Mức độ thực hiện');
    for (const row of tab.values.slice(1)) if (row[actionCol]) row[progressCol] = 'Đang thực hiện';
  }
  writeFileSync(path, JSON.stringify(workbook));
}

describe('cli next-year and history', () => {
  it('next-year --json writes the new workbook and reports what it carried; the input is untouched', () => {
    const before = readFileSync(TT57_SAMPLE, 'utf8');
    const out = join(dir, 'next.json');
    const { status, stdout } = cli('next-year', TT57_SAMPLE, '--out', out, '--today', '15/07/2027', '--json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect([report.fromYear, report.toYear, report.toFramework, report.carried.length, report.finished.length]).toEqual([
      '2026-2027',
      '2027-2028',
      'TT57/2026',
      6,
      2,
    ]);
    const written = JSON.parse(readFileSync(out, 'utf8')) as RawWorkbook;
    expect(written.sheets.find((tab) => tab.name === 'Thông tin chung')?.values.find((row) => row[0] === 'Năm học')?.[1]).toBe('2027-2028');
    expect(readFileSync(TT57_SAMPLE, 'utf8')).toBe(before);
  });

  it.each([
    ['no --out', [TT57_SAMPLE], /^Thiếu --out FILE\.json/],
    ['--out on the input itself', [TT57_SAMPLE, '--out', TT57_SAMPLE], /^Không ghi được/],
    ['a bad --today', [TT57_SAMPLE, '--out', join(dir, 'x.json'), '--today', '31/02/2027'], /^--today "31\/02\/2027" không phải ngày hợp lệ/],
  ])('next-year with %s: exit 2, one line', (_name, args, message) => {
    const { status, stderr } = cli('next-year', ...args);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('next-year on a plan without Năm học: exit 2, the cell named, nothing written', () => {
    const workbook = loadSample(TT57_SAMPLE);
    setInfo(workbook, 'Năm học', '');
    const input = join(dir, 'khong-nam.json');
    writeFileSync(input, JSON.stringify(workbook));
    const { status, stderr } = cli('next-year', input, '--out', join(dir, 'never.json'), '--today', '15/07/2027');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^Trang "Thông tin chung", ô B\d+: chưa có hoặc không đọc được năm học/);
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
  });

  it('three chained years through the CLI: history --json says the Điều 16 condition is met', () => {
    const year1 = join(dir, 'hoa-binh-2026-2027.json');
    const year2 = join(dir, 'hoa-binh-2027-2028.json');
    const year3 = join(dir, 'hoa-binh-2028-2029.json');
    writeFileSync(year1, readFileSync(TT57_SAMPLE, 'utf8'));
    expect(cli('next-year', year1, '--out', year2, '--today', '15/07/2027').status).toBe(0);
    followedUp(year2);
    expect(cli('next-year', year2, '--out', year3, '--today', '15/07/2028').status).toBe(0);
    followedUp(year3);
    const { status, stdout } = cli('history', year3, year1, year2, '--json', '--today', '20/07/2029');
    expect(status).toBe(0);
    const history = JSON.parse(stdout);
    expect(history.years.map((year: { schoolYear: string }) => year.schoolYear)).toEqual(['2026-2027', '2027-2028', '2028-2029']);
    expect(history.threeYears.met).toBe(true);
    expect(history.threeYears.years).toEqual(['2026-2027', '2027-2028', '2028-2029']);
    expect(history.assumptions.length).toBeGreaterThan(0);

    const text = cli('history', year1, year2, '--today', '20/07/2029');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('chưa đạt, mới có 2 năm học liên tiếp (2026-2027, 2027-2028); không có bảng tính năm học 2025-2026.');
    expect(text.stdout).toContain('Giả định:');
  });
});
