import type { Criterion, Standard } from './types';

/*
 * Writing a framework's criteria as data, one line a criterion, the way the
 * Thông tư lists them. Two shapes: the 2018 frameworks give each criterion
 * its highest level (Mức 2 or 3); TT57 (every annex) has Mức 1–2 for all and
 * marks the mandatory (★) criteria.
 */

/** `standard(1, 'Tổ chức và quản lý nhà trường', [['1.1', 'Phương hướng…', 3], …])` */
export function standardWithLevels(number: number, name: string, criteria: [code: string, name: string, maxLevel: number][]): Standard {
  return {
    number,
    name,
    criteria: criteria.map(([code, criterionName, maxLevel]): Criterion => ({ code, standard: number, name: criterionName, maxLevel, mandatory: false })),
  };
}

/** `standard(1, 'Quản trị nhà trường…', [['1.3', 'Quản lý kế hoạch…', true], …])`: every criterion has Mức 1 and Mức 2; `true` marks ★. */
export function standardWithMandatory(number: number, name: string, criteria: [code: string, name: string, mandatory: boolean][]): Standard {
  return {
    number,
    name,
    criteria: criteria.map(([code, criterionName, mandatory]): Criterion => ({ code, standard: number, name: criterionName, maxLevel: 2, mandatory })),
  };
}
