/**
 * Which reader a file needs, by its bytes first and its name second: a zip
 * is a .docx, an OLE compound file is a protected (or old) Word file, JSON
 * is a Docs API document, anything else with `<` is HTML. Node and tests
 * only: never part of build/Code.js.
 */
import type { DocumentContent } from '../domain/import/content';
import { isDocsDocument, readDocsDocument } from './docs-json';
import { isOleFile, isZipFile, readDocx } from './docx';
import { UnreadableDocumentError } from './errors';
import { readHtml } from './html';

export { UnreadableDocumentError } from './errors';

/** The content of a plan file. `decodeText` turns bytes into text (strict UTF-8 in the CLI). */
export function readPlanDocument(bytes: Uint8Array, name: string, decodeText: (bytes: Uint8Array) => string): DocumentContent {
  const lower = name.toLowerCase();
  if (isZipFile(bytes) || isOleFile(bytes) || lower.endsWith('.docx')) return readDocx(bytes);
  if (lower.endsWith('.doc')) throw new UnreadableDocumentError('Tệp .doc (Word 97–2003) chưa đọc được: hãy mở trong Word và lưu thành .docx, rồi nhập lại.');
  const text = decodeText(bytes);
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (lower.endsWith('.json') || start.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(start);
    } catch (cause) {
      throw new UnreadableDocumentError(`Tệp JSON không hợp lệ (${(cause as Error).message}).`);
    }
    if (typeof data === 'object' && data !== null && 'sheets' in data) {
      throw new UnreadableDocumentError(
        'Tệp này đã là bảng tính kế hoạch (.json có "sheets"), không cần nhập: hãy dùng trực tiếp với validate, summary hoặc render.',
      );
    }
    if (!isDocsDocument(data))
      throw new UnreadableDocumentError('Tệp JSON không phải văn bản Google Docs (thiếu "body.content"): hãy dùng tệp do documents.get trả về.');
    return readDocsDocument(data);
  }
  if (lower.endsWith('.html') || lower.endsWith('.htm') || start.startsWith('<')) return readHtml(start);
  throw new UnreadableDocumentError('Không nhận ra loại tệp: chỉ nhập được .docx, .html hoặc .json của Google Docs (documents.get).');
}
