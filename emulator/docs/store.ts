/**
 * What Drive holds for one emulator: files (Google Docs with their
 * document, PDFs and other blobs, folders), their permissions, and the
 * notification emails sharing sent. Shared by the Docs and Drive facades
 * through the emulator's Env; tests read and change it through the
 * uncounted DriveInspector.
 *
 * Scope `drive.file`: the add-on sees only the files it created (or that
 * the user opened with it). Any other file answers "File not found", as
 * Drive does for an app without access. A test can add such files
 * (`addForeignFolder`, `addForeignFile`) to check that the add-on never
 * relies on them.
 */
import type { docs_v1 } from '@googleapis/docs';
import type { Env } from '../env';
import { type DocModel, type DocumentMode, BODY_START, newDocument, paraText } from './model';
import { bodyTables } from './requests';
import { serialize } from './serialize';

export const GOOGLE_DOC = 'application/vnd.google-apps.document';
export const FOLDER = 'application/vnd.google-apps.folder';
export const ROOT_ID = '0AEmulatedRootFolder';

export interface PermissionRecord {
  id: string;
  type: string;
  role: string;
  emailAddress?: string;
  domain?: string;
  allowFileDiscovery?: boolean;
}

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** Created by the add-on (visible to it under drive.file). */
  appCreated: boolean;
  createdTime: string;
  modifiedTime: string;
  content: Uint8Array | null;
  permissions: PermissionRecord[];
}

export interface Notification {
  fileId: string;
  to: string;
  role: string;
  message: string | null;
}

export class DriveStore {
  readonly files = new Map<string, DriveFile>();
  readonly docs = new Map<string, DocModel>();
  readonly notifications: Notification[] = [];
  /** The account's format for new documents (a user preference; set by a test). */
  defaultDocumentMode: DocumentMode = 'PAGES';
  #seq = 0;

  constructor(readonly env: Env) {
    this.files.set(ROOT_ID, this.#file(ROOT_ID, 'My Drive', FOLDER, [], false));
  }

  /** Drive-like ids: 33 characters, deterministic. */
  newId(kind: string): string {
    this.#seq += 1;
    return `1${kind}${String(this.#seq).padStart(6, '0')}`.padEnd(33, 'x');
  }

  now(): string {
    return new Date(this.env.clock.now()).toISOString();
  }

  #file(id: string, name: string, mimeType: string, parents: string[], appCreated: boolean): DriveFile {
    const time = this.now();
    return {
      id,
      name,
      mimeType,
      parents,
      trashed: false,
      appCreated,
      createdTime: time,
      modifiedTime: time,
      content: null,
      permissions: [{ id: 'owner', type: 'user', role: 'owner', emailAddress: this.env.settings.user }],
    };
  }

  addFile(name: string, mimeType: string, parents: string[], appCreated: boolean): DriveFile {
    const file = this.#file(this.newId(mimeType === GOOGLE_DOC ? 'Doc' : mimeType === FOLDER ? 'Dir' : 'Fil'), name, mimeType, parents, appCreated);
    this.files.set(file.id, file);
    if (mimeType === GOOGLE_DOC) this.docs.set(file.id, newDocument(file.id, name, this.defaultDocumentMode));
    return file;
  }

  /** A file the add-on may use, or null (missing, or not visible under drive.file). */
  visible(id: unknown): DriveFile | null {
    if (typeof id !== 'string') return null;
    if (id === 'root') return this.files.get(ROOT_ID) ?? null;
    const file = this.files.get(id);
    if (!file) return null;
    return file.appCreated || file.id === ROOT_ID ? file : null;
  }
}

const stores = new WeakMap<Env, DriveStore>();

/** The Drive of an emulator (created on first use). */
export function driveStore(env: Env): DriveStore {
  let store = stores.get(env);
  if (!store) {
    store = new DriveStore(env);
    stores.set(env, store);
  }
  return store;
}

// ---------------------------------------------------------------- test-side view

export interface ParagraphView {
  /** Text without the final newline. */
  text: string;
  start: number;
  end: number;
  inTable: boolean;
  style: docs_v1.Schema$ParagraphStyle;
  /** List membership (bullets), when the paragraph is in a list. */
  bullet: docs_v1.Schema$Bullet | null;
  runs: { text: string; style: docs_v1.Schema$TextStyle }[];
}

