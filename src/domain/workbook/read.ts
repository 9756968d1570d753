import { frameworks as knownFrameworks } from '../frameworks';
import { chooseFramework as chooseFrameworkFor } from '../frameworks/choice';
import type { ColumnKey, ColumnSpec, Framework } from '../frameworks/types';
import { findCriterion, standardTabName } from '../frameworks/types';
import type { Cell } from '../cell';
import { parseBudget } from '../parse/budget';
import { parseCriterionCode, parseRequirementNumber, parseStandardNumber, splitCriterionList } from '../parse/criterion-code';
import { parseDate } from '../parse/date';
import { parseLevel, parseMet } from '../parse/level';
import { parseSchoolYear } from '../parse/school-year';
import { parseTimeWindow } from '../parse/time-window';
import type { Budget, CriterionCode, LevelValue, SchoolYear, TimeWindow } from '../parse/types';
import { cellText, foldKey } from '../text';
import { findSheet } from './find-sheet';
import { INFO_KEYS, type InfoEntry } from './info';
import {
  INFO_TAB,
  TEXT_TAB,
  type CriterionBlock,
  type ExtraRow,
  type ExtraTab,
  type FrameworkChoice,
  type LevelCells,
  type Plan,
  type PlanInfo,
  type PlanRow,
  type RequirementTab,
  type StandardTab,
} from './plan';
import type { RawSheet, RawWorkbook } from './raw';
import { findTable, rowText, tableRows, type FoundTable, type TableRow } from './table';
import { ABSENT_CELL, typedCell, type TypedCell } from './typed-cell';

/** Columns of `Thông tin chung` and `Nội dung văn bản`: a key and a value. */
export const KEY_VALUE_COLUMNS: ColumnSpec[] = [
  { key: 'key', header: 'Mục', aliases: ['Thông tin', 'Nội dung mục'], width: 180, required: true },
  { key: 'value', header: 'Nội dung', aliases: ['Giá trị'], width: 420, required: true },
];

/** Key/value rows: under a `Mục | Nội dung` header, or in columns A and B when there is none. */
function keyValueRows(sheet: RawSheet): { key: string; value: InfoEntry }[] {
  const table = findTable(sheet, KEY_VALUE_COLUMNS, 'key');
  const keyCol = table?.columns.get('key') ?? 0;
  const valueCol = table?.columns.get('value') ?? keyCol + 1;
  const firstRow = table ? table.headerRow + 1 : 0;
  const rows: { key: string; value: InfoEntry }[] = [];
  for (let row = firstRow; row < sheet.values.length; row++) {
    const values = sheet.values[row] ?? [];
    const key = cellText(values[keyCol] ?? null);
    if (key === '') continue;
    const cell = values[valueCol] ?? null;
    rows.push({ key, value: { cell, text: cellText(cell), row, col: valueCol, keyCol } });
  }
  return rows;
}

function readInfo(workbook: RawWorkbook): PlanInfo {
  const sheet = findSheet(workbook, INFO_TAB);
  const entries = new Map<string, InfoEntry[]>();
  if (sheet) {
    for (const { key, value } of keyValueRows(sheet)) {
      const folded = foldKey(key).replace(/:$/, '').trim();
      const infoKey = INFO_KEYS.find((candidate) => foldKey(candidate.label) === folded || candidate.aliases.some((alias) => foldKey(alias) === folded));
      if (!infoKey) continue;
      const list = entries.get(infoKey.key) ?? [];
      list.push(value);
      entries.set(infoKey.key, list);
    }
  }
  const first = (key: string) => entries.get(key)?.[0];
  const width = sheet ? Math.max(0, ...sheet.values.map((row) => row.length)) : 0;
  const dateEntry = first('issueDate');
  const yearEntry = first('schoolYear');
  return {
    sheetName: sheet?.name ?? null,
    entries,
    width,
    schoolName: first('schoolName')?.text ?? '',
    schoolYear: yearEntry ? parseSchoolYear(yearEntry.cell) : null,
    issueDate: dateEntry ? parseDate(dateEntry.cell) : null,
  };
}

