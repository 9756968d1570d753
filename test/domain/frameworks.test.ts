import { describe, expect, it } from 'vitest';
import {
  frameworkByName,
  frameworkForSchoolYear,
  frameworks,
  frameworksWithCriterion,
  tt17TieuHoc,
  tt18,
  tt19,
  tt57,
  tt57Gdtx,
  tt57MamNon,
} from '../../src/domain/frameworks';
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
    [
      'a criterion not assessed counts as not met',
      (() => {
        const levels = all(tt17TieuHoc, 3);
        delete levels['3.6'];
        return levels;
      })(),
      [],
      0,
    ],
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
    expect(
      allCriteria(tt57)
        .filter((criterion) => criterion.mandatory)
        .map((criterion) => criterion.code),
    ).toEqual(['1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2']);
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

  it.each([
    ['TT18', 'TT18/2018'],
    ['Thong tu 18/2018', 'TT18/2018'],
    ['Thông tư 18/2018/TT-BGDĐT', 'TT18/2018'],
    ['TT19 mam non', 'TT19/2018'],
    ['Thông tư 19/2018', 'TT19/2018'],
    ['TT57 mầm non', 'TT57/2026 mầm non'],
    ['TT57 mam non', 'TT57/2026 mầm non'],
    ['TT57 Phụ lục I', 'TT57/2026 mầm non'],
    ['TT57 GDTX', 'TT57/2026 GDTX'],
    ['Thông tư 57/2026 GDTX', 'TT57/2026 GDTX'],
  ])('"%s" names %s (new frameworks)', (text, id) => {
    expect(frameworkByName(text)?.id).toBe(id);
  });

  it.each(['Thông tư 99/2030', 'TT20', 'mầm non'])('"%s" names nothing', (text) => {
    expect(frameworkByName(text)).toBeUndefined();
  });

  it('every alias names its own framework only, and ids are unique', () => {
    for (const framework of frameworks) {
      for (const alias of framework.aliases) expect(frameworkByName(alias)?.id, alias).toBe(framework.id);
    }
    expect(new Set(frameworks.map((framework) => framework.id)).size).toBe(frameworks.length);
  });
});

/** Codes of the criteria without Mức 3, standard by standard. */
function withoutMuc3(framework: typeof tt18): string[] {
  return allCriteria(framework)
    .filter((criterion) => criterion.maxLevel < 3)
    .map((criterion) => criterion.code);
}

describe('TT18/2018 catalog (THCS, THPT, nhiều cấp học; single source, see docs/frameworks/tt18-2018.md)', () => {
  it('has 5 standards, 28 criteria (10/4/6/2/6), 20 with Mức 3, Mức 1–3 and no Mức 4 tab', () => {
    expect(tt18.standards.map((standard) => standard.criteria.length)).toEqual([10, 4, 6, 2, 6]);
    expect(allCriteria(tt18)).toHaveLength(28);
    expect(withoutMuc3(tt18)).toEqual(['1.2', '1.7', '1.8', '1.9', '1.10', '3.4', '5.3', '5.4']);
    expect(tt18.levels.map((level) => level.level)).toEqual([1, 2, 3]);
    expect(tt18.requirements).toBeNull();
  });

  it.each([
    ['1.5', 'Khối lớp và tổ chức lớp học', 3],
    ['3.2', 'Phòng học, phòng học bộ môn và khối phục vụ học tập', 3],
    ['5.4', 'Các hoạt động trải nghiệm và hướng nghiệp', 2],
    ['5.6', 'Kết quả giáo dục', 3],
  ])('criterion %s is "%s", highest Mức %i', (code, name, maxLevel) => {
    const criterion = allCriteria(tt18).find((candidate) => candidate.code === code);
    expect([criterion?.name, criterion?.maxLevel]).toEqual([name, maxLevel]);
  });

  it('every criterion at its highest level: 28/28, 28/28, 20/20, school Mức 3; 5.6 at Mức 2 gives Mức 2', () => {
    const result = tt18.levelRule(tt18, assess(all(tt18, 3)));
    expect(result.levels.map(({ level, total, met }) => [level, total, met])).toEqual([
      [1, 28, 28],
      [2, 28, 28],
      [3, 20, 20],
    ]);
    expect(result.schoolLevel).toBe(3);
    expect(tt18.levelRule(tt18, assess(all(tt18, 3, { '5.6': 2 }))).schoolLevel).toBe(2);
  });
});

