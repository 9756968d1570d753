/** The Vietnamese parsers of the domain layer: raw cell in, typed value (or null) out. */
export type { Budget, CriterionCode, LevelValue, MonthIndex, SchoolYear, SimpleDate, TimeWindow } from './types';
export { parseCriterionCode, parseRequirementNumber, parseStandardNumber, splitCriterionList } from './criterion-code';
export { formatLevel, parseLevel, parseMet } from './level';
export { formatSchoolYear, parseSchoolYear } from './school-year';
export { compareDates, formatDateDmy, formatDateLong, parseDate } from './date';
export { formatMonth, monthIndex, parseTimeWindow } from './time-window';
export { formatVnd, parseBudget } from './budget';
export { formatPercent, percent } from './percent';
