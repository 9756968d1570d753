/**
 * Where an imported plan goes in a workbook that already has tabs: the
 * add-on's import (docs/import.md, "In the add-on"). Pure: it compares the
 * workbook the mapper made with the school's workbook and says, per tab,
 * which rows to insert under which criterion and which blank cells to fill.
 *
 * The rule the whole module serves: a non-empty cell of the school's is
 * never changed. An action row already there (same text) is not written
 * twice; a criterion's blank row (as setup leaves it) is filled; any other
 * imported row is inserted under the criterion's last row. Where a single
 * value disagrees (a level, `Tên trường`), the school's value stays and
 * the difference is listed as a conflict.
 */
import type { Cell } from '../cell';
import type { ColumnKey, Framework } from '../frameworks/types';
import { cellText, foldKey } from '../text';
import { a1 } from '../workbook/a1';
import { findSheet } from '../workbook/find-sheet';
import { INFO_KEYS } from '../workbook/info';
import { INFO_TAB, TEXT_TAB } from '../workbook/plan';
import type { RawSheet, RawWorkbook } from '../workbook/raw';
import { findTable, headerKey } from '../workbook/table';
import { workbookTemplate, type TabTemplate } from '../workbook/template';
import { UNPLACED_TAB } from './map';

/** A value the school's workbook already has and the document states otherwise. The school's value is kept. */
export interface ImportConflict {
  sheet: string;
  /** A1 address of the kept cell, after the import's rows are inserted. */
  cell: string;
  kept: string;
  imported: string;
}

/** What the import does to one tab. Rows and columns are 0-based. */
export interface TabWrite {
  sheetName: string;
  /** The tab does not exist yet: it is created and `cells` is its whole content. */
  create: boolean;
  /** Blank rows to insert below existing row `after` (rows of the tab as it is now), in ascending order. */
  insertions: { after: number; count: number }[];
  /** Top-left of the written block, counted after the insertions. */
  firstRow: number;
  firstCol: number;
  /** The block to write; `undefined` keeps the cell as it is (the school's value, or its formula). */
  cells: (Cell | undefined)[][];
  /** Columns added at the right of the tab (headings the tab lacks). */
  newColumns: number;
  /** Rows added to the tab, and blank cells of existing rows filled. */
  newRows: number;
  filledCells: number;
}

export interface ImportWritePlan {
  /** Only the tabs that change. */
  tabs: TabWrite[];
  conflicts: ImportConflict[];
  /** Imported rows the workbook already has, word for word (a second import writes nothing). */
  alreadyThere: number;
  /** Tabs whose header row is not recognised: nothing is written there. */
  skippedTabs: string[];
}

/** How a tab's rows are compared, beyond what its template says. */
interface TabRules {
  template: TabTemplate;
  /** Keys never compared nor written into existing rows (the row number, the info tab's hints). */
  ignoreKeys: ColumnKey[];
  /** Keys held by a block's first row only, filled when blank, a conflict when different (levels). */
  levelKeys: ColumnKey[];
  /** A block that holds one value: a different value is a conflict, not a new row (`Tên trường`). */
  singleValued: (id: string) => boolean;
  /** Every row names its key again (`Nơi nhận` on each line: the info tab skips rows with a blank key). */
  repeatAnchor: boolean;
}

/** The same text, whatever the spacing and the Unicode form. */
function sameText(a: Cell | undefined, b: Cell | undefined): boolean {
  return cellText(a ?? null).replace(/\s+/g, ' ') === cellText(b ?? null).replace(/\s+/g, ' ');
}

function blank(cell: Cell | undefined): boolean {
  return cellText(cell ?? null) === '';
}

const RECIPIENTS = INFO_KEYS.find((key) => key.key === 'recipients')!;

/** An info row's identity: its key, whichever alias the tab uses (`Tên đơn vị` is `Tên trường`). */
function infoIdentity(cell: Cell): string | null {
  const text = foldKey(cellText(cell));
  if (text === '') return null;
  const known = INFO_KEYS.find((key) => [key.label, ...key.aliases].some((name) => foldKey(name) === text));
  return known ? known.key : text;
}

