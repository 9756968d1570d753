/**
 * A Google Docs API document (what `documents.get` returns) → DocumentContent.
 * Reference: https://developers.google.com/docs/api/reference/rest/v1/documents
 * (Body.content: StructuralElement = paragraph | table | sectionBreak |
 * tableOfContents; Paragraph.elements[].textRun.content; Table.tableRows[]
 * .tableCells[].content; TableCellStyle.rowSpan / columnSpan, read-only).
 * A paragraph's text ends with `\n`; a line break typed with Shift+Enter is
 * `\u000b` inside it. Documents read with `includeTabsContent` hold their
 * bodies under `tabs[].documentTab.body`; both shapes are read.
 *
 * Unknown (not stated in the reference): whether the cells a merge covers
 * are still listed in `tableCells`. Both are handled: when a row lists as
 * many cells as the table has columns, the covered positions are skipped;
 * otherwise every listed cell is a real one. docs/import.md says so.
 */
import type { ContentBlock, ContentCell, DocumentContent } from '../domain/import/content';
import { UnreadableDocumentError } from './errors';

interface DocsParagraph {
  elements?: { textRun?: { content?: string } }[];
}
interface DocsCell {
  content?: DocsElement[];
  tableCellStyle?: { rowSpan?: number; columnSpan?: number };
}
interface DocsTable {
  columns?: number;
  tableRows?: { tableCells?: DocsCell[] }[];
}
interface DocsElement {
  paragraph?: DocsParagraph;
  table?: DocsTable;
  tableOfContents?: { content?: DocsElement[] };
}
interface DocsBody {
  content?: DocsElement[];
}
interface DocsTab {
  documentTab?: { body?: DocsBody };
  childTabs?: DocsTab[];
}

/** Does parsed JSON look like a Docs API document (rather than a workbook)? */
export function isDocsDocument(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as { body?: DocsBody; tabs?: DocsTab[]; documentId?: unknown };
  return Array.isArray(record.body?.content) || Array.isArray(record.tabs);
}

function paragraphText(paragraph: DocsParagraph): string {
  const text = (paragraph.elements ?? []).map((element) => element.textRun?.content ?? '').join('');
  return text.replace(/\n$/, '').replace(/\u000b/g, '\n');
}

function cellParagraphs(elements: DocsElement[]): string[] {
  const out: string[] = [];
  for (const element of elements) {
    if (element.paragraph) out.push(paragraphText(element.paragraph));
    else if (element.table)
      for (const row of element.table.tableRows ?? []) for (const cell of row.tableCells ?? []) out.push(...cellParagraphs(cell.content ?? []));
  }
  return out;
}

function span(value: number | undefined): number {
  return typeof value === 'number' && value >= 1 ? Math.floor(value) : 1;
}

function readTable(table: DocsTable): ContentBlock {
  const columns = table.columns ?? 0;
  const covered = new Set<string>();
  const rows: ContentCell[][] = [];
  (table.tableRows ?? []).forEach((row, r) => {
    const listed = row.tableCells ?? [];
    const listsCovered = columns > 0 && listed.length === columns;
    const cells: ContentCell[] = [];
    let col = 0;
    for (const cell of listed) {
      if (listsCovered && covered.has(`${r}:${col}`)) {
        col += 1;
        continue;
      }
      while (!listsCovered && covered.has(`${r}:${col}`)) col += 1;
      const rowSpan = span(cell.tableCellStyle?.rowSpan);
      const colSpan = span(cell.tableCellStyle?.columnSpan);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) if (dr > 0 || dc > 0) covered.add(`${r + dr}:${col + dc}`);
      cells.push({ paragraphs: cellParagraphs(cell.content ?? []), rowSpan, colSpan });
      col += 1;
      if (!listsCovered) col += colSpan - 1;
    }
    rows.push(cells);
  });
  return { type: 'table', rows };
}

function readElements(elements: DocsElement[], blocks: ContentBlock[]): void {
  for (const element of elements) {
    if (element.paragraph) blocks.push({ type: 'paragraph', text: paragraphText(element.paragraph) });
    else if (element.table) blocks.push(readTable(element.table));
    else if (element.tableOfContents) readElements(element.tableOfContents.content ?? [], blocks);
  }
}

function tabBodies(tabs: DocsTab[]): DocsBody[] {
  return tabs.flatMap((tab) => [...(tab.documentTab?.body ? [tab.documentTab.body] : []), ...tabBodies(tab.childTabs ?? [])]);
}

/** The content of a parsed Docs API document. */
export function readDocsDocument(data: unknown): DocumentContent {
  if (!isDocsDocument(data))
    throw new UnreadableDocumentError('Tệp JSON không phải văn bản Google Docs (thiếu "body.content"): hãy dùng tệp do documents.get trả về.');
  const record = data as { body?: DocsBody; tabs?: DocsTab[] };
  const bodies = Array.isArray(record.body?.content) ? [record.body as DocsBody] : tabBodies(record.tabs ?? []);
  const blocks: ContentBlock[] = [];
  for (const body of bodies) readElements(body.content ?? [], blocks);
  return { blocks };
}
