/**
 * Drive's conversion of a Word file into a Google Doc (files.copy with the
 * Google Docs MIME type), and the files a user picks with the Google
 * Picker. The emulator stands for Google and imports no product code, so
 * the conversion itself is injected (EmulatorOptions.convertDocx): the
 * tests and the preview pass the offline .docx reader, turned into the
 * JSON `documents.get` returns. What Google's converter really makes of
 * Word's merges is unknown (docs/import.md); the injected one keeps them.
 *
 * References: files.copy "Creates a copy of a file", and the copy of a
 * non-Google file with a Google Docs `mimeType` is imported into that
 * format (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/copy,
 * https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs).
 * Under drive.file, a file the user picked in the Picker is one the app
 * may open (https://developers.google.com/workspace/drive/api/guides/api-specific-auth#drive-file).
 */
import { GOOGLE_DOC, ROOT_ID, driveStore, type DriveFile } from './docs/store';
import type { Env } from './env';

export const WORD_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A .docx's bytes → the Docs API document (`documents.get`'s JSON) Drive's conversion would give. */
export type DocxConverter = (bytes: Uint8Array) => object;

interface ConvertState {
  converter: DocxConverter | null;
  /** Docs made by conversion (or picked with a given JSON): what documents.get returns for them. */
  documents: Map<string, object>;
  /** Set by a test: documents.get on such a Doc fails with this message (a failure after the copy). */
  failure: string | null;
}

const states = new WeakMap<Env, ConvertState>();

function state(env: Env): ConvertState {
  let found = states.get(env);
  if (!found) {
    found = { converter: null, documents: new Map(), failure: null };
    states.set(env, found);
  }
  return found;
}

export function setDocxConverter(env: Env, converter: DocxConverter | null): void {
  state(env).converter = converter;
}

/**
 * The copy's Doc, converted from the Word file. Throws when no converter
 * was given (a test that needs one must say so) or when the file is not a
 * Word file the converter can read.
 */
export function convertToDoc(env: Env, source: DriveFile, name: string): DriveFile {
  const { converter, documents } = state(env);
  if (source.mimeType !== WORD_DOCX) throw new Error(`Emulator: converting ${source.mimeType} to a Google Doc is not emulated.`);
  if (!converter) throw new Error('Emulator: no .docx converter; pass EmulatorOptions.convertDocx.');
  const json = converter(source.content ?? new Uint8Array());
  const copy = driveStore(env).addFile(name, GOOGLE_DOC, [ROOT_ID], true);
  documents.set(copy.id, { ...json, documentId: copy.id, title: name });
  return copy;
}

/** What documents.get returns for a converted or picked Doc; undefined for the Docs the emulator models itself. */
export function convertedDocument(env: Env, documentId: unknown): { document: object } | { failure: string } | undefined {
  if (typeof documentId !== 'string') return undefined;
  const { documents, failure } = state(env);
  const document = documents.get(documentId);
  if (!document) return undefined;
  return failure !== null ? { failure } : { document };
}

/** Test hook: from now on, documents.get on a converted Doc fails with `message` (null: works again). */
export function failConvertedDocuments(env: Env, message: string | null): void {
  state(env).failure = message;
}

/**
 * A file the user picked in the Picker: visible to the add-on under
 * drive.file. A Word file holds `bytes`; a Google Doc holds the JSON
 * documents.get returns.
 */
export function pickFile(env: Env, file: { name: string; mimeType: string; bytes?: Uint8Array; document?: object }): string {
  const picked = driveStore(env).addFile(file.name, file.mimeType, [ROOT_ID], true);
  if (file.bytes) picked.content = file.bytes;
  if (file.document) state(env).documents.set(picked.id, { ...file.document, documentId: picked.id, title: file.name });
  return picked.id;
}
