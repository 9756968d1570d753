/**
 * The links of the plan's Doc and PDF as the add-on last made them, from
 * the document store (no Drive call): what every server function shows in
 * its report. A module of its own so server functions never import each
 * other.
 */
import { documentUrl } from '../adapters/docs';
import { readStoredDocument, type StoredDocument } from '../adapters/document-store';
import { pdfUrl } from '../adapters/drive';
import type { SummaryDocument } from '../domain/summary/summary-tab';
import type { DocumentLinks } from './api';
import { localStamp, localTime } from './local-time';

/** `timeZone`: the spreadsheet's, for the time shown (local-time.ts). */
export function linksOf(stored: StoredDocument, timeZone?: string): DocumentLinks {
  return {
    docId: stored.docId,
    docUrl: documentUrl(stored.docId),
    pdfUrl: stored.pdfId ? pdfUrl(stored.pdfId) : null,
    title: stored.title,
    updatedAt: stored.updatedAt,
    updatedAtText: localTime(stored.updatedAt, timeZone),
    draft: stored.draft,
  };
}

/** The plan's Doc as last generated, or null. */
export function currentDocumentLinks(timeZone?: string): DocumentLinks | null {
  const stored = readStoredDocument();
  return stored ? linksOf(stored, timeZone) : null;
}

/** The Doc as `Tổng hợp`'s `Văn bản kế hoạch` row records it (the row the district reads). */
export function summaryDocumentOf(links: DocumentLinks, timeZone?: string): SummaryDocument {
  return { url: links.docUrl, pdfUrl: links.pdfUrl, draft: links.draft, madeAt: localStamp(new Date(links.updatedAt), timeZone) };
}
