import { foldKey } from '../text';
import { tt17TieuHoc } from './tt17-tieu-hoc';
import { tt57 } from './tt57-2026';
import type { Framework } from './types';

export * from './types';
export { tt17TieuHoc } from './tt17-tieu-hoc';
export { tt57 } from './tt57-2026';

/** Every framework the product knows; the first is the default. */
export const frameworks: Framework[] = [tt17TieuHoc, tt57];

/** The framework a `Khung đánh giá` value names, or undefined. */
export function frameworkByName(name: string, known: Framework[] = frameworks): Framework | undefined {
  const key = foldKey(name);
  return known.find((framework) => framework.aliases.some((alias) => foldKey(alias) === key));
}

/** TT57 took effect on 07/7/2026: school years starting 2026 or later use it. */
export const TT57_FIRST_SCHOOL_YEAR = 2026;

/** The framework a school year falls under when `Khung đánh giá` is blank. */
export function frameworkForSchoolYear(startYear: number | null): Framework {
  return startYear !== null && startYear >= TT57_FIRST_SCHOOL_YEAR ? tt57 : tt17TieuHoc;
}
