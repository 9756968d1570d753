import type { Cell } from '../cell';
import type { ColumnSpec, Framework } from '../frameworks/types';
import type { SchoolYear } from '../parse/types';
import { cellText } from '../text';
import { findSheet } from './find-sheet';
import type { RawWorkbook } from './raw';
import { findTable } from './table';
import { workbookTemplate, type TabTemplate } from './template';

/** A tab setup completes: columns appended after the last used one, rows appended after the last used row. */
export interface TabCompletion {
  template: TabTemplate;
  sheetName: string;
  /** 0-based header row of the existing table. */
  headerRow: number;
  /** Missing columns, written to the header row starting at `firstNewCol`. */
  newColumns: ColumnSpec[];
  firstNewCol: number;
  /** Missing pre-filled rows, already laid out in the tab's own column order. */
  newRows: Cell[][];
  firstNewRow: number;
  /** Width of `newRows` (the table's columns after completion). */
  width: number;
  /** Column key → 0-based column, after completion. */
  columns: Map<string, number>;
}

/**
 * What setup must do on a workbook, decided without touching it: create
 * missing tabs whole; on existing tabs only add missing columns at the end
 * and missing pre-filled rows at the bottom. Nothing a user typed is
 * overwritten or moved. A second run on the result finds nothing to do.
 */
export interface SetupPlan {
  framework: Framework;
  create: TabTemplate[];
  complete: TabCompletion[];
  /** Existing tabs with no recognisable header row: left alone, reported. */
  skipped: string[];
}

function lastUsedColumn(values: Cell[][]): number {
  let last = -1;
  for (const row of values) {
    for (let col = row.length - 1; col > last; col--) {
      if (cellText(row[col]) !== '') {
        last = col;
        break;
      }
    }
  }
  return last;
}

function lastUsedRow(values: Cell[][]): number {
  for (let row = values.length - 1; row >= 0; row--) {
    if ((values[row] ?? []).some((cell) => cellText(cell) !== '')) return row;
  }
  return -1;
}

export function planSetup(workbook: RawWorkbook, framework: Framework, schoolYear: SchoolYear | null = null): SetupPlan {
  const plan: SetupPlan = { framework, create: [], complete: [], skipped: [] };
  for (const template of workbookTemplate(framework, schoolYear)) {
    const sheet = findSheet(workbook, template.name);
    if (!sheet) {
      plan.create.push(template);
      continue;
    }
    if (template.columns.length === 0) continue;
    const table = findTable(sheet, template.columns, template.anchorKey);
    if (!table) {
      plan.skipped.push(sheet.name);
      continue;
    }
    const columns = new Map(table.columns);
    const newColumns = template.columns.filter((column) => !columns.has(column.key));
    const firstNewCol = lastUsedColumn(sheet.values) + 1;
    newColumns.forEach((column, index) => columns.set(column.key, firstNewCol + index));
    const width = Math.max(firstNewCol + newColumns.length, ...[...columns.values()].map((col) => col + 1));

    const anchorCol = columns.get(template.anchorKey) ?? 0;
    const present = new Set<string>();
    for (let row = table.headerRow + 1; row < sheet.values.length; row++) {
      const identity = template.identity(sheet.values[row]?.[anchorCol] ?? null);
      if (identity !== null) present.add(identity);
    }
    const anchorIndex = template.columns.findIndex((column) => column.key === template.anchorKey);
    const newRows: Cell[][] = [];
    for (const templateRow of template.rows) {
      const identity = template.identity(templateRow[anchorIndex] ?? null);
      if (identity === null || present.has(identity)) continue;
      const row: Cell[] = new Array<Cell>(width).fill('');
      template.columns.forEach((column, index) => {
        row[columns.get(column.key) ?? 0] = templateRow[index] ?? '';
      });
      newRows.push(row);
    }
    plan.complete.push({
      template,
      sheetName: sheet.name,
      headerRow: table.headerRow,
      newColumns,
      firstNewCol,
      newRows,
      firstNewRow: Math.max(lastUsedRow(sheet.values), table.headerRow) + 1,
      width,
      columns,
    });
  }
  return plan;
}

/** True when setup has nothing to add. */
export function setupIsComplete(plan: SetupPlan): boolean {
  return plan.create.length === 0 && plan.complete.every((tab) => tab.newColumns.length === 0 && tab.newRows.length === 0);
}

/** An existing tab whose TT and Tiêu chí columns are not all frozen: setup asks before freezing them. */
export interface FreezeNeed {
  sheetName: string;
  /** Columns to freeze: every column up to and including Tiêu chí. */
  columns: number;
}

/**
 * Freezing more columns than this would leave little room to scroll on a
 * laptop screen; a tab whose Tiêu chí sits further right is left alone.
 * Setup's own layout needs 2 (TT, Tiêu chí).
 */
const MAX_FROZEN_COLUMNS = 3;

/** Columns to freeze so TT and Tiêu chí stay in view, or null for a tab setup does not freeze. */
function criterionFreeze(tab: TabCompletion): number | null {
  const criterionCol = tab.columns.get('criterion');
  if (criterionCol === undefined || criterionCol + 1 > MAX_FROZEN_COLUMNS) return null;
  return criterionCol + 1;
}

/** The existing tabs whose frozen columns setup must read before it can ask. */
export function tabsWithCriterionColumn(plan: SetupPlan): string[] {
  return plan.complete.filter((tab) => criterionFreeze(tab) !== null).map((tab) => tab.sheetName);
}

/**
 * The existing tabs setup would freeze, given how many columns each has
 * frozen now. A tab already frozen as far (or further) is left alone:
 * setup never unfreezes. Tabs without a Tiêu chí column are not concerned.
 */
export function tabsToFreeze(plan: SetupPlan, frozenNow: Map<string, number>): FreezeNeed[] {
  const needs: FreezeNeed[] = [];
  for (const tab of plan.complete) {
    const columns = criterionFreeze(tab);
    if (columns === null) continue;
    if ((frozenNow.get(tab.sheetName) ?? columns) < columns) needs.push({ sheetName: tab.sheetName, columns });
  }
  return needs;
}
