/**
 * Drive, through the Advanced Drive service (`Drive`, API v3) under the
 * non-sensitive `drive.file` scope: the add-on reads, renames, exports and
 * shares only the files it created. Never DriveApp, which needs the
 * restricted full `drive` scope. Sharing is with named people only: this
 * module has no way to create `anyone` or `domain` permissions.
 */
import { UserError } from '../server/errors';

const PDF = 'application/pdf';

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new UserError('Tiện ích chưa bật dịch vụ Google Drive (Drive API). Hãy báo cho người quản trị tiện ích.');
  }
  return Drive;
}

export interface FileInfo {
  id: string;
  name: string;
  trashed: boolean;
  parents: string[];
}

/**
 * Whether a service error says the file is gone or out of reach (deleted,
 * never visible under drive.file, access removed), rather than a passing
 * failure worth reporting.
 */
export function isGone(cause: unknown): boolean {
  const message = cause instanceof Error ? cause.message : String(cause);
  return /not found|notFound|404|403|does not have permission|insufficient permissions/i.test(message);
}

/** A file the add-on can see, or null (deleted for good, or not visible under drive.file). */
export function fileInfo(fileId: string): FileInfo | null {
  try {
    const file = drive().Files.get(fileId, { fields: 'id,name,trashed,parents' });
    return { id: file.id ?? fileId, name: file.name ?? '', trashed: file.trashed === true, parents: file.parents ?? [] };
  } catch (cause) {
    if (isGone(cause)) return null;
    throw cause;
  }
}

export function renameFile(fileId: string, name: string): void {
  drive().Files.update({ name }, fileId);
}

/** Bytes of a binary string (what an advanced service may return for `alt=media`). */
function bytesOf(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) throw new UserError('Không tạo được bản PDF: Google Drive trả về dữ liệu không đọc được. Hãy tải PDF từ Google Tài liệu (Tệp → Tải xuống → PDF).');
    bytes.push(code > 127 ? code - 256 : code);
  }
  return bytes;
}

/** The Doc exported as PDF (files.export; the advanced service needs alt=media). */
export function exportPdf(documentId: string, name: string): GoogleAppsScript.Base.Blob {
  type Export = (fileId: string, mimeType: string, optionalArgs: object) => unknown;
  const exported = (drive().Files.export as unknown as Export)(documentId, PDF, { alt: 'media' });
  const blob =
    exported && typeof (exported as GoogleAppsScript.Base.Blob).getBytes === 'function'
      ? (exported as GoogleAppsScript.Base.Blob)
      : Utilities.newBlob(bytesOf(String(exported)), PDF);
  return blob.setName(name);
}

/**
 * Saves the PDF beside the Doc: updates the earlier copy when there is one
 * (its link stays the same), else creates it in the Doc's folder, or in My
 * Drive when the add-on cannot write to that folder. Its id.
 */
export function savePdf(blob: GoogleAppsScript.Base.Blob, name: string, options: { existingId: string | null; parents: string[] }): string {
  if (options.existingId) {
    const existing = fileInfo(options.existingId);
    if (existing && !existing.trashed) {
      drive().Files.update({ name }, options.existingId, blob);
      return options.existingId;
    }
  }
  if (options.parents.length > 0) {
    try {
      const created = drive().Files.create({ name, mimeType: PDF, parents: options.parents }, blob);
      if (created.id) return created.id;
    } catch {
      // A folder of the user's that the add-on may not write to (drive.file): save in My Drive instead.
    }
  }
  const created = drive().Files.create({ name, mimeType: PDF }, blob);
  if (!created.id) throw new Error('Drive.Files.create returned no id');
  return created.id;
}

export type ShareRole = 'reader' | 'commenter';

/** Gives one person access, with Drive's notification email and the optional message. */
export function shareWithPerson(fileId: string, email: string, role: ShareRole, options: { notify: boolean; message: string }): void {
  const args: Record<string, unknown> = { sendNotificationEmail: options.notify, fields: 'id' };
  if (options.notify && options.message !== '') args.emailMessage = options.message;
  drive().Permissions.create({ type: 'user', role, emailAddress: email }, fileId, args);
}

export function pdfUrl(fileId: string): string {
  return `https://drive.google.com/file/d/${fileId}/view`;
}
