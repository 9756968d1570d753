import type { Cell } from '../cell';
import type { FrameworkChoice } from '../frameworks/choice';
import type { Criterion, ExtraTable, Framework } from '../frameworks/types';
import type { CriterionCode, SchoolYear, SimpleDate } from '../parse/types';
import type { InfoEntry } from './info';
import type { FoundTable, TableRow } from './table';

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
 * A criterion on a standard tab: its own row and the continuation rows
 * under it (blank `Tiêu chí`: another action row of the same criterion).
 */
export interface CriterionBlock {
  sheetName: string;
  /** The tab's standard number. */
  tabStandard: number;
  /** What the `Tiêu chí` cell says. */
  codeText: string;
  code: CriterionCode | null;
  /** The framework's criterion, when the code is known. */
  criterion: Criterion | undefined;
  /** Rows of the block; the first is the criterion's own row. */
  rows: TableRow[];
}

export interface StandardTab {
  standard: number;
  sheetName: string;
  table: FoundTable | null;
  blocks: CriterionBlock[];
  /** Rows with a blank `Tiêu chí` above any criterion. */
  orphanRows: TableRow[];
}

/** One requirement on the requirement tab (TT17 `Mức 4`). */
export interface RequirementEntry {
  sheetName: string;
  numberText: string;
  number: number | null;
  rows: TableRow[];
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
  rows: TableRow[];
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
