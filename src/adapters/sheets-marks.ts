import { applyMarks, decodeMarks, encodeMarks, issuesBySheet, type PreviousMark } from '../domain/marks/marks';
import type { Issue } from '../domain/validate/issue';
import { parseA1 } from '../domain/workbook/a1';
import { chunked, readLong } from './properties';

const MARKS_KEY = 'marks:';

/** Rows and columns a tab's marks span (1-based sizes for getRange). */
function extent(cells: Iterable<string>): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const cell of cells) {
    const position = parseA1(cell);
    if (!position) continue;
    rows = Math.max(rows, position.row + 1);
    cols = Math.max(cols, position.col + 1);
  }
  return { rows, cols };
}

/**
 * Puts this run's marks on the cells and takes the previous run's off,
 * tab by tab: one read of backgrounds and notes and one write of each per
 * tab that has marks, whatever the number of rows. Values are never read
 * or written here.
 */
export function writeMarks(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  issues: Issue[],
): { marked: number; cleared: number } {
  const all = properties.getProperties();
  const bySheet = issuesBySheet(issues);
  const previousBySheet = new Map<string, PreviousMark[]>();
  for (const key of Object.keys(all)) {
    if (!key.startsWith(MARKS_KEY) || key.includes('#')) continue;
    previousBySheet.set(key.slice(MARKS_KEY.length), decodeMarks(readLong(properties, key, all)));
  }
  for (const key of Object.keys(all)) {
    const match = /^marks:(.*)#n$/.exec(key);
    if (match && !previousBySheet.has(match[1])) previousBySheet.set(match[1], decodeMarks(readLong(properties, `${MARKS_KEY}${match[1]}`, all)));
  }

  const toSet: Record<string, string> = {};
  const toRemove: string[] = [];
  let marked = 0;
  let cleared = 0;
  const sheetNames = new Set([...bySheet.keys(), ...previousBySheet.keys()]);
  for (const name of sheetNames) {
    const cells = bySheet.get(name) ?? new Map<string, Issue[]>();
    const previous = previousBySheet.get(name) ?? [];
    const key = `${MARKS_KEY}${name}`;
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) {
      // The tab is gone (or the issue names a missing tab): nothing to mark, forget its marks.
      toRemove.push(key, ...chunked(key, '', all).remove);
      continue;
    }
    const wanted = extent([...cells.keys(), ...previous.map((mark) => mark.cell)]);
    const rows = Math.min(wanted.rows, sheet.getMaxRows());
    const cols = Math.min(wanted.cols, sheet.getMaxColumns());
    if (rows === 0 || cols === 0) continue;
    const range = sheet.getRange(1, 1, rows, cols);
    const result = applyMarks(range.getBackgrounds(), range.getNotes(), { sheet: name, issues: cells, previous });
    if (result.changed) {
      range.setBackgrounds(result.backgrounds);
      range.setNotes(result.notes);
    }
    marked += result.marked.length;
    cleared += result.cleared;
    if (result.marked.length === 0) {
      toRemove.push(key, ...chunked(key, '', all).remove);
    } else {
      const { set, remove } = chunked(key, encodeMarks(result.marked), all);
      Object.assign(toSet, set);
      toRemove.push(...remove);
    }
  }
  for (const key of new Set(toRemove)) {
    if (all[key] !== undefined && toSet[key] === undefined) properties.deleteProperty(key);
  }
  if (Object.keys(toSet).length > 0) properties.setProperties(toSet);
  return { marked, cleared };
}
