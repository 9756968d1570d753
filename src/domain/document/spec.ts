/**
 * How a framework's plan document is laid out: DATA that each framework's
 * data file fills in (tt17-document.ts, tt57-document.ts). The builder
 * (build.ts) reads only these fields and never branches on a framework's
 * name: a new framework is a new DocumentSpec, not new code.
 */
import type { ColumnKey } from '../frameworks/column-keys';

/** A free-text section of the plan that the school may replace in `Nội dung văn bản`. */
export interface DocumentSectionDefault {
  /** Heading as printed, e.g. `I. MỤC ĐÍCH, YÊU CẦU`; also the key in `Nội dung văn bản`. */
  heading: string;
  /**
   * Default paragraphs, one string a paragraph. A line starting `- ` is a
   * list item, `1. ` a sub-heading (bold), `a) ` an item. `{Tên trường}`,
   * `{Năm học}` and the other `Thông tin chung` labels in braces are
   * replaced by the plan's values when the document is built.
   */
  text: string[];
}

/** Where a table column's text comes from. */
export type ColumnSource =
  /** The row's number in its group (1, 2, 3…). */
  | { kind: 'number' }
  /** The criterion: `Tiêu chí 1.1: <name>` (or the requirement's text). */
  | { kind: 'criterion' }
  /**
   * Workbook columns by key, each row's value a line (continuation rows
   * add lines). `money`: a plain number becomes `10.000.000 đồng`.
   * `leadWithCriterion`: the first line names the criterion (`Tiêu chí 1.3:`),
   * for tables without a criterion column (TT57 Biểu 2). `standard`: a
   * bare number names a standard (`1` → `Tiêu chuẩn 1`).
   */
  | { kind: 'field'; keys: ColumnKey[]; money?: boolean; leadWithCriterion?: boolean; standard?: boolean; levelNote?: LevelNote };

/**
 * An italic first line comparing the `currentLevel` and `targetLevel`
 * columns (`Từ Mức 2 lên Mức 3`), `{current}` and `{target}` replaced:
 * `change` when they differ, `same` when equal, `current` when no target.
 */
export interface LevelNote {
  change: string;
  same: string;
  current: string;
}

export interface DocumentColumn {
  header: string;
  /** Relative width (mm on the page the data was drawn for); scaled to the text width. */
  width: number;
  source: ColumnSource;
  align?: 'left' | 'center';
  /** Optional content (`Ghi chú`): when empty in the whole plan the column shrinks to its heading. */
  shrinkWhenEmpty?: boolean;
  /** Gets the room the shrunk columns give (`Chủ trì và phối hợp`, whose names and slashes need it). */
  growInto?: boolean;
}

/** The plan table: criteria grouped by standard (and by level group), one row a criterion. */
export interface PlanTableSpec {
  columns: DocumentColumn[];
  /** A second header row `(1)`, `(2)`… under the headings (Biểu 2). */
  numberedHeadings: boolean;
  /** A merged row above the standards, e.g. `MỨC 1, 2, 3`; null: none. */
  criteriaGroupLabel: string | null;
  /** Merged row per standard: `{number}`, `{name}` replaced. */
  standardLabel: string;
  /**
   * `all`: every criterion on the tabs; `withContent`: only criteria with
   * improvement work (the results section lists every criterion anyway).
   * The school may ask for all in `Nội dung văn bản` (INCLUDE_ALL_OPTION).
   */
  include: 'all' | 'withContent';
  /** A standard with no row: a merged note row with this text, or omitted (null). */
  emptyStandardNote: string | null;
  /**
   * The framework's requirement tab (TT17 Mức 4) as a last group under this
   * merged label; null: no such group.
   */
  requirementGroupLabel: string | null;
  /** How the criterion column names a criterion: `{code}`, `{name}` replaced. */
  criterionLabel: string;
  /** How it names a requirement: `{number}`, `{text}` replaced. */
  requirementLabel: string;
}

/** A table filled from one of the framework's extra tabs (TT57 `Vấn đề trọng tâm`, `Theo dõi`). */
export interface ExtraTableSpec {
  tabName: string;
  columns: DocumentColumn[];
  /** Blank rows printed when the tab has none (a form to fill by hand). */
  blankRows: number;
}

/** One part of a section, in order. */
export type SectionPart =
  /** The section's free text: its default, or the school's text from `Nội dung văn bản`. */
  | { kind: 'text'; text: string[] }
  /** The self-assessment result: `intro`, then the level summary sentences as computed by the core. */
  | { kind: 'levelSummary'; intro: string }
  /** Criteria below each level, from the summary: `intro`, then `- <label>: 1.3, 2.1`. */
  | { kind: 'notMet'; intro: string; levelLabel: string; requirementLabel: string; none: string }
  /** Budget from the summary: total, then one line a standard with money. */
  | { kind: 'budget'; intro: string; lineLabel: string }
  | { kind: 'planTable'; table: PlanTableSpec }
  | { kind: 'extraTable'; table: ExtraTableSpec }
  /** A fixed paragraph (italic), e.g. the note under a table. */
  | { kind: 'note'; text: string };

export interface SectionSpec {
  /** Printed heading, e.g. `II. CĂN CỨ XÂY DỰNG KẾ HOẠCH`. */
  heading: string;
  parts: SectionPart[];
}

export interface DocumentSpec {
  orientation: 'portrait' | 'landscape';
  /** Trích yếu under `KẾ HOẠCH`; `{Năm học}` becomes `2024 - 2025`. */
  subject: string;
  /** Drive file name; `{Năm học}` becomes `2024-2025`, `{Tên trường}` the school. */
  fileName: string;
  /** Signer's title above the name. */
  signerTitle: string;
  /** Body sections, in order. */
  sections: SectionSpec[];
  /**
   * Sections whose text the school may replace, in document order: the
   * `text` parts of `sections` (setup pre-fills `Nội dung văn bản` with them).
   */
  textSections: DocumentSectionDefault[];
}

/** The replaceable text of each section (the `text` parts), for `DocumentSpec.textSections`. */
export function textSectionsOf(sections: SectionSpec[]): DocumentSectionDefault[] {
  const out: DocumentSectionDefault[] = [];
  for (const section of sections) {
    for (const part of section.parts) {
      if (part.kind === 'text') out.push({ heading: section.heading, text: part.text });
    }
  }
  return out;
}
