// PLACEHOLDER until the document work lands (helper owns this file; replace wholesale).
import type { ShareReport, ShareRequest } from './api';
import { UserError } from './errors';

export function shareDocument(_request: ShareRequest): ShareReport {
  throw new UserError('Chức năng chia sẻ chưa sẵn sàng.');
}
