/**
 * A framework is data plus at most one rule function: this small made-up
 * framework (2 standards, 3 criteria, Mức 1–3, a "majority" rule) goes
 * through template, reading, validation and summary with no change to
 * their code.
 */
import { describe, expect, it } from 'vitest';
import { frameworks } from '../../src/domain/frameworks';
import type { Assessment, Framework, LevelRuleResult } from '../../src/domain/frameworks/types';
import { allCriteria } from '../../src/domain/frameworks/types';
import { percent } from '../../src/domain/parse/percent';
import { summarize } from '../../src/domain/summary/summary';
import { validatePlan } from '../../src/domain/validate';
import { readPlan } from '../../src/domain/workbook/read';
import { blankWorkbook } from '../../src/domain/workbook/template';
import { tt17StandardColumns } from '../../src/domain/frameworks/tt17-tieu-hoc';
import { tt17Document } from '../../src/domain/frameworks/tt17-document';
import { criterionRow, setByHeader, setInfo, sheet } from '../../fixtures/workbooks';

/** The school is at Mức N when more than half of the criteria reach it. */
function majorityRule(framework: Framework, assessment: Assessment): LevelRuleResult {
  const criteria = allCriteria(framework);
  let schoolLevel = 0;
  const levels = framework.levels.map(({ level }) => {
    const having = criteria.filter((criterion) => criterion.maxLevel >= level);
    const met = having.filter((criterion) => (assessment.reached.get(criterion.code) ?? 0) >= level).length;
    if (schoolLevel === level - 1 && met * 2 > having.length) schoolLevel = level;
    return { level, total: having.length, met, percent: percent(met, having.length) };
  });
  return { levels, schoolLevel };
}

const mini: Framework = {
  id: 'Khung thử nghiệm',
  title: 'Khung thử nghiệm (THCS rút gọn)',
  aliases: ['Khung thử nghiệm'],
  legalBasis: 'Văn bản thử nghiệm',
  levels: [1, 2, 3].map((level) => ({ level, label: `Mức ${level}` })),
  standards: [
    { number: 1, name: 'Tổ chức', criteria: [{ code: '1.1', standard: 1, name: 'Phương hướng', maxLevel: 3, mandatory: false }] },
    {
      number: 2,
      name: 'Đội ngũ',
      criteria: [
        { code: '2.1', standard: 2, name: 'Giáo viên', maxLevel: 3, mandatory: false },
        { code: '2.2', standard: 2, name: 'Nhân viên', maxLevel: 2, mandatory: false },
      ],
    },
  ],
  standardTabPrefix: 'Tiêu chuẩn',
  standardColumns: tt17StandardColumns,
  requirements: null,
  levelRule: majorityRule,
  describeSchoolLevel: (level) => (level > 0 ? `đạt mức ${level} của khung thử nghiệm` : 'chưa đạt'),
  everyCriterionNeedsAction: true,
  progressValues: [],
  extraTables: [],
  // Its plan document is laid out like TT17's: a document spec is data too.
  document: tt17Document,
};

describe('a second framework, as data', () => {
  const workbook = blankWorkbook(mini);
  setInfo(workbook, 'Tên trường', 'Trường THCS Thử Nghiệm');
  setInfo(workbook, 'Năm học', '2024-2025');
  setInfo(workbook, 'Ngày ban hành', '01/10/2024');
  for (const [code, level] of [
    ['1.1', 'Mức 3'],
    ['2.1', 'Mức 3'],
    ['2.2', 'Mức 3'],
  ] as const) {
    const tab = sheet(workbook, `Tiêu chuẩn ${code[0]}`);
    setByHeader(tab, criterionRow(tab, code), 'Mức hiện tại', level);
  }
  const plan = readPlan(workbook, [...frameworks, mini]);

  it('is chosen by name and its tabs come from its data', () => {
    expect(plan.framework).toBe(mini);
    expect(workbook.sheets.map((tab) => tab.name)).toEqual(['Thông tin chung', 'Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Nội dung văn bản', 'Tổng hợp']);
  });

  it('is validated with its own catalog: 2.2 has no Mức 3', () => {
    const issues = validatePlan(plan).filter((issue) => issue.severity === 'error');
    expect(issues.map((issue) => [issue.sheet, issue.cell, issue.code])).toEqual([['Tiêu chuẩn 2', 'C3', 'level-above-max']]);
  });

  it('is summarised with its own rule; 2.2 marked Mức 3 counts at its highest, Mức 2', () => {
    const summary = summarize(plan);
    expect(summary.levels.map((count) => `${count.met}/${count.total}`)).toEqual(['3/3', '3/3', '2/2']);
    expect(summary.schoolLevel).toBe(3);
    expect(summary.sentences.at(-1)).toContain('đạt mức 3 của khung thử nghiệm');
  });
});
