/**
 * The plans of docx-plans.ts as the Google Docs API's `documents.get` would
 * return them once converted to a Google Doc (Body.content of paragraphs
 * and tables; merged cells carry TableCellStyle.rowSpan / columnSpan). Whether
 * the cells a merge covers are listed is not documented, so both shapes
 * are made: `listCovered` lists them empty, as placeholders.
 */
import type { FixtureCell, PlanFixture } from '../../fixtures/docx-plans';

interface DocsCell {
  content: unknown[];
  tableCellStyle: { rowSpan: number; columnSpan: number };
}

function paragraph(text: string): unknown {
  return { paragraph: { elements: [{ textRun: { content: `${text}\n` } }] } };
}

function linesOf(cell: FixtureCell): string[] {
  if (typeof cell === 'string') return [cell];
  if (Array.isArray(cell)) return cell;
  if (cell.merge === 'continue' || cell.text === undefined) return [''];
  return Array.isArray(cell.text) ? cell.text : [cell.text];
}

function spanOf(cell: FixtureCell): number {
  return typeof cell === 'object' && !Array.isArray(cell) ? (cell.span ?? 1) : 1;
}

function mergeOf(cell: FixtureCell | undefined): 'restart' | 'continue' | undefined {
  return cell && typeof cell === 'object' && !Array.isArray(cell) ? cell.merge : undefined;
}

/** Grid column of each cell of a row. */
function columnsOf(row: FixtureCell[]): number[] {
  let col = 0;
  return row.map((cell) => {
    const start = col;
    col += spanOf(cell);
    return start;
  });
}

function table(rows: FixtureCell[][], listCovered: boolean): unknown {
  const width = Math.max(...rows.map((row) => row.reduce((sum, cell) => sum + spanOf(cell), 0)));
  const at = (r: number, col: number) => {
    const cols = columnsOf(rows[r] ?? []);
    const index = cols.indexOf(col);
    return index >= 0 ? rows[r][index] : undefined;
  };
  const tableRows = rows.map((row, r) => {
    const cols = columnsOf(row);
    const cells: DocsCell[] = [];
    row.forEach((cell, index) => {
      const covered = mergeOf(cell) === 'continue';
      if (covered && !listCovered) return;
      let rowSpan = 1;
      if (mergeOf(cell) === 'restart') while (mergeOf(at(r + rowSpan, cols[index])) === 'continue') rowSpan++;
      cells.push({ content: (covered ? [''] : linesOf(cell)).map(paragraph), tableCellStyle: { rowSpan, columnSpan: covered ? 1 : spanOf(cell) } });
      // Docs lists a placeholder for each column a horizontal merge covers.
      if (listCovered)
        for (let extra = 1; extra < spanOf(cell); extra++) cells.push({ content: [paragraph('')], tableCellStyle: { rowSpan: 1, columnSpan: 1 } });
    });
    return { tableCells: cells };
  });
  return { table: { rows: rows.length, columns: width, tableRows } };
}

export function docsDocumentOf(plan: PlanFixture, listCovered: boolean): unknown {
  return {
    documentId: `doc-${plan.name}`,
    title: plan.name,
    body: { content: [{ sectionBreak: {} }, ...plan.blocks.map((block) => (typeof block === 'string' ? paragraph(block) : table(block.rows, listCovered)))] },
  };
}
