import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/domain/summary/summary';
import { validatePlan, type Issue } from '../../src/domain/validate';
import { readPlan } from '../../src/domain/workbook/read';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { ROOT } from '../../fixtures/workbooks';

/*
 * Plans written the way schools write them (test/fixtures/real-plans/README.md
 * says what each one is). Every error listed here is one a district
 * inspector would also call an error; everything a person might mean is a
 * warning, and none of these plans is kept from its document by a warning.
 */

function load(name: string): RawWorkbook {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'real-plans', `${name}.json`), 'utf8')) as RawWorkbook;
}

type Found = [Issue['severity'], string, string, string];

function issuesOf(workbook: RawWorkbook): Found[] {
  return validatePlan(readPlan(workbook)).map((issue): Found => [issue.severity, issue.sheet, issue.cell, issue.code]);
}

function levelsOf(workbook: RawWorkbook): string[] {
  return summarize(readPlan(workbook)).levels.map((count) => `Mức ${count.level}: ${count.met}/${count.total}`);
}

describe('a plan typed without diacritics (Tân Hòa: "Tieu chuan 1", "Muc hien tai", "Thang 9/2024", "Khong dat")', () => {
  const plain = load('tan-hoa-khong-dau');
  const marked = load('tan-hoa-co-dau');

  it('is read like the same plan typed with diacritics: no issue, same summary, same budget', () => {
    expect(issuesOf(plain)).toEqual([]);
    expect(issuesOf(marked)).toEqual([]);
    const [a, b] = [summarize(readPlan(plain)), summarize(readPlan(marked))];
    expect(a.levels).toEqual(b.levels);
    expect(a.schoolLevel).toBe(b.schoolLevel);
    expect(a.budgetLines).toEqual(b.budgetLines);
  });

  it('has its own figures: every criterion at Mức 1, 2.3 and 3.6 at Mức 1 only, 1 of 5 Mức 4 requirements', () => {
    expect(levelsOf(plain)).toEqual(['Mức 1: 27/27', 'Mức 2: 25/27', 'Mức 3: 11/19', 'Mức 4: 1/5']);
    const summary = summarize(readPlan(plain));
    expect(summary.schoolLevel).toBe(1);
    // 2 + 5 + 3 + 350 + 45 + 10 million; "Ngân sách nhà nước" names a source, "Không" is nothing.
    expect(summary.budgetTotalVnd).toBe(415_000_000);
  });

  it('keeps the proper names in messages although the tabs are typed without diacritics', () => {
    const workbook = load('tan-hoa-khong-dau');
    const tab = workbook.sheets.find((sheet) => sheet.name === 'Tieu chuan 2')!;
    tab.values[2][2] = 'Muc 5';
    const issue = validatePlan(readPlan(workbook)).find((candidate) => candidate.code === 'level-above-max')!;
    expect(issue.sheet).toBe('Tieu chuan 2'); // the tab as the workbook spells it, so the sidebar can go there
    expect(issue.message).toContain('Tiêu chí 2.2 không có Mức 5');
  });
});

describe('a plan with Word-style times and typos (Phước Hòa A)', () => {
  const workbook = load('phuoc-hoa-a-thoi-gian-kieu-word');

  it('has no error; work begun before the school year is a warning, each on its cell', () => {
    expect(issuesOf(workbook)).toEqual([
      ['warning', 'Tiêu chuẩn 2', 'H5', 'time-starts-before-plan'], // Bắt đầu từ năm học 2022-2023
      ['warning', 'Tiêu chuẩn 3', 'H2', 'time-starts-before-plan'], // Tháng 07/2024 - tháng 01/2025
      ['warning', 'Tiêu chuẩn 5', 'H7', 'time-starts-before-plan'], // Tháng 7/2024 - 5/2025
    ]);
  });

  it('reads "9/2023 đến hết năn học…", "Định kỳ hàng tháng", "Hè 2025", "Cuối năm học.", "Tháng9/2024 - 5/2025" and "Từ tháng 9/2024" without a word', () => {
    const cells = issuesOf(workbook).map(([, sheet, cell]) => `${sheet}!${cell}`);
    for (const cell of ['Tiêu chuẩn 1!H2', 'Tiêu chuẩn 1!H7', 'Tiêu chuẩn 3!H3', 'Tiêu chuẩn 4!H3', 'Tiêu chuẩn 5!H3', 'Tiêu chuẩn 5!H6']) {
      expect(cells).not.toContain(cell);
    }
  });

  it('sums its budget and levels', () => {
    expect(levelsOf(workbook)).toEqual(['Mức 1: 27/27', 'Mức 2: 27/27', 'Mức 3: 11/19', 'Mức 4: 1/5']);
    const summary = summarize(readPlan(workbook));
    expect(summary.schoolLevel).toBe(2);
    expect(summary.budgetTotalVnd).toBe(177_000_000); // 120 + 25 + 2 + 30 million
  });
});

