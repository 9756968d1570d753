import { applyMarks, issuesBySheet } from '../domain/marks/marks';
import type { Issue } from '../domain/validate/issue';

/**
 * Which tabs carry marks, by sheet id (an id survives renaming the tab), so
 * that a tab whose issues are all fixed is still visited to take its marks
 * off. Where the marks are inside a tab is not stored: they are found by
 * their notes (domain/marks), which move with their cells.
 */
const MARKED_SHEETS_KEY = 'marks.sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function recordedSheetIds(all: Record<string, string>): number[] {
  try {
    const ids: unknown = JSON.parse(all[MARKED_SHEETS_KEY] ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number') : [];
  } catch {
    return []; // a damaged record only costs a visit to the tabs with issues
  }
}

/**
 * Puts this run's marks on the cells and takes the earlier runs' off, tab
 * by tab: per tab, one read of the whole grid's backgrounds and notes and,
 * when something changed, one write of each over the changed block,
 * whatever the number of rows. Values are never read or written here.
 */
export function writeMarks(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  issues: Issue[],
): { marked: number; cleared: number } {
  const all = properties.getProperties();
  const bySheet = issuesBySheet(issues);
  const tabs = new Map<number, { sheet: Sheet; cells: Map<string, Issue[]> }>();
  for (const [name, cells] of bySheet) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) tabs.set(sheet.getSheetId(), { sheet, cells });
  }
  for (const id of recordedSheetIds(all)) {
    if (tabs.has(id)) continue;
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetById(Integer)
    const sheet = spreadsheet.getSheetById(id);
    if (sheet) tabs.set(id, { sheet, cells: new Map() }); // a deleted tab took its marks with it
  }

  let marked = 0;
  let cleared = 0;
  const stillMarked: number[] = [];
  for (const [id, { sheet, cells }] of tabs) {
    // The whole grid: marks may be anywhere rows and columns have moved them.
    const whole = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    const result = applyMarks(whole.getBackgrounds(), whole.getNotes(), cells);
    if (result.changed) {
      const { top, left, bottom, right } = result.changed;
      const block = (grid: string[][]) => grid.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
      sheet
        .getRange(top + 1, left + 1, bottom - top + 1, right - left + 1)
        .setBackgrounds(block(result.backgrounds))
        .setNotes(block(result.notes));
    }
    marked += result.marked;
    cleared += result.cleared;
    if (result.marked > 0) stillMarked.push(id);
  }

  const record = JSON.stringify(stillMarked.sort((a, b) => a - b));
  if (stillMarked.length === 0) {
    if (all[MARKED_SHEETS_KEY] !== undefined) properties.deleteProperty(MARKED_SHEETS_KEY);
  } else if (all[MARKED_SHEETS_KEY] !== record) {
    properties.setProperty(MARKED_SHEETS_KEY, record);
  }
  return { marked, cleared };
}
