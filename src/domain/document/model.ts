/**
 * The plan as a document: one tree of blocks with their text and styles,
 * built once (build.ts) and followed by every renderer (the Google Doc in
 * src/adapters/docs, the offline HTML in src/render/html.ts). Plain data,
 * no platform types; lengths in points (pt) unless the name says mm.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/** Character style of a run. Absent = regular. */
export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  sizePt: number;
}

/** A piece of text with one style; never holds a line break. */
export interface Run {
  text: string;
  style: RunStyle;
}

export interface ParagraphStyle {
  align: Align;
  /** Size of the paragraph's line break and of an empty paragraph. */
  sizePt: number;
  indentFirstLinePt: number;
  indentStartPt: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Line spacing in percent: 100 = single, 150 = 1.5 lines. */
  lineSpacing: number;
  /** Keep on the same page as the next paragraph (headings). */
  keepWithNext: boolean;
}

/** A paragraph; `rule` makes it a horizontal line of that width, centred (no text). */
export interface Paragraph {
  type: 'paragraph';
  runs: Run[];
  style: ParagraphStyle;
  rule?: { widthPt: number };
}

export interface TableCell {
  paragraphs: Paragraph[];
  /** Columns this cell spans (1 = its own column). Cells it covers are not listed. */
  colSpan: number;
}

export interface TableRow {
  /** `header`: repeated on every page; `group`: a merged heading row (Mức, Tiêu chuẩn). */
  kind: 'header' | 'group' | 'body';
  cells: TableCell[];
  /**
   * Never split across two pages: header and group rows, and rows of a few
   * lines. A taller row may continue on the next page under the repeated
   * header, as in real office plans, rather than leave a page half empty.
   */
  keepTogether: boolean;
}

export interface Table {
  type: 'table';
  /** What the table is, for renderers and tests: the layout tables have no borders. */
  role: 'header' | 'signature' | 'plan' | 'extra';
  /** Column widths; they add up to the text width. */
  columnsPt: number[];
  borders: boolean;
  /** Padding inside each cell. */
  cellPaddingPt: number;
  /** Leading rows of kind `header`, repeated on each page. */
  headerRows: number;
  rows: TableRow[];
}

export type Block = Paragraph | Table;

export interface PageSetup {
  /** A4: 210 × 297 mm, turned for landscape. */
  widthMm: number;
  heightMm: number;
  orientation: 'portrait' | 'landscape';
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
}

export interface PlanDocument {
  /** The Drive file name: `Kế hoạch cải tiến chất lượng năm học 2024-2025 - <Tên trường>`. */
  title: string;
  /** A draft (dự thảo): made while the plan still has errors; marked `DỰ THẢO` on page 1 and in the title. */
  draft: boolean;
  page: PageSetup;
  fontFamily: string;
  /** Body text size. */
  baseSizePt: number;
  blocks: Block[];
}

export const MM_TO_PT = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * MM_TO_PT;
}

/** Width available to text between the margins. */
export function textWidthPt(page: PageSetup): number {
  return mmToPt(page.widthMm - page.marginLeftMm - page.marginRightMm);
}

/** The paragraph's text, runs joined. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** Number of columns a row covers. */
export function rowSpan(row: TableRow): number {
  return row.cells.reduce((sum, cell) => sum + cell.colSpan, 0);
}

/** Every paragraph of the document in reading order (cells row by row), for tests and plain-text views. */
export function allParagraphs(document: PlanDocument): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of document.blocks) {
    if (block.type === 'paragraph') out.push(block);
    else for (const row of block.rows) for (const cell of row.cells) out.push(...cell.paragraphs);
  }
  return out;
}

/** The document as plain text, one paragraph a line, cells separated by ` | `. */
export function documentText(document: PlanDocument): string {
  const lines: string[] = [];
  for (const block of document.blocks) {
    if (block.type === 'paragraph') {
      if (!block.rule) lines.push(paragraphText(block));
      continue;
    }
    for (const row of block.rows) {
      lines.push(
        row.cells
          .map((cell) =>
            cell.paragraphs
              .filter((p) => !p.rule)
              .map(paragraphText)
              .join(' / '),
          )
          .join(' | '),
      );
    }
  }
  return lines.join('\n');
}