describe('a multi-year plan (Bình Minh 2025-2026, targets in 2026 and 2027)', () => {
  const workbook = load('binh-minh-nhieu-nam');

  it('warns about work after the school year, and calls "Năm 2065" on Mức 4 an error', () => {
    expect(issuesOf(workbook)).toEqual([
      ['warning', 'Tiêu chuẩn 2', 'H4', 'time-after-school-year'],
      ['warning', 'Tiêu chuẩn 3', 'H4', 'time-after-school-year'],
      ['warning', 'Tiêu chuẩn 5', 'H7', 'time-after-school-year'],
      ['error', 'Mức 4', 'G4', 'time-beyond-horizon'],
    ]);
  });

  it('does not warn about "Năm 2026" (inside the school year) or "Giai đoạn 2025-2030" (whole years from the plan\'s own)', () => {
    const cells = issuesOf(workbook).map(([, sheet, cell]) => `${sheet}!${cell}`);
    expect(cells).not.toContain('Tiêu chuẩn 1!H2');
    expect(cells).not.toContain('Tiêu chuẩn 2!H2');
  });

  it('sums its budget and levels', () => {
    expect(levelsOf(workbook)).toEqual(['Mức 1: 27/27', 'Mức 2: 27/27', 'Mức 3: 11/19', 'Mức 4: 2/5']);
    expect(summarize(readPlan(workbook)).budgetTotalVnd).toBe(631_000_000);
  });
});

describe('a plan that acts only on its priorities (Suối Đá B: 15 criteria below their highest level, 4 planned)', () => {
  const workbook = load('suoi-da-b-chi-tieu-chi-uu-tien');
  const found = issuesOf(workbook);

  it('has one error only: 1.2 marked "Mức 3", a level 1.2 does not have', () => {
    expect(found.filter(([severity]) => severity === 'error')).toEqual([['error', 'Tiêu chuẩn 1', 'C3', 'level-above-max']]);
  });

  it('warns, one cell each, about unplanned criteria, a blank number and date, nobody in charge and no time', () => {
    expect(found.filter(([severity]) => severity === 'warning')).toEqual([
      ['warning', 'Thông tin chung', 'B7', 'info-issueDate-missing'],
      ['warning', 'Thông tin chung', 'B5', 'info-planNumber-missing'],
      ['warning', 'Tiêu chuẩn 1', 'F2', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 1', 'F4', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 1', 'F5', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 1', 'F7', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 2', 'F2', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 2', 'F4', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 2', 'F5', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 3', 'F2', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 3', 'F3', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 3', 'G5', 'responsible-missing'],
      ['warning', 'Tiêu chuẩn 3', 'F6', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 4', 'F3', 'actions-missing'],
      ['warning', 'Tiêu chuẩn 5', 'H6', 'time-missing'],
    ]);
  });

  it('counts 1.2 at its highest level, Mức 2, so the school still reaches Mức 1', () => {
    expect(levelsOf(workbook)).toEqual(['Mức 1: 27/27', 'Mức 2: 26/27', 'Mức 3: 4/19', 'Mức 4: 0/5']);
    const summary = summarize(readPlan(workbook));
    expect(summary.schoolLevel).toBe(1);
    expect(summary.budgetTotalVnd).toBe(98_500_000); // 80 + 12 + 6.5 million
  });
});
