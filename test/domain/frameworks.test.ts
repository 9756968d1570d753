import { describe, expect, it } from 'vitest';
import { frameworkByName, frameworkForSchoolYear, tt17TieuHoc, tt57 } from '../../src/domain/frameworks';
import { allCriteria, type Assessment } from '../../src/domain/frameworks/types';

function assess(levels: Record<string, number>, met: number[] = []): Assessment {
  return {
    reached: new Map(Object.entries(levels)),
    requirementsMet: new Map(met.map((number) => [number, true])),
  };
}

/** Every criterion of a framework at one level (capped at its highest). */
function all(framework: typeof tt17TieuHoc, level: number, overrides: Record<string, number> = {}): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const criterion of allCriteria(framework)) levels[criterion.code] = Math.min(level, criterion.maxLevel);
  return { ...levels, ...overrides };
}

describe('TT17 tiểu học catalog', () => {
  it('has 5 standards, 27 criteria, 19 with Mức 3 (4/4/5/2/4), and the 5 Mức 4 requirements', () => {
    expect(tt17TieuHoc.standards.map((standard) => standard.criteria.length)).toEqual([10, 4, 6, 2, 5]);
    expect(allCriteria(tt17TieuHoc)).toHaveLength(27);
    expect(tt17TieuHoc.standards.map((standard) => standard.criteria.filter((criterion) => criterion.maxLevel === 3).length)).toEqual([4, 4, 5, 2, 4]);
    expect(tt17TieuHoc.requirements?.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    ['1.2', 2],
    ['1.1', 3],
    ['1.10', 2],
    ['3.4', 2],
    ['5.1', 2],
    ['5.5', 3],
  ])('criterion %s has Mức %i at most', (code, maxLevel) => {
    expect(allCriteria(tt17TieuHoc).find((criterion) => criterion.code === code)?.maxLevel).toBe(maxLevel);
  });
});

describe('TT17 level rule (Điều 6, Điều 22)', () => {
  it('all criteria at their highest level and 2 of 5 Mức 4 requirements: 27/27, 27/27, 19/19, 2/5 (40%), school Mức 3', () => {
    const result = tt17TieuHoc.levelRule(tt17TieuHoc, assess(all(tt17TieuHoc, 3), [1, 2]));
    expect(result.levels.map(({ level, total, met, percent }) => [level, total, met, percent])).toEqual([
      [1, 27, 27, 100],
      [2, 27, 27, 100],
      [3, 19, 19, 100],
      [4, 5, 2, 40],
    ]);
    expect(result.schoolLevel).toBe(3);
  });

  it.each([
    ['every criterion at Mức 2', all(tt17TieuHoc, 2), [1, 2, 3, 4, 5], 2],
    ['all highest and all 5 requirements', all(tt17TieuHoc, 3), [1, 2, 3, 4, 5], 4],
    ['one Mức 3 criterion at Mức 2 blocks Mức 3 and Mức 4', all(tt17TieuHoc, 3, { '5.5': 2 }), [1, 2, 3, 4, 5], 2],
    ['one criterion at Mức 1', all(tt17TieuHoc, 3, { '1.2': 1 }), [], 1],
    ['one criterion Chưa đạt', all(tt17TieuHoc, 3, { '2.4': 0 }), [], 0],
    ['a criterion not assessed counts as not met', (() => { const levels = all(tt17TieuHoc, 3); delete levels['3.6']; return levels; })(), [], 0],
  ])('%s → school Mức %i', (_name, levels, met, expected) => {
    expect(tt17TieuHoc.levelRule(tt17TieuHoc, assess(levels, met)).schoolLevel).toBe(expected);
  });

  it('one criterion below Mức 3 gives 18/19 = 94,7% at Mức 3', () => {
    const result = tt17TieuHoc.levelRule(tt17TieuHoc, assess(all(tt17TieuHoc, 3, { '1.1': 2 })));
    expect(result.levels[2]).toEqual({ level: 3, total: 19, met: 18, percent: 94.7 });
  });
});

describe('TT57/2026 catalog', () => {
  it('has 4 standards, 15 criteria with Mức 1–2 only, 8 mandatory', () => {
    expect(tt57.standards.map((standard) => standard.criteria.length)).toEqual([4, 3, 5, 3]);
    expect(allCriteria(tt57).every((criterion) => criterion.maxLevel === 2)).toBe(true);
    expect(allCriteria(tt57).filter((criterion) => criterion.mandatory).map((criterion) => criterion.code)).toEqual(['1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2']);
    expect(tt57.requirements).toBeNull();
  });
});

describe('TT57 level rule (khoản 3 Điều 5)', () => {
  const others = ['1.1', '1.2', '2.3', '3.3', '3.4', '3.5', '4.3'];
  const mandatory = ['1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2'];
  const levels = (mandatoryLevel: number, otherLevels: number[]) => {
    const result: Record<string, number> = {};
    mandatory.forEach((code) => (result[code] = mandatoryLevel));
    others.forEach((code, index) => (result[code] = otherLevels[index] ?? 0));
    return result;
  };

  it.each([
    ['all 15 at Mức 2', levels(2, [2, 2, 2, 2, 2, 2, 2]), 2],
    ['★ at Mức 2, exactly 5 others at Mức 2, 2 others at Mức 1', levels(2, [2, 2, 2, 2, 2, 1, 1]), 2],
    ['★ at Mức 2, only 4 others at Mức 2 (3 at Mức 1)', levels(2, [2, 2, 2, 2, 1, 1, 1]), 1],
    ['★ at Mức 2, 6 others at Mức 2 but one criterion below Mức 1: blocks only Mức 2', levels(2, [2, 2, 2, 2, 2, 2, 0]), 1],
    ['★ at Mức 1, exactly 5 others at Mức 1', levels(1, [1, 1, 1, 1, 1, 0, 0]), 1],
    ['★ at Mức 1, only 4 others at Mức 1', levels(1, [1, 1, 1, 1, 0, 0, 0]), 0],
    ['one ★ missing (below Mức 1), all others at Mức 2', { ...levels(2, [2, 2, 2, 2, 2, 2, 2]), '3.2': 0 }, 0],
    ['one ★ at Mức 1, everything else at Mức 2', { ...levels(2, [2, 2, 2, 2, 2, 2, 2]), '4.1': 1 }, 1],
  ])('%s → school level %i', (_name, reached, expected) => {
    expect(tt57.levelRule(tt57, assess(reached)).schoolLevel).toBe(expected);
  });

  it('counts mandatory criteria apart in each level', () => {
    const result = tt57.levelRule(tt57, assess({ ...levels(2, [2, 2, 2, 2, 1, 1, 0]), '2.2': 1 }));
    expect(result.levels).toEqual([
      { level: 1, total: 15, met: 14, percent: 93.3, mandatory: { total: 8, met: 8 } },
      { level: 2, total: 15, met: 11, percent: 73.3, mandatory: { total: 8, met: 7 } },
    ]);
  });
});

describe('choosing the framework', () => {
  it.each([
    ['TT17 tiểu học', 'TT17 tiểu học'],
    ['TT17', 'TT17 tiểu học'],
    ['Thông tư 17/2018', 'TT17 tiểu học'],
    ['tt57', 'TT57/2026'],
    ['TT57/2026', 'TT57/2026'],
    ['Thông tư 57/2026', 'TT57/2026'],
    ['57/2026/TT-BGDĐT', 'TT57/2026'],
    ['  thông tư 57/2026 '.normalize('NFD'), 'TT57/2026'],
  ])('"%s" names %s', (text, id) => {
    expect(frameworkByName(text)?.id).toBe(id);
  });

  it.each([
    [2024, 'TT17 tiểu học'],
    [2025, 'TT17 tiểu học'],
    [2026, 'TT57/2026'],
    [2027, 'TT57/2026'],
  ])('school year starting %i falls under %s', (year, id) => {
    expect(frameworkForSchoolYear(year).id).toBe(id);
  });

  it('an unknown name names nothing', () => {
    expect(frameworkByName('Thông tư 18/2018')).toBeUndefined();
  });
});