/** `Khung đánh giá` decides; blank: `Năm học` and `Cấp học` do (frameworks/choice.ts). */
function chooseFramework(info: PlanInfo, known: Framework[]): { framework: Framework; choice: FrameworkChoice } {
  return chooseFrameworkFor(
    {
      frameworkText: info.entries.get('framework')?.[0]?.text ?? '',
      startYear: info.schoolYear?.startYear ?? null,
      schoolTypeText: info.entries.get('educationLevel')?.[0]?.text ?? '',
      schoolName: info.schoolName,
    },
    known,
  );
}

// ---------------------------------------------------------------- typed values, read once

/** What parsing a plan's cells depends on: the school year places `Tháng 9`, the framework names the progress values. */
interface ReadContext {
  framework: Framework;
  schoolYear: SchoolYear | null;
}

/** Parses one cell (its value and its text) in the plan's context. */
type CellParser<T> = (cell: Cell, text: string, context: ReadContext) => T | null;

/** A row's cell under `key`, parsed once; `absent` when the table lacks the column. */
function readCell<T>(table: FoundTable, row: TableRow, key: ColumnKey, parse: CellParser<T>, context: ReadContext): TypedCell<T> {
  const col = table.columns.get(key);
  if (col === undefined) return ABSENT_CELL;
  const raw = row.cells.get(key) ?? null;
  const text = row.texts.get(key) ?? '';
  return typedCell(table.sheet.name, row.row, col, raw, text, parse(raw, text, context));
}

// The parsers of a plan's cells, made once (not a closure per row: a plan may have 100,000 rows).
const readTime: CellParser<TimeWindow> = (cell, _text, context) => parseTimeWindow(cell, context.schoolYear);
const readBudget: CellParser<Budget> = (cell) => parseBudget(cell);
const readLevel: CellParser<LevelValue> = (cell) => parseLevel(cell);
const readMet: CellParser<boolean> = (cell) => parseMet(cell);
const readStandard: CellParser<number> = (_cell, text) => parseStandardNumber(text);
const readCodes: CellParser<{ text: string; code: CriterionCode | null }[]> = (_cell, text) =>
  splitCriterionList(text).map((part) => ({ text: part, code: parseCriterionCode(part) }));

/** The framework's progress value a text names, compared folded (`hoàn thành` is `Hoàn thành`). */
const readProgress: CellParser<string> = (_cell, text, context) => {
  const key = foldKey(text);
  return context.framework.progressValues.find((value) => foldKey(value) === key) ?? null;
};

function planRow(table: FoundTable, row: TableRow, context: ReadContext): PlanRow {
  return {
    row: row.row,
    cells: row.cells,
    texts: row.texts,
    time: readCell(table, row, 'time', readTime, context),
    budget: readCell(table, row, 'budget', readBudget, context),
    progress: readCell(table, row, 'progress', readProgress, context),
  };
}

/** The levels of a criterion's (or requirement's) own row. */
function levelCells(table: FoundTable, first: TableRow, context: ReadContext): LevelCells {
  return {
    currentLevel: readCell(table, first, 'currentLevel', readLevel, context),
    targetLevel: readCell(table, first, 'targetLevel', readLevel, context),
  };
}

function extraRow(table: FoundTable, row: TableRow, context: ReadContext): ExtraRow {
  return {
    ...planRow(table, row, context),
    standard: readCell(table, row, 'standard', readStandard, context),
    criteria: readCell(table, row, 'criteria', readCodes, context),
  };
}

/** Groups rows into criteria: a row with a `Tiêu chí` starts one, a blank one continues it. */
function readStandardTab(workbook: RawWorkbook, context: ReadContext, standard: number): StandardTab | null {
  const framework = context.framework;
  const sheet = findSheet(workbook, standardTabName(framework, standard));
  if (!sheet) return null;
  const table = findTable(sheet, framework.standardColumns, 'criterion');
  const tab: StandardTab = { standard, sheetName: sheet.name, table, blocks: [], orphanRows: [] };
  if (!table || !table.columns.has('criterion')) return tab;

  for (const tableRow of tableRows(table)) {
    const row = planRow(table, tableRow, context);
    const codeText = rowText(row, 'criterion');
    if (codeText === '') {
      const current = tab.blocks[tab.blocks.length - 1];
      if (current) current.rows.push(row);
      else tab.orphanRows.push(row);
      continue;
    }
    const code = parseCriterionCode(row.cells.get('criterion') ?? null);
    const block: CriterionBlock = {
      sheetName: sheet.name,
      tabStandard: standard,
      codeText,
      code,
      criterion: code ? findCriterion(framework, code.code) : undefined,
      ...levelCells(table, row, context),
      rows: [row],
    };
    tab.blocks.push(block);
  }
  return tab;
}

