/**
 * Text as the Docs API will store it, computed before any index is.
 *
 * InsertTextRequest.text (Docs API reference,
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest):
 * "Certain control characters (U+0000-U+0008, U+000C-U+001F) and characters
 * from the Unicode Basic Multilingual Plane Private Use Area (U+E000-U+F8FF)
 * will be stripped out of the inserted text."
 * Google removes them silently, so the text in the Doc is shorter than the
 * text sent and every index computed from the text sent after it is off:
 * in a one-batch document the tables and styles land in the wrong place.
 * Private Use characters are what Word's Symbol and Wingdings bullets
 * (U+F0A7, U+F0B7…) become when a list is pasted into a cell.
 *
 * Tab (U+0009), newline (U+000A) and U+000B (the Docs line break) are kept,
 * as Google keeps them. U+000D is in the stripped range: a lone `\r` does not
 * break a line in the Doc.
 *
 * Lone surrogates (half of a character outside the BMP, left by cutting text
 * in the middle of an emoji): they cannot be encoded in the UTF-8 request,
 * and what Google does with them is not documented. Each becomes U+FFFD (�),
 * one UTF-16 unit like the half it replaces: the indices stay right whatever
 * the transport does, and the reader sees that something was there.
 */
import type { Block, Paragraph, PlanDocument } from '../../domain/document/model';

const STRIPPED_BY_DOCS = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text the Doc will hold once inserted. */
export function docsText(text: string): string {
  return text.replace(STRIPPED_BY_DOCS, '').replace(LONE_SURROGATE, '\ufffd');
}

function cleanParagraph(paragraph: Paragraph): Paragraph {
  return { ...paragraph, runs: paragraph.runs.map((run) => ({ ...run, text: docsText(run.text) })) };
}

function cleanBlock(block: Block): Block {
  if (block.type === 'paragraph') return cleanParagraph(block);
  return {
    ...block,
    rows: block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, paragraphs: cell.paragraphs.map(cleanParagraph) })) })),
  };
}

/** The document with every run's text as the Doc will hold it. */
export function cleanForDocs(document: PlanDocument): PlanDocument {
  return { ...document, blocks: document.blocks.map(cleanBlock) };
}
