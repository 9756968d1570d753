import type { Assessment, Criterion, Framework } from '../frameworks/types';
import { allCriteria, standardTabName } from '../frameworks/types';

/**
 * What blocks the next level (issue 19, item 3): for the level just above
 * the school's, exactly which criteria (or Mức 4 requirements) stand in the
 * way and what each needs, read from the framework's level rule as data
 * (`levelRuleData`), never from its name. And a what-if: the level the
 * school would reach if it raised some criteria, by re-running the
 * framework's own `levelRule` on the changed assessment, so the answer can
 * never disagree with the summary.
 */

/** One thing that stands between the school and the next level. */
export interface Blocker {
  /**
   * `criterion`: this criterion must reach `neededLevel`;
   * `choice`: `needed` more of `codes` must reach `neededLevel`;
   * `requirement`: requirement `codes[0]` of the requirement tab must be met.
   */
  kind: 'criterion' | 'choice' | 'requirement';
  codes: string[];
  neededLevel: number;
  /** For `choice`: how many more of `codes`; else 1. */
  needed: number;
  /** The sentence the sidebar and `Tổng hợp` show. */
  text: string;
}

export interface NextLevel {
  schoolLevel: number;
  /** The level just above; null when the school is at the framework's top. */
  targetLevel: number | null;
  blockers: Blocker[];
  /** A heading sentence, then one sentence a blocker. */
  sentences: string[];
}

function reachedLevel(assessment: Assessment, code: string): number {
  return assessment.reached.get(code) ?? 0;
}

function nowText(assessment: Assessment, code: string): string {
  if (!assessment.reached.has(code)) return 'chưa được đánh giá';
  const level = reachedLevel(assessment, code);
  return level === 0 ? 'đang ở mức Chưa đạt' : `đang ở Mức ${level}`;
}

/** `Tiêu chí 1.2 (…) đang ở Mức 1, cần đạt Mức 2 (trang "Tiêu chuẩn 1").` (★ before a mandatory criterion.) */
function criterionBlocker(framework: Framework, criterion: Criterion, assessment: Assessment, neededLevel: number, why = ''): Blocker {
  const star = criterion.mandatory ? '★ ' : '';
  const where = `trang "${standardTabName(framework, criterion.standard)}"${why === '' ? '' : `; ${why}`}`;
  return {
    kind: 'criterion',
    codes: [criterion.code],
    neededLevel,
    needed: 1,
    text: `${star}Tiêu chí ${criterion.code} (${criterion.name}) ${nowText(assessment, criterion.code)}, cần đạt Mức ${neededLevel} (${where}).`,
  };
}

/** TT17/TT18/TT19: every criterion at the level (or its highest), then the requirement tab. */
function cumulativeBlockers(framework: Framework, assessment: Assessment, target: number): Blocker[] {
  const requirements = framework.requirements;
  if (requirements && requirements.level === target) {
    return requirements.items
      .filter((item) => assessment.requirementsMet.get(item.number) !== true)
      .map((item) => ({
        kind: 'requirement' as const,
        codes: [String(item.number)],
        neededLevel: target,
        needed: 1,
        text: `Yêu cầu ${item.number} của trang "${requirements.tabName}" chưa đạt: ${item.text}`,
      }));
  }
  return allCriteria(framework)
    .filter((criterion) => reachedLevel(assessment, criterion.code) < Math.min(target, criterion.maxLevel))
    .map((criterion) => criterionBlocker(framework, criterion, assessment, Math.min(target, criterion.maxLevel)));
}

/** TT57: every ★ criterion at the level, `minOthers` of the others, and none below Mức 1 from Mức 2 up. */
function mandatoryBlockers(framework: Framework, assessment: Assessment, target: number, minOthers: number): Blocker[] {
  const criteria = allCriteria(framework);
  const blockers: Blocker[] = [];
  const listed = new Set<string>();
  for (const criterion of criteria.filter((candidate) => candidate.mandatory)) {
    if (reachedLevel(assessment, criterion.code) >= target) continue;
    blockers.push(criterionBlocker(framework, criterion, assessment, target));
    listed.add(criterion.code);
  }
  const others = criteria.filter((criterion) => !criterion.mandatory);
  const othersMet = others.filter((criterion) => reachedLevel(assessment, criterion.code) >= target).length;
  if (othersMet < minOthers) {
    const candidates = others.filter((criterion) => reachedLevel(assessment, criterion.code) < target).map((criterion) => criterion.code);
    const needed = minOthers - othersMet;
    blockers.push({
      kind: 'choice',
      codes: candidates,
      neededLevel: target,
      needed,
      text: `Mức ${target} cần thêm ${needed} trong ${candidates.length} tiêu chí không bắt buộc đạt Mức ${target}: ${candidates.join(', ')} (hiện có ${othersMet}/${others.length}, cần ít nhất ${minOthers}).`,
    });
  }
  if (target >= 2) {
    for (const criterion of criteria) {
      if (listed.has(criterion.code) || reachedLevel(assessment, criterion.code) >= 1) continue;
      blockers.push(criterionBlocker(framework, criterion, assessment, 1, 'từ Mức 2 trở lên, không tiêu chí nào được dưới Mức 1'));
    }
  }
  return blockers;
}

