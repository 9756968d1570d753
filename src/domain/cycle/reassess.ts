/**
 * "Levels pre-filled from this year's; the school re-assesses" (issue 19).
 * Next year's spreadsheet is written through the Sheets API, so the add-on
 * cannot leave a document property in it: the state lives in the workbook,
 * in one row of `Thông tin chung`, `Mức cần đánh giá lại`, whose value lists
 * the standard tabs whose `Mức hiện tại` were copied from last year and not
 * yet confirmed (`Tiêu chuẩn 1, Tiêu chuẩn 2, …`). The sidebar names them
 * until the school confirms each one ("Đã đánh giá lại" removes its name);
 * the check gives a warning per tab still listed.
 */
import { foldKey, cellText } from '../text';
import { a1 } from '../workbook/a1';
import { findSheet } from '../workbook/find-sheet';
import { INFO_TAB, type Plan } from '../workbook/plan';
import type { RawSheet, RawWorkbook } from '../workbook/raw';
import { warning, type Issue } from '../validate/issue';
import { linkCell } from './links';

export const REASSESS_LABEL = 'Mức cần đánh giá lại';

/** Between tab names in the cell; a school typing `;` instead is read the same. */
const SEPARATOR = ', ';

/** The row, when `Thông tin chung` has one: its value cell (0-based) and the tabs it lists. */
export interface ReassessRow {
  sheetName: string;
  row: number;
  col: number;
  tabs: string[];
}

export function tabList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

export function reassessRow(info: RawSheet | undefined): ReassessRow | null {
  if (!info) return null;
  const cell = linkCell(info, REASSESS_LABEL);
  if (cell.writeLabel) return null;
  return { sheetName: info.name, row: cell.row, col: cell.valueCol, tabs: tabList(cellText(info.values[cell.row]?.[cell.valueCol])) };
}

export function reassessRowOf(workbook: RawWorkbook): ReassessRow | null {
  return reassessRow(findSheet(workbook, INFO_TAB));
}

/** The cell's new text with `tab` taken out (compared as the reader compares names); the others kept in their order. */
export function withoutTab(tabs: string[], tab: string): string {
  return tabs.filter((name) => foldKey(name) !== foldKey(tab)).join(SEPARATOR);
}

/** What nextYearWorkbook writes: every standard tab, when levels were pre-filled. */
export function reassessValue(tabNames: string[]): string {
  return tabNames.join(SEPARATOR);
}

/**
 * A warning per listed tab that the plan has (a standard tab, or TT17's
 * `Mức 4`): at the tab's `Mức hiện tại`
 * header, so "đến ô" lands on the column to re-assess. A listed name that
 * is no tab of the plan is ignored (a tab renamed since): the sidebar still
 * offers to confirm it.
 */
export function reassessIssues(workbook: RawWorkbook, plan: Plan): Issue[] {
  const row = reassessRowOf(workbook);
  if (!row) return [];
  const where = a1(row.row, row.col);
  const tabs = [...plan.standardTabs, ...(plan.requirementTab ? [plan.requirementTab] : [])];
  return row.tabs.flatMap((name) => {
    const tab = tabs.find((candidate) => foldKey(candidate.sheetName) === foldKey(name));
    if (!tab) return [];
    const levelCol = tab.table?.columns.get('currentLevel');
    const cell = tab.table && levelCol !== undefined ? a1(tab.table.headerRow, levelCol) : 'A1';
    return [
      warning(
        tab.sheetName,
        cell,
        'levels-not-reassessed',
        `Cột "Mức hiện tại" của trang "${tab.sheetName}" được điền sẵn theo năm học trước và chưa được đánh giá lại. Hãy đánh giá lại từng tiêu chí cho năm học này, sửa mức nếu cần, rồi bấm "Đã đánh giá lại" ở thanh bên (hoặc xoá "${tab.sheetName}" khỏi ô ${where} trang "${row.sheetName}").`,
      ),
    ];
  });
}
