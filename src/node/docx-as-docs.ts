/**
 * What Drive's .docx → Google Doc conversion is taken to produce, for the
 * emulator (EmulatorOptions.convertDocx) in the tests and the preview: the
 * offline reader's DocumentContent written back as the JSON `documents.get`
 * returns (Body.content of paragraphs and tables; a merged cell carries
 * TableCellStyle.rowSpan / columnSpan, the cells it covers not listed).
 * Reference: https://developers.google.com/docs/api/reference/rest/v1/documents.
 * Google's own conversion of Word's vMerge is unverified (docs/import.md).
 */
import type { ContentBlock, DocumentContent } from '../domain/import';
import { readDocx } from '../import-readers/docx';

function paragraph(text: string): object {
  return { paragraph: { elements: [{ textRun: { content: `${text}\n` } }] } };
}

function block(item: ContentBlock): object {
  if (item.type === 'paragraph') return paragraph(item.text);
  const columns = Math.max(0, ...item.rows.map((row) => row.reduce((sum, cell) => sum + cell.colSpan, 0)));
  return {
    table: {
      rows: item.rows.length,
      columns,
      tableRows: item.rows.map((row) => ({
        tableCells: row.map((cell) => ({
          content: (cell.paragraphs.length > 0 ? cell.paragraphs : ['']).map(paragraph),
          tableCellStyle: { rowSpan: cell.rowSpan, columnSpan: cell.colSpan },
        })),
      })),
    },
  };
}

export function docsDocumentOfContent(content: DocumentContent, title: string): object {
  return { documentId: 'converted', title, body: { content: [{ sectionBreak: {} }, ...content.blocks.map(block)] } };
}

/** The converter the emulator is given: .docx bytes → the Docs API document. */
export function docxAsDocsDocument(bytes: Uint8Array): object {
  return docsDocumentOfContent(readDocx(bytes), 'converted');
}