/** The blockers of the level just above the school's. */
export function nextLevelOf(framework: Framework, assessment: Assessment): NextLevel {
  const { schoolLevel } = framework.levelRule(framework, assessment);
  const top = Math.max(...framework.levels.map((level) => level.level));
  if (schoolLevel >= top) {
    return { schoolLevel, targetLevel: null, blockers: [], sentences: [`Nhà trường đã đạt mức cao nhất (Mức ${top}) theo ${framework.title}.`] };
  }
  const target = schoolLevel + 1;
  const rule = framework.levelRuleData;
  const blockers = !rule
    ? []
    : rule.kind === 'cumulative'
      ? cumulativeBlockers(framework, assessment, target)
      : mandatoryBlockers(framework, assessment, target, rule.minOthers);
  const heading = !rule
    ? `Để đạt Mức ${target}: khung đánh giá này chưa mô tả quy tắc xếp mức dưới dạng dữ liệu; hãy dùng "Nếu nâng mức" để thử.`
    : blockers.length === 1
      ? `Để đạt Mức ${target}, nhà trường còn 1 điều kiện:`
      : `Để đạt Mức ${target}, nhà trường còn ${blockers.length} điều kiện:`;
  return { schoolLevel, targetLevel: target, blockers, sentences: [heading, ...blockers.map((blocker) => blocker.text)] };
}

/** What the school plans: criterion code → level it means to reach; requirement numbers it means to meet. */
export interface PlannedRaise {
  criteria: Map<string, number>;
  requirements?: number[];
}

export interface WhatIf {
  schoolLevel: number;
  /** `Mức 2`, or `Chưa đạt Mức 1`. */
  schoolLevelLabel: string;
  /** Codes the framework does not have: ignored, and said so. */
  ignored: string[];
  sentence: string;
}

/**
 * The level the school would reach with its planned raises, by the
 * framework's own rule. A raise never lowers a criterion (planning `Mức 1`
 * for a criterion already at Mức 2 keeps Mức 2), and a level above the
 * criterion's highest counts as its highest, as in the summary.
 */
export function whatIf(framework: Framework, assessment: Assessment, planned: PlannedRaise): WhatIf {
  const reached = new Map(assessment.reached);
  const ignored: string[] = [];
  const criteria = allCriteria(framework);
  for (const [code, level] of planned.criteria) {
    const criterion = criteria.find((candidate) => candidate.code === code);
    if (!criterion || !Number.isInteger(level) || level < 0) {
      ignored.push(code);
      continue;
    }
    reached.set(code, Math.max(reachedLevel(assessment, code), Math.min(level, criterion.maxLevel)));
  }
  const requirementsMet = new Map(assessment.requirementsMet);
  for (const number of planned.requirements ?? []) {
    if (framework.requirements?.items.some((item) => item.number === number)) requirementsMet.set(number, true);
    else ignored.push(String(number));
  }
  const before = framework.levelRule(framework, assessment).schoolLevel;
  const { schoolLevel } = framework.levelRule(framework, { reached, requirementsMet });
  const schoolLevelLabel = schoolLevel > 0 ? `Mức ${schoolLevel}` : 'Chưa đạt Mức 1';
  const outcome =
    schoolLevel > before
      ? `Nếu thực hiện được, nhà trường sẽ đạt ${schoolLevelLabel} (hiện tại: ${before > 0 ? `Mức ${before}` : 'chưa đạt Mức 1'}).`
      : `Với các mức dự kiến này, nhà trường vẫn ở ${before > 0 ? `Mức ${before}` : 'dưới Mức 1'}; xem danh sách "Để đạt mức tiếp theo" để biết còn thiếu gì.`;
  const skipped = ignored.length > 0 ? ` Bỏ qua ${ignored.join(', ')}: không có trong ${framework.title} hoặc mức không hợp lệ.` : '';
  return { schoolLevel, schoolLevelLabel, ignored, sentence: outcome + skipped };
}
