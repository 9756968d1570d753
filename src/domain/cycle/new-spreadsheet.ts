/**
 * Next year's workbook laid out for a new Google spreadsheet: each tab's
 * values, its grid size, its frozen header and the dropdowns setup would
 * give it. Pure data: the Sheets adapter turns it into one
 * `spreadsheets.batchUpdate` and one `values.batchUpdate`, so the number of
 * service calls does not depend on the plan's size.
 */
import type { Cell } from '../cell';
import { allCriteria, standardTabName, type Framework } from '../frameworks/types';
// The rows laid out here are the ones next-year.ts just wrote (not a school's cells): their code is read once, to place its dropdown.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { parseCriterionCode } from '../parse/criterion-code';
import { cellText, foldKey } from '../text';
import { levelChoices } from '../validate/levels';
import type { RawSheet, RawWorkbook } from '../workbook/raw';
import { TRANSFER_TAB } from './transfer-tab';

/** A dropdown over a block of one column; 0-based, `rows` rows from `row`. */
export interface Dropdown {
  row: number;
  col: number;
  rows: number;
  choices: string[];
}

export interface TabLayout {
  title: string;
  values: Cell[][];
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  frozenColumns: number;
  dropdowns: Dropdown[];
}

/** A new Google sheet has 1000 rows and 26 columns; never fewer, and room for every value. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

function columnOf(sheet: RawSheet, header: string): number {
  return (sheet.values[0] ?? []).findIndex((cell) => foldKey(cellText(cell)) === foldKey(header));
}

function headerOf(framework: Framework, key: string, columns = framework.standardColumns): string {
  return columns.find((column) => column.key === key)?.header ?? '';
}

/** Level dropdowns on each criterion's row, progress (TT57 `Mức độ thực hiện`) on every row. */
function standardDropdowns(sheet: RawSheet, framework: Framework): Dropdown[] {
  const dropdowns: Dropdown[] = [];
  const criterionCol = columnOf(sheet, headerOf(framework, 'criterion'));
  const levelCol = columnOf(sheet, headerOf(framework, 'currentLevel'));
  const progressCol = framework.progressValues.length > 0 ? columnOf(sheet, headerOf(framework, 'progress')) : -1;
  sheet.values.slice(1).forEach((row, index) => {
    const code = criterionCol >= 0 ? parseCriterionCode(row[criterionCol] ?? null)?.code : undefined;
    const criterion = code ? allCriteria(framework).find((candidate) => candidate.code === code) : undefined;
    if (criterion && levelCol >= 0) dropdowns.push({ row: index + 1, col: levelCol, rows: 1, choices: levelChoices(criterion.maxLevel) });
  });
  if (progressCol >= 0 && sheet.values.length > 1) {
    dropdowns.push({ row: 1, col: progressCol, rows: sheet.values.length - 1, choices: framework.progressValues });
  }
  return dropdowns;
}

function dropdownsOf(sheet: RawSheet, framework: Framework): Dropdown[] {
  const rows = sheet.values.length - 1;
  if (rows <= 0) return [];
  if (framework.standards.some((standard) => standardTabName(framework, standard.number) === sheet.name)) return standardDropdowns(sheet, framework);
  const requirements = framework.requirements;
  if (requirements && sheet.name === requirements.tabName) {
    const col = columnOf(sheet, headerOf(framework, 'currentLevel', requirements.columns));
    return col >= 0 ? [{ row: 1, col, rows, choices: ['Đạt', 'Không đạt'] }] : [];
  }
  if (sheet.name === TRANSFER_TAB) {
    // The school picks this year's criterion for each carried action (issue 19: "a dropdown").
    const col = columnOf(sheet, 'Tiêu chí năm nay');
    const choices = allCriteria(framework).map((criterion) => `${criterion.code}: ${criterion.name}`);
    return col >= 0 ? [{ row: 1, col, rows, choices }] : [];
  }
  return [];
}

/** The tabs of `workbook` as the new spreadsheet will have them, in order. */
export function spreadsheetLayout(workbook: RawWorkbook, framework: Framework): TabLayout[] {
  return workbook.sheets.map((sheet) => {
    const width = Math.max(0, ...sheet.values.map((row) => row.length));
    const isStandard = framework.standards.some((standard) => standardTabName(framework, standard.number) === sheet.name);
    const criterionCol = isStandard ? columnOf(sheet, headerOf(framework, 'criterion')) : -1;
    return {
      title: sheet.name,
      values: sheet.values,
      rowCount: Math.max(DEFAULT_ROWS, sheet.values.length),
      columnCount: Math.max(DEFAULT_COLUMNS, width),
      frozenRows: sheet.values.length > 0 ? 1 : 0,
      // TT and Tiêu chí stay in view, as setup leaves them.
      frozenColumns: criterionCol >= 0 ? criterionCol + 1 : 0,
      dropdowns: dropdownsOf(sheet, framework),
    };
  });
}