function readRequirementTab(workbook: RawWorkbook, context: ReadContext): RequirementTab | null {
  const requirements = context.framework.requirements;
  if (!requirements) return null;
  const sheet = findSheet(workbook, requirements.tabName);
  if (!sheet) return null;
  const table = findTable(sheet, requirements.columns, 'criterion');
  const tab: RequirementTab = { sheetName: sheet.name, table, entries: [] };
  if (!table) return tab;
  for (const tableRow of tableRows(table)) {
    const row = planRow(table, tableRow, context);
    const numberText = rowText(row, 'criterion');
    const current = tab.entries[tab.entries.length - 1];
    if (numberText === '' && current) {
      current.rows.push(row);
      continue;
    }
    tab.entries.push({
      sheetName: sheet.name,
      numberText,
      number: numberText === '' ? null : parseRequirementNumber(row.cells.get('criterion') ?? null),
      ...levelCells(table, row, context),
      met: readCell(table, row, 'currentLevel', readMet, context),
      rows: [row],
    });
  }
  return tab;
}

function readExtraTabs(workbook: RawWorkbook, context: ReadContext): ExtraTab[] {
  const tabs: ExtraTab[] = [];
  for (const spec of context.framework.extraTables) {
    const sheet = findSheet(workbook, spec.tabName);
    if (!sheet) continue;
    const table = findTable(sheet, spec.columns, spec.anchorKey);
    const rows: ExtraRow[] = table ? tableRows(table).map((row) => extraRow(table, row, context)) : [];
    tabs.push({ spec, sheetName: sheet.name, table, rows });
  }
  return tabs;
}

/** Tabs that belong to another framework: a standard this one lacks, a requirement tab it has not. */
function findStrayTabs(workbook: RawWorkbook, framework: Framework): string[] {
  const own = new Set(framework.standards.map((standard) => foldKey(standardTabName(framework, standard.number))));
  const stray: string[] = [];
  for (const sheet of workbook.sheets) {
    const name = foldKey(sheet.name);
    const standardMatch = /^tieu chuan (\d+)$/.exec(name);
    if (standardMatch && !own.has(name)) stray.push(sheet.name);
    if (name === 'muc 4' && !framework.requirements) stray.push(sheet.name);
  }
  return stray;
}

function readSectionTexts(workbook: RawWorkbook): Plan['sectionTexts'] {
  const texts: Plan['sectionTexts'] = new Map();
  const sheet = findSheet(workbook, TEXT_TAB);
  if (!sheet) return texts;
  for (const { key, value } of keyValueRows(sheet)) {
    if (value.text !== '') texts.set(foldKey(key), { text: value.text, row: value.row, sheetName: sheet.name });
  }
  return texts;
}

/**
 * Reads a workbook into a Plan, parsing each cell that has a meaning once
 * (levels, times, budgets, progress, codes, dates): the rest of the domain
 * reads those typed values. Never throws on content: whatever cannot be
 * understood is kept as `unreadable` with its text and cell, for validation
 * to report.
 * `known` lists the frameworks `Khung đánh giá` may name (tests add their own).
 */
export function readPlan(workbook: RawWorkbook, known: Framework[] = knownFrameworks): Plan {
  const info = readInfo(workbook);
  const { framework, choice } = chooseFramework(info, known);
  const context: ReadContext = { framework, schoolYear: info.schoolYear };
  const standardTabs: StandardTab[] = [];
  const missingStandards: number[] = [];
  for (const standard of framework.standards) {
    const tab = readStandardTab(workbook, context, standard.number);
    if (tab) standardTabs.push(tab);
    else missingStandards.push(standard.number);
  }
  return {
    framework,
    frameworkChoice: choice,
    info,
    standardTabs,
    missingStandards,
    requirementTab: readRequirementTab(workbook, context),
    extraTabs: readExtraTabs(workbook, context),
    strayTabs: findStrayTabs(workbook, framework),
    sectionTexts: readSectionTexts(workbook),
  };
}
