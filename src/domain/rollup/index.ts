export { rollUp, rollUpRows, type DistrictRollup, type RollupOptions } from './rollup';
export {
  identityOf,
  requireFramework,
  schoolRow,
  type FollowUpCounts,
  type LevelResult,
  type PlanFigures,
  type SchoolInput,
  type SchoolRow,
  type SchoolStatus,
} from './school-row';
export { districtTotals, type BudgetTotal, type DistrictTotals, type FrameworkCount, type LevelCountRow, type Priority } from './totals';
export { buildDistrictReport, overviewSentence, priorityRows, reportSubject, reportTitle, type ReportHeader } from './report';
export { CSV_HEADERS, csvField, schoolsCsv } from './csv';
export { PLAN_DOCUMENT_LABEL, STATUS_LABEL, followUpText, levelLines } from './labels';
export {
  ROLLUP_HEADERS,
  ROLLUP_TAB,
  SCHOOLS_HEADERS,
  SCHOOLS_TAB,
  TOTALS_TAB,
  listedSchools,
  rollupTabContent,
  schoolsToAppend,
  spreadsheetIdOf,
  spreadsheetUrl,
  totalsTabContent,
  type ChartSource,
  type ListedSchool,
  type SchoolRead,
  type TabContent,
} from './district-tabs';
export { wholeTabRange, workbookFromValueRanges, type ValueRangeLike } from './value-ranges';
