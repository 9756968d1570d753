import type { Cell } from '../domain/cell';
import type { ImportWritePlan, TabWrite } from '../domain/import/merge';
import { asTypedText } from './sheets-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A string Sheets would read back as a number, a date or a boolean. It was
 * text when `getValues` returned it as a string, so it is written back
 * with the apostrophe that keeps it text (`1.10` must not become 1.1).
 */
const LOOKS_TYPED = /^\s*(?:[\d.,/:%\s-]+|true|false)\s*$/i;

/**
 * The school's own cell, written back as it is: its formula when it has
 * one, else its value. The block write has to cover the cells between the
 * ones the import fills; this keeps them unchanged.
 */
function keep(value: Cell, formula: string): Cell {
  if (formula !== '') return formula;
  if (typeof value === 'string' && value !== '' && LOOKS_TYPED.test(value)) return `'${value}`;
  return asTypedText(value);
}

/**
 * A document's text that Sheets would turn into a number or a date is
 * written as text, as the document has it: `Số: 07/KH-…` gives `07`, which
 * would become 7, and `08/10/2025` would be read in the spreadsheet's
 * locale (8 October in vi_VN, 10 August in en_US). The checks read
 * `dd/mm/yyyy` text the same as a date cell.
 */
const NUMBER_LIKE = /^\s*(?:[\d.,/:%\s-]+|true|false)\s*$/i;

export function asImported(value: Cell): Cell {
  if (typeof value === 'string' && value !== '' && NUMBER_LIKE.test(value)) return `'${value}`;
  return asTypedText(value);
}

function isEmpty(value: Cell): boolean {
  return value === '' || value === null;
}

/** A tab the import creates whole (`Nhập – chưa xếp`): inserted last, one write. */
function createTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: TabWrite): void {
  const sheet = spreadsheet.insertSheet(tab.sheetName, spreadsheet.getNumSheets());
  const width = Math.max(1, ...tab.cells.map((row) => row.length));
  const rows = tab.cells.map((row) => Array.from({ length: width }, (_, col) => row[col] ?? ''));
  if (rows.length === 0) return;
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((row) => row.map(asImported)))
    .setWrap(true)
    .setVerticalAlignment('top');
}

/**
 * An existing tab: blank rows inserted under each criterion (from the
 * bottom up, so the row numbers of the plan stay right), then one read of
 * the block's values and formulas and one write. A cell that is no longer
 * blank when written (it should not happen under the document lock) keeps
 * its value: the import never overwrites.
 */
function updateTab(sheet: Sheet, tab: TabWrite): void {
  for (const insertion of [...tab.insertions].reverse()) sheet.insertRowsAfter(insertion.after + 1, insertion.count);
  const height = tab.cells.length;
  const width = tab.cells[0]?.length ?? 0;
  if (height === 0 || width === 0) return;
  if (tab.newColumns > 0) {
    const maxCols = sheet.getMaxColumns();
    if (tab.firstCol + width > maxCols) sheet.insertColumnsAfter(maxCols, tab.firstCol + width - maxCols);
  }
  const range = sheet.getRange(tab.firstRow + 1, tab.firstCol + 1, height, width);
  const current = range.getValues() as Cell[][];
  const formulas = range.getFormulas();
  const values = tab.cells.map((row, r) =>
    row.map((planned, c) => {
      const value = current[r]?.[c] ?? '';
      const formula = formulas[r]?.[c] ?? '';
      if (planned === undefined || formula !== '' || !isEmpty(value)) return keep(value, formula);
      return asImported(planned);
    }),
  );
  range.setValues(values);
}

/** Carries out the import's plan: per changed tab, the row insertions and one `setValues`. */
export function writeImport(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: ImportWritePlan): void {
  for (const tab of plan.tabs) {
    if (tab.create) {
      createTab(spreadsheet, tab);
      continue;
    }
    const sheet = spreadsheet.getSheetByName(tab.sheetName);
    if (sheet) updateTab(sheet, tab);
  }
}
