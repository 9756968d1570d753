/**
 * Reads the document the user picked for the import: a Google Doc as
 * `Docs.Documents.get` returns it, or a Word file converted first.
 *
 * The add-on holds only the `drive.file` scope, so it sees the picked file
 * and the files it makes itself, nothing else: the Picker's selection is
 * what grants access to the file (docs/import.md, "Picker").
 *
 * A .docx is converted by copying it with the Google Docs MIME type
 * (Drive v3 files.copy; "If a file is created with a Google Doc MIME type,
 * the uploaded content will be imported if possible":
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/copy,
 * https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs).
 * The copy is a temporary file of the add-on's: it goes to the trash in a
 * `finally`, when the read fails too.
 */
import type { docs_v1 } from '@googleapis/docs';
import type { drive_v3 } from '@googleapis/drive';
import { UserError } from '../domain/user-error';
import { trashFile } from './drive-trash';

const GOOGLE_DOC = 'application/vnd.google-apps.document';
const WORD_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface PickedDocument {
  name: string;
  /** What `Docs.Documents.get` returned (the converted copy's, for a Word file). */
  document: docs_v1.Schema$Document;
}

type GetArgs = Pick<drive_v3.Params$Resource$Files$Get, 'supportsAllDrives' | 'fields'>;
type CopyArgs = Pick<drive_v3.Params$Resource$Files$Copy, 'supportsAllDrives' | 'fields'>;

function services(): { drive: GoogleAppsScript.Drive; docs: GoogleAppsScript.Docs } {
  if (typeof Drive === 'undefined' || !Drive || typeof Docs === 'undefined' || !Docs) {
    throw new UserError('Tiện ích chưa bật dịch vụ Google Drive hoặc Google Docs (Drive API, Docs API). Hãy báo cho người quản trị tiện ích.');
  }
  return { drive: Drive, docs: Docs };
}

/** Google's message, in a sentence the school can act on. */
function cannotOpen(name: string, cause: unknown): UserError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new UserError(
    `Không mở được văn bản "${name}" (${detail}). Hãy chọn lại văn bản bằng nút "Chọn văn bản…": tiện ích chỉ đọc được văn bản bạn vừa chọn trong hộp chọn tệp.`,
  );
}

/** The picked file, read as a Docs API document. */
export function readPickedDocument(fileId: string): PickedDocument {
  const { drive, docs } = services();
  let file: drive_v3.Schema$File;
  try {
    const args: GetArgs = { supportsAllDrives: true, fields: 'id,name,mimeType' };
    file = drive.Files.get(fileId, args) as drive_v3.Schema$File;
  } catch (cause) {
    throw cannotOpen(fileId, cause);
  }
  const name = file.name ?? fileId;
  if (file.mimeType === GOOGLE_DOC) return { name, document: docs.Documents.get(fileId) as docs_v1.Schema$Document };
  if (file.mimeType !== WORD_DOCX) {
    throw new UserError(
      `"${name}" không phải Google Tài liệu hay tệp Word .docx, nên chưa nhập được. Hãy chọn kế hoạch dạng Google Tài liệu hoặc .docx (tệp .doc cũ: mở bằng Word và lưu lại thành .docx trước).`,
    );
  }
  let copyId: string | null = null;
  try {
    const args: CopyArgs = { supportsAllDrives: true, fields: 'id' };
    const copy = drive.Files.copy({ name: `${name} (bản tạm để nhập)`, mimeType: GOOGLE_DOC }, fileId, args) as drive_v3.Schema$File;
    copyId = copy.id ?? null;
    if (!copyId) throw new Error('Drive.Files.copy returned no id');
    return { name, document: docs.Documents.get(copyId) as docs_v1.Schema$Document };
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    throw cannotOpen(name, cause);
  } finally {
    // A copy left behind is only clutter in the user's Drive: a failed trash must not hide the import's own outcome.
    if (copyId) {
      try {
        trashFile(copyId);
      } catch (cause) {
        console.error(cause);
      }
    }
  }
}
