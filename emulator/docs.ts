/**
 * The Advanced Docs service (`Docs`, API v1): Documents.create, .get and
 * .batchUpdate, counted as `Docs.Documents.<method>`. The document lives in
 * the emulator's Drive (docs/store.ts); batchUpdate applies the request
 * kinds the add-on sends with the Docs API's index rules and rejects what
 * the API rejects (docs/requests.ts). Only documents the add-on can see
 * under `drive.file` open; others answer as the API does.
 */
import { Emulated, ENV, asApi, countCalls } from './counted';
import { applyBatch, BatchError } from './docs/requests';
import { serialize } from './docs/serialize';
import { GOOGLE_DOC, ROOT_ID, driveStore } from './docs/store';
import { convertedDocument } from './drive-convert';
import { fileAccess, touch } from './drive-access';
import type { Env } from './env';
import { ServiceError } from './model';
import type { Realm } from './realm';

type DocumentsApi = GoogleAppsScript.Docs.Collection.DocumentsCollection;
type Document = GoogleAppsScript.Docs.Schema.Document;

const DOCUMENTS_API = ['batchUpdate', 'create', 'get'] as const satisfies readonly (keyof DocumentsApi)[];

/** A value handed to the script, rebuilt from the script realm's Array and Object. */
export function toRealm<T>(realm: Realm, value: T): T {
  if (Array.isArray(value)) return realm.Array.from(value, (item) => toRealm(realm, item)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out = realm.Object.create(realm.Object.prototype) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) out[key] = toRealm(realm, item);
    return out as T;
  }
  return value;
}

function apiError(method: string, message: string): ServiceError {
  return new ServiceError(`API call to docs.documents.${method} failed with error: ${message}`);
}

export class EmuDocsDocuments extends Emulated implements Pick<DocumentsApi, (typeof DOCUMENTS_API)[number]> {
  #doc(method: string, documentId: unknown) {
    const store = driveStore(this[ENV]);
    const file = store.visible(documentId);
    const doc = file && file.mimeType === GOOGLE_DOC ? store.docs.get(file.id) : undefined;
    if (!doc) throw apiError(method, 'Requested entity was not found.');
    return { store, file: file!, doc };
  }

  create(resource: Document): Document {
    const store = driveStore(this[ENV]);
    const title = typeof resource?.title === 'string' && resource.title !== '' ? resource.title : 'Untitled document';
    // Other fields of the resource, content included, are ignored (API reference).
    const file = store.addFile(title, GOOGLE_DOC, [ROOT_ID], true);
    return toRealm(this[ENV].realm, serialize(store.docs.get(file.id)!) as Document);
  }

  get(documentId: string, optionalArgs?: object): Document {
    void optionalArgs; // `fields` and the like: the whole document is returned, a superset of any mask.
    const converted = convertedDocument(this[ENV], documentId);
    if (converted && 'failure' in converted) throw apiError('get', converted.failure);
    if (converted) return toRealm(this[ENV].realm, converted.document as Document);
    const { doc } = this.#doc('get', documentId);
    return toRealm(this[ENV].realm, serialize(doc) as Document);
  }

  batchUpdate(resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const { store, file, doc } = this.#doc('batchUpdate', documentId);
    // A reader or commenter may open the Doc but not write to it: 403 PERMISSION_DENIED, worded as
    // Google's APIs word it (e.g. the Sheets API, VoltaicHQ/Progress-Sheet-Updater#40); the Docs wording is unverified.
    if (!fileAccess(this[ENV], file).canEdit) throw apiError('batchUpdate', 'The caller does not have permission');
    const payload = JSON.stringify(resource ?? {});
    const plain = JSON.parse(payload) as { requests?: unknown };
    let result;
    try {
      result = applyBatch(doc, plain.requests ?? []);
    } catch (cause) {
      if (cause instanceof BatchError) throw apiError('batchUpdate', cause.message);
      throw cause;
    }
    const next = result.doc;
    next.revision = doc.revision + 1;
    next.batches = [...doc.batches, { requests: (plain.requests as unknown[] | undefined)?.length ?? 0, bytes: Buffer.byteLength(payload) }];
    store.docs.set(file.id, next);
    touch(this[ENV], file);
    const response = { documentId: file.id, replies: result.replies, writeControl: { requiredRevisionId: `rev-${next.revision}` } };
    return toRealm(this[ENV].realm, response as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse);
  }
}
countCalls(EmuDocsDocuments, 'Docs.Documents', DOCUMENTS_API);

/** The `Docs` global: its collections are properties (reading one is not a call). */
export class EmuDocs extends Emulated {
  readonly Documents: EmuDocsDocuments;

  constructor(env: Env) {
    super(env);
    this.Documents = new EmuDocsDocuments(env);
  }
}

export function createDocsService(env: Env): GoogleAppsScript.Docs {
  return asApi<GoogleAppsScript.Docs>(new EmuDocs(env));
}
