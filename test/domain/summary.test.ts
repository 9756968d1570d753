import { describe, expect, it } from 'vitest';
import { tt17TieuHoc, tt57 } from '../../src/domain/frameworks';
import { summarize } from '../../src/domain/summary/summary';
import { readPlan } from '../../src/domain/workbook/read';
import { filledWorkbook, loadSample, TT17_SAMPLE, TT57_SAMPLE } from '../../fixtures/workbooks';

describe('level summary, TT17', () => {
  it('every criterion at its highest level, 2 of 5 Mức 4 requirements: Mức 3', () => {
    const summary = summarize(readPlan(filledWorkbook(tt17TieuHoc, { requirementsMet: 2 })));
    expect(summary.levels.map(({ total, met, percent }) => `${met}/${total} ${percent}`)).toEqual(['27/27 100', '27/27 100', '19/19 100', '2/5 40']);
    expect(summary.schoolLevel).toBe(3);
    expect(summary.sentences).toEqual([
      'Mức 1: Tổng số 27 tiêu chí, trong đó số tiêu chí đạt 27/27, tỉ lệ 100%; tiêu chí không đạt: 0',
      'Mức 2: Tổng số 27 tiêu chí, trong đó số tiêu chí đạt 27/27, tỉ lệ 100%; tiêu chí không đạt: 0',
      'Mức 3: Tổng số 19 tiêu chí, trong đó số tiêu chí đạt 19/19, tỉ lệ 100%; tiêu chí không đạt: 0',
      'Mức 4: Tổng số 5 yêu cầu, trong đó số yêu cầu đạt 2/5, tỉ lệ 40%; yêu cầu không đạt: 3 (yêu cầu 3, 4, 5)',
      'Kết quả: Nhà trường đạt Mức 3 theo Thông tư 17/2018/TT-BGDĐT (tiểu học); đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia Mức độ 2.',
    ]);
  });

  it('one criterion short of Mức 3 is written as a Vietnamese document writes it: 94,7%', () => {
    const summary = summarize(readPlan(filledWorkbook(tt17TieuHoc, { levelOf: (code, max) => (code === '2.2' ? 2 : max) })));
    expect(summary.sentences[2]).toBe('Mức 3: Tổng số 19 tiêu chí, trong đó số tiêu chí đạt 18/19, tỉ lệ 94,7%; tiêu chí không đạt: 1 (tiêu chí 2.2)');
    expect(summary.schoolLevel).toBe(2);
    expect(summary.nationalStandard).toContain('Mức độ 1');
  });

  it('sums the budget in VND per standard: 10 triệu per action row', () => {
    const summary = summarize(readPlan(filledWorkbook(tt17TieuHoc, { levelOf: (code, max) => (code.startsWith('3.') ? 1 : max) })));
    expect(summary.budgetTotalVnd).toBe(6 * 10_000_000);
    expect(summary.budgetLines.find((line) => line.label === 'Tiêu chuẩn 3')?.vnd).toBe(60_000_000);
  });

  it('the sample: 1.2 marked "Mức 3" counts at its highest (Mức 2); 3.4, on the wrong tab, counts as not reached', () => {
    const summary = summarize(readPlan(loadSample(TT17_SAMPLE)));
    expect(summary.levels[0]).toEqual({ level: 1, total: 27, met: 26, percent: 96.3 });
    expect(summary.schoolLevel).toBe(0);
    expect(summary.schoolLevelLabel).toBe('Chưa đạt Mức 1');
    expect(summary.budgetTotalVnd).toBe(166_500_000);
  });
});

describe('level summary, TT57', () => {
  it('the sample (Hòa Bình 2026-2027) reaches Mức 1 with all 8 ★ met', () => {
    const summary = summarize(readPlan(loadSample(TT57_SAMPLE)));
    expect(summary.framework).toBe('TT57/2026');
    expect(summary.levels).toEqual([
      { level: 1, total: 15, met: 13, percent: 86.7, mandatory: { total: 8, met: 8 } },
      { level: 2, total: 15, met: 5, percent: 33.3, mandatory: { total: 8, met: 3 } },
    ]);
    expect(summary.schoolLevel).toBe(1);
    expect(summary.sentences[0]).toBe(
      'Mức 1: Tổng số 15 tiêu chí (8 tiêu chí bắt buộc), trong đó số tiêu chí đạt 13/15, tỉ lệ 86,7% (tiêu chí bắt buộc đạt 8/8); tiêu chí không đạt: 2 (tiêu chí 2.3, 4.3)',
    );
    expect(summary.nationalStandard).toContain('chuẩn quốc gia Mức độ 1');
    expect(summary.frameworkReason).toContain('năm học 2026-2027');
  });

  it('a school with a ★ criterion below Mức 1 is "Không đạt Mức 1"', () => {
    const summary = summarize(readPlan(filledWorkbook(tt57, { levelOf: (code) => (code === '2.1' ? 0 : 2) })));
    expect(summary.schoolLevel).toBe(0);
    expect(summary.schoolLevelLabel).toBe('Không đạt Mức 1');
  });
});
