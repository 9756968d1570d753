import type { Cell } from '../cell';
import type { ColumnKey, ColumnSpec, Framework } from '../frameworks/types';
import { standardTabName } from '../frameworks/types';
import { formatSchoolYear } from '../parse/school-year';
import type { SchoolYear } from '../parse/types';
import { levelChoices } from '../validate/levels';
import { INFO_KEYS } from './info';
import { INFO_TAB, SUMMARY_TAB, TEXT_TAB } from './plan';
import type { RawWorkbook } from './raw';
import { KEY_VALUE_COLUMNS } from './read';
import { parseCriterionCode, parseRequirementNumber } from '../parse/criterion-code';
import { cellText, foldKey } from '../text';

/**
 * A tab as setup creates it: header row, pre-filled rows, and what setup
 * dresses it with in Sheets (widths, dropdowns, wrapping).
 */
export interface TabTemplate {
  name: string;
  columns: ColumnSpec[];
  /** Pre-filled data rows under the header, cells in `columns` order. */
  rows: Cell[][];
  /** Column key → dropdown values, for every data row of the column. */
  dropdowns: Map<string, (rowIndex: number) => string[] | null>;
  /** The column whose header finds the header row, and whose value identifies a pre-filled row. */
  anchorKey: ColumnKey;
  /** What makes two rows the same pre-filled row (a criterion code, a key): setup adds only the missing ones. */
  identity: (cell: Cell) => string | null;
}

const byText = (cell: Cell) => foldKey(cellText(cell)) || null;
const byCriterionCode = (cell: Cell) => parseCriterionCode(cell)?.code ?? null;
const byRequirementNumber = (cell: Cell) => {
  const number = parseRequirementNumber(cell);
  return number === null ? null : String(number);
};

/** Extra column of `Thông tin chung`: how to fill the value. */
const HINT_COLUMN: ColumnSpec = { key: 'hint', header: 'Gợi ý', aliases: [], width: 320, required: false };

/** The label a criterion is pre-filled with: `Tiêu chí 1.1: Phương hướng…`. */
export function criterionLabel(code: string, name: string): string {
  return `Tiêu chí ${code}: ${name}`;
}

/** Does the framework's document print this `Thông tin chung` value (`{Loại hình}` in a section's text)? */
function printed(framework: Framework, label: string): boolean {
  return framework.document.sections.some((section) => JSON.stringify(section).includes(`{${label}}`));
}

function infoTab(framework: Framework, schoolYear: SchoolYear | null): TabTemplate {
  const keys = INFO_KEYS.filter((key) => !key.onlyWhenPrinted || printed(framework, key.label));
  const rows: Cell[][] = keys.map((key) => {
    if (key.key === 'framework') return [key.label, framework.aliases[0], key.hint];
    if (key.key === 'schoolYear' && schoolYear) return [key.label, formatSchoolYear(schoolYear), key.hint];
    return [key.label, '', key.hint];
  });
  return { name: INFO_TAB, columns: [...KEY_VALUE_COLUMNS, HINT_COLUMN], rows, dropdowns: new Map(), anchorKey: 'key', identity: byText };
}

function standardTabs(framework: Framework): TabTemplate[] {
  return framework.standards.map((standard) => {
    const criterionCol = framework.standardColumns.findIndex((column) => column.key === 'criterion');
    const ttCol = framework.standardColumns.findIndex((column) => column.key === 'tt');
    const rows = standard.criteria.map((criterion, index) => {
      const row: Cell[] = framework.standardColumns.map(() => '');
      if (ttCol >= 0) row[ttCol] = index + 1;
      row[criterionCol] = criterionLabel(criterion.code, criterion.name);
      return row;
    });
    const levelsOf = (rowIndex: number) => {
      const criterion = standard.criteria[rowIndex];
      return criterion ? levelChoices(criterion.maxLevel) : null;
    };
    const dropdowns = new Map<string, (rowIndex: number) => string[] | null>([
      ['currentLevel', levelsOf],
      ['targetLevel', levelsOf],
    ]);
    if (framework.progressValues.length > 0) dropdowns.set('progress', () => framework.progressValues);
    return {
      name: standardTabName(framework, standard.number),
      columns: framework.standardColumns,
      rows,
      dropdowns,
      anchorKey: 'criterion',
      identity: byCriterionCode,
    };
  });
}

function requirementTab(framework: Framework): TabTemplate[] {
  const requirements = framework.requirements;
  if (!requirements) return [];
  const criterionCol = requirements.columns.findIndex((column) => column.key === 'criterion');
  const ttCol = requirements.columns.findIndex((column) => column.key === 'tt');
  const rows = requirements.items.map((item) => {
    const row: Cell[] = requirements.columns.map(() => '');
    if (ttCol >= 0) row[ttCol] = item.number;
    row[criterionCol] = `Tiêu chí ${item.number}: ${item.text}`;
    return row;
  });
  return [
    {
      name: requirements.tabName,
      columns: requirements.columns,
      rows,
      dropdowns: new Map([['currentLevel', () => ['Đạt', 'Không đạt']]]),
      anchorKey: 'criterion',
      identity: byRequirementNumber,
    },
  ];
}

function extraTabs(framework: Framework): TabTemplate[] {
  return framework.extraTables.map((spec) => {
    const keyCol = spec.columns.findIndex((column) => column.key === spec.requiredRows?.key);
    const rows = (spec.requiredRows?.values ?? []).map((value) => {
      const row: Cell[] = spec.columns.map(() => '');
      row[keyCol] = value;
      return row;
    });
    return { name: spec.tabName, columns: spec.columns, rows, dropdowns: new Map(), anchorKey: spec.anchorKey, identity: byText };
  });
}

function textTab(framework: Framework): TabTemplate {
  const rows = framework.document.textSections.map((section) => [section.heading, section.text.join('\n')]);
  return { name: TEXT_TAB, columns: KEY_VALUE_COLUMNS, rows, dropdowns: new Map(), anchorKey: 'key', identity: byText };
}

/** `Tổng hợp` starts empty: only the add-on writes it. */
function summaryTab(): TabTemplate {
  // No columns, so its anchor is never looked up.
  return { name: SUMMARY_TAB, columns: [], rows: [], dropdowns: new Map(), anchorKey: 'key', identity: () => null };
}

/** Every tab of a framework's workbook, in the order setup creates them. */
export function workbookTemplate(framework: Framework, schoolYear: SchoolYear | null = null): TabTemplate[] {
  return [infoTab(framework, schoolYear), ...standardTabs(framework), ...requirementTab(framework), ...extraTabs(framework), textTab(framework), summaryTab()];
}

/** The template as the offline JSON workbook (`cli template`). */
export function blankWorkbook(framework: Framework, schoolYear: SchoolYear | null = null): RawWorkbook {
  return {
    sheets: workbookTemplate(framework, schoolYear).map((tab) => ({
      name: tab.name,
      values: tab.columns.length === 0 ? [] : [tab.columns.map((column) => column.header), ...tab.rows],
    })),
  };
}
