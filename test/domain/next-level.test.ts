import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSample, ROOT, TT57_SAMPLE } from '../../fixtures/workbooks';
import { analysePlan } from '../../src/domain/analyse';
import { summaryTabContent } from '../../src/domain/summary/summary-tab';
import { frameworks, tt17TieuHoc, tt18, tt19, tt57, tt57Gdtx, tt57MamNon } from '../../src/domain/frameworks';
import { allCriteria, type Assessment, type Framework } from '../../src/domain/frameworks/types';
import { nextLevelOf, whatIf, type Blocker, type NextLevel } from '../../src/domain/summary/next-level';

function assess(levels: Record<string, number>, met: number[] = []): Assessment {
  return { reached: new Map(Object.entries(levels)), requirementsMet: new Map(met.map((number) => [number, true])) };
}

/** Every criterion at one level (capped at its highest), then the overrides; `null` removes a criterion (not assessed). */
function all(framework: Framework, level: number, overrides: Record<string, number | null> = {}): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const criterion of allCriteria(framework)) levels[criterion.code] = Math.min(level, criterion.maxLevel);
  for (const [code, value] of Object.entries(overrides)) {
    if (value === null) delete levels[code];
    else levels[code] = value;
  }
  return levels;
}

/** TT57's 7 criteria without ★, at `level` for the first `count` of them and at `rest` for the others. */
function tt57Others(framework: Framework, count: number, level: number, rest: number): Record<string, number> {
  const others = allCriteria(framework).filter((criterion) => !criterion.mandatory);
  return Object.fromEntries(others.map((criterion, index) => [criterion.code, index < count ? level : rest]));
}

/**
 * The assessment after doing exactly what the blockers ask. For a choice,
 * the `needed` codes closest to the level (a school raises those first), so
 * a criterion also listed as below Mức 1 is not silently fixed by the choice.
 */
function resolve(assessment: Assessment, blockers: Blocker[]): Assessment {
  const reached = new Map(assessment.reached);
  const requirementsMet = new Map(assessment.requirementsMet);
  for (const blocker of blockers) {
    if (blocker.kind === 'requirement') requirementsMet.set(Number(blocker.codes[0]), true);
    const closest = [...blocker.codes].sort((a, b) => (assessment.reached.get(b) ?? 0) - (assessment.reached.get(a) ?? 0));
    const codes = blocker.kind === 'choice' ? closest.slice(0, blocker.needed) : blocker.codes;
    for (const code of codes) reached.set(code, Math.max(reached.get(code) ?? 0, blocker.neededLevel));
  }
  return { reached, requirementsMet };
}