export interface TableView {
  start: number;
  end: number;
  rows: number;
  columns: number;
  /** Text of each cell, paragraphs joined with `\n`, without the final newline. */
  cells: string[][];
  /** Width of each column in pt (null: not fixed). */
  columnWidthsPt: (number | null)[];
  pinnedHeaderRows: number;
  cellStyle(row: number, column: number): docs_v1.Schema$TableCellStyle;
  rowStyle(row: number): docs_v1.Schema$TableRowStyle;
  /** Merged cells: the head and its span. */
  merges: { row: number; column: number; rowSpan: number; columnSpan: number }[];
}

export interface DocView {
  id: string;
  title: string;
  /** What Docs.Documents.get returns. */
  json(): docs_v1.Schema$Document;
  /** Bytes of that JSON. */
  jsonBytes(): number;
  /** The body's text, paragraphs separated by `\n` (tables cell by cell). */
  text(): string;
  paragraphs(): ParagraphView[];
  tables(): TableView[];
  /** The document style as stored (and returned by Documents.get), whatever the mode. */
  documentStyle(): docs_v1.Schema$DocumentStyle;
  /**
   * The page as Docs lays the document out: in a pageless document the page
   * size, margins, orientation and first-page header "will not be rendered"
   * (DocumentStyle reference), so they are absent here, and `mode` says why.
   */
  page(): RenderedPage;
  /** End index of the body. */
  bodyEnd(): number;
  headerIds(): string[];
  /** Requests and payload bytes of each batchUpdate applied. */
  batches(): { requests: number; bytes: number }[];
}

export type RenderedPage =
  | { mode: 'PAGELESS' }
  | {
      mode: 'PAGES';
      widthPt: number;
      heightPt: number;
      margins: { top: number; bottom: number; left: number; right: number };
      /** Page 1 has its own (empty) header: no page number on it. */
      firstPageHeaderApart: boolean;
    };

export interface FileView {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  appCreated: boolean;
  size: number;
  /** The content as text (a PDF export holds the document's text). */
  text(): string;
  permissions: PermissionRecord[];
}

export interface DriveInspector {
  files(): FileView[];
  file(id: string): FileView | null;
  doc(id: string): DocView | null;
  /** Emails Drive sent when sharing (sendNotificationEmail). */
  notifications(): Notification[];
  /** The user moves a file to the trash / deletes it for good. */
  trash(id: string): void;
  delete(id: string): void;
  /** The user moves a file into a folder of theirs. */
  move(id: string, folderId: string): void;
  /** A folder or file the user made elsewhere: the add-on cannot see it. */
  addForeignFolder(name: string): string;
  addForeignFile(name: string, mimeType?: string): string;
  /**
   * The account's default for new documents: 'PAGELESS' when the user set
   * "pageless as default for new documents". Docs.Documents.create then
   * makes pageless Docs, as it does for such an account.
   */
  setDefaultDocumentMode(mode: DocumentMode): void;
}

