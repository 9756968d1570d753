/**
 * Who may do what with a file in the emulated Drive, and the situations a
 * test sets up that a real account meets (each modelled on Google's
 * documented behaviour, cited where it is used in drive.ts / docs.ts):
 *
 *  - a file moved into a **shared drive**: invisible (404) to Drive calls
 *    made without `supportsAllDrives: true`;
 *  - an address with **no Google account**: Drive refuses to share with it
 *    silently (`sendNotificationEmail: false`) and asks for the
 *    notification email;
 *  - a Doc the user may only **read** (a commenter or viewer):
 *    `capabilities.canEdit` false, writes refused with 403;
 *  - **another editor** of the spreadsheet opens the add-on: under
 *    `drive.file` the files the first user's add-on made are not visible
 *    to theirs;
 *  - the school **edits the Doc by hand** (Drive's modifiedTime moves);
 *  - `Files.export` handing back a **string** instead of a Blob (its return
 *    value is undocumented in Apps Script).
 *
 * Kept beside the store (docs/store.ts) rather than in it: a side table
 * keyed by the file record, reached through `driveScenario(emu.env)`.
 */
import { applyBatch } from './docs/requests';
import { type DriveFile, driveStore } from './docs/store';
import type { Env } from './env';

export interface DriveUser {
  emailAddress: string;
  displayName: string;
}

interface FileAccess {
  /** Id of the shared drive holding the file; null: in someone's My Drive. */
  driveId: string | null;
  /** False: the user may read and comment but not edit. */
  canEdit: boolean;
  lastModifyingUser: DriveUser | null;
}

interface DriveSituation {
  nonGoogleAccounts: Set<string>;
  exportAsString: boolean;
  files: WeakMap<DriveFile, FileAccess>;
}

const situations = new WeakMap<Env, DriveSituation>();

function situation(env: Env): DriveSituation {
  let found = situations.get(env);
  if (!found) {
    found = { nonGoogleAccounts: new Set(), exportAsString: false, files: new WeakMap() };
    situations.set(env, found);
  }
  return found;
}

export function fileAccess(env: Env, file: DriveFile): FileAccess {
  const table = situation(env).files;
  let access = table.get(file);
  if (!access) {
    access = { driveId: null, canEdit: true, lastModifyingUser: null };
    table.set(file, access);
  }
  return access;
}

/** The user running the script, as Drive describes people. */
export function currentUser(env: Env): DriveUser {
  const email = env.settings.user;
  return { emailAddress: email, displayName: displayNameOf(email) };
}

/** `nguyen.van.a@…` → `Nguyen Van A`: the emulator has no profiles. */
export function displayNameOf(email: string): string {
  return email
    .split('@')[0]
    .split(/[._-]+/)
    .filter((part) => part !== '')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(' ');
}

export function isNonGoogleAccount(env: Env, email: string): boolean {
  return situation(env).nonGoogleAccounts.has(email.toLowerCase());
}

export function exportsAsString(env: Env): boolean {
  return situation(env).exportAsString;
}

/** Records a change to the file by the current user (Drive's modifiedTime and lastModifyingUser). */
export function touch(env: Env, file: DriveFile): void {
  file.modifiedTime = driveStore(env).now();
  fileAccess(env, file).lastModifyingUser = currentUser(env);
}

export interface DriveScenario {
  /** These addresses have no Google account (district offices' own mail servers). */
  notGoogleAccounts(...emails: string[]): void;
  /** The user moves a file into a shared drive of their school (the add-on keeps access to it). */
  moveToSharedDrive(fileId: string, driveId?: string): void;
  /** The user's access to the file becomes comment-only (the owner changed it). */
  makeReadOnly(fileId: string): void;
  /** Someone types into the Doc in Google Docs, a minute later on the clock. */
  editByHand(docId: string, text: string, by?: string): void;
  /**
   * Another editor of the spreadsheet opens the add-on: the user running
   * the script becomes `email`, and files the add-on made for others are
   * out of its sight (drive.file is per user).
   */
  otherEditorOpens(email: string): void;
  /** Files.export hands back the PDF as a string (the bytes decoded as UTF-8). */
  exportReturnsString(): void;
}

export function driveScenario(env: Env): DriveScenario {
  const store = driveStore(env);
  const existing = (id: string): DriveFile => {
    const file = store.files.get(id);
    if (!file) throw new Error(`No file ${id}`);
    return file;
  };
  return {
    notGoogleAccounts: (...emails) => {
      for (const email of emails) situation(env).nonGoogleAccounts.add(email.toLowerCase());
    },
    moveToSharedDrive: (fileId, driveId = '0AEmulatedSharedDrive') => {
      const file = existing(fileId);
      fileAccess(env, file).driveId = driveId;
      file.parents = [driveId];
      // In a shared drive, the drive owns its files (Drive API: `owners` is not populated).
      file.permissions = file.permissions.filter((permission) => permission.role !== 'owner');
    },
    makeReadOnly: (fileId) => {
      fileAccess(env, existing(fileId)).canEdit = false;
    },
    editByHand: (docId, text, by = env.settings.user) => {
      const file = existing(docId);
      const doc = store.docs.get(docId);
      if (!doc) throw new Error(`No Doc ${docId}`);
      env.clock.advance(60_000);
      const edited = applyBatch(doc, [{ insertText: { location: { index: 1 }, text } }]).doc;
      edited.revision = doc.revision + 1;
      store.docs.set(docId, edited);
      file.modifiedTime = store.now();
      fileAccess(env, file).lastModifyingUser = { emailAddress: by, displayName: displayNameOf(by) };
    },
    otherEditorOpens: (email) => {
      for (const file of store.files.values()) {
        const owner = file.permissions.find((permission) => permission.role === 'owner');
        if (file.appCreated && owner && owner.emailAddress !== email) file.appCreated = false;
      }
      env.settings.user = email;
    },
    exportReturnsString: () => {
      situation(env).exportAsString = true;
    },
  };
}
