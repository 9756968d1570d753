/**
 * A Word .docx → DocumentContent. A .docx is a zip (fflate) holding
 * word/document.xml (fast-xml-parser, order preserved): the body's `w:p`
 * paragraphs and `w:tbl` tables in reading order. Merges follow ECMA-376
 * Part 1, §17.4: `w:gridSpan` (a cell spanning grid columns) and `w:vMerge`
 * (`restart` opens a vertical merge, no value continues it), turned into the
 * rowSpan of the cell that opens it. Runs: `w:t` text, `w:tab` a space,
 * `w:br`/`w:cr` a line break; deleted text (`w:del`) and field codes
 * (`w:instrText`) are not text. Kept out of build/Code.js: only the CLI
 * and tests import it.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { ContentBlock, ContentCell, DocumentContent } from '../domain/import/content';
import { UnreadableDocumentError } from './errors';

type XmlNode = Record<string, unknown>;

/** An OLE compound file: how Word stores a password-protected .docx (and an old .doc). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A 100-page plan's document.xml is a few MB; 64 MB is the CLI's limit for any input. */
const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

export function isOleFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_MAGIC);
}

export function isZipFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}

function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

function children(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  return attributes?.[`@_${name}`];
}

function child(node: XmlNode, tag: string): XmlNode | undefined {
  return children(node).find((candidate) => tagOf(candidate) === tag);
}

/** Wrappers whose content is read as if it stood in their place. */
const TRANSPARENT = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:customXml', 'w:sdtContent', 'w:dir', 'w:bdo']);

/** The text fast-xml-parser gives for `#text`: a string, or a number when the text looks like one (`2024`). */
function textValue(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function runText(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:t')
      text += children(node)
        .map((part) => textValue(part['#text']))
        .join('');
    else if (tag === 'w:tab' || tag === 'w:ptab') text += ' ';
    else if (tag === 'w:br' || tag === 'w:cr') text += '\n';
    else if (tag === 'w:noBreakHyphen') text += '-';
    else if (tag === 'w:softHyphen') text += '';
    else if (tag === 'w:r' || tag === 'w:sdt' || TRANSPARENT.has(tag)) text += runText(children(node));
  }
  return text;
}

function paragraphText(paragraph: XmlNode): string {
  return runText(children(paragraph).filter((node) => tagOf(node) !== 'w:pPr'));
}

/** Content of a cell: its paragraphs, nested tables read as their paragraphs. */
function cellParagraphs(nodes: XmlNode[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p') out.push(...paragraphText(node).split('\n'));
    else if (tag === 'w:tbl') for (const row of children(node)) for (const cell of children(row)) out.push(...cellParagraphs(children(cell)));
    else if (tag === 'w:sdt' || TRANSPARENT.has(tag)) out.push(...cellParagraphs(children(node)));
  }
  return out;
}

function rowCells(row: XmlNode): XmlNode[] {
  const cells: XmlNode[] = [];
  for (const node of children(row)) {
    const tag = tagOf(node);
    if (tag === 'w:tc') cells.push(node);
    else if (tag === 'w:sdt' || tag === 'w:customXml')
      for (const inner of children(child(node, 'w:sdtContent') ?? node)) if (tagOf(inner) === 'w:tc') cells.push(inner);
  }
  return cells;
}

function readTable(table: XmlNode): ContentBlock {
  const rows: ContentCell[][] = [];
  /** Grid column → the cell a vertical merge there started from. */
  const open = new Map<number, ContentCell>();
  for (const row of children(table).filter((node) => tagOf(node) === 'w:tr')) {
    const cells: ContentCell[] = [];
    const before = child(row, 'w:trPr');
    let col = Number(attribute(child(before ?? {}, 'w:gridBefore') ?? {}, 'w:val') ?? 0) || 0;
    for (const cell of rowCells(row)) {
      const properties = child(cell, 'w:tcPr');
      const span = Math.max(1, Number(attribute(child(properties ?? {}, 'w:gridSpan') ?? {}, 'w:val') ?? 1) || 1);
      const vMerge = properties ? child(properties, 'w:vMerge') : undefined;
      const mergeValue = vMerge ? (attribute(vMerge, 'w:val') ?? 'continue') : null;
      const origin = open.get(col);
      if (mergeValue === 'continue' && origin) {
        origin.rowSpan += 1;
      } else {
        const content: ContentCell = { paragraphs: cellParagraphs(children(cell).filter((node) => tagOf(node) !== 'w:tcPr')), colSpan: span, rowSpan: 1 };
        cells.push(content);
        if (mergeValue === 'restart') open.set(col, content);
        else open.delete(col);
      }
      col += span;
    }
    rows.push(cells);
  }
  return { type: 'table', rows };
}

function readBody(nodes: XmlNode[], blocks: ContentBlock[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p') blocks.push({ type: 'paragraph', text: paragraphText(node) });
    else if (tag === 'w:tbl') blocks.push(readTable(node));
    else if (tag === 'w:sdt' || TRANSPARENT.has(tag)) readBody(children(node), blocks);
  }
}

/** The content of a .docx file's bytes; throws UnreadableDocumentError with the reason. */
export function readDocx(bytes: Uint8Array): DocumentContent {
  if (isOleFile(bytes)) {
    throw new UnreadableDocumentError(
      'Tệp được bảo vệ bằng mật khẩu (hoặc là tệp .doc cũ): hãy mở trong Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) hoặc lưu thành .docx, rồi nhập lại.',
    );
  }
  if (!isZipFile(bytes))
    throw new UnreadableDocumentError('Tệp không phải .docx hợp lệ (không phải tệp nén của Word): hãy mở trong Word và lưu lại dưới dạng .docx.');
  let xml: string;
  let tooLarge = false;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'word/document.xml') return false;
        // A zip bomb announces its size: refuse before inflating it.
        tooLarge = file.originalSize > MAX_DOCUMENT_XML_BYTES;
        return !tooLarge;
      },
    });
    const documentXml = files['word/document.xml'];
    if (!documentXml) throw new Error('no document.xml');
    xml = strFromU8(documentXml);
  } catch {
    if (tooLarge) throw new UnreadableDocumentError('Nội dung tệp .docx lớn hơn 64 MB khi giải nén, quá sức một bản kế hoạch: hãy kiểm tra lại đúng tệp chưa.');
    throw new UnreadableDocumentError('Tệp .docx bị hỏng hoặc thiếu phần nội dung (word/document.xml): hãy mở trong Word và lưu lại.');
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
  });
  let tree: XmlNode[];
  try {
    tree = parser.parse(xml) as XmlNode[];
  } catch {
    throw new UnreadableDocumentError('Nội dung tệp .docx không đọc được (XML lỗi): hãy mở trong Word và lưu lại.');
  }
  const document = tree.find((node) => tagOf(node) === 'w:document');
  const body = document ? child(document, 'w:body') : undefined;
  if (!body) throw new UnreadableDocumentError('Tệp .docx không có phần thân văn bản: hãy mở trong Word và lưu lại.');
  const blocks: ContentBlock[] = [];
  readBody(children(body), blocks);
  return { blocks };
}
