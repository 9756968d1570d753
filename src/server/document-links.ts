/**
 * The links of the plan's Doc and PDF as the add-on last made them, from
 * the document store (no Drive call): what every server function shows in
 * its report. A module of its own so server functions never import each
 * other.
 */
import { documentUrl } from '../adapters/docs';
import { readStoredDocument, type StoredDocument } from '../adapters/document-store';
import { pdfUrl } from '../adapters/drive';
import type { DocumentLinks } from './api';
import { localTime } from './local-time';

export function linksOf(stored: StoredDocument): DocumentLinks {
  return {
    docId: stored.docId,
    docUrl: documentUrl(stored.docId),
    pdfUrl: stored.pdfId ? pdfUrl(stored.pdfId) : null,
    title: stored.title,
    updatedAt: stored.updatedAt,
    updatedAtText: localTime(stored.updatedAt),
    draft: stored.draft,
  };
}

/** The plan's Doc as last generated, or null. */
export function currentDocumentLinks(): DocumentLinks | null {
  const stored = readStoredDocument();
  return stored ? linksOf(stored) : null;
}
