/**
 * The Google Doc, through the Advanced Docs service (`Docs`, API v1) — not
 * DocumentApp, whose `documents` scope is sensitive: with the advanced
 * service, the add-on works on the Docs it created under `drive.file`
 * alone. A whole document is written with one Docs.Documents.batchUpdate
 * (requests.ts): the number of service calls does not grow with the plan.
 */
import type { PlanDocument } from '../../domain/document/model';
import { UserError } from '../../domain/user-error';
import { isGone } from '../drive';
import { buildRequests } from './requests';
import type { DocsBatchUpdate, DocsDocument, DocsRequest } from './schema';

function docs(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs) {
    throw new UserError('Tiện ích chưa bật dịch vụ Google Tài liệu (Docs API). Hãy báo cho người quản trị tiện ích.');
  }
  return Docs;
}

/** A new, empty Google Doc with this name; its id. */
export function createBlankDocument(title: string): string {
  const created = docs().Documents.create({ title });
  if (!created.documentId) throw new Error('Docs.Documents.create returned no documentId');
  return created.documentId;
}

/**
 * The end index of an existing Doc's body, or null when the Doc cannot be
 * opened (deleted for good, or no longer shared with the add-on).
 */
export function openDocument(documentId: string): { bodyEnd: number } | null {
  let document: GoogleAppsScript.Docs.Schema.Document;
  try {
    document = docs().Documents.get(documentId, { fields: 'body(content(endIndex))' });
  } catch (cause) {
    if (isGone(cause)) return null;
    throw cause;
  }
  const content = document.body?.content ?? [];
  const last = content[content.length - 1];
  return { bodyEnd: last?.endIndex ?? 2 };
}

export interface WriteReport {
  requests: number;
}

/** Replaces the Doc's body with the document (one batchUpdate call). */
export function writeDocument(documentId: string, document: PlanDocument, existingBodyEnd: number | null): WriteReport {
  const built = buildRequests(document, existingBodyEnd);
  const resource: DocsBatchUpdate = { requests: built.requests };
  docs().Documents.batchUpdate(resource as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId);
  return { requests: built.requests.length };
}

export function documentUrl(documentId: string): string {
  return `https://docs.google.com/document/d/${documentId}/edit`;
}

// ---------------------------------------------------------------- for the set-up check (Kiểm tra cài đặt)

/** A Doc just created, with the format the account gave it. */
export interface CreatedDocument {
  documentId: string;
  /** DocumentFormat.documentMode as created: 'PAGELESS' when the account makes new documents pageless; null when not reported. */
  documentMode: string | null;
}

export function createDocumentReportingMode(title: string): CreatedDocument {
  const created = docs().Documents.create({ title }) as DocsDocument;
  if (!created.documentId) throw new Error('Docs.Documents.create returned no documentId');
  return { documentId: created.documentId, documentMode: created.documentStyle?.documentFormat?.documentMode ?? null };
}

/** Sends a batch as built by buildRequests. */
export function applyRequests(documentId: string, requests: DocsRequest[]): void {
  const resource: DocsBatchUpdate = { requests };
  docs().Documents.batchUpdate(resource as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId);
}

/** What Docs.Documents.get reports of a Doc's page and text. */
export interface DocumentReadBack {
  documentMode: string | null;
  pageWidthPt: number | null;
  pageHeightPt: number | null;
  margins: { top: number | null; bottom: number | null; left: number | null; right: number | null };
  /** Paragraphs of the body outside tables, their text without the final newline. */
  paragraphs: string[];
  /** Font of the body's final paragraph (null: the Doc's default, Arial). */
  lastParagraphFont: string | null;
  tables: number;
}

export function readDocument(documentId: string): DocumentReadBack {
  const document = docs().Documents.get(documentId, { fields: 'documentStyle,body(content(paragraph(elements(textRun)),table(rows)))' }) as DocsDocument;
  const style = document.documentStyle ?? {};
  const size = (dimension: { magnitude?: number | null } | undefined) => dimension?.magnitude ?? null;
  const content = document.body?.content ?? [];
  const paragraphs = content.filter((element) => element.paragraph);
  const text = (element: (typeof content)[number]) =>
    (element.paragraph?.elements ?? [])
      .map((run) => run.textRun?.content ?? '')
      .join('')
      .replace(/\n$/, '');
  const last = paragraphs[paragraphs.length - 1];
  return {
    documentMode: style.documentFormat?.documentMode ?? null,
    pageWidthPt: size(style.pageSize?.width),
    pageHeightPt: size(style.pageSize?.height),
    margins: { top: size(style.marginTop), bottom: size(style.marginBottom), left: size(style.marginLeft), right: size(style.marginRight) },
    paragraphs: paragraphs.map(text),
    lastParagraphFont: last?.paragraph?.elements?.[0]?.textRun?.textStyle?.weightedFontFamily?.fontFamily ?? null,
    tables: content.filter((element) => element.table).length,
  };
}
