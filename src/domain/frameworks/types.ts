import type { DocumentSpec } from '../document/spec';
import type { ColumnKey } from './column-keys';

export { COLUMN_KEYS, type ColumnKey } from './column-keys';

/**
 * A framework (khung đánh giá) is data: its standards and criteria, the
 * columns of its tabs, its extra tabs, its level rule and the parts of its
 * plan document. Validation, summary and document code read these fields
 * and never branch on a framework's name.
 */

/** Tiêu chí. */
export interface Criterion {
  /** `1.1` */
  code: string;
  /** Tiêu chuẩn number it belongs to. */
  standard: number;
  name: string;
  /** Highest level the criterion has (TT17: 2 or 3; TT57: 2). */
  maxLevel: number;
  /** Tiêu chí bắt buộc (★), TT57. */
  mandatory: boolean;
}

/** Tiêu chuẩn. */
export interface Standard {
  number: number;
  name: string;
  criteria: Criterion[];
}

/**
 * A column of a tab, found by its header text. `key` names its meaning for
 * the code: the keys below are read by validation, the others only travel
 * to the document.
 *  - `criterion`, `currentLevel`, `targetLevel`: the assessment
 *  - `actions`: the improvement work (công việc, giải pháp / hoạt động)
 *  - `responsible`: who leads it; `time`: when; `budget`: money
 *  - `progress`: mức độ thực hiện (TT57 follow-up)
 */
export interface ColumnSpec {
  key: ColumnKey;
  /** Canonical header, written by setup. */
  header: string;
  /** Other headers seen in real plans. */
  aliases: string[];
  /** Setup's column width in pixels. */
  width: number;
  /** A missing required column is an error on the header row. */
  required: boolean;
}

/** A level of the framework, as the summary counts it. */
export interface LevelDef {
  level: number;
  label: string;
}

/**
 * Extra requirements checked as met / not met on a tab of their own
 * (TT17 Điều 22: the 5 Mức 4 requirements).
 */
export interface RequirementSet {
  tabName: string;
  /** The level they count towards in the summary. */
  level: number;
  items: { number: number; text: string }[];
  columns: ColumnSpec[];
}

/** What the level rule needs: each criterion's reached level and the requirement results. */
export interface Assessment {
  /** Criterion code → level reached now (0 = Chưa đạt); missing = not assessed. */
  reached: Map<string, number>;
  /** Requirement number → met; missing = not assessed. */
  requirementsMet: Map<number, boolean>;
}

/** One line of the level table (per level N). */
export interface LevelCount {
  level: number;
  total: number;
  met: number;
  percent: number;
  /** Mandatory criteria counted apart (TT57 only). */
  mandatory?: { total: number; met: number };
}

/**
 * The level rule as data, so the product can say what blocks the next
 * level (summary/next-level.ts) without knowing a framework's name.
 *  - `cumulative` (TT17/TT18/TT19): Mức N needs every criterion at Mức N,
 *    or at its highest level when lower; the requirement tab's level needs
 *    the level below and every requirement met.
 *  - `mandatory` (TT57): Mức N needs every ★ criterion at Mức N and at
 *    least `minOthers` of the others; from Mức 2 up, none below Mức 1.
 * It must describe `levelRule` exactly: test/domain/next-level.test.ts
 * checks the two agree on every framework.
 */
export type LevelRuleData = { kind: 'cumulative' } | { kind: 'mandatory'; minOthers: number };

export interface LevelRuleResult {
  levels: LevelCount[];
  /** 0 = not even Mức 1. */
  schoolLevel: number;
}

/** Cấp học: the school types `Thông tin chung` may name (see school-types.ts). */
export type SchoolType = 'mamNon' | 'tieuHoc' | 'thcs' | 'thpt' | 'nhieuCapHoc' | 'gdtx';

/**
 * Which schools and school years a framework is the default for, when
 * `Khung đánh giá` is blank (choice.ts). Years are the school year's first
 * year: 2025 is 2025-2026.
 */
export interface FrameworkScope {
  schoolTypes: SchoolType[];
  /** null: no lower bound. */
  firstSchoolYear: number | null;
  /** null: no upper bound. */
  lastSchoolYear: number | null;
  /** When the legal text took effect, for the reason text (`07/7/2026`); absent when not needed. */
  inForceFrom?: string;
}

export interface Framework {
  /** Stable id used in JSON output: `TT17 tiểu học`, `TT57/2026`. */
  id: string;
  /** Full name for people. */
  title: string;
  /** Values of `Khung đánh giá` that pick it (compared with foldKey). */
  aliases: string[];
  /** Legal basis cited in documents and messages. */
  legalBasis: string;
  levels: LevelDef[];
  /** Levels a criterion may be given; labels for setup's dropdown come from here. */
  standards: Standard[];
  /** Prefix of standard tabs: `Tiêu chuẩn` → `Tiêu chuẩn 1`. */
  standardTabPrefix: string;
  standardColumns: ColumnSpec[];
  requirements: RequirementSet | null;
  /**
   * The legal text has Mức 4 requirements the add-on does not hold, because
   * no source of their wording was found (TT18, TT19 Điều 22:
   * docs/frameworks): where they stand in the text, for the message that
   * says so. Absent when the framework has none, or they are encoded.
   */
  requirementsNotEncoded?: string;
  /** The rule that turns an assessment into the level table and the school's level. */
  levelRule: (framework: Framework, assessment: Assessment) => LevelRuleResult;
  /** The same rule as data; absent: the next level is explained only by what-if. */
  levelRuleData?: LevelRuleData;
  /** Sentence on what the school's level means (chuẩn quốc gia). */
  describeSchoolLevel: (schoolLevel: number) => string;
  /**
   * Does every criterion below its highest level need an improvement row?
   * TT17: yes. TT57: no, plans focus on priorities; then only mandatory
   * criteria below Mức 1 are flagged (as warnings).
   */
  everyCriterionNeedsAction: boolean;
  /** Allowed values of the `progress` column, if the framework has one. */
  progressValues: string[];
  /** Tabs beyond the standards and the requirements (TT57: `Vấn đề trọng tâm`, `Theo dõi`). */
  extraTables: ExtraTable[];
  /** The parts of the plan document: page, sections, tables. */
  document: DocumentSpec;
  /** When the framework is chosen without being named; absent: only when `Khung đánh giá` names it. */
  scope?: FrameworkScope;
}

/**
 * A free-form table tab. Its header row is the first row (among the first
 * 5) holding the `anchor` column's header.
 * Keys read by validation: `standard` (a standard number of the
 * framework), `criteria` (a list of criterion codes of that standard),
 * and the `requiredRows` key, whose listed values must each have a row.
 */
export interface ExtraTable {
  tabName: string;
  anchorKey: ColumnKey;
  columns: ColumnSpec[];
  /** Rows setup pre-fills and validation requires, by the value of one column. */
  requiredRows: { key: ColumnKey; values: string[] } | null;
}

/** Every criterion of a framework, in order. */
export function allCriteria(framework: Framework): Criterion[] {
  return framework.standards.flatMap((standard) => standard.criteria);
}

export function findCriterion(framework: Framework, code: string): Criterion | undefined {
  return allCriteria(framework).find((criterion) => criterion.code === code);
}

export function standardTabName(framework: Framework, standard: number): string {
  return `${framework.standardTabPrefix} ${standard}`;
}
