import type { Cell } from '../cell';
import type { FrameworkChoice } from '../frameworks/choice';
import type { Criterion, ExtraTable, Framework } from '../frameworks/types';
import type { Budget, CriterionCode, LevelValue, SchoolYear, SimpleDate, TimeWindow } from '../parse/types';
import type { InfoEntry } from './info';
import type { FoundTable, TableRow } from './table';
import type { TypedCell } from './typed-cell';

/** Tab names fixed by the workbook spec. */
export const INFO_TAB = 'Thông tin chung';
export const SUMMARY_TAB = 'Tổng hợp';
/** Free text of the plan document's sections, one row a section. */
export const TEXT_TAB = 'Nội dung văn bản';

/** `Thông tin chung`, read. */
export interface PlanInfo {
  /** The tab's actual name, or null when it is missing. */
  sheetName: string | null;
  /** Key (see INFO_KEYS) → its values, in order (`Nơi nhận` may have several rows). */
  entries: Map<string, InfoEntry[]>;
  /** Columns the tab uses (its widest row). */
  width: number;
  /** `Tên trường`, '' when blank. */
  schoolName: string;
  schoolYear: SchoolYear | null;
  issueDate: SimpleDate | null;
}

/**
 * A data row of a plan tab with its typed values, read once by the reader:
 * the time window (against the plan's school year), the budget and the
 * progress (one of the framework's `progressValues`). A column the tab
 * lacks is `absent`. Its cells and texts stay readable as on any TableRow.
 */
export interface PlanRow extends TableRow {
  time: TypedCell<TimeWindow>;
  budget: TypedCell<Budget>;
  /** The framework's progress value the cell names (`Hoàn thành`), compared folded. */
  progress: TypedCell<string>;
}

/** A row of an extra tab (TT57 `Vấn đề trọng tâm`): its standard and related criteria, read. */
export interface ExtraRow extends PlanRow {
  /** The `Tiêu chuẩn` cell's standard number (not yet checked against the framework). */
  standard: TypedCell<number>;
  /** The `Tiêu chí liên quan` cell, each listed code as written and as read (null: not a code). */
  criteria: TypedCell<{ text: string; code: CriterionCode | null }[]>;
}

/** `Mức hiện tại` and `Mức phấn đấu` of a criterion's (or requirement's) own row, read as levels. */
export interface LevelCells {
  currentLevel: TypedCell<LevelValue>;
  targetLevel: TypedCell<LevelValue>;
}

/**
 * A criterion on a standard tab: its own row and the continuation rows
 * under it (blank `Tiêu chí`: another action row of the same criterion).
 */
export interface CriterionBlock extends LevelCells {
  sheetName: string;
  /** The tab's standard number. */
  tabStandard: number;
  /** What the `Tiêu chí` cell says. */
  codeText: string;
  code: CriterionCode | null;
  /** The framework's criterion, when the code is known. */
  criterion: Criterion | undefined;
  /** Rows of the block; the first is the criterion's own row. */
  rows: PlanRow[];
}

export interface StandardTab {
  standard: number;
  sheetName: string;
  table: FoundTable | null;
  blocks: CriterionBlock[];
  /** Rows with a blank `Tiêu chí` above any criterion. */
  orphanRows: PlanRow[];
}

/** One requirement on the requirement tab (TT17 `Mức 4`). */
export interface RequirementEntry extends LevelCells {
  sheetName: string;
  numberText: string;
  number: number | null;
  /** The first row's `Mức hiện tại` read as met / not met (`Đạt`, `Không đạt`). */
  met: TypedCell<boolean>;
  rows: PlanRow[];
}

export interface RequirementTab {
  sheetName: string;
  table: FoundTable | null;
  entries: RequirementEntry[];
}

export interface ExtraTab {
  spec: ExtraTable;
  sheetName: string;
  table: FoundTable | null;
  rows: ExtraRow[];
}

/** How the framework was chosen: frameworks/choice.ts owns it. */
export type { FrameworkChoice };

/** The workbook understood: what validation, summary and the document read. */
export interface Plan {
  framework: Framework;
  frameworkChoice: FrameworkChoice;
  info: PlanInfo;
  /** One per standard of the framework that has a tab. */
  standardTabs: StandardTab[];
  /** Standards of the framework with no tab. */
  missingStandards: number[];
  requirementTab: RequirementTab | null;
  extraTabs: ExtraTab[];
  /** Tabs of another framework found in this one (`Mức 4` or `Tiêu chuẩn 5` in a TT57 plan). */
  strayTabs: string[];
  /** `Nội dung văn bản`: section id or heading → replacement paragraphs. */
  sectionTexts: Map<string, { text: string; row: number; sheetName: string }>;
}

export type { Cell };
