/**
 * The same check done the naive way, for comparison only: one service call
 * per cell to read, and one per marked cell to write. This is what a first
 * Apps Script version typically does, and why it times out on big plans.
 */
import type { Cell } from '../src/domain/cell';
import { backgroundFor, issuesBySheet, withOurNote } from '../src/domain/marks/marks';
import { validatePlan } from '../src/domain/validate';
import { readPlan } from '../src/domain/workbook/read';
import type { RawWorkbook } from '../src/domain/workbook/raw';

export function naiveCheck(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const workbook: RawWorkbook = { sheets: [] };
  for (const sheet of spreadsheet.getSheets()) {
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    const values: Cell[][] = [];
    for (let row = 1; row <= rows; row++) {
      const line: Cell[] = [];
      for (let col = 1; col <= cols; col++) line.push(sheet.getRange(row, col).getValue() as Cell);
      values.push(line);
    }
    workbook.sheets.push({ name: sheet.getName(), values });
  }
  const issues = validatePlan(readPlan(workbook));
  for (const [sheetName, cells] of issuesBySheet(issues)) {
    const sheet = spreadsheet.getSheetByName(sheetName);
    if (!sheet) continue;
    for (const [a1, cellIssues] of cells) {
      const range = sheet.getRange(a1);
      range.setBackground(backgroundFor(cellIssues));
      range.setNote(withOurNote(range.getNote(), cellIssues));
    }
  }
  return issues.length;
}