describe('what blocks the next level: TT17/TT18/TT19 (cumulative rule)', () => {
  it.each([
    // [name, framework, levels, requirements met, school level, target, blocker codes]
    ['TT17: one criterion at Mức 1 blocks Mức 2', tt17TieuHoc, all(tt17TieuHoc, 3, { '1.2': 1 }), [], 1, 2, ['1.2']],
    ['TT17: a criterion without Mức 3 at Mức 2 does not block Mức 3', tt17TieuHoc, all(tt17TieuHoc, 3, { '5.5': 2 }), [], 2, 3, ['5.5']],
    ['TT17: a criterion not assessed blocks Mức 1', tt17TieuHoc, all(tt17TieuHoc, 3, { '3.6': null }), [], 0, 1, ['3.6']],
    ['TT17: Mức 3 school, requirements 1, 2 met: Mức 4 needs 3, 4, 5', tt17TieuHoc, all(tt17TieuHoc, 3), [1, 2], 3, 4, ['3', '4', '5']],
    ['TT17: two criteria Chưa đạt block Mức 1', tt17TieuHoc, all(tt17TieuHoc, 2, { '2.4': 0, '4.1': 0 }), [], 0, 1, ['2.4', '4.1']],
    ['TT18: 5.6 at Mức 2 blocks Mức 3', tt18, all(tt18, 3, { '5.6': 2 }), [], 2, 3, ['5.6']],
    [
      'TT19: every criterion at Mức 2 → Mức 3 needs all criteria with Mức 3',
      tt19,
      all(tt19, 2),
      [],
      2,
      3,
      allCriteria(tt19)
        .filter((c) => c.maxLevel >= 3)
        .map((c) => c.code),
    ],
  ])('%s', (_name, framework, levels, met, schoolLevel, target, codes) => {
    const next = nextLevelOf(framework, assess(levels, met));
    expect(next.schoolLevel).toBe(schoolLevel);
    expect(next.targetLevel).toBe(target);
    expect(next.blockers.flatMap((blocker) => blocker.codes)).toEqual(codes);
  });

  it('says what each criterion needs, in Vietnamese, naming it', () => {
    const next = nextLevelOf(tt17TieuHoc, assess(all(tt17TieuHoc, 3, { '1.2': 1, '3.6': null })));
    expect(next.sentences).toEqual([
      'Để đạt Mức 1, nhà trường còn 1 điều kiện:',
      'Tiêu chí 3.6 (Cơ sở vật chất, thiết bị, ... ) chưa được đánh giá, cần đạt Mức 1 (trang "Tiêu chuẩn 3").'.replace(
        'Cơ sở vật chất, thiết bị, ... ',
        allCriteria(tt17TieuHoc).find((c) => c.code === '3.6')?.name ?? '',
      ),
    ]);
    const atOne = nextLevelOf(tt17TieuHoc, assess(all(tt17TieuHoc, 3, { '1.2': 1 })));
    expect(atOne.sentences[1]).toMatch(/^Tiêu chí 1\.2 \(.+\) đang ở Mức 1, cần đạt Mức 2 \(trang "Tiêu chuẩn 1"\)\.$/);
  });

  it('the Mức 4 requirement sentence quotes the requirement and names the tab', () => {
    const next = nextLevelOf(tt17TieuHoc, assess(all(tt17TieuHoc, 3), [1, 2, 3, 4]));
    expect(next.sentences).toEqual([
      'Để đạt Mức 4, nhà trường còn 1 điều kiện:',
      'Yêu cầu 5 của trang "Mức 4" chưa đạt: Trong 05 năm liên tiếp, có ít nhất 02 năm có kết quả giáo dục, các hoạt động khác vượt trội so với các trường có điều kiện tương đồng, được ghi nhận.',
    ]);
  });

  it('at the top: no blocker, one sentence', () => {
    const next = nextLevelOf(tt17TieuHoc, assess(all(tt17TieuHoc, 3), [1, 2, 3, 4, 5]));
    expect(next).toEqual({
      schoolLevel: 4,
      targetLevel: null,
      blockers: [],
      sentences: ['Nhà trường đã đạt mức cao nhất (Mức 4) theo Thông tư 17/2018/TT-BGDĐT (tiểu học).'],
    });
  });
});

