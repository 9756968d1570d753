import type { Cell } from '../domain/cell';
import type { ColumnSpec } from '../domain/frameworks/types';
import type { FreezeNeed, SetupPlan, TabCompletion } from '../domain/workbook/setup-plan';
import type { TabTemplate } from '../domain/workbook/template';
import { asTypedText, asTypedTextRows } from './sheets-text';

const HEADER_BACKGROUND = '#d9e2f3';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** One dropdown rule per distinct list of choices, built once per setup. */
class RuleCache {
  private rules = new Map<string, Rule>();
  get(choices: string[]): Rule {
    const key = choices.join('\u0000');
    let rule = this.rules.get(key);
    if (!rule) {
      rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(choices, true)
        .setAllowInvalid(true)
        .setHelpText(`Chọn một trong: ${choices.join(', ')}`)
        .build();
      this.rules.set(key, rule);
    }
    return rule;
  }
}

/** Makes room: a new sheet has 1000 rows and 26 columns. */
function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Dropdowns for a block of rows, one `setDataValidations` per column that has them. */
function applyDropdowns(
  sheet: Sheet,
  template: TabTemplate,
  columns: Map<string, number>,
  firstRow: number,
  templateRowIndexes: number[],
  rules: RuleCache,
): void {
  if (templateRowIndexes.length === 0) return;
  for (const [key, choicesFor] of template.dropdowns) {
    const col = columns.get(key);
    if (col === undefined) continue;
    const grid = templateRowIndexes.map((index) => {
      const choices = choicesFor(index);
      return [choices ? rules.get(choices) : null];
    });
    sheet.getRange(firstRow + 1, col + 1, grid.length, 1).setDataValidations(grid);
  }
}

function styleHeader(sheet: Sheet, row: number, firstCol: number, count: number): void {
  const header = sheet.getRange(row + 1, firstCol + 1, 1, count);
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
}

function setWidths(sheet: Sheet, columns: ColumnSpec[], firstCol: number): void {
  columns.forEach((column, index) => sheet.setColumnWidth(firstCol + index + 1, column.width));
}

/** A tab setup creates whole: header, pre-filled rows, frozen header, widths, wrapping, dropdowns. */
function createTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, template: TabTemplate, rules: RuleCache, asCell: (cell: Cell) => Cell): void {
  // An explicit index: without one Sheets inserts after the active tab, and the order would depend on where the user is.
  const sheet = spreadsheet.insertSheet(template.name, spreadsheet.getNumSheets());
  if (template.columns.length === 0) return;
  const width = template.columns.length;
  const values: Cell[][] = [template.columns.map((column) => column.header), ...template.rows];
  ensureSize(sheet, values.length, width);
  const criterionCol = template.columns.findIndex((column) => column.key === 'criterion');
  if (criterionCol >= 0) {
    // Plain text: a code typed as 1.10 would otherwise become the number 1.1.
    sheet.getRange(1, criterionCol + 1, sheet.getMaxRows(), 1).setNumberFormat('@');
  }
  const body = sheet.getRange(1, 1, values.length, width);
  body
    .setValues(values.map((row) => row.map(asCell)))
    .setWrap(true)
    .setVerticalAlignment('top');
  styleHeader(sheet, 0, 0, width);
  sheet.setFrozenRows(1);
  // TT and Tiêu chí stay in view when "go to the cell" lands on a far-right column (Kinh phí, Ghi chú).
  if (criterionCol >= 0) sheet.setFrozenColumns(criterionCol + 1);
  setWidths(sheet, template.columns, 0);
  const columns = new Map(template.columns.map((column, index) => [column.key, index]));
  applyDropdowns(
    sheet,
    template,
    columns,
    1,
    template.rows.map((_, index) => index),
    rules,
  );
}

/** An existing tab: only new columns at the end and new rows at the bottom. */
function completeTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, completion: TabCompletion, rules: RuleCache): void {
  if (completion.newColumns.length === 0 && completion.newRows.length === 0) return;
  const sheet = spreadsheet.getSheetByName(completion.sheetName);
  if (!sheet) return;
  ensureSize(sheet, completion.firstNewRow + completion.newRows.length, completion.width);
  if (completion.newColumns.length > 0) {
    const headers = [completion.newColumns.map((column) => column.header)];
    sheet.getRange(completion.headerRow + 1, completion.firstNewCol + 1, 1, headers[0].length).setValues(asTypedTextRows(headers));
    styleHeader(sheet, completion.headerRow, completion.firstNewCol, headers[0].length);
    setWidths(sheet, completion.newColumns, completion.firstNewCol);
  }
  if (completion.newRows.length > 0) {
    const range = sheet.getRange(completion.firstNewRow + 1, 1, completion.newRows.length, completion.width);
    range.setValues(asTypedTextRows(completion.newRows)).setWrap(true).setVerticalAlignment('top');
    const anchorIndex = completion.template.columns.findIndex((column) => column.key === completion.template.anchorKey);
    const identities = completion.newRows.map((row) => completion.template.identity(row[completion.columns.get(completion.template.anchorKey) ?? 0] ?? null));
    const templateIndexes = identities.map((identity) =>
      completion.template.rows.findIndex((row) => completion.template.identity(row[anchorIndex] ?? null) === identity),
    );
    applyDropdowns(sheet, completion.template, completion.columns, completion.firstNewRow, templateIndexes, rules);
  }
}

/**
 * Carries out a setup plan with batched writes. `asCell` turns a created
 * tab's value into what is written; the import passes its own, which also
 * keeps a document's `07` and `08/10/2025` as text.
 */
export function applySetup(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: SetupPlan, asCell: (cell: Cell) => Cell = asTypedText): void {
  const rules = new RuleCache();
  for (const template of plan.create) createTab(spreadsheet, template, rules, asCell);
  for (const completion of plan.complete) completeTab(spreadsheet, completion, rules);
}

/** How many columns each named tab has frozen now (Sheet.getFrozenColumns). A tab that vanished meanwhile is left out. */
export function readFrozenColumns(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetNames: string[]): Map<string, number> {
  const frozen = new Map<string, number>();
  for (const name of sheetNames) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) frozen.set(name, sheet.getFrozenColumns());
  }
  return frozen;
}

/**
 * Freezes TT and Tiêu chí on existing tabs the user agreed to
 * (Sheet.setFrozenColumns,
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenColumns(Integer)).
 * Sheets refuses a freeze line that cuts a merged cell (a Google Sheets rule
 * noted in https://github.com/dream-num/univer/issues/724; the exact error
 * text is not documented): such a tab is returned, unchanged, so the
 * report can name it. Returns the tabs that could not be frozen.
 */
export function freezeTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, needs: FreezeNeed[]): string[] {
  const refused: string[] = [];
  for (const need of needs) {
    const sheet = spreadsheet.getSheetByName(need.sheetName);
    if (!sheet) continue;
    try {
      sheet.setFrozenColumns(need.columns);
    } catch {
      refused.push(need.sheetName);
    }
  }
  return refused;
}
