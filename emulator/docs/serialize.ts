/**
 * The in-memory document as the Docs API returns it (Docs.Documents.get):
 * structural elements with startIndex/endIndex, text runs, styles.
 * Merged-away table cells are reported with rowSpan and columnSpan 0.
 */
import type { docs_v1 } from '@googleapis/docs';
import { BODY_START, type DocModel, type Element } from './model';

type Schema = docs_v1.Schema$StructuralElement;

function content(elements: Element[], base: number): Schema[] {
  const out: Schema[] = [];
  let position = base;
  for (const element of elements) {
    const start = position;
    const end = position + element.len;
    if (element.kind === 'paragraph') {
      let runStart = start;
      out.push({
        startIndex: start,
        endIndex: end,
        paragraph: {
          elements: element.runs.map((run) => {
            const item = { startIndex: runStart, endIndex: runStart + run.text.length, textRun: { content: run.text, textStyle: structuredClone(run.style) } };
            runStart += run.text.length;
            return item;
          }),
          paragraphStyle: structuredClone(element.style),
          ...(element.bullet ? { bullet: structuredClone(element.bullet) } : {}),
        },
      });
    } else {
      let rowStart = start + 1;
      out.push({
        startIndex: start,
        endIndex: end,
        table: {
          rows: element.rows.length,
          columns: element.columns,
          tableStyle: { tableColumnProperties: structuredClone(element.columnProps) },
          tableRows: element.rows.map((row, rowIndex) => {
            let cellStart = rowStart + 1;
            const tableRow = {
              startIndex: rowStart,
              endIndex: rowStart + row.len,
              tableRowStyle: { ...structuredClone(row.style), tableHeader: rowIndex < element.pinnedHeaderRows },
              tableCells: row.cells.map((cell) => {
                const item = {
                  startIndex: cellStart,
                  endIndex: cellStart + cell.len,
                  content: content(cell.content, cellStart + 1),
                  tableCellStyle: structuredClone(cell.style),
                };
                cellStart += cell.len;
                return item;
              }),
            };
            rowStart += row.len;
            return tableRow;
          }),
        },
      });
    }
    position = end;
  }
  return out;
}

/** The Schema$Document of a model (plain host objects). */
export function serialize(doc: DocModel): docs_v1.Schema$Document {
  const headers: Record<string, docs_v1.Schema$Header> = {};
  for (const [headerId, elements] of doc.headers) headers[headerId] = { headerId, content: content(elements, 0) };
  return {
    documentId: doc.id,
    title: doc.title,
    revisionId: `rev-${doc.revision}`,
    body: { content: [{ endIndex: BODY_START, sectionBreak: { sectionStyle: { columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT' } } }, ...content(doc.body, BODY_START)] },
    documentStyle: structuredClone(doc.documentStyle),
    headers,
  };
}
