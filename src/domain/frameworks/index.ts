import { frameworkNamed } from './choice';
import { tt17TieuHoc } from './tt17-tieu-hoc';
import { tt18 } from './tt18-2018';
import { tt19 } from './tt19-2018';
import { tt57 } from './tt57-2026';
import { tt57Gdtx } from './tt57-gdtx';
import { tt57MamNon } from './tt57-mam-non';
import type { Framework } from './types';
import { findCriterion } from './types';

export * from './types';
export { tt17TieuHoc } from './tt17-tieu-hoc';
export { tt18 } from './tt18-2018';
export { tt19 } from './tt19-2018';
export { tt57 } from './tt57-2026';
export { tt57MamNon } from './tt57-mam-non';
export { tt57Gdtx } from './tt57-gdtx';

/**
 * Every framework the product knows; the first is the default. Older
 * frameworks come before newer ones of the same school type: without a
 * school year, the choice takes the first that fits (choice.ts).
 */
export const frameworks: Framework[] = [tt17TieuHoc, tt18, tt19, tt57, tt57MamNon, tt57Gdtx];

/** The framework a `Khung đánh giá` value names, or undefined. */
export function frameworkByName(name: string, known: Framework[] = frameworks): Framework | undefined {
  return frameworkNamed(name, known);
}

/** TT57 took effect on 07/7/2026: school years starting 2026 or later use it. */
export const TT57_FIRST_SCHOOL_YEAR = 2026;

/** The framework a tiểu học school year falls under when `Khung đánh giá` and `Cấp học` are blank. */
export function frameworkForSchoolYear(startYear: number | null): Framework {
  return startYear !== null && startYear >= TT57_FIRST_SCHOOL_YEAR ? tt57 : tt17TieuHoc;
}

/**
 * The known frameworks, other than `chosen`, that have a criterion with
 * this code, for a message such as "Tiêu chí 5.6 không có trong Thông tư
 * 17/2018 (tiểu học) nhưng có trong Thông tư 18/2018 (THCS, THPT, nhiều
 * cấp học)". `atLevel`: only those where the criterion has that level
 * (1.5 at Mức 3 exists in TT18, not in TT17). `switchHint` (choice.ts)
 * says how the school moves its plan to one of them.
 */
export function frameworksWithCriterion(code: string, chosen: Framework | null = null, atLevel = 1, known: Framework[] = frameworks): Framework[] {
  return known.filter((framework) => {
    if (framework === chosen) return false;
    const criterion = findCriterion(framework, code);
    return criterion !== undefined && criterion.maxLevel >= atLevel;
  });
}
