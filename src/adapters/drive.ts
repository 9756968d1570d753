/**
 * Drive, through the Advanced Drive service (`Drive`, API v3) under the
 * non-sensitive `drive.file` scope: the add-on reads, renames, exports and
 * shares only the files it created. Never DriveApp, which needs the
 * restricted full `drive` scope. Sharing is with named people only: this
 * module has no way to create `anyone` or `domain` permissions.
 *
 * Every call that takes `supportsAllDrives` passes it (files.get, create,
 * update; permissions.create): without it a Doc the school moved into a
 * shared drive answers "File not found" and looks deleted
 * (https://developers.google.com/drive/api/guides/enable-shareddrives).
 * files.export takes no such parameter (its reference lists only fileId
 * and mimeType).
 */
import type { drive_v3 } from '@googleapis/drive';
import { UserError } from '../domain/user-error';

const PDF = 'application/pdf';

/** Optional arguments, typed with Google's own parameter definitions so a misspelt one fails typecheck. */
type GetArgs = Pick<drive_v3.Params$Resource$Files$Get, 'fields' | 'supportsAllDrives'>;
type UpdateArgs = Pick<drive_v3.Params$Resource$Files$Update, 'fields' | 'supportsAllDrives'>;
type CreateArgs = Pick<drive_v3.Params$Resource$Files$Create, 'fields' | 'supportsAllDrives'>;
type ShareArgs = Pick<drive_v3.Params$Resource$Permissions$Create, 'fields' | 'supportsAllDrives' | 'sendNotificationEmail' | 'emailMessage'>;

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new UserError('Tiện ích chưa bật dịch vụ Google Drive (Drive API). Hãy báo cho người quản trị tiện ích.');
  }
  return Drive;
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * The HTTP status Apps Script attaches to an advanced-service error, when
 * it does (`details.code` on GoogleJsonResponseException; not documented,
 * so the message is read too).
 */
function statusOf(cause: unknown): number | null {
  const details = (cause as { details?: { code?: unknown } } | null)?.details;
  return typeof details?.code === 'number' ? details.code : null;
}

/** 404: the file does not exist for this user and app (deleted for good, or never visible under drive.file). */
export function isNotFound(cause: unknown): boolean {
  return statusOf(cause) === 404 || /File not found|Requested entity was not found|\bnotFound\b/i.test(messageOf(cause));
}

/** 403 on a file: the user may see it but not do this (a viewer or commenter writing or sharing). */
export function isForbidden(cause: unknown): boolean {
  return (
    statusOf(cause) === 403 ||
    /does not have sufficient permissions|does not have permission|insufficient permissions|insufficientFilePermissions|PERMISSION_DENIED/i.test(
      messageOf(cause),
    )
  );
}

/**
 * Whether a service error says the file is gone or out of reach (404 or
 * 403), rather than a passing failure. Kept for the Docs adapter; Drive
 * code here tells the two apart.
 */
export function isGone(cause: unknown): boolean {
  return isNotFound(cause) || isForbidden(cause);
}

export interface Person {
  email: string;
  name: string;
}

export interface FileInfo {
  id: string;
  name: string;
  trashed: boolean;
  parents: string[];
  /** Drive's "last time the file was modified by anyone". */
  modifiedTime: string | null;
  lastModifyingUser: Person | null;
  /** Null for files in a shared drive (the drive owns them). */
  owner: Person | null;
  canEdit: boolean;
}

/** What fileInfo reads: enough to tell hand edits, the owner and whether the add-on may write. */
const FILE_FIELDS = 'id,name,trashed,parents,modifiedTime,lastModifyingUser(displayName,emailAddress),owners(displayName,emailAddress),capabilities(canEdit)';

function personOf(user: { displayName?: string | null; emailAddress?: string | null } | undefined): Person | null {
  if (!user || !user.emailAddress) return null;
  return { email: user.emailAddress, name: user.displayName ?? '' };
}

export type FileLookup = { found: true; file: FileInfo } | { found: false; reason: 'notFound' | 'forbidden' };

/**
 * A file as Drive describes it, or why it cannot be seen: not found (404)
 * or forbidden (403). Any other failure is thrown, to be reported, never
 * taken for a deleted file.
 */
export function lookUpFile(fileId: string): FileLookup {
  let file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
  try {
    const args: GetArgs = { fields: FILE_FIELDS, supportsAllDrives: true };
    file = drive().Files.get(fileId, args);
  } catch (cause) {
    if (isNotFound(cause)) return { found: false, reason: 'notFound' };
    if (isForbidden(cause)) return { found: false, reason: 'forbidden' };
    throw cause;
  }
  return {
    found: true,
    file: {
      id: file.id ?? fileId,
      name: file.name ?? '',
      trashed: file.trashed === true,
      parents: file.parents ?? [],
      modifiedTime: file.modifiedTime ?? null,
      lastModifyingUser: personOf(file.lastModifyingUser),
      owner: personOf(file.owners?.[0]),
      // Absent capabilities: assume editable and let a refused write say otherwise.
      canEdit: file.capabilities?.canEdit !== false,
    },
  };
}

/** A file the add-on can see, or null (not found, or not allowed). */
export function fileInfo(fileId: string): FileInfo | null {
  const lookup = lookUpFile(fileId);
  return lookup.found ? lookup.file : null;
}

/** The Google account running the add-on (about.get needs only drive.file; `fields` is required). */
export function currentDriveUser(): Person | null {
  const about = drive().About.get({ fields: 'user(displayName,emailAddress)' });
  return personOf(about.user);
}

