/**
 * The Advanced Drive service (`Drive`, API v3) under the `drive.file`
 * scope: Files.get / create / update / export and Permissions.create,
 * counted as `Drive.Files.<method>` and `Drive.Permissions.<method>`.
 * Files the add-on did not create answer "File not found", as Drive does
 * for an app without access. Export needs `{alt: 'media'}` and returns a
 * Blob, as the live advanced service does (or a string, when a test says
 * so: the return value is undocumented). About.get answers who the user is.
 *
 * The situations of drive-access.ts, each as Drive documents it:
 *  - a file in a shared drive is "File not found" to files.get / update /
 *    create (parent) and permissions.create unless the call passes
 *    `supportsAllDrives: true`; files.export takes no such parameter
 *    (https://developers.google.com/drive/api/guides/enable-shareddrives);
 *  - sharing silently with an address that has no Google account is a 400
 *    `invalidSharingRequest` asking for the "Notify people" box (message as
 *    quoted by GAM's wiki, Users-Drive-Permissions, and
 *    https://stackoverflow.com/q/72793546); on a shared-drive file such an
 *    address is refused outright, `cannotShareTeamDriveWithNonGoogleAccounts`
 *    (GAMADV-XTD3 release notes 6.03.14);
 *  - a user who may only comment gets 403 `insufficientFilePermissions` on
 *    writes and sharing, and `capabilities.canEdit: false`
 *    (https://developers.google.com/drive/api/guides/handle-errors).
 */
import { Emulated, ENV, asApi, countCalls, signatureError } from './counted';
import { toRealm } from './docs';
import { paraText } from './docs/model';
import { FOLDER, GOOGLE_DOC, ROOT_ID, type DriveFile, driveStore } from './docs/store';
import { convertToDoc } from './drive-convert';
import { currentUser, displayNameOf, exportsAsString, fileAccess, isNonGoogleAccount, touch, type DriveUser } from './drive-access';
import type { Env } from './env';
import { ServiceError } from './model';
import { attachSpreadsheet, GOOGLE_SHEET } from './sheets-api';

type FilesApi = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type PermissionsApi = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;
type AboutApi = GoogleAppsScript.Drive_v3.Drive.V3.Collection.AboutCollection;
type About = GoogleAppsScript.Drive_v3.Drive.V3.Schema.About;
type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type Blob = GoogleAppsScript.Base.Blob;

const FILES_API = ['copy', 'create', 'export', 'get', 'update'] as const satisfies readonly (keyof FilesApi)[];
const PERMISSIONS_API = ['create'] as const satisfies readonly (keyof PermissionsApi)[];
const ABOUT_API = ['get'] as const satisfies readonly (keyof AboutApi)[];

/** The Blob methods the emulator implements (a type only: the list is checked against Google's typings). */
type BlobApi = 'getBytes' | 'getContentType' | 'getDataAsString' | 'getName' | 'setContentType' | 'setName';

/** A Blob (local to the script: its methods are not service calls). */
export class EmuBlob implements Pick<Blob, BlobApi> {
  #bytes: Uint8Array;
  #type: string | null;
  #name: string | null;

  constructor(bytes: Uint8Array, contentType: string | null, name: string | null) {
    this.#bytes = bytes;
    this.#type = contentType;
    this.#name = name;
  }

