// PLACEHOLDER until the document work lands (helper owns this file; replace wholesale).
import type { DocumentLinks, DocumentReport, DocumentRequest } from './api';
import { UserError } from './errors';

export function currentDocumentLinks(): DocumentLinks | null {
  return null;
}

export function createDocument(_request: DocumentRequest): DocumentReport {
  throw new UserError('Chức năng tạo văn bản chưa sẵn sàng.');
}
