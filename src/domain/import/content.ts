/**
 * A document's content as the import reads it: paragraphs and tables in
 * reading order, nothing else (no styles, no pages). All three readers
 * (.docx, Google Docs API JSON, .html) produce this, so the mapper never
 * knows where a plan came from; the add-on can later feed it what
 * `Docs.Documents.get` returns.
 */

export interface ContentParagraph {
  type: 'paragraph';
  text: string;
}

/**
 * A table cell as its document stores it: its paragraphs, and how many grid
 * columns and rows it covers. Cells a merge covers are NOT listed (the HTML
 * convention): a reader turns Word's `vMerge` continuations and Docs'
 * covered cells into the `rowSpan` of the cell above.
 */
export interface ContentCell {
  paragraphs: string[];
  colSpan: number;
  rowSpan: number;
}

export interface ContentTable {
  type: 'table';
  rows: ContentCell[][];
}

export type ContentBlock = ContentParagraph | ContentTable;

export interface DocumentContent {
  blocks: ContentBlock[];
}

/** One position of a table's grid: the text of the cell covering it, and whether it is that cell's top-left corner. */
export interface GridCell {
  text: string;
  /** False where a merge from the left or from above covers the position. */
  origin: boolean;
  /** True where a merge from above covers it (a criterion merged down over its action rows). */
  fromAbove: boolean;
}

/** Wider than any plan table (Biểu 2 has 10 columns, plus the extra ones schools add). */
const MAX_COLUMNS = 64;

function clampSpan(span: number): number {
  return Number.isFinite(span) && span >= 1 ? Math.floor(span) : 1;
}

/**
 * The table laid out on its grid: each row as wide as the widest, each
 * merged cell's text at its top-left position and blank (not origin) at
 * the positions it covers. Multi-paragraph cells keep their paragraphs as
 * lines.
 */
export function tableGrid(table: ContentTable): GridCell[][] {
  const grid: GridCell[][] = [];
  const covered = (row: number, col: number) => grid[row]?.[col] !== undefined;
  table.rows.forEach((cells, row) => {
    grid[row] ??= [];
    let col = 0;
    for (const cell of cells) {
      while (covered(row, col)) col++;
      if (col >= MAX_COLUMNS) break;
      const text = cleanLines(cell.paragraphs);
      // A span from a damaged file (gridSpan="100000") must not blow the grid up: no plan table is that wide.
      const rowSpan = clampSpan(cell.rowSpan);
      const colSpan = Math.min(clampSpan(cell.colSpan), MAX_COLUMNS - col);
      for (let r = 0; r < rowSpan && row + r < table.rows.length; r++) {
        grid[row + r] ??= [];
        for (let c = 0; c < colSpan; c++) {
          grid[row + r][col + c] = { text: r === 0 && c === 0 ? text : '', origin: r === 0 && c === 0, fromAbove: r > 0 };
        }
      }
      col += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, col) => row[col] ?? { text: '', origin: true, fromAbove: false }));
}

/** Paragraphs → one cell text: lines trimmed, blank lines dropped (Word cells often end with an empty paragraph). */
export function cleanLines(paragraphs: string[]): string {
  return paragraphs
    .flatMap((paragraph) => paragraph.split('\n'))
    .map((line) =>
      line
        .replace(/[\t\u00a0\u2007\u202f]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** Every paragraph in reading order, table cells row by row (for the header, title and signature lines). */
export function allLines(content: DocumentContent): string[] {
  const lines: string[] = [];
  for (const block of content.blocks) {
    if (block.type === 'paragraph') lines.push(...splitLines(block.text));
    else for (const row of block.rows) for (const cell of row) for (const paragraph of cell.paragraphs) lines.push(...splitLines(paragraph));
  }
  return lines;
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\t\u00a0\u2007\u202f]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}
