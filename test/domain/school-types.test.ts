/**
 * Every school type through template → read → validate → summary, with no
 * code that knows a framework's name; and the TH&THCS plan of issue 17:
 * 5.6 and 1.5 at Mức 3 are errors for a tiểu học school, and fine once
 * `Cấp học` says `Nhiều cấp học`.
 */
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/domain/frameworks';
import { tt18, tt19, tt57Gdtx, tt57MamNon } from '../../src/domain/frameworks';
import { summarize } from '../../src/domain/summary/summary';
import { validatePlan } from '../../src/domain/validate';
import { readPlan } from '../../src/domain/workbook/read';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { criterionRow, filledWorkbook, setByHeader, setInfo, sheet } from '../../fixtures/workbooks';

/** A TH&THCS school's plan for 2024-2025, written on the TT18 tabs, with Khung đánh giá left blank. */
function thAndThcsPlan(schoolType: string): RawWorkbook {
  const workbook = filledWorkbook(tt18, { schoolYear: '2024-2025', levelOf: (_code, maxLevel) => Math.min(maxLevel, 2) });
  setInfo(workbook, 'Tên trường', 'Trường TH và THCS Tân Hiệp');
  setInfo(workbook, 'Khung đánh giá', '');
  setInfo(workbook, 'Cấp học', schoolType);
  for (const code of ['1.5', '5.6']) {
    const tab = sheet(workbook, `Tiêu chuẩn ${code[0]}`);
    setByHeader(tab, criterionRow(tab, code), 'Mức hiện tại', 'Mức 3');
  }
  return workbook;
}

/** The A1 rows of the 1.5 and 5.6 rows: `Tiêu chuẩn 1!…`. */
function rowsOf(workbook: RawWorkbook): Set<string> {
  const rows = new Set<string>();
  for (const code of ['1.5', '5.6']) {
    const tabName = `Tiêu chuẩn ${code[0]}`;
    rows.add(`${tabName}!${criterionRow(sheet(workbook, tabName), code) + 1}`);
  }
  return rows;
}

describe('a TH&THCS plan with 5.6 and 1.5 at Mức 3 (issue 17)', () => {
  it.each([
    ['Nhiều cấp học', 'TT18/2018', []],
    ['TH&THCS', 'TT18/2018', []],
    // The same plan read as a tiểu học plan: 5.6 does not exist and 1.5 stops at Mức 2 in TT17.
    ['Tiểu học', 'TT17 tiểu học', ['criterion-unknown', 'level-above-max']],
  ])('Cấp học "%s", Năm học 2024-2025 → %s; errors on those rows: %j', (schoolType, id, codes) => {
    const workbook = thAndThcsPlan(schoolType);
    const plan = readPlan(workbook);
    expect(plan.framework.id).toBe(id);
    const onThoseRows = validatePlan(plan).filter(
      (issue) => issue.severity === 'error' && rowsOf(workbook).has(`${issue.sheet}!${issue.cell.replace(/^[A-Z]+/, '')}`),
    );
    expect(onThoseRows.map((issue) => issue.code).sort()).toEqual(codes);
  });

  it('read as TT18, the whole plan has no error and its summary counts 5.6 and 1.5 at Mức 3', () => {
    const plan = readPlan(thAndThcsPlan('Nhiều cấp học'));
    expect(validatePlan(plan).filter((issue) => issue.severity === 'error')).toEqual([]);
    const summary = summarize(plan);
    expect(summary.levels.map((count) => `${count.met}/${count.total}`)).toEqual(['28/28', '28/28', '2/20']);
    expect(summary.notMet[2].codes).not.toContain('1.5');
    expect(summary.notMet[2].codes).not.toContain('5.6');
    expect(summary.frameworkReason).toContain('năm học 2024-2025, cấp học Nhiều cấp học');
  });
});

describe('each new framework as data: template, reading, validation, summary', () => {
  it.each([
    // [framework, school year, level counts at the highest levels, school level]
    [tt18, '2024-2025', ['28/28', '28/28', '20/20'], 3],
    [tt19, '2025-2026', ['25/25', '25/25', '19/19'], 3],
    [tt57MamNon, '2026-2027', ['15/15', '15/15'], 2],
    [tt57Gdtx, '2026-2027', ['15/15', '15/15'], 2],
  ] as [Framework, string, string[], number][])('%s: a plan at the highest levels has no error; %j; school Mức %i', (framework, schoolYear, counts, level) => {
    const plan = readPlan(filledWorkbook(framework, { schoolYear }));
    expect(plan.framework).toBe(framework);
    expect(plan.missingStandards).toEqual([]);
    expect(validatePlan(plan).filter((issue) => issue.severity === 'error')).toEqual([]);
    const summary = summarize(plan);
    expect(summary.levels.map((count) => `${count.met}/${count.total}`)).toEqual(counts);
    expect(summary.schoolLevel).toBe(level);
    expect(summary.sentences.at(-1)).toContain(framework.title);
  });
});