function rulesFor(framework: Framework): Map<string, TabRules> {
  const rules = new Map<string, TabRules>();
  for (const template of workbookTemplate(framework)) {
    if (template.columns.length === 0) continue;
    if (template.name === INFO_TAB) {
      rules.set(foldKey(template.name), {
        template: { ...template, identity: infoIdentity },
        ignoreKeys: ['hint'],
        levelKeys: [],
        singleValued: (id) => id !== RECIPIENTS.key,
        repeatAnchor: true,
      });
      continue;
    }
    if (template.name === TEXT_TAB) {
      // A section's text is one value: the school's own text is never extended with the document's, only a conflict.
      rules.set(foldKey(template.name), { template, ignoreKeys: [], levelKeys: [], singleValued: () => true, repeatAnchor: false });
      continue;
    }
    const levelKeys: ColumnKey[] = template.anchorKey === 'criterion' ? ['currentLevel', 'targetLevel'] : [];
    rules.set(foldKey(template.name), { template, ignoreKeys: ['tt'], levelKeys, singleValued: () => false, repeatAnchor: false });
  }
  return rules;
}

/** Consecutive rows under one identity (a criterion and its continuation rows), by first appearance. */
interface Block {
  id: string;
  rows: number[];
}

function blocksOf(sheet: RawSheet, headerRow: number, anchorCol: number, identity: (cell: Cell) => string | null): Block[] {
  const blocks: Block[] = [];
  let current = null as Block | null;
  for (let row = headerRow + 1; row < sheet.values.length; row++) {
    const id = identity(sheet.values[row]?.[anchorCol] ?? null);
    if (id !== null && id !== current?.id) {
      current = { id, rows: [row] };
      blocks.push(current);
    } else if (current) {
      current.rows.push(row);
    }
  }
  return blocks;
}

/** Collects the tab's changes, then lays them out after the insertions. */
class TabChanges {
  readonly fills = new Map<number, Map<number, Cell>>();
  readonly inserted = new Map<number, Map<number, Cell>[]>();
  readonly headers = new Map<number, Cell>();
  filledCells = 0;

  fill(row: number, col: number, value: Cell): void {
    let cells = this.fills.get(row);
    if (!cells) this.fills.set(row, (cells = new Map<number, Cell>()));
    cells.set(col, value);
    this.filledCells += 1;
  }

  insert(after: number, row: Map<number, Cell>): void {
    const rows = this.inserted.get(after) ?? [];
    rows.push(row);
    this.inserted.set(after, rows);
  }

  get newRows(): number {
    let count = 0;
    for (const rows of this.inserted.values()) count += rows.length;
    return count;
  }

  /** Rows inserted above existing row `row`. */
  shift(row: number): number {
    let count = 0;
    for (const [after, rows] of this.inserted) if (after < row) count += rows.length;
    return count;
  }

  write(sheetName: string, headerRow: number): TabWrite | null {
    const placed = new Map<number, Map<number, Cell>>();
    const put = (row: number, cells: Map<number, Cell>) => {
      const target = placed.get(row) ?? new Map<number, Cell>();
      for (const [col, value] of cells) target.set(col, value);
      placed.set(row, target);
    };
    if (this.headers.size > 0) put(headerRow + this.shift(headerRow), this.headers);
    for (const [row, cells] of this.fills) put(row + this.shift(row), cells);
    const insertions = [...this.inserted.entries()].sort(([a], [b]) => a - b);
    for (const [after, rows] of insertions) {
      const first = after + this.shift(after) + 1;
      rows.forEach((cells, index) => put(first + index, cells));
    }
    if (placed.size === 0) return null;
    const rowNumbers = [...placed.keys()];
    const colNumbers = [...placed.values()].flatMap((cells) => [...cells.keys()]);
    const firstRow = Math.min(...rowNumbers);
    const firstCol = Math.min(...colNumbers);
    const height = Math.max(...rowNumbers) - firstRow + 1;
    const width = Math.max(...colNumbers) - firstCol + 1;
    const cells = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => placed.get(firstRow + r)?.get(firstCol + c)));
    return {
      sheetName,
      create: false,
      insertions: insertions.map(([after, rows]) => ({ after, count: rows.length })),
      firstRow,
      firstCol,
      cells,
      newColumns: this.headers.size,
      newRows: this.newRows,
      filledCells: this.filledCells,
    };
  }
}

