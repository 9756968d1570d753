export { rollUp, type DistrictRollup, type RollupOptions } from './rollup';
export {
  identityOf,
  schoolRow,
  type FollowUpCounts,
  type LevelResult,
  type PlanFigures,
  type SchoolInput,
  type SchoolRow,
  type SchoolStatus,
} from './school-row';
export { districtTotals, type BudgetTotal, type DistrictTotals, type FrameworkCount, type LevelCountRow, type Priority } from './totals';
