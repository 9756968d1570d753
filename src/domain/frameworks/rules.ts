import { percent } from '../parse/percent';
import type { Assessment, Framework, LevelCount, LevelRuleResult } from './types';
import { allCriteria } from './types';

/** Level a criterion reaches now; a criterion nobody assessed reaches nothing. */
function reachedLevel(assessment: Assessment, code: string): number {
  return assessment.reached.get(code) ?? 0;
}

/**
 * TT17 (Điều 6, Điều 22): per level N, the criteria that have Mức N and how
 * many reach it; the school is at Mức N when every criterion reaches Mức N,
 * or its highest level when that is lower (the 8 criteria without Mức 3
 * count at Mức 2 for a Mức 3 school). The requirement tab (Mức 4) then
 * adds its level when all its requirements are met on top of the level
 * below it.
 */
export function cumulativeLevelRule(framework: Framework, assessment: Assessment): LevelRuleResult {
  const criteria = allCriteria(framework);
  const requirementSet = framework.requirements;
  const levels: LevelCount[] = [];
  let schoolLevel = 0;

  for (const { level } of framework.levels) {
    if (requirementSet && level === requirementSet.level) {
      const total = requirementSet.items.length;
      const met = requirementSet.items.filter((item) => assessment.requirementsMet.get(item.number) === true).length;
      levels.push({ level, total, met, percent: percent(met, total) });
      if (schoolLevel === level - 1 && met === total) schoolLevel = level;
      continue;
    }
    const having = criteria.filter((criterion) => criterion.maxLevel >= level);
    const met = having.filter((criterion) => reachedLevel(assessment, criterion.code) >= level).length;
    levels.push({ level, total: having.length, met, percent: percent(met, having.length) });
    const everyCriterionReaches = criteria.every((criterion) => reachedLevel(assessment, criterion.code) >= Math.min(level, criterion.maxLevel));
    if (schoolLevel === level - 1 && everyCriterionReaches) schoolLevel = level;
  }
  return { levels, schoolLevel };
}

/**
 * TT57 (khoản 3 Điều 5): the school is at Mức N when every mandatory (★)
 * criterion reaches Mức N and at least `minOthers` of the other criteria
 * do; from Mức 2 up, in addition, no criterion may be below Mức 1.
 * Mandatory criteria are counted apart in the level table.
 */
export function mandatoryLevelRule(minOthers: number) {
  return function rule(framework: Framework, assessment: Assessment): LevelRuleResult {
    const criteria = allCriteria(framework);
    const mandatory = criteria.filter((criterion) => criterion.mandatory);
    const others = criteria.filter((criterion) => !criterion.mandatory);
    const levels: LevelCount[] = [];
    let schoolLevel = 0;

    for (const { level } of framework.levels) {
      const reaches = (code: string) => reachedLevel(assessment, code) >= level;
      const met = criteria.filter((criterion) => reaches(criterion.code)).length;
      const mandatoryMet = mandatory.filter((criterion) => reaches(criterion.code)).length;
      const othersMet = others.filter((criterion) => reaches(criterion.code)).length;
      levels.push({
        level,
        total: criteria.length,
        met,
        percent: percent(met, criteria.length),
        mandatory: { total: mandatory.length, met: mandatoryMet },
      });
      const noneBelowFirstLevel = criteria.every((criterion) => reachedLevel(assessment, criterion.code) >= 1);
      const qualifies = mandatoryMet === mandatory.length && othersMet >= minOthers && (level === 1 || noneBelowFirstLevel);
      if (schoolLevel === level - 1 && qualifies) schoolLevel = level;
    }
    return { levels, schoolLevel };
  };
}