interface MergeOutcome {
  write: TabWrite | null;
  conflicts: ImportConflict[];
  alreadyThere: number;
  skipped: boolean;
}

/** One tab of the imported workbook into the school's tab of the same name. */
function mergeTab(existing: RawSheet, imported: RawSheet, rules: TabRules): MergeOutcome {
  const { template } = rules;
  const ours = findTable(existing, template.columns, template.anchorKey);
  const theirs = findTable(imported, template.columns, template.anchorKey);
  if (!ours || !theirs) return { write: null, conflicts: [], alreadyThere: 0, skipped: ours === null && imported.values.length > 1 };

  // Imported column → the school's column: by key, else by heading (extra columns), else a new column at the right.
  const ourHeader = existing.values[ours.headerRow] ?? [];
  const width = Math.max(0, ...existing.values.map((row) => row.length));
  const changes = new TabChanges();
  const columnOf = new Map<number, number>();
  const keyOfImported = new Map([...theirs.columns].map(([key, col]) => [col, key]));
  (imported.values[theirs.headerRow] ?? []).forEach((heading, col) => {
    const key = keyOfImported.get(col);
    if (key !== undefined) {
      if (rules.ignoreKeys.includes(key) && key !== 'tt') return;
      const ourCol = ours.columns.get(key);
      if (ourCol !== undefined) columnOf.set(col, ourCol);
      return;
    }
    if (blank(heading)) return;
    const found = ourHeader.findIndex((cell) => headerKey(cellText(cell)) === headerKey(cellText(heading)));
    if (found >= 0) {
      columnOf.set(col, found);
      return;
    }
    const added = width + changes.headers.size;
    changes.headers.set(added, heading);
    columnOf.set(col, added);
  });

  const anchorOurs = ours.columns.get(template.anchorKey)!;
  const anchorTheirs = theirs.columns.get(template.anchorKey)!;
  const colOfKey = (key: ColumnKey) => theirs.columns.get(key);
  const skipCols = new Set([template.anchorKey, ...rules.ignoreKeys, ...rules.levelKeys].map(colOfKey).filter((col): col is number => col !== undefined));
  const contentCols = [...columnOf.keys()].filter((col) => !skipCols.has(col));
  const levelCols = rules.levelKeys.map(colOfKey).filter((col): col is number => col !== undefined && columnOf.has(col));

  const ourBlocks = new Map<string, Block>();
  for (const block of blocksOf(existing, ours.headerRow, anchorOurs, template.identity)) if (!ourBlocks.has(block.id)) ourBlocks.set(block.id, block);
  const conflicts: { row: number; col: number; kept: string; imported: string }[] = [];
  let alreadyThere = 0;
  const ourCell = (row: number, col: number) => existing.values[row]?.[col] ?? null;
  const theirRow = (row: number) => imported.values[row] ?? [];
  const lastRow = existing.values.length - 1;

  for (const block of blocksOf(imported, theirs.headerRow, anchorTheirs, template.identity)) {
    const ourBlock = ourBlocks.get(block.id);
    if (!ourBlock) {
      // A criterion (or key) the tab lacks: its rows go below the tab's last row, whole.
      for (const row of block.rows) {
        const cells = new Map<number, Cell>();
        for (const [col, ourCol] of columnOf) if (!blank(theirRow(row)[col])) cells.set(ourCol, theirRow(row)[col]);
        const anchor = theirRow(row)[anchorTheirs];
        if (!blank(anchor)) cells.set(anchorOurs, anchor ?? null);
        if (cells.size > 0) changes.insert(lastRow, cells);
      }
      continue;
    }
    const ourFirst = ourBlock.rows[0];
    const singleCols = rules.singleValued(block.id) ? contentCols : [];
    for (const col of [...levelCols, ...singleCols]) {
      const value = theirRow(block.rows[0])[col];
      const ourCol = columnOf.get(col)!;
      const kept = ourCell(ourFirst, ourCol);
      if (blank(value) || sameText(value, kept)) continue;
      if (blank(kept)) changes.fill(ourFirst, ourCol, value ?? null);
      else conflicts.push({ row: ourFirst, col: ourCol, kept: cellText(kept), imported: cellText(value ?? null) });
    }
    if (singleCols.length > 0) continue;

    const used = new Set<number>();
    for (const row of block.rows) {
      const values = contentCols.filter((col) => !blank(theirRow(row)[col]));
      if (values.length === 0) continue;
      const same = ourBlock.rows.find((ourRow) => values.every((col) => sameText(theirRow(row)[col], ourCell(ourRow, columnOf.get(col)!))));
      if (same !== undefined) {
        alreadyThere += 1;
        used.add(same);
        continue;
      }
      const empty = ourBlock.rows.find((ourRow) => !used.has(ourRow) && contentCols.every((col) => blank(ourCell(ourRow, columnOf.get(col)!))));
      if (empty !== undefined) {
        used.add(empty);
        for (const col of values) changes.fill(empty, columnOf.get(col)!, theirRow(row)[col] ?? null);
        continue;
      }
      const cells = new Map<number, Cell>();
      for (const col of values) cells.set(columnOf.get(col)!, theirRow(row)[col] ?? null);
      if (rules.repeatAnchor) cells.set(anchorOurs, ourCell(ourFirst, anchorOurs));
      changes.insert(ourBlock.rows[ourBlock.rows.length - 1], cells);
    }
  }

  return {
    write: changes.write(existing.name, ours.headerRow),
    conflicts: conflicts.map((conflict) => ({
      sheet: existing.name,
      cell: a1(conflict.row + changes.shift(conflict.row), conflict.col),
      kept: conflict.kept,
      imported: conflict.imported,
    })),
    alreadyThere,
    skipped: false,
  };
}

