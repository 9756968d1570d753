/** `npm run -s cli -- rollup …` on the district samples: what it writes, what it prints, when it refuses. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../fixtures/workbooks';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'cli', 'main.ts');
const SAMPLES = join('samples', 'phong-gd-mau');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [CLI, 'rollup', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli rollup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khct-rollup-'));
  const out = join(dir, 'tong-hop.json');
  const html = join(dir, 'tong-hop.html');
  const csv = join(dir, 'cac-truong.csv');
  const run = cli(SAMPLES, '--out', out, '--html', html, '--csv', csv, '--today', '15/01/2027', '--agency', 'UBND huyện Phú Giáo', '--place', 'Phú Giáo');

  it('writes the three files and says what was counted and what was not, exit 0', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Đã tổng hợp 12 trường từ 16 tệp (2 trường còn lỗi). Đã ghi ${out}, ${html}, ${csv}.`);
    expect(lines.slice(1).map((line) => line.split(':')[0])).toEqual([
      `- ${join(SAMPLES, 'bang-diem-hoc-ky-1.json')}`,
      `- ${join(SAMPLES, 'th-an-thai-ban-gui-lai.json')}`,
      `- ${join(SAMPLES, 'th-tam-lap-bi-loi.json')}`,
      `- ${join(SAMPLES, 'trang-tinh-moi.json')}`,
    ]);
  });

  it('gives the same totals in rollup.json as the domain on the same files', () => {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.totals.schools).toBe(12);
    expect(report.totals.budgetVnd).toBe(600_000_000);
    expect(report.totals.followUp).toEqual({ schools: 9, done: 3, inProgress: 2, notDone: 1, unmarked: 15, overdue: 2 });
    expect(report.rows).toHaveLength(16);
  });

  it('writes the CSV with a BOM, one line a file, and the HTML report with its figures', () => {
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').trimEnd().split('\r\n')).toHaveLength(17);
    const page = readFileSync(html, 'utf8');
    for (const figure of [
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      'UBND HUYỆN PHÚ GIÁO',
      'năm học 2026 - 2027',
      '600.000.000 đồng',
      'Phú Giáo, ngày 15 tháng 01 năm 2027',
    ]) {
      expect(page).toContain(figure);
    }
  });

  const refusals: [string, string[], RegExp][] = [
    ['no input', ['--out', join(dir, 'x.json')], /^Thiếu tệp hoặc thư mục bảng tính/],
    ['no --out', [SAMPLES], /^Thiếu --out/],
    ['a folder without one .json file', [join('docs', 'img'), '--out', join(dir, 'z.json')], /^Không có tệp \.json nào trong "docs\/img"/],
    ['a CSV name that is not .csv', [SAMPLES, '--out', join(dir, 'y.json'), '--csv', join(dir, 'cac-truong.xlsx')], /lệnh này ghi tệp \.csv/],
    ['an existing output without --force', [SAMPLES, '--out', out], /tệp đã tồn tại\. Thêm --force/],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what} with one line, exit 2`, () => {
      const result = cli(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('lists a file that does not exist as a row with its reason and still writes the others', () => {
    const target = join(dir, 'mot-truong.json');
    const result = cli(join(SAMPLES, 'th-an-thai-2026-2027.json'), join(SAMPLES, 'khong-co.json'), '--out', target, '--today', '15/01/2027');
    expect(result.status).toBe(0);
    expect(existsSync(target)).toBe(true);
    const rows = JSON.parse(readFileSync(target, 'utf8')).rows as { status: string; reason: string | null }[];
    expect(rows.map((row) => row.status)).toEqual(['plan', 'unreadable']);
    expect(rows[1].reason).toContain('tệp không tồn tại');
  });
});