export function renameFile(fileId: string, name: string): void {
  // A metadata-only update: no media, so null in its place (the advanced service's usual form).
  const args: UpdateArgs = { supportsAllDrives: true };
  drive().Files.update({ name }, fileId, null as unknown as GoogleAppsScript.Base.Blob, args);
}

/** Why a PDF could not be made from the export: shown to the user as is. */
export class PdfExportError extends UserError {}

/**
 * The Doc exported as PDF (files.export; the advanced service needs
 * alt=media). Its return value is not documented: a Blob is taken as is.
 * A string cannot be proved to hold the PDF's exact bytes (if the service
 * decoded them as text, they are already altered), so no PDF is made from
 * it: the user is told, and the Doc itself is unaffected.
 */
export function exportPdf(documentId: string, name: string): GoogleAppsScript.Base.Blob {
  type Export = (fileId: string, mimeType: string, optionalArgs: object) => unknown;
  const exported = (drive().Files.export as unknown as Export)(documentId, PDF, { alt: 'media' });
  if (exported && typeof (exported as GoogleAppsScript.Base.Blob).getBytes === 'function') {
    return (exported as GoogleAppsScript.Base.Blob).setName(name);
  }
  throw new PdfExportError(
    'Chưa lưu được bản PDF: Google Drive trả bản xuất PDF về dưới dạng không đọc chắc chắn được (văn bản thay vì tệp), nên tiện ích không lưu để tránh một tệp PDF hỏng. ' +
      'Văn bản Google Tài liệu vẫn đầy đủ. Cách khắc phục: mở văn bản, bấm Tệp → Tải xuống → Tài liệu PDF (.pdf); báo cho người quản trị tiện ích nếu lần sau vẫn gặp.',
  );
}

/**
 * Saves the PDF beside the Doc: updates the earlier copy when there is one
 * (its link stays the same), else — the earlier copy deleted (404) or in the
 * trash — creates it in the Doc's folder, or in My Drive when the add-on
 * cannot write to that folder. Its id.
 */
export function savePdf(blob: GoogleAppsScript.Base.Blob, name: string, options: { existingId: string | null; parents: string[] }): string {
  if (options.existingId) {
    const existing = lookUpFile(options.existingId);
    if (existing.found ? !existing.file.canEdit : existing.reason === 'forbidden') {
      // Someone else's PDF the user may not change: a second copy would leave two PDFs that disagree.
      throw new UserError(
        'Chưa cập nhật được bản PDF: tài khoản của bạn không được sửa bản PDF tạo lần trước. Văn bản Google Tài liệu vẫn đầy đủ; có thể tải PDF trong Google Tài liệu: Tệp → Tải xuống → Tài liệu PDF (.pdf).',
      );
    }
    if (existing.found && !existing.file.trashed) {
      const args: UpdateArgs = { supportsAllDrives: true };
      drive().Files.update({ name }, options.existingId, blob, args);
      return options.existingId;
    }
  }
  const args: CreateArgs = { supportsAllDrives: true, fields: 'id' };
  if (options.parents.length > 0) {
    try {
      const created = drive().Files.create({ name, mimeType: PDF, parents: options.parents }, blob, args);
      if (created.id) return created.id;
    } catch {
      // A folder of the user's that the add-on may not write to (drive.file): save in My Drive instead.
    }
  }
  const created = drive().Files.create({ name, mimeType: PDF }, blob, args);
  if (!created.id) throw new Error('Drive.Files.create returned no id');
  return created.id;
}

export type ShareRole = 'reader' | 'commenter';

/**
 * Gives one person access, with or without Drive's notification email.
 * Only `type: 'user'`: never a group, a domain or anyone with the link.
 */
export function shareWithPerson(fileId: string, email: string, role: ShareRole, options: { notify: boolean; message: string }): void {
  const args: ShareArgs = { sendNotificationEmail: options.notify, fields: 'id', supportsAllDrives: true };
  if (options.notify && options.message !== '') args.emailMessage = options.message;
  drive().Permissions.create({ type: 'user', role, emailAddress: email }, fileId, args);
}

/** Why Drive refused to share with one person, in the terms the server explains to the user. */
export type ShareRefusal = 'needsNotification' | 'noGoogleAccountInSharedDrive' | 'outsideDomain' | 'notFound' | 'forbidden' | 'rateLimit' | 'other';

export function shareRefusal(cause: unknown): ShareRefusal {
  const message = messageOf(cause);
  // 400 invalidSharingRequest: "…no Google account associated with this email address, you must check the "Notify people" box…"
  if (/Notify people|invalidSharingRequest/i.test(message)) return 'needsNotification';
  if (/non Google accounts|cannotShareTeamDriveWithNonGoogleAccounts/i.test(message)) return 'noGoogleAccountInSharedDrive';
  if (/shareOutNotPermitted|shareInNotPermitted|doesn't allow sharing|does not allow sharing|publishOutNotPermitted/i.test(message)) return 'outsideDomain';
  if (/rate ?limit|RateLimitExceeded/i.test(message)) return 'rateLimit';
  if (isNotFound(cause)) return 'notFound';
  if (isForbidden(cause)) return 'forbidden';
  return 'other';
}

export function describeCause(cause: unknown): string {
  return messageOf(cause);
}

export function pdfUrl(fileId: string): string {
  return `https://drive.google.com/file/d/${fileId}/view`;
}