describe('TT19/2018 catalog (mầm non; single source, see docs/frameworks/tt19-2018.md)', () => {
  it('has 5 standards, 25 criteria (10/3/6/2/4), 19 with Mức 3, Mức 1–3', () => {
    expect(tt19.standards.map((standard) => standard.criteria.length)).toEqual([10, 3, 6, 2, 4]);
    expect(withoutMuc3(tt19)).toEqual(['1.2', '1.7', '1.8', '1.9', '1.10', '3.6']);
    expect(tt19.levels.map((level) => level.level)).toEqual([1, 2, 3]);
    expect(allCriteria(tt19).find((criterion) => criterion.code === '1.5')?.name).toBe('Tổ chức nhóm trẻ và lớp mẫu giáo');
  });
});

describe('TT57/2026 mầm non (Phụ lục I) and GDTX (Phụ lục III)', () => {
  it.each([
    ['mầm non', tt57MamNon, '3.5', 'Kết quả phát triển và sự tiến bộ của trẻ'],
    ['GDTX', tt57Gdtx, '3.5', 'Kết quả học tập, phát triển, rèn luyện và sự tiến bộ của người học'],
  ])('%s: 4 standards, 15 criteria, Mức 1–2, the same 8 mandatory codes as Phụ lục II; %s is "%s"', (_name, framework, code, name) => {
    expect(framework.standards.map((standard) => standard.criteria.length)).toEqual([4, 3, 5, 3]);
    expect(allCriteria(framework).every((criterion) => criterion.maxLevel === 2)).toBe(true);
    const mandatory = (candidate: typeof tt57) =>
      allCriteria(candidate)
        .filter((criterion) => criterion.mandatory)
        .map((criterion) => criterion.code);
    expect(mandatory(framework)).toEqual(mandatory(tt57));
    expect(allCriteria(framework).find((criterion) => criterion.code === code)?.name).toBe(name);
  });

  it('the GDTX plan is signed by the Giám đốc, the others by the Hiệu trưởng', () => {
    expect([tt57Gdtx, tt57MamNon, tt57].map((framework) => framework.document.signerTitle)).toEqual(['GIÁM ĐỐC', 'HIỆU TRƯỞNG', 'HIỆU TRƯỞNG']);
  });
});

describe('frameworksWithCriterion (for the validator message)', () => {
  it.each([
    ['5.6', tt17TieuHoc, 1, ['TT18/2018']],
    ['5.4', tt17TieuHoc, 1, ['TT18/2018', 'TT19/2018']],
    ['1.5', tt17TieuHoc, 3, ['TT18/2018', 'TT19/2018']],
    ['3.6', tt18, 3, ['TT17 tiểu học']],
    ['5.6', tt18, 1, []],
    ['9.9', null, 1, []],
  ])('%s, other than the chosen framework, at Mức %i or more', (code, chosen, level, ids) => {
    expect(frameworksWithCriterion(code, chosen, level).map((framework) => framework.id)).toEqual(ids);
  });
});

describe('what the school level means for chuẩn quốc gia (TT18, TT19)', () => {
  it.each([
    [tt18, 1, 'chưa đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia'],
    [tt18, 3, 'đủ điều kiện về kiểm định (từ Mức 2) để đề nghị công nhận trường đạt chuẩn quốc gia (Mức 4 chưa được tiện ích đánh giá)'],
    [tt19, 2, 'đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia Mức độ 1'],
    [tt19, 3, 'đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia Mức độ 2'],
    [tt19, 0, 'chưa đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia'],
  ] as const)('%s at Mức %i', (framework, level, text) => {
    expect(framework.describeSchoolLevel(level)).toBe(text);
  });
});
