/**
 * Moving a file the add-on made to the Drive trash (files.update with
 * `trashed: true`; the user can still restore it for 30 days). Used by the
 * set-up check to leave nothing behind. Beside drive.ts, which another part
 * of the add-on owns; same service, same `supportsAllDrives` rule.
 */
import type { drive_v3 } from '@googleapis/drive';
import { UserError } from '../domain/user-error';

type UpdateArgs = Pick<drive_v3.Params$Resource$Files$Update, 'supportsAllDrives' | 'fields'>;

export function trashFile(fileId: string): void {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new UserError('Tiện ích chưa bật dịch vụ Google Drive (Drive API). Hãy báo cho người quản trị tiện ích.');
  }
  const args: UpdateArgs = { supportsAllDrives: true, fields: 'id,trashed' };
  Drive.Files.update({ trashed: true }, fileId, null as unknown as GoogleAppsScript.Base.Blob, args);
}
