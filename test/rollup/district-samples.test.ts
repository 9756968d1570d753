/**
 * The district samples (samples/phong-gd-mau) rolled up: every school's
 * row and the district's totals, asserted number by number. The samples
 * are what scripts/make-district-samples.ts builds, checked first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollUp, type SchoolInput } from '../../src/domain/rollup';
import { levelLines } from '../../src/domain/rollup/labels';
import { rawWorkbookSchema } from '../../src/domain/workbook/raw';
import { DISTRICT_SAMPLES, districtSampleFiles } from '../../scripts/make-district-samples';

const TODAY = { day: 15, month: 1, year: 2027 };

function readSamples(): SchoolInput[] {
  return readdirSync(DISTRICT_SAMPLES)
    .sort()
    .map((name): SchoolInput => {
      const text = readFileSync(join(DISTRICT_SAMPLES, name), 'utf8');
      try {
        return { label: name, workbook: rawWorkbookSchema.parse(JSON.parse(text)) };
      } catch (cause) {
        return { label: name, unreadable: `Tệp "${name}" không phải JSON hợp lệ (${(cause as Error).message}).` };
      }
    });
}

const rollup = rollUp(readSamples(), { today: TODAY });

describe('district samples', () => {
  it('are exactly what scripts/make-district-samples.ts builds', () => {
    const built = districtSampleFiles();
    expect(readdirSync(DISTRICT_SAMPLES).sort()).toEqual([...built.keys()].sort());
    for (const [name, content] of built) expect(readFileSync(join(DISTRICT_SAMPLES, name), 'utf8'), name).toBe(content);
  });

  // file | status | school | framework | level | met/total per level | errors | warnings | budget | follow-up [done, in progress, not done, unmarked, overdue]
  const expected: [string, string, string, string | null, string | null, string[], number | null, number | null, number | null, number[] | null][] = [
    ['bang-diem-hoc-ky-1.json', 'notAPlan', '', null, null, [], null, null, null, null],
    [
      'mn-hoa-mai-2026-2027.json',
      'plan',
      'Trường Mầm non Hoa Mai',
      'TT57/2026 mầm non',
      'Mức 1',
      ['Mức 1: 15/15 (★ 8/8)', 'Mức 2: 12/15 (★ 6/8)'],
      0,
      0,
      30_000_000,
      [0, 0, 0, 3, 0],
    ],
    [
      'mn-sen-hong-2026-2027.json',
      'plan',
      'Trường Mầm non Sen Hồng',
      'TT57/2026 mầm non',
      'Mức 2',
      ['Mức 1: 15/15 (★ 8/8)', 'Mức 2: 15/15 (★ 8/8)'],
      0,
      0,
      0,
      [0, 0, 0, 0, 0],
    ],
    [
      'th-an-thai-2026-2027.json',
      'plan',
      'Trường Tiểu học An Thái',
      'TT57/2026',
      'Mức 2',
      ['Mức 1: 15/15 (★ 8/8)', 'Mức 2: 15/15 (★ 8/8)'],
      0,
      0,
      0,
      [0, 0, 0, 0, 0],
    ],
    [
      'th-an-thai-ban-gui-lai.json',
      'duplicate',
      'Truong Tieu hoc An Thai',
      'TT57/2026',
      'Mức 2',
      ['Mức 1: 15/15 (★ 8/8)', 'Mức 2: 15/15 (★ 8/8)'],
      0,
      0,
      0,
      [0, 0, 0, 0, 0],
    ],
    [
      'th-binh-an-2026-2027.json',
      'plan',
      'Trường Tiểu học Bình An',
      'TT57/2026',
      'Mức 1',
      ['Mức 1: 15/15 (★ 8/8)', 'Mức 2: 11/15 (★ 5/8)'],
      0,
      0,
      40_000_000,
      [0, 0, 0, 4, 0],
    ],
    [
      'th-cat-tien-2026-2027.json',
      'plan',
      'Trường Tiểu học Cát Tiên',
      'TT57/2026',
      'Không đạt Mức 1',
      ['Mức 1: 14/15 (★ 7/8)', 'Mức 2: 13/15 (★ 6/8)'],
      0,
      0,
      20_000_000,
      [0, 0, 0, 2, 0],
    ],
    [
      'th-dong-hoa-2026-2027.json',
      'plan',
      'Trường Tiểu học Đông Hòa',
      'TT57/2026',
      'Mức 1',
      ['Mức 1: 15/15 (★ 8/8)', 'Mức 2: 13/15 (★ 7/8)'],
      2,
      1,
      20_000_000,
      [0, 0, 0, 2, 1],
    ],
    [
      'th-hiep-phuoc-2026-2027.json',
      'plan',
      'Trường Tiểu học Hiệp Phước',
      'TT57/2026',
      'Mức 1',
      ['Mức 1: 15/15 (★ 8/8)', 'Mức 2: 11/15 (★ 4/8)'],
      0,
      1,
      40_000_000,
      [1, 1, 1, 1, 1],
    ],
    [
      'th-long-tan-2026-2027.json',
      'plan',
      'Trường Tiểu học Long Tân',
      'TT57/2026',
      'Mức 1',
      ['Mức 1: 15/15 (★ 8/8)', 'Mức 2: 11/15 (★ 6/8)'],
      0,
      0,
      150_000_000,
      [2, 1, 0, 1, 0],
    ],
    [
      'th-phuoc-hoa-2026-2027.json',
      'plan',
      'Trường Tiểu học Phước Hòa',
      'TT57/2026',
      'Mức 1',
      ['Mức 1: 15/15 (★ 8/8)', 'Mức 2: 13/15 (★ 7/8)'],
      0,
      0,
      20_000_000,
      [0, 0, 0, 2, 0],
    ],
    [
      'th-phuoc-vinh-tt17-2026-2027.json',
      'plan',
      'Trường Tiểu học Phước Vĩnh',
      'TT17 tiểu học',
      'Mức 3',
      ['Mức 1: 27/27', 'Mức 2: 27/27', 'Mức 3: 19/19', 'Mức 4: 2/5'],
      0,
      0,
      0,
      null,
    ],
    ['th-tam-lap-bi-loi.json', 'unreadable', '', null, null, [], null, null, null, null],
    [
      'th-tan-binh-tt17-2026-2027.json',
      'plan',
      'Trường Tiểu học Tân Bình',
      'TT17 tiểu học',
      'Mức 1',
      ['Mức 1: 27/27', 'Mức 2: 19/27', 'Mức 3: 0/19', 'Mức 4: 0/5'],
      1,
      0,
      270_000_000,
      null,
    ],
    [
      'th-vinh-hoa-tt17-2026-2027.json',
      'plan',
      'Trường Tiểu học Vĩnh Hòa',
      'TT17 tiểu học',
      'Mức 2',
      ['Mức 1: 27/27', 'Mức 2: 27/27', 'Mức 3: 18/19', 'Mức 4: 0/5'],
      0,
      0,
      10_000_000,
      null,
    ],
    ['trang-tinh-moi.json', 'empty', '', null, null, [], null, null, null, null],
  ];

  it('has one row per file, in file order', () => {
    expect(rollup.rows.map((row) => row.label)).toEqual(expected.map((entry) => entry[0]));
  });

  for (const [file, status, school, framework, level, levels, errors, warnings, budget, followUp] of expected) {
    it(`${file}: ${status}${level ? `, ${level}` : ''}`, () => {
      const row = rollup.rows.find((candidate) => candidate.label === file)!;
      expect(row.status).toBe(status);
      expect(row.school).toBe(school);
      expect(row.figures?.frameworkId ?? null).toBe(framework);
      expect(row.figures?.schoolLevelLabel ?? null).toBe(level);
      expect(levelLines(row)).toEqual(levels);
      expect(row.figures?.errors ?? null).toBe(errors);
      expect(row.figures?.warnings ?? null).toBe(warnings);
      expect(row.figures?.budgetVnd ?? null).toBe(budget);
      const counts = row.figures?.followUp;
      expect(counts ? [counts.done, counts.inProgress, counts.notDone, counts.unmarked, counts.overdue] : null).toEqual(followUp);
      expect(row.reason === null).toBe(status === 'plan');
    });
  }

  it('counts 12 schools of 16 files, the sent-again plan once, and says why each other file is not counted', () => {
    const { totals } = rollup;
    expect(totals.rows).toEqual({ plan: 12, empty: 1, notAPlan: 1, unreadable: 1, duplicate: 1, otherFramework: 0 });
    expect(totals.schools).toBe(12);
    expect(totals.schoolsWithErrors).toBe(2);
    expect(totals.schoolYears).toEqual(['2026-2027']);
    const reasons = Object.fromEntries(rollup.rows.filter((row) => row.reason).map((row) => [row.label, row.reason]));
    expect(reasons['th-an-thai-ban-gui-lai.json']).toContain('Trùng với "th-an-thai-2026-2027.json"');
    expect(reasons['bang-diem-hoc-ky-1.json']).toContain('không có trang "Thông tin chung"');
    expect(reasons['bang-diem-hoc-ky-1.json']).toContain('"Điểm HK1"');
    expect(reasons['trang-tinh-moi.json']).toMatch(/^Bảng tính trống/);
    expect(reasons['th-tam-lap-bi-loi.json']).toContain('không phải JSON hợp lệ');
  });

  it('counts schools per framework and per level', () => {
    const { totals } = rollup;
    expect(totals.perFramework.map((entry) => [entry.frameworkId, entry.schools])).toEqual([
      ['TT17 tiểu học', 3],
      ['TT57/2026', 7],
      ['TT57/2026 mầm non', 2],
    ]);
    expect(totals.perLevel.map((entry) => `${entry.frameworkId}: ${entry.label} = ${entry.schools}`)).toEqual([
      'TT17 tiểu học: Chưa đạt Mức 1 = 0',
      'TT17 tiểu học: Mức 1 = 1',
      'TT17 tiểu học: Mức 2 = 1',
      'TT17 tiểu học: Mức 3 = 1',
      'TT17 tiểu học: Mức 4 = 0',
      'TT57/2026: Không đạt Mức 1 = 1',
      'TT57/2026: Mức 1 = 5',
      'TT57/2026: Mức 2 = 1',
      'TT57/2026 mầm non: Không đạt Mức 1 = 0',
      'TT57/2026 mầm non: Mức 1 = 1',
      'TT57/2026 mầm non: Mức 2 = 1',
    ]);
  });

  it('finds the district’s priorities: TT57 4.1 ★ below Mức 2 in 6 of 7 schools, below Mức 1 in one', () => {
    const tt57 = rollup.totals.priorities.filter((priority) => priority.frameworkId === 'TT57/2026');
    expect(tt57.filter((priority) => priority.level === 1).map((priority) => `${priority.code} ${priority.schools}/${priority.of}`)).toEqual(['4.1 1/7']);
    expect(
      tt57.filter((priority) => priority.level === 2).map((priority) => `${priority.code}${priority.mandatory ? '★' : ''} ${priority.schools}/${priority.of}`),
    ).toEqual(['4.1★ 6/7', '1.3★ 3/7', '2.2★ 3/7', '2.3 3/7', '3.3 2/7', '3.2★ 1/7']);
  });

  it('adds the budget per standard and in all: 600.000.000 đồng, the duplicate not counted twice', () => {
    const { totals } = rollup;
    expect(totals.budgetVnd).toBe(600_000_000);
    expect(totals.budget.filter((line) => line.frameworkId === 'TT57/2026').map((line) => [line.label, line.vnd])).toEqual([
      ['Tiêu chuẩn 1', 30_000_000],
      ['Tiêu chuẩn 2', 60_000_000],
      ['Tiêu chuẩn 3', 30_000_000],
      ['Tiêu chuẩn 4', 170_000_000],
    ]);
    expect(totals.budget.reduce((sum, line) => sum + line.vnd, 0)).toBe(totals.budgetVnd);
  });

  it('sums the follow-up of the 9 TT57 schools', () => {
    expect(rollup.totals.followUp).toEqual({ schools: 9, done: 3, inProgress: 2, notDone: 1, unmarked: 15, overdue: 2 });
  });
});
