/**
 * The Google Doc, through the Advanced Docs service (`Docs`, API v1) — not
 * DocumentApp, whose `documents` scope is sensitive: with the advanced
 * service, the add-on works on the Docs it created under `drive.file`
 * alone. A whole document is written with one Docs.Documents.batchUpdate
 * (requests.ts): the number of service calls does not grow with the plan.
 */
import type { PlanDocument } from '../../domain/document/model';
import { UserError } from '../../server/errors';
import { isGone } from '../drive';
import { buildRequests } from './requests';
import type { DocsBatchUpdate } from './schema';

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