describe('what blocks the next level: TT57 (★ criteria and 5 of the other 7)', () => {
  it.each([
    ['★ 4.2 below Mức 1', { ...all(tt57, 1), '4.2': 0 }, 0, 1, [['criterion', ['4.2'], 1]]],
    ['Mức 1 school, every ★ at Mức 2, 4 others at Mức 2', { ...all(tt57, 2), ...tt57Others(tt57, 4, 2, 1) }, 1, 2, [['choice', ['3.4', '3.5', '4.3'], 1]]],
    ['★ 2.2 at Mức 1, others all at Mức 2', { ...all(tt57, 2), '2.2': 1 }, 1, 2, [['criterion', ['2.2'], 1]]],
    [
      'an optional criterion below Mức 1 blocks Mức 2 even with 6 others at Mức 2',
      { ...all(tt57, 2), ...tt57Others(tt57, 6, 2, 0) },
      1,
      2,
      [['criterion', ['4.3'], 1]],
    ],
    [
      'nothing assessed: 8 ★ and 5 of 7 for Mức 1',
      {},
      0,
      1,
      [
        ...tt57.standards
          .flatMap((s) => s.criteria)
          .filter((c) => c.mandatory)
          .map((c) => ['criterion', [c.code], 1]),
        ['choice', ['1.1', '1.2', '2.3', '3.3', '3.4', '3.5', '4.3'], 5],
      ],
    ],
  ] as [string, Record<string, number>, number, number, [string, string[], number][]][])('%s', (_name, levels, schoolLevel, target, expected) => {
    const next = nextLevelOf(tt57, assess(levels));
    expect(next.schoolLevel).toBe(schoolLevel);
    expect(next.targetLevel).toBe(target);
    expect(next.blockers.map((blocker) => [blocker.kind, blocker.codes, blocker.needed])).toEqual(expected);
  });

  it('the choice and ★ sentences read as the issue asks', () => {
    const choice = nextLevelOf(tt57, assess({ ...all(tt57, 2), ...tt57Others(tt57, 4, 2, 1) }));
    expect(choice.sentences[1]).toBe('Mức 2 cần thêm 1 trong 3 tiêu chí không bắt buộc đạt Mức 2: 3.4, 3.5, 4.3 (hiện có 4/7, cần ít nhất 5).');
    const star = nextLevelOf(tt57, assess({ ...all(tt57, 1), '4.2': 0 }));
    expect(star.sentences[1]).toBe(
      '★ Tiêu chí 4.2 (Môi trường giáo dục an toàn, tích cực, hỗ trợ phát triển học sinh) đang ở mức Chưa đạt, cần đạt Mức 1 (trang "Tiêu chuẩn 4").',
    );
  });
});

describe('the blockers agree with the framework level rule, on every framework', () => {
  const cases: [string, Framework, Record<string, number>, number[]][] = [];
  for (const framework of frameworks) {
    const codes = allCriteria(framework).map((criterion) => criterion.code);
    for (const base of [0, 1, 2, 3]) {
      cases.push([`${framework.id}: all at Mức ${base}`, framework, all(framework, base), []]);
      cases.push([`${framework.id}: all at Mức ${base}, first two at 0`, framework, all(framework, base, { [codes[0]]: 0, [codes[1]]: 0 }), [1]]);
      cases.push([
        `${framework.id}: all at Mức ${base}, last one at Mức 1`,
        framework,
        all(framework, base, { [codes[codes.length - 1]]: 1 }),
        [1, 2, 3, 4, 5],
      ]);
    }
  }
  it.each(cases)('%s: doing what the blockers say reaches the next level, and each one is needed', (_name, framework, levels, met) => {
    const assessment = assess(levels, met);
    const next = nextLevelOf(framework, assessment);
    if (next.targetLevel === null) return expect(next.schoolLevel).toBe(Math.max(...framework.levels.map((level) => level.level)));
    expect(next.blockers.length).toBeGreaterThan(0);
    expect(framework.levelRule(framework, resolve(assessment, next.blockers)).schoolLevel).toBeGreaterThanOrEqual(next.targetLevel);
    for (const skipped of next.blockers) {
      const partial = resolve(
        assessment,
        next.blockers.filter((blocker) => blocker !== skipped),
      );
      expect(framework.levelRule(framework, partial).schoolLevel).toBeLessThan(next.targetLevel);
    }
  });

  it('a framework without levelRuleData still answers, and says how to try', () => {
    const bare: Framework = { ...tt57MamNon, levelRuleData: undefined };
    const next = nextLevelOf(bare, assess({}));
    expect(next.blockers).toEqual([]);
    expect(next.sentences[0]).toContain('"Nếu nâng mức"');
  });
});

