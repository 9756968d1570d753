/**
 * Which workbook column a document table's heading names. The headings are
 * matched with the spec's own aliases (the framework's ColumnSpec lists),
 * made comparable the way the validator compares headers (headerKey: case,
 * spacing, line breaks inside the cell, punctuation, a trailing `(2)`), and
 * also without diacritics, since Word plans are sometimes typed without an
 * input method. The plan document's own column headings (DocumentSpec)
 * count too, so a plan this add-on printed reads back.
 */
import type { DocumentColumn } from '../document/spec';
import type { ColumnSpec, Framework } from '../frameworks/types';
import { foldLine } from '../parse/fold';
import { headerKey } from '../workbook/table';

/** Header text made comparable, diacritics removed on top of headerKey. */
export function headingKey(text: string): string {
  return foldLine(headerKey(text));
}

export interface HeadingMatcher {
  /** The column key a heading names, or null. */
  keyOf(heading: string): string | null;
}

/** The key a document column fills: its workbook field, `tt` for the number column, `criterion` for the criterion column. */
function documentColumnKey(column: DocumentColumn): string | null {
  const source = column.source;
  if (source.kind === 'number') return 'tt';
  if (source.kind === 'criterion') return 'criterion';
  return source.keys[0] ?? null;
}

/** A matcher over workbook columns plus the printed document's headings for them. */
export function headingMatcher(specs: ColumnSpec[], printed: DocumentColumn[] = []): HeadingMatcher {
  const byKey = new Map<string, string>();
  for (const spec of specs) {
    for (const name of [spec.header, ...spec.aliases]) {
      const key = headingKey(name);
      if (!byKey.has(key)) byKey.set(key, spec.key);
    }
  }
  for (const column of printed) {
    const key = documentColumnKey(column);
    const heading = headingKey(column.header);
    if (key !== null && specs.some((spec) => spec.key === key) && !byKey.has(heading)) byKey.set(heading, key);
  }
  return { keyOf: (heading) => byKey.get(headingKey(heading)) ?? null };
}

/** The printed plan table's columns of a framework (empty when its document has none). */
export function printedPlanColumns(framework: Framework): DocumentColumn[] {
  for (const section of framework.document.sections) {
    for (const part of section.parts) if (part.kind === 'planTable') return part.table.columns;
  }
  return [];
}

/** The printed columns of one of a framework's extra tables (`Vấn đề trọng tâm`, `Theo dõi`). */
export function printedExtraColumns(framework: Framework, tabName: string): DocumentColumn[] {
  for (const section of framework.document.sections) {
    for (const part of section.parts) if (part.kind === 'extraTable' && part.table.tabName === tabName) return part.table.columns;
  }
  return [];
}