/** The `Nhập – chưa xếp` rows: appended to the tab when it exists (rows already there skipped), else a new tab. */
function mergeUnplaced(existing: RawSheet | undefined, imported: RawSheet): { write: TabWrite; alreadyThere: number } | null {
  if (!existing) {
    return {
      write: {
        sheetName: imported.name,
        create: true,
        insertions: [],
        firstRow: 0,
        firstCol: 0,
        cells: imported.values,
        newColumns: 0,
        newRows: imported.values.length,
        filledCells: 0,
      },
      alreadyThere: 0,
    };
  }
  const changes = new TabChanges();
  const lastRow = existing.values.length - 1;
  let alreadyThere = 0;
  for (const row of imported.values.slice(1)) {
    if (existing.values.some((ours) => row.every((cell, col) => sameText(cell, ours[col])))) {
      alreadyThere += 1;
      continue;
    }
    changes.insert(lastRow, new Map(row.map((cell, col) => [col, cell] as const)));
  }
  const write = changes.write(existing.name, 0);
  return write ? { write, alreadyThere } : null;
}

/**
 * The changes that bring `imported` (the mapper's workbook) into
 * `workbook`. Every tab of the framework must already exist (the add-on
 * runs setup first); a tab the framework does not know is left alone.
 */
export function planImportWrite(workbook: RawWorkbook, imported: RawWorkbook, framework: Framework): ImportWritePlan {
  const rules = rulesFor(framework);
  const plan: ImportWritePlan = { tabs: [], conflicts: [], alreadyThere: 0, skippedTabs: [] };
  for (const sheet of imported.sheets) {
    const existing = findSheet(workbook, sheet.name);
    if (foldKey(sheet.name) === foldKey(UNPLACED_TAB)) {
      const unplaced = mergeUnplaced(existing, sheet);
      if (unplaced) plan.tabs.push(unplaced.write);
      plan.alreadyThere += unplaced?.alreadyThere ?? 0;
      continue;
    }
    const tabRules = rules.get(foldKey(sheet.name));
    if (!tabRules) continue;
    if (!existing) {
      plan.skippedTabs.push(sheet.name);
      continue;
    }
    const outcome = mergeTab(existing, sheet, tabRules);
    if (outcome.write) plan.tabs.push(outcome.write);
    if (outcome.skipped) plan.skippedTabs.push(existing.name);
    plan.conflicts.push(...outcome.conflicts);
    plan.alreadyThere += outcome.alreadyThere;
  }
  return plan;
}