describe('what-if: the level after the planned raises, by the framework rule', () => {
  it.each([
    ['TT17: raising 1.2 to Mức 2 gives Mức 3', tt17TieuHoc, all(tt17TieuHoc, 3, { '1.2': 1 }), [], { '1.2': 2 }, [], 3, []],
    ['TT17: Mức 3 on a criterion without it counts as Mức 2', tt17TieuHoc, all(tt17TieuHoc, 3, { '1.2': 1 }), [], { '1.2': 3 }, [], 3, []],
    ['TT17: planning the 3 missing requirements gives Mức 4', tt17TieuHoc, all(tt17TieuHoc, 3), [1, 2], {}, [3, 4, 5], 4, []],
    ['TT17: planning a lower level never lowers', tt17TieuHoc, all(tt17TieuHoc, 3), [], { '1.1': 1 }, [], 3, []],
    ['TT57: one more optional criterion gives Mức 2', tt57, { ...all(tt57, 2), ...tt57Others(tt57, 4, 2, 1) }, [], { '4.3': 2 }, [], 2, []],
    ['TT57: an unknown code and a requirement are ignored, named', tt57, all(tt57, 1), [], { '9.9': 2, '1.1': 2 }, [1], 1, ['9.9', '1']],
    ['TT57 GDTX: every criterion at Mức 2', tt57Gdtx, {}, [], all(tt57Gdtx, 2), [], 2, []],
  ] as [string, Framework, Record<string, number>, number[], Record<string, number>, number[], number, string[]][])(
    '%s',
    (_name, framework, levels, met, raises, requirements, expected, ignored) => {
      const result = whatIf(framework, assess(levels, met), { criteria: new Map(Object.entries(raises)), requirements });
      expect(result.schoolLevel).toBe(expected);
      expect(result.ignored).toEqual(ignored);
    },
  );

  it('says the outcome in Vietnamese', () => {
    const raised = whatIf(tt57, assess({ ...all(tt57, 2), ...tt57Others(tt57, 4, 2, 1) }), { criteria: new Map([['4.3', 2]]) });
    expect(raised.sentence).toBe('Nếu thực hiện được, nhà trường sẽ đạt Mức 2 (hiện tại: Mức 1).');
    const same = whatIf(tt57, assess(all(tt57, 1)), { criteria: new Map([['9.9', 2]]) });
    expect(same.sentence).toBe(
      'Với các mức dự kiến này, nhà trường vẫn ở Mức 1; xem danh sách "Để đạt mức tiếp theo" để biết còn thiếu gì. Bỏ qua 9.9: không có trong Thông tư 57/2026/TT-BGDĐT hoặc mức không hợp lệ.',
    );
  });
});

describe('shown: summary --json, the Tổng hợp tab', () => {
  it('summary --json on the TT57 sample (Mức 1) adds nextLevel and keeps every earlier key', () => {
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'main.ts'), 'summary', TT57_SAMPLE, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown> & { nextLevel: NextLevel };
    expect(Object.keys(summary)).toEqual([
      'framework',
      'levels',
      'schoolLevel',
      'budgetTotalVnd',
      'text',
      'frameworkReason',
      'schoolLevelLabel',
      'nationalStandard',
      'budgetLines',
      'nextLevel',
    ]);
    expect(summary.nextLevel.targetLevel).toBe(2);
    expect(summary.nextLevel.blockers.map((blocker) => `${blocker.kind} ${blocker.codes.join(',')}`)).toEqual([
      'criterion 1.3',
      'criterion 1.4',
      'criterion 2.2',
      'criterion 3.2',
      'criterion 4.1',
      'choice 1.2,2.3,3.3,3.4,4.3',
      'criterion 2.3',
      'criterion 4.3',
    ]);
  });

  it('Tổng hợp shows the blockers under the school level, one a row', () => {
    const analysis = analysePlan(loadSample(TT57_SAMPLE));
    const content = summaryTabContent(analysis.summary, analysis.issues, { tracked: false, standards: [], overdue: [] }, '29/11/2026 08:00');
    const at = content.values.findIndex((row) => row[0] === 'Để đạt mức tiếp theo');
    expect(content.values[at - 1][0]).toBe('Chuẩn quốc gia');
    expect(content.values[at][1]).toBe('Để đạt Mức 2, nhà trường còn 8 điều kiện:');
    expect(content.values.slice(at + 1, at + 9).map((row) => row[1])).toEqual(analysis.summary.nextLevel.sentences.slice(1));
    expect(content.values[at + 9].every((cell) => cell === '')).toBe(true);
  });
});