  getBytes(): number[] {
    // Apps Script bytes are signed Java bytes.
    return Array.from(this.#bytes, (byte) => (byte > 127 ? byte - 256 : byte));
  }

  getContentType(): string | null {
    return this.#type;
  }

  getDataAsString(): string {
    return Buffer.from(this.#bytes).toString('utf8');
  }

  getName(): string | null {
    return this.#name;
  }

  setContentType(contentType: string | null): Blob {
    this.#type = contentType;
    return this as unknown as Blob;
  }

  setName(name: string): Blob {
    this.#name = name;
    return this as unknown as Blob;
  }

  /** For the emulator's own use. */
  bytes(): Uint8Array {
    return this.#bytes;
  }
}

function apiError(method: string, message: string): ServiceError {
  return new ServiceError(`API call to drive.${method} failed with error: ${message}`);
}

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

function userResource(user: DriveUser, me: DriveUser): Record<string, unknown> {
  return { kind: 'drive#user', displayName: user.displayName, emailAddress: user.emailAddress, me: user.emailAddress === me.emailAddress };
}

/**
 * Top-level fields of a field mask, each with its sub-selection:
 * `id,capabilities/canEdit,owners(emailAddress,displayName)` →
 * id, capabilities [canEdit], owners [emailAddress, displayName].
 */
function parseFields(fields: string): { name: string; sub: string[] | null }[] {
  const out: { name: string; sub: string[] | null }[] = [];
  let depth = 0;
  let current = '';
  const push = () => {
    const text = current.trim();
    current = '';
    if (text === '') return;
    const paren = /^([^(/]+)\((.*)\)$/.exec(text);
    const slash = /^([^(/]+)\/(.+)$/.exec(text);
    if (paren) out.push({ name: paren[1], sub: paren[2].split(',').map((part) => part.trim()) });
    else if (slash) out.push({ name: slash[1], sub: [slash[2]] });
    else out.push({ name: text, sub: null });
  };
  for (const character of fields) {
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (character === ',' && depth === 0) push();
    else current += character;
  }
  push();
  return out;
}

function pick(value: unknown, sub: string[] | null): unknown {
  if (sub === null || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => pick(item, sub));
  const out: Record<string, unknown> = {};
  for (const key of sub) if ((value as Record<string, unknown>)[key] !== undefined) out[key] = (value as Record<string, unknown>)[key];
  return out;
}

function fileResource(env: Env, file: DriveFile, fields: unknown): File {
  const access = fileAccess(env, file);
  const me = currentUser(env);
  const owner = file.permissions.find((permission) => permission.role === 'owner' && permission.emailAddress);
  const ownerUser = owner ? { emailAddress: owner.emailAddress!, displayName: displayNameOf(owner.emailAddress!) } : null;
  const all: Record<string, unknown> = {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    trashed: file.trashed,
    createdTime: file.createdTime,
    modifiedTime: file.modifiedTime,
    webViewLink:
      file.mimeType === GOOGLE_DOC
        ? `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`
        : file.mimeType === GOOGLE_SHEET
          ? `https://docs.google.com/spreadsheets/d/${file.id}/edit?usp=drivesdk`
          : `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
    size: file.content ? String(file.content.length) : undefined,
    // Items in shared drives have no owners (the drive owns them); driveId says which drive.
    driveId: access.driveId ?? undefined,
    owners: ownerUser && !access.driveId ? [userResource(ownerUser, me)] : undefined,
    lastModifyingUser: access.lastModifyingUser ? userResource(access.lastModifyingUser, me) : ownerUser ? userResource(ownerUser, me) : undefined,
    capabilities: { canEdit: access.canEdit, canComment: true, canShare: access.canEdit },
  };
  const wanted = typeof fields === 'string' && fields.trim() !== '' ? parseFields(fields) : DEFAULT_FIELDS.map((name) => ({ name, sub: null }));
  if (wanted.some((field) => field.name === '*')) return all as File;
  const out: Record<string, unknown> = {};
  for (const field of wanted) {
    if (!(field.name in all)) throw apiError('files.get', `Invalid field selection ${field.name}`);
    if (all[field.name] !== undefined) out[field.name] = pick(all[field.name], field.sub);
  }
  return out as File;
}

/** What an exported PDF holds in the emulator: a PDF header, then the document's text. */
function exportedPdf(lines: string[]): Uint8Array {
  return Buffer.from(['%PDF-1.4', '% Emulated export (the text of the document, one paragraph a line)', ...lines, '%%EOF', ''].join('\n'), 'utf8');
}

export class EmuDriveFiles extends Emulated implements Pick<FilesApi, (typeof FILES_API)[number]> {
  #visible(method: string, fileId: unknown, optionalArgs: Record<string, unknown> | undefined): DriveFile {
    const file = visibleFile(this[ENV], fileId, optionalArgs);
    if (!file) throw apiError(method, `File not found: ${String(fileId)}.`);
    return file;
  }

  #blob(method: string, args: unknown[], media: unknown): EmuBlob | null {
    if (media === undefined || media === null) return null;
    if (media instanceof EmuBlob) return media;
    throw signatureError(method, args);
  }

  get(fileId: string): File;
  get(fileId: string, optionalArgs: Record<string, unknown> & { alt: 'media' }): string;
  get(fileId: string, optionalArgs: Record<string, unknown>): File;
  get(fileId: string, optionalArgs?: Record<string, unknown>): File | string {
    const file = this.#visible('files.get', fileId, optionalArgs);
    if (optionalArgs?.alt === 'media') {
      if (file.mimeType.startsWith('application/vnd.google-apps.')) {
        throw apiError('files.get', 'Only files with binary content can be downloaded. Use Export with Docs Editors files.');
      }
      return Buffer.from(file.content ?? new Uint8Array()).toString('latin1');
    }
    return toRealm(this[ENV].realm, fileResource(this[ENV], file, optionalArgs?.fields));
  }

  create(resource: File, mediaData?: Blob, optionalArgs?: Record<string, unknown>): File {
    const store = driveStore(this[ENV]);
    const blob = this.#blob('Drive.Files.create', [resource, mediaData, optionalArgs], mediaData);
    const parents = resource?.parents && resource.parents.length > 0 ? [...resource.parents] : [ROOT_ID];
    for (const parent of parents) {
      const folder = visibleFile(this[ENV], parent, optionalArgs);
      if (!folder) throw apiError('files.create', `File not found: ${parent}.`);
      if (folder.mimeType !== FOLDER) throw apiError('files.create', `The parent ${parent} is not a folder.`);
    }
    const mimeType = resource?.mimeType ?? blob?.getContentType() ?? 'application/octet-stream';
    if (mimeType === GOOGLE_DOC && blob) throw new Error('Emulator: converting an upload to a Google Doc is not emulated.');
    const name = resource?.name ?? blob?.getName() ?? 'Untitled';
    const file = store.addFile(
      name,
      mimeType,
      parents.map((parent) => (parent === 'root' ? ROOT_ID : parent)),
      true,
    );
    if (blob) file.content = blob.bytes();
    // A new Google Sheets file is an empty spreadsheet the Sheets API can fill (sheets-api.ts).
    if (mimeType === GOOGLE_SHEET) attachSpreadsheet(this[ENV], file);
    return toRealm(this[ENV].realm, fileResource(this[ENV], file, optionalArgs?.fields));
  }

  /** files.copy: a copy in My Drive; with the Google Docs MIME type, a Word file is converted (drive-convert.ts). */
  copy(resource: File, fileId: string, optionalArgs?: Record<string, unknown>): File {
    const source = this.#visible('files.copy', fileId, optionalArgs);
    const name = resource?.name ?? `Copy of ${source.name}`;
    const mimeType = resource?.mimeType ?? source.mimeType;
    let copy: DriveFile;
    if (mimeType === GOOGLE_DOC && source.mimeType !== GOOGLE_DOC) copy = convertToDoc(this[ENV], source, name);
    else if (mimeType !== source.mimeType || source.mimeType.startsWith('application/vnd.google-apps.'))
      throw new Error(`Emulator: copying ${source.mimeType} as ${mimeType} is not emulated.`);
    else {
      copy = driveStore(this[ENV]).addFile(name, mimeType, [ROOT_ID], true);
      copy.content = source.content;
    }
    return toRealm(this[ENV].realm, fileResource(this[ENV], copy, optionalArgs?.fields));
  }

  update(resource: File, fileId: string, mediaData?: Blob, optionalArgs?: Record<string, unknown>): File {
    const file = this.#visible('files.update', fileId, optionalArgs);
    if (!fileAccess(this[ENV], file).canEdit) throw insufficientPermissions('files.update', file.id);
    const blob = this.#blob('Drive.Files.update', [resource, fileId, mediaData, optionalArgs], mediaData);
    if (resource?.parents !== undefined)
      throw apiError('files.update', 'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.');
    if (blob && file.mimeType.startsWith('application/vnd.google-apps.'))
      throw new Error('Emulator: uploading content into a Google Workspace file is not emulated.');
    if (typeof resource?.name === 'string' && resource.name !== '') {
      file.name = resource.name;
      const doc = driveStore(this[ENV]).docs.get(file.id);
      if (doc) doc.title = resource.name;
    }
    if (typeof resource?.trashed === 'boolean') file.trashed = resource.trashed;
    if (blob) file.content = blob.bytes();
    touch(this[ENV], file);
    return toRealm(this[ENV].realm, fileResource(this[ENV], file, optionalArgs?.fields));
  }

  export(fileId: string, mimeType: string, optionalArgs?: Record<string, unknown>): Blob {
    const store = driveStore(this[ENV]);
    // files.export has no supportsAllDrives parameter: shared-drive files export like any other.
    const file = this.#visible('files.export', fileId, { supportsAllDrives: true });
    // The live advanced service needs alt=media (issuetracker 468534237).
    if (optionalArgs?.alt !== 'media') throw apiError('files.export', 'Export requires alt=media to download the exported content.');
    const doc = store.docs.get(file.id);
    if (!doc) throw apiError('files.export', 'Export only supports Docs Editors files.');
    if (mimeType !== 'application/pdf' && mimeType !== 'text/plain') throw new Error(`Emulator: export to ${mimeType} is not emulated.`);
    const lines: string[] = [];
    const walk = (content: typeof doc.body) => {
      for (const element of content) {
        if (element.kind === 'paragraph') lines.push(paraText(element).replace(/\n$/, ''));
        else for (const row of element.rows) for (const cell of row.cells) walk(cell.content);
      }
    };
    walk(doc.body);
    const bytes = mimeType === 'application/pdf' ? exportedPdf(lines) : Buffer.from(lines.join('\n'), 'utf8');
    if (exportsAsString(this[ENV])) return Buffer.from(bytes).toString('utf8') as unknown as Blob;
    return new EmuBlob(bytes, mimeType, `${file.name}${mimeType === 'application/pdf' ? '.pdf' : '.txt'}`) as unknown as Blob;
  }
}
countCalls(EmuDriveFiles, 'Drive.Files', FILES_API);

const TYPES = ['user', 'group', 'domain', 'anyone'];
const ROLES = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class EmuDrivePermissions extends Emulated implements Pick<PermissionsApi, (typeof PERMISSIONS_API)[number]> {
  create(resource: Permission, fileId: string, optionalArgs?: Record<string, unknown>): Permission {
    const store = driveStore(this[ENV]);
    const file = visibleFile(this[ENV], fileId, optionalArgs);
    if (!file) throw apiError('permissions.create', `File not found: ${String(fileId)}.`);
    const access = fileAccess(this[ENV], file);
    if (!access.canEdit) throw insufficientPermissions('permissions.create', file.id);
    const type = resource?.type;
    const role = resource?.role;
    if (!type || !TYPES.includes(type)) throw apiError('permissions.create', `Invalid permission type: ${String(type)}.`);
    if (!role || !ROLES.includes(role)) throw apiError('permissions.create', `Invalid permission role: ${String(role)}.`);
    if (role === 'owner') throw new Error('Emulator: ownership transfer is not emulated.');
    const email = resource.emailAddress;
    if ((type === 'user' || type === 'group') && (typeof email !== 'string' || !EMAIL.test(email))) {
      throw apiError('permissions.create', `Invalid email address: ${String(email)}.`);
    }
    if (type === 'domain' && !resource.domain) throw apiError('permissions.create', 'A domain permission needs a domain.');
    const notify = optionalArgs?.sendNotificationEmail !== false;
    if (type === 'user' && email && isNonGoogleAccount(this[ENV], email)) {
      if (access.driveId) throw apiError('permissions.create', 'Cannot share a shared drive item with non Google accounts.');
      if (!notify) {
        throw apiError(
          'permissions.create',
          `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`,
        );
      }
    }

    const key = (email ?? resource.domain ?? type).toLowerCase();
    let permission = file.permissions.find(
      (existing) => (existing.emailAddress ?? existing.domain ?? existing.type).toLowerCase() === key && existing.type === type,
    );
    if (permission) permission.role = role;
    else {
      permission = {
        id: type === 'anyone' ? 'anyoneWithLink' : store.newId('Perm'),
        type,
        role,
        ...(email ? { emailAddress: email } : {}),
        ...(resource.domain ? { domain: resource.domain } : {}),
        ...(resource.allowFileDiscovery !== undefined ? { allowFileDiscovery: resource.allowFileDiscovery } : {}),
      };
      file.permissions.push(permission);
    }
    if (notify && email && (type === 'user' || type === 'group')) {
      store.notifications.push({
        fileId: file.id,
        to: email,
        role,
        message: typeof optionalArgs?.emailMessage === 'string' ? optionalArgs.emailMessage : null,
      });
    }
    return toRealm(this[ENV].realm, { kind: 'drive#permission', id: permission.id, type, role, ...(email ? { emailAddress: email } : {}) });
  }
}
countCalls(EmuDrivePermissions, 'Drive.Permissions', PERMISSIONS_API);

export class EmuDriveAbout extends Emulated implements Pick<AboutApi, (typeof ABOUT_API)[number]> {
  get(optionalArgs: Record<string, unknown>): About {
    // "Required: The fields parameter must be set." (about.get reference)
    if (typeof optionalArgs?.fields !== 'string' || optionalArgs.fields.trim() === '') {
      throw apiError('about.get', "The 'fields' parameter is required for this method.");
    }
    const me = currentUser(this[ENV]);
    const all: Record<string, unknown> = { kind: 'drive#about', user: userResource(me, me) };
    const out: Record<string, unknown> = {};
    for (const field of parseFields(optionalArgs.fields)) {
      if (!(field.name in all)) throw new Error(`Emulator: About field ${field.name} is not emulated.`);
      out[field.name] = pick(all[field.name], field.sub);
    }
    return toRealm(this[ENV].realm, out as About);
  }
}
countCalls(EmuDriveAbout, 'Drive.About', ABOUT_API);

export class EmuDrive extends Emulated {
  readonly Files: EmuDriveFiles;
  readonly Permissions: EmuDrivePermissions;
  readonly About: EmuDriveAbout;

  constructor(env: Env) {
    super(env);
    this.Files = new EmuDriveFiles(env);
    this.Permissions = new EmuDrivePermissions(env);
    this.About = new EmuDriveAbout(env);
  }
}

/** A file the call may reach: visible under drive.file, and outside shared drives unless the call supports them. */
function visibleFile(env: Env, fileId: unknown, optionalArgs: Record<string, unknown> | undefined): DriveFile | null {
  const file = driveStore(env).visible(fileId);
  if (!file) return null;
  if (fileAccess(env, file).driveId && optionalArgs?.supportsAllDrives !== true) return null;
  return file;
}

function insufficientPermissions(method: string, fileId: string): ServiceError {
  return apiError(method, `The user does not have sufficient permissions for file ${fileId}.`);
}

export function createDriveService(env: Env): GoogleAppsScript.Drive {
  return asApi<GoogleAppsScript.Drive>(new EmuDrive(env));
}
