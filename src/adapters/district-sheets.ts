/**
 * The district spreadsheet's own tabs, through SpreadsheetApp on the open
 * spreadsheet (the `spreadsheets.currentonly` scope): `Các trường` (the
 * specialist's list), the two roll-up tabs, each written with one
 * `setValues`, the chart of schools per level, and a hidden working tab
 * that keeps each batch's rows until the last batch writes the roll-up.
 */
import type { Cell } from '../domain/cell';
import { ROLLUP_TAB, SCHOOLS_HEADERS, SCHOOLS_TAB, TOTALS_TAB, type ChartSource, type TabContent } from '../domain/rollup/district-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Rows read so far, one JSON cell per school; hidden, the add-on's alone.
 * After the last batch it holds the finished roll-up's rows, from which the
 * report's Doc is made; a new run starts it again.
 */
export const WORK_TAB = 'Dữ liệu tổng hợp (tiện ích)';
const GENERATED_NOTICE = 'Trang này do tiện ích Kế hoạch cải tiến ghi lại mỗi lần tổng hợp. Sửa tay sẽ bị ghi đè.';

export function schoolsSheet(spreadsheet: Spreadsheet): Sheet | null {
  return spreadsheet.getSheetByName(SCHOOLS_TAB);
}

/** `Các trường` as values, header first ([] when the tab is missing). */
export function readSchoolsList(spreadsheet: Spreadsheet): Cell[][] {
  const sheet = schoolsSheet(spreadsheet);
  return sheet ? (sheet.getDataRange().getValues() as Cell[][]) : [];
}

/**
 * Setup of a district spreadsheet: the tabs that are missing, and nothing
 * else (an existing `Các trường` keeps every row the specialist typed).
 * Returns the names of the tabs created.
 */
export function createDistrictTabs(spreadsheet: Spreadsheet): string[] {
  const created: string[] = [];
  if (!schoolsSheet(spreadsheet)) {
    const sheet = spreadsheet.insertSheet(SCHOOLS_TAB, 0);
    const header = sheet.getRange(1, 1, 1, SCHOOLS_HEADERS.length);
    header.setValues([[...SCHOOLS_HEADERS]]);
    header.setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(2, 3, 260);
    created.push(SCHOOLS_TAB);
  }
  for (const name of [ROLLUP_TAB, TOTALS_TAB]) {
    if (spreadsheet.getSheetByName(name)) continue;
    spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    created.push(name);
  }
  return created;
}

/** Appends rows under the last one of `Các trường` in one setValues (links as text, so Sheets never reformats them). */
export function appendSchools(spreadsheet: Spreadsheet, rows: Cell[][]): void {
  const sheet = schoolsSheet(spreadsheet);
  if (!sheet || rows.length === 0) return;
  const first = sheet.getLastRow() + 1;
  growTo(sheet, first + rows.length - 1, SCHOOLS_HEADERS.length);
  const range = sheet.getRange(first, 1, rows.length, SCHOOLS_HEADERS.length);
  range.setNumberFormats(rows.map((row) => row.map((cell) => (typeof cell === 'number' ? '0' : '@'))));
  range.setValues(rows as unknown[][]);
}

function growTo(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Rewrites one roll-up tab: cleared, then the formats and the values in one
 * call each, the first row bold, and a warning-only protection that says the
 * tab is generated (as the school's `Tổng hợp`).
 */
export function writeRollupTab(spreadsheet: Spreadsheet, name: string, content: TabContent): Sheet {
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.clear();
  const rows = content.values.length;
  const width = content.values[0]?.length ?? 1;
  growTo(sheet, rows, width);
  const range = sheet.getRange(1, 1, rows, width);
  range.setNumberFormats(content.numberFormats);
  range.setValues(content.values as unknown[][]);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet.protect().setWarningOnly(true).setDescription(GENERATED_NOTICE);
  }
  return sheet;
}

/**
 * One column chart of schools per level, from the label and count columns
 * of `Tổng hợp chung`, replacing the previous run's chart. Built with the
 * embedded chart builder: Sheet.newChart() … build(), then insertChart
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder).
 */
export function writeLevelChart(sheet: Sheet, source: ChartSource): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  if (source.lastRow < source.firstRow) return;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(source.firstRow, 1, source.lastRow - source.firstRow + 1, 2))
    .setPosition(2, 7, 0, 0)
    .setOption('title', 'Số trường theo mức đạt')
    .setOption('legend', { position: 'none' })
    .build();
  sheet.insertChart(chart);
}

// ---------------------------------------------------------------- the working tab, between batches

/** Where the next batch's rows go; the tab is made (hidden) on the first batch. */
function workSheet(spreadsheet: Spreadsheet): Sheet {
  const existing = spreadsheet.getSheetByName(WORK_TAB);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(WORK_TAB, spreadsheet.getNumSheets());
  sheet.hideSheet();
  return sheet;
}

/**
 * Keeps one batch's rows at rows `from + 1` …: one JSON text per school
 * (a cell holds up to 50,000 characters:
 * https://support.google.com/docs/answer/37603; a school's row is about 1 kB).
 */
export function keepBatch(spreadsheet: Spreadsheet, from: number, texts: string[]): void {
  if (texts.length === 0) return;
  const sheet = workSheet(spreadsheet);
  growTo(sheet, from + texts.length, 1);
  const range = sheet.getRange(from + 1, 1, texts.length, 1);
  range.setNumberFormat('@');
  range.setValues(texts.map((text) => [text]));
}

/** Every row kept so far, in order (first `count` rows of the working tab). */
export function keptRows(spreadsheet: Spreadsheet, count: number): string[] {
  const sheet = spreadsheet.getSheetByName(WORK_TAB);
  if (!sheet || count === 0) return [];
  return (sheet.getRange(1, 1, count, 1).getValues() as Cell[][]).map((row) => String(row[0] ?? ''));
}

export function dropWorkTab(spreadsheet: Spreadsheet): void {
  const sheet = spreadsheet.getSheetByName(WORK_TAB);
  if (sheet) spreadsheet.deleteSheet(sheet);
}