function docView(doc: DocModel): DocView {
  const paragraphs = (): ParagraphView[] => {
    const out: ParagraphView[] = [];
    const walk = (content: DocModel['body'], base: number, inTable: boolean) => {
      let position = base;
      for (const element of content) {
        if (element.kind === 'paragraph') {
          const text = paraText(element);
          out.push({
            text: text.replace(/\n$/, ''),
            start: position,
            end: position + element.len,
            inTable,
            style: structuredClone(element.style),
            bullet: element.bullet ? structuredClone(element.bullet) : null,
            runs: element.runs.map((run) => ({ text: run.text, style: structuredClone(run.style) })),
          });
        } else {
          let rowStart = position + 1;
          for (const row of element.rows) {
            let cellStart = rowStart + 1;
            for (const cell of row.cells) {
              walk(cell.content, cellStart + 1, true);
              cellStart += cell.len;
            }
            rowStart += row.len;
          }
        }
        position += element.len;
      }
    };
    walk(doc.body, BODY_START, false);
    return out;
  };
  return {
    id: doc.id,
    title: doc.title,
    json: () => serialize(doc),
    jsonBytes: () => Buffer.byteLength(JSON.stringify(serialize(doc))),
    text: () => paragraphs().map((p) => p.text).join('\n'),
    paragraphs,
    tables: () =>
      bodyTables(doc).map(({ table, start }) => ({
        start,
        end: start + table.len,
        rows: table.rows.length,
        columns: table.columns,
        cells: table.rows.map((row) =>
          row.cells.map((cell) =>
            cell.content
              .map((element) => (element.kind === 'paragraph' ? paraText(element) : '[table]'))
              .join('')
              .replace(/\n$/, ''),
          ),
        ),
        columnWidthsPt: table.columnProps.map((props) => (props.widthType === 'FIXED_WIDTH' ? (props.width?.magnitude ?? null) : null)),
        pinnedHeaderRows: table.pinnedHeaderRows,
        cellStyle: (row, column) => structuredClone(table.rows[row].cells[column].style),
        rowStyle: (row) => structuredClone(table.rows[row].style),
        merges: table.rows.flatMap((row, r) =>
          row.cells.flatMap((cell, c) =>
            (cell.style.columnSpan ?? 1) > 1 || (cell.style.rowSpan ?? 1) > 1
              ? [{ row: r, column: c, rowSpan: cell.style.rowSpan ?? 1, columnSpan: cell.style.columnSpan ?? 1 }]
              : [],
          ),
        ),
      })),
    documentStyle: () => structuredClone(doc.documentStyle),
    page: () => renderedPage(doc),
    bodyEnd: () => BODY_START + doc.body.reduce((sum, element) => sum + element.len, 0),
    headerIds: () => [...doc.headers.keys()],
    batches: () => doc.batches.map((batch) => ({ ...batch })),
  };
}

function renderedPage(doc: DocModel): RenderedPage {
  const style = doc.documentStyle;
  if (style.documentFormat?.documentMode === 'PAGELESS') return { mode: 'PAGELESS' };
  const size = (value: docs_v1.Schema$Dimension | undefined) => value?.magnitude ?? 0;
  const width = size(style.pageSize?.width);
  const height = size(style.pageSize?.height);
  const flip = style.flipPageOrientation === true;
  return {
    mode: 'PAGES',
    widthPt: flip ? height : width,
    heightPt: flip ? width : height,
    margins: { top: size(style.marginTop), bottom: size(style.marginBottom), left: size(style.marginLeft), right: size(style.marginRight) },
    firstPageHeaderApart: style.useFirstPageHeaderFooter === true,
  };
}

function fileView(file: DriveFile): FileView {
  return {
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    trashed: file.trashed,
    appCreated: file.appCreated,
    size: file.content?.length ?? 0,
    text: () => (file.content ? Buffer.from(file.content).toString('utf8') : ''),
    permissions: file.permissions.map((permission) => ({ ...permission })),
  };
}

export function driveInspector(env: Env): DriveInspector {
  const store = driveStore(env);
  const existing = (id: string): DriveFile => {
    const file = store.files.get(id);
    if (!file) throw new Error(`No file ${id}`);
    return file;
  };
  return {
    files: () => [...store.files.values()].filter((file) => file.id !== ROOT_ID).map(fileView),
    file: (id) => {
      const file = store.files.get(id);
      return file ? fileView(file) : null;
    },
    doc: (id) => {
      const doc = store.docs.get(id);
      return doc && store.files.has(id) ? docView(doc) : null;
    },
    notifications: () => store.notifications.map((entry) => ({ ...entry })),
    trash: (id) => {
      existing(id).trashed = true;
    },
    delete: (id) => {
      existing(id);
      store.files.delete(id);
      store.docs.delete(id);
    },
    move: (id, folderId) => {
      existing(folderId);
      existing(id).parents = [folderId];
    },
    addForeignFolder: (name) => store.addFile(name, FOLDER, [ROOT_ID], false).id,
    addForeignFile: (name, mimeType = 'application/pdf') => store.addFile(name, mimeType, [ROOT_ID], false).id,
    setDefaultDocumentMode: (mode) => {
      store.defaultDocumentMode = mode;
    },
  };
}
