/**
 * Tabs the import creates itself (docs/import.md, "Service calls"). When
 * the workbook lacks a framework tab, the import does not let setup create
 * it blank and then insert rows under each criterion: it hands setup the
 * tab as it will be after the import, so the tab is created, dressed and
 * filled with one `setValues`, whatever the plan's length.
 */
import type { Cell } from '../cell';
import type { ColumnSpec } from '../frameworks/types';
import { cellText } from '../text';
import type { RawSheet } from '../workbook/raw';
import type { TabTemplate } from '../workbook/template';
import type { TabWrite } from './merge';

/** Width of a column the document adds (a heading no framework column matches), in pixels as setup counts them. */
const EXTRA_COLUMN_WIDTH = 200;

/** The tab as setup would create it: header row, then the pre-filled rows. */
export function templateSheet(template: TabTemplate): RawSheet {
  return { name: template.name, values: template.columns.length === 0 ? [] : [template.columns.map((column) => column.header), ...template.rows] };
}

/** The grid after a write plan is carried out on it: the insertions first, then the block's cells. */
export function appliedTab(values: Cell[][], write: TabWrite): Cell[][] {
  const rows = values.map((row) => [...row]);
  for (const insertion of [...write.insertions].reverse()) {
    rows.splice(insertion.after + 1, 0, ...Array.from({ length: insertion.count }, (): Cell[] => []));
  }
  write.cells.forEach((cells, r) => {
    const row = write.firstRow + r;
    while (rows.length <= row) rows.push([]);
    cells.forEach((value, c) => {
      if (value !== undefined) rows[row][write.firstCol + c] = value;
    });
  });
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, col) => row[col] ?? ''));
}

/**
 * The template with the import's rows in place of its pre-filled ones. A
 * row keeps the dropdowns of the template row with the same identity (the
 * criterion's own levels); a continuation row has no criterion, so it gets
 * only the dropdowns that do not depend on one (`Mức độ thực hiện`).
 */
export function filledTemplate(template: TabTemplate, write: TabWrite): TabTemplate {
  const values = appliedTab(templateSheet(template).values, write);
  const header = values[0] ?? [];
  const extraColumns: ColumnSpec[] = header.slice(template.columns.length).map((heading, index) => ({
    key: `imported-${index + 1}`,
    header: cellText(heading),
    aliases: [],
    width: EXTRA_COLUMN_WIDTH,
    required: false,
  }));
  const anchorIndex = template.columns.findIndex((column) => column.key === template.anchorKey);
  const templateIndexOf = values.slice(1).map((row) => {
    const identity = template.identity(row[anchorIndex] ?? null);
    return identity === null ? -1 : template.rows.findIndex((templateRow) => template.identity(templateRow[anchorIndex] ?? null) === identity);
  });
  const dropdowns = new Map<string, (rowIndex: number) => string[] | null>();
  for (const [key, choicesFor] of template.dropdowns) dropdowns.set(key, (rowIndex) => choicesFor(templateIndexOf[rowIndex] ?? -1));
  return { ...template, columns: [...template.columns, ...extraColumns], rows: values.slice(1), dropdowns };
}
