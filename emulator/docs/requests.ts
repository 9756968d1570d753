/**
 * Docs.Documents.batchUpdate, emulated: each request kind the project sends
 * is validated the way the Docs API validates it and applied to the
 * in-memory document (model.ts). Requests apply in order, all or nothing:
 * the batch runs on a copy that replaces the document only when every
 * request succeeded. A request kind the API has but the emulator does not
 * implement is an emulator error (a test failure), never a silent no-op.
 */
import type { docs_v1 } from '@googleapis/docs';
import {
  BODY_START,
  DocsError,
  type DocModel,
  type Element,
  type ParagraphStyle,
  type TableCellStyle,
  type Tbl,
  type TextStyle,
  deleteRange,
  emptyParagraph,
  forEachParagraph,
  forEachTable,
  insertTable,
  insertText,
  mergeCells,
  segmentEnd,
  styleText,
  tableAt,
} from './model';

type DocsReply = docs_v1.Schema$Response;
type RequestKind = keyof docs_v1.Schema$Request;

/**
 * Request kinds the emulator applies. Typed against Google's published
 * Schema$Request: a kind Google does not have fails the typecheck, and
 * test/document/docs-types.test.ts checks the lists at run time too.
 */
export const EMULATED_KINDS = [
  'insertText',
  'insertTable',
  'deleteContentRange',
  'updateTextStyle',
  'updateParagraphStyle',
  'updateDocumentStyle',
  'updateTableColumnProperties',
  'updateTableCellStyle',
  'updateTableRowStyle',
  'pinTableHeaderRows',
  'mergeTableCells',
  'createHeader',
  'createParagraphBullets',
  'deleteParagraphBullets',
] as const satisfies readonly RequestKind[];

/** Request kinds of the Docs API (v1) the emulator knows about but does not apply. */
export const API_KINDS_NOT_EMULATED = [
  'replaceAllText',
  'createNamedRange',
  'deleteNamedRange',
  'insertInlineImage',
  'insertTableRow',
  'insertTableColumn',
  'deleteTableRow',
  'deleteTableColumn',
  'insertPageBreak',
  'deletePositionedObject',
  'replaceImage',
  'unmergeTableCells',
  'createFooter',
  'createFootnote',
  'replaceNamedRangeContent',
  'updateSectionStyle',
  'insertSectionBreak',
  'deleteHeader',
  'deleteFooter',
  'addDocumentTab',
  'deleteTab',
  'updateDocumentTabProperties',
  'insertPerson',
  'insertDate',
  'insertRichLink',
  'updateNamedStyle',
] as const satisfies readonly RequestKind[];

/** Fields each update request accepts in its `fields` mask, typed against Google's style types. */
export const TEXT_FIELDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'smallCaps',
  'fontSize',
  'weightedFontFamily',
  'foregroundColor',
  'backgroundColor',
  'baselineOffset',
  'link',
] as const satisfies readonly (keyof docs_v1.Schema$TextStyle)[];
export const PARAGRAPH_FIELDS = [
  'alignment',
  'lineSpacing',
  'direction',
  'spacingMode',
  'spaceAbove',
  'spaceBelow',
  'borderBetween',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'keepLinesTogether',
  'keepWithNext',
  'avoidWidowAndOrphan',
  'shading',
  'namedStyleType',
] as const satisfies readonly (keyof docs_v1.Schema$ParagraphStyle)[];
/** The writable ones: the header and footer ids are "read-only" (DocumentStyle reference). */
export const DOCUMENT_FIELDS = [
  'background',
  'documentFormat',
  'marginTop',
  'marginBottom',
  'marginLeft',
  'marginRight',
  'marginHeader',
  'marginFooter',
  'pageSize',
  'pageNumberStart',
  'useFirstPageHeaderFooter',
  'useEvenPageHeaderFooter',
  'useCustomHeaderFooterMargins',
  'flipPageOrientation',
] as const satisfies readonly (keyof docs_v1.Schema$DocumentStyle)[];
export const CELL_FIELDS = [
  'backgroundColor',
  'borderLeft',
  'borderRight',
  'borderTop',
  'borderBottom',
  'paddingLeft',
  'paddingRight',
  'paddingTop',
  'paddingBottom',
  'contentAlignment',
] as const satisfies readonly (keyof docs_v1.Schema$TableCellStyle)[];
export const ROW_FIELDS = ['minRowHeight', 'preventOverflow'] as const satisfies readonly (keyof docs_v1.Schema$TableRowStyle)[];
export const COLUMN_FIELDS = ['width', 'widthType'] as const satisfies readonly (keyof docs_v1.Schema$TableColumnProperties)[];

/** DocumentFormat.documentMode values a request may set. */
const DOCUMENT_MODES = ['PAGES', 'PAGELESS'];
const NAMED_STYLES = ['NORMAL_TEXT', 'TITLE', 'SUBTITLE', 'HEADING_1', 'HEADING_2', 'HEADING_3', 'HEADING_4', 'HEADING_5', 'HEADING_6'];

/**
 * The fields of a mask. A nested path names its top field here
 * (`documentFormat.documentMode` → `documentFormat`): each nested object the
 * emulator accepts has that one field.
 */
function fieldList(fields: unknown, known: readonly string[], nested: readonly string[] = []): string[] {
  if (typeof fields !== 'string' || fields.trim() === '') {
    throw new DocsError("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  }
  if (fields.trim() === '*') return [...known];
  const list = fields.split(',').map((field) => field.trim());
  for (const field of list) if (!known.includes(field) && !nested.includes(field)) throw new DocsError(`Invalid field: ${field}`);
  return list.map((field) => field.split('.')[0]);
}

/** Fields listed take the given value, or go back to their default when the value is absent. */
function patch<T extends object>(current: T, update: T | undefined, fields: string[]): T {
  const out = { ...current } as Record<string, unknown>;
  const source = (update ?? {}) as Record<string, unknown>;
  for (const field of fields) {
    if (source[field] === undefined) delete out[field];
    else out[field] = structuredClone(source[field]);
  }
  return out as T;
}

function dimension(value: unknown, what: string, min = 0): void {
  const dim = value as { magnitude?: unknown; unit?: unknown } | undefined;
  if (!dim || typeof dim !== 'object') throw new DocsError(`${what} must be a dimension.`);
  if (dim.unit !== 'PT') throw new DocsError(`${what}: unit must be PT.`);
  const magnitude = dim.magnitude ?? 0;
  if (typeof magnitude !== 'number' || !Number.isFinite(magnitude) || magnitude < min) {
    throw new DocsError(`${what} must be a number of at least ${min}.`);
  }
}

function checkTextStyle(style: TextStyle | undefined, fields: string[]): void {
  const s = (style ?? {}) as TextStyle;
  for (const flag of ['bold', 'italic', 'underline', 'strikethrough', 'smallCaps'] as const) {
    if (fields.includes(flag) && s[flag] !== undefined && typeof s[flag] !== 'boolean') throw new DocsError(`${flag} must be a boolean.`);
  }
  if (fields.includes('fontSize') && s.fontSize !== undefined) dimension(s.fontSize, 'fontSize', 1);
  if (fields.includes('weightedFontFamily') && s.weightedFontFamily !== undefined) {
    if (typeof s.weightedFontFamily.fontFamily !== 'string' || s.weightedFontFamily.fontFamily === '') {
      throw new DocsError('weightedFontFamily.fontFamily must be set.');
    }
  }
}

const ALIGNMENTS = ['START', 'CENTER', 'END', 'JUSTIFIED'];

function checkParagraphStyle(style: ParagraphStyle | undefined, fields: string[]): void {
  const s = (style ?? {}) as ParagraphStyle;
  if (fields.includes('alignment') && s.alignment != null && !ALIGNMENTS.includes(s.alignment)) {
    throw new DocsError(`Invalid value for alignment: ${s.alignment}`);
  }
  if (fields.includes('namedStyleType') && s.namedStyleType != null && !NAMED_STYLES.includes(s.namedStyleType)) {
    throw new DocsError(`Invalid value for namedStyleType: ${s.namedStyleType}`);
  }
  if (fields.includes('lineSpacing') && s.lineSpacing !== undefined && !(typeof s.lineSpacing === 'number' && s.lineSpacing >= 6)) {
    throw new DocsError('lineSpacing must be at least 6.');
  }
  for (const key of ['spaceAbove', 'spaceBelow', 'indentFirstLine', 'indentStart', 'indentEnd'] as const) {
    if (fields.includes(key) && s[key] !== undefined) dimension(s[key], key);
  }
  for (const key of ['borderTop', 'borderBottom', 'borderLeft', 'borderRight', 'borderBetween'] as const) {
    const border = s[key];
    if (!fields.includes(key) || border === undefined) continue;
    if (!border.color || !border.width || !border.padding || !border.dashStyle) {
      throw new DocsError(`${key}: a paragraph border must have color, width, padding and dashStyle set.`);
    }
    dimension(border.width, `${key}.width`);
    dimension(border.padding, `${key}.padding`);
  }
}

function checkCellStyle(style: TableCellStyle | undefined, fields: string[]): void {
  const s = (style ?? {}) as TableCellStyle;
  for (const key of ['borderTop', 'borderBottom', 'borderLeft', 'borderRight'] as const) {
    const border = s[key];
    if (!fields.includes(key) || border === undefined) continue;
    if (!border.color || !border.width || !border.dashStyle) {
      throw new DocsError(`${key}: a table cell border must have color, width and dashStyle set.`);
    }
    dimension(border.width, `${key}.width`);
  }
  for (const key of ['paddingTop', 'paddingBottom', 'paddingLeft', 'paddingRight'] as const) {
    if (fields.includes(key) && s[key] !== undefined) dimension(s[key], key);
  }
  if (fields.includes('contentAlignment') && s.contentAlignment != null && !['TOP', 'MIDDLE', 'BOTTOM'].includes(s.contentAlignment)) {
    throw new DocsError(`Invalid value for contentAlignment: ${s.contentAlignment}`);
  }
}

/** A segment: the body, or a header. */
interface Segment {
  content: Element[];
  base: number;
}

function segment(doc: DocModel, segmentId: string | null | undefined): Segment {
  if (segmentId === undefined || segmentId === null || segmentId === '') return { content: doc.body, base: BODY_START };
  const header = doc.headers.get(segmentId);
  if (!header) throw new DocsError(`Segment ${segmentId} was not found.`);
  return { content: header, base: 0 };
}

function rangeOf(doc: DocModel, range: docs_v1.Schema$Range | undefined): Segment & { start: number; end: number } {
  if (!range) throw new DocsError('A range is required.');
  const seg = segment(doc, range.segmentId);
  const start = range.startIndex;
  const end = range.endIndex;
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new DocsError('The range must have a start and an end index.');
  if ((start as number) >= (end as number)) throw new DocsError('The range should not be empty.');
  if ((start as number) < seg.base) throw new DocsError(`The start index ${start} must be greater than or equal to ${seg.base}.`);
  const segEnd = segmentEnd(seg.content, seg.base);
  if ((end as number) > segEnd) throw new DocsError(`Index ${(end as number) - 1} must be less than the end index of the referenced segment, ${segEnd}.`);
  return { ...seg, start: start as number, end: end as number };
}

function tableFrom(doc: DocModel, location: docs_v1.Schema$Location | undefined): { table: Tbl; start: number } {
  if (!location || !Number.isInteger(location.index)) throw new DocsError('A table start location is required.');
  const seg = segment(doc, location.segmentId);
  const table = tableAt(seg.content, seg.base, location.index as number);
  if (!table) throw new DocsError('The provided table start location is invalid.');
  return { table, start: location.index as number };
}

function cellsOf(table: Tbl, range: docs_v1.Schema$TableRange | undefined): { row: number; column: number; rowSpan: number; columnSpan: number } {
  if (!range) return { row: 0, column: 0, rowSpan: table.rows.length, columnSpan: table.columns };
  const row = range.tableCellLocation?.rowIndex ?? 0;
  const column = range.tableCellLocation?.columnIndex ?? 0;
  const rowSpan = range.rowSpan ?? 0;
  const columnSpan = range.columnSpan ?? 0;
  if (row < 0 || column < 0 || row + rowSpan > table.rows.length || column + columnSpan > table.columns || rowSpan < 1 || columnSpan < 1) {
    throw new DocsError('The table range is outside the table.');
  }
  return { row, column, rowSpan, columnSpan };
}

function applyOne(doc: DocModel, kind: string, body: object, headerIds: { next: number }): DocsReply {
  switch (kind) {
    case 'insertText': {
      const request = body as docs_v1.Schema$InsertTextRequest;
      if (request.location && request.endOfSegmentLocation) throw new DocsError('Only one of location and endOfSegmentLocation may be set.');
      const seg = segment(doc, request.location?.segmentId ?? request.endOfSegmentLocation?.segmentId);
      const index = request.location ? request.location.index : segmentEnd(seg.content, seg.base) - 1;
      if (request.location && !Number.isInteger(index)) throw new DocsError('location.index is required.');
      insertText(seg.content, seg.base, index as number, request.text as string);
      return {};
    }
    case 'insertTable': {
      const request = body as docs_v1.Schema$InsertTableRequest;
      if (request.location && request.endOfSegmentLocation) throw new DocsError('Only one of location and endOfSegmentLocation may be set.');
      const seg = segment(doc, request.location?.segmentId ?? request.endOfSegmentLocation?.segmentId);
      if (seg.content !== doc.body) throw new Error('Emulator: tables outside the body are not emulated.');
      const index = request.location ? request.location.index : segmentEnd(seg.content, seg.base) - 1;
      insertTable(seg.content, seg.base, index as number, request.rows as number, request.columns as number);
      return {};
    }
    case 'deleteContentRange': {
      const request = body as docs_v1.Schema$DeleteContentRangeRequest;
      const range = rangeOf(doc, request.range);
      deleteRange(range.content, range.base, range.start, range.end);
      return {};
    }
    case 'updateTextStyle': {
      const request = body as docs_v1.Schema$UpdateTextStyleRequest;
      const fields = fieldList(request.fields, TEXT_FIELDS);
      checkTextStyle(request.textStyle, fields);
      const range = rangeOf(doc, request.range);
      styleText(range.content, range.base, range.start, range.end, (style) => patch(style, request.textStyle, fields));
      return {};
    }
    case 'updateParagraphStyle': {
      const request = body as docs_v1.Schema$UpdateParagraphStyleRequest;
      const fields = fieldList(request.fields, PARAGRAPH_FIELDS);
      checkParagraphStyle(request.paragraphStyle, fields);
      const range = rangeOf(doc, request.range);
      forEachParagraph(range.content, range.base, range.start, range.end, (para) => {
        para.style = patch(para.style, request.paragraphStyle, fields);
      });
      return {};
    }
    case 'updateDocumentStyle': {
      const request = body as docs_v1.Schema$UpdateDocumentStyleRequest;
      const fields = fieldList(request.fields, DOCUMENT_FIELDS, ['documentFormat.documentMode']);
      const mode = request.documentStyle?.documentFormat?.documentMode;
      if (fields.includes('documentFormat') && mode != null && !DOCUMENT_MODES.includes(mode)) {
        throw new DocsError(`Invalid value for documentFormat.documentMode: ${mode}`);
      }
      const next = patch(doc.documentStyle, request.documentStyle ?? undefined, fields);
      const size = next.pageSize;
      if (!size?.width || !size.height) throw new DocsError('pageSize must have a width and a height.');
      dimension(size.width, 'pageSize.width', 1);
      dimension(size.height, 'pageSize.height', 1);
      for (const key of ['marginTop', 'marginBottom', 'marginLeft', 'marginRight', 'marginHeader', 'marginFooter'] as const) {
        if (next[key] !== undefined) dimension(next[key], key);
      }
      const m = (key: 'marginTop' | 'marginBottom' | 'marginLeft' | 'marginRight') => next[key]?.magnitude ?? 0;
      if (m('marginLeft') + m('marginRight') >= (size.width.magnitude ?? 0)) throw new DocsError('The horizontal margins must be less than the page width.');
      if (m('marginTop') + m('marginBottom') >= (size.height.magnitude ?? 0)) throw new DocsError('The vertical margins must be less than the page height.');
      if (next.pageNumberStart != null && !(Number.isInteger(next.pageNumberStart) && next.pageNumberStart >= 0)) {
        throw new DocsError('pageNumberStart must be a non-negative integer.');
      }
      doc.documentStyle = next;
      return {};
    }
    case 'updateTableColumnProperties': {
      const request = body as docs_v1.Schema$UpdateTableColumnPropertiesRequest;
      const fields = fieldList(request.fields, COLUMN_FIELDS);
      const { table } = tableFrom(doc, request.tableStartLocation);
      const indices = request.columnIndices && request.columnIndices.length > 0 ? request.columnIndices : table.columnProps.map((_, i) => i);
      const props = request.tableColumnProperties ?? {};
      if (props.widthType != null && !['EVENLY_DISTRIBUTED', 'FIXED_WIDTH'].includes(props.widthType)) {
        throw new DocsError(`Invalid value for widthType: ${props.widthType}`);
      }
      if (props.widthType === 'FIXED_WIDTH' || props.width !== undefined) {
        dimension(props.width, 'width', 0);
        if ((props.width?.magnitude ?? 0) < 5) throw new DocsError('Column width must be at least 5 points.');
      }
      for (const index of indices) {
        if (!Number.isInteger(index) || index < 0 || index >= table.columns) throw new DocsError(`Column index ${index} is out of bounds.`);
        table.columnProps[index] = patch(table.columnProps[index], props, fields);
      }
      return {};
    }
    case 'updateTableCellStyle': {
      const request = body as docs_v1.Schema$UpdateTableCellStyleRequest;
      const fields = fieldList(request.fields, CELL_FIELDS);
      checkCellStyle(request.tableCellStyle, fields);
      if (request.tableStartLocation && request.tableRange) throw new DocsError('Only one of tableStartLocation and tableRange may be set.');
      const location = request.tableStartLocation ?? request.tableRange?.tableCellLocation?.tableStartLocation;
      const { table } = tableFrom(doc, location);
      const area = cellsOf(table, request.tableRange);
      for (let r = area.row; r < area.row + area.rowSpan; r++) {
        for (let c = area.column; c < area.column + area.columnSpan; c++) {
          const cell = table.rows[r].cells[c];
          const { rowSpan, columnSpan } = cell.style;
          cell.style = { ...patch(cell.style, request.tableCellStyle, fields), rowSpan, columnSpan };
        }
      }
      return {};
    }
    case 'updateTableRowStyle': {
      const request = body as docs_v1.Schema$UpdateTableRowStyleRequest;
      const fields = fieldList(request.fields, ROW_FIELDS);
      const { table } = tableFrom(doc, request.tableStartLocation);
      const style = request.tableRowStyle ?? {};
      if (fields.includes('minRowHeight') && style.minRowHeight !== undefined) dimension(style.minRowHeight, 'minRowHeight');
      if (fields.includes('preventOverflow') && style.preventOverflow !== undefined && typeof style.preventOverflow !== 'boolean') {
        throw new DocsError('preventOverflow must be a boolean.');
      }
      const rows = request.rowIndices && request.rowIndices.length > 0 ? request.rowIndices : table.rows.map((_, i) => i);
      for (const index of rows) {
        if (!Number.isInteger(index) || index < 0 || index >= table.rows.length) throw new DocsError(`Row index ${index} is out of bounds.`);
        table.rows[index].style = patch(table.rows[index].style, style, fields);
      }
      return {};
    }
    case 'pinTableHeaderRows': {
      const request = body as docs_v1.Schema$PinTableHeaderRowsRequest;
      const { table } = tableFrom(doc, request.tableStartLocation);
      const count = request.pinnedHeaderRowsCount ?? 0;
      if (!Number.isInteger(count) || count < 0 || count > table.rows.length) {
        throw new DocsError(`pinnedHeaderRowsCount must be between 0 and the number of rows (${table.rows.length}).`);
      }
      table.pinnedHeaderRows = count;
      return {};
    }
    case 'mergeTableCells': {
      const request = body as docs_v1.Schema$MergeTableCellsRequest;
      if (!request.tableRange) throw new DocsError('tableRange is required.');
      const { table } = tableFrom(doc, request.tableRange.tableCellLocation?.tableStartLocation);
      const area = cellsOf(table, request.tableRange);
      mergeCells(table, area.row, area.column, area.rowSpan, area.columnSpan);
      return {};
    }
    case 'createHeader': {
      const request = body as docs_v1.Schema$CreateHeaderRequest;
      if (request.type !== 'DEFAULT') throw new DocsError(`Invalid value for type: ${String(request.type)}`);
      if (doc.documentStyle.defaultHeaderId) throw new DocsError('A default header already exists.');
      const headerId = `kix.emuheader${headerIds.next++}`;
      doc.headers.set(headerId, [emptyParagraph()]);
      doc.documentStyle = { ...doc.documentStyle, defaultHeaderId: headerId };
      return { createHeader: { headerId } };
    }
    case 'createParagraphBullets': {
      const request = body as docs_v1.Schema$CreateParagraphBulletsRequest;
      if (typeof request.bulletPreset !== 'string' || !request.bulletPreset.startsWith('BULLET_') && !request.bulletPreset.startsWith('NUMBERED_') && !request.bulletPreset.startsWith('CHECKBOX')) {
        throw new DocsError(`Invalid value for bulletPreset: ${String(request.bulletPreset)}`);
      }
      const range = rangeOf(doc, request.range);
      const listId = `kix.emulist${headerIds.next++}`;
      forEachParagraph(range.content, range.base, range.start, range.end, (para) => {
        // Leading tabs set nesting levels and are removed (shifting indices): not modelled.
        if (para.runs[0]?.text.startsWith('\t')) throw new Error('Emulator: bullets on paragraphs starting with a tab (nesting levels) are not emulated.');
        para.bullet = { listId, nestingLevel: 0 };
      });
      return {};
    }
    case 'deleteParagraphBullets': {
      // "Deletes bullets from all of the paragraphs that overlap with the given range."
      // On a paragraph without bullets it changes nothing (what Google does there is
      // not documented; the self-test sends it to a real account to find out).
      const request = body as docs_v1.Schema$DeleteParagraphBulletsRequest;
      const range = rangeOf(doc, request.range);
      forEachParagraph(range.content, range.base, range.start, range.end, (para) => {
        delete para.bullet;
      });
      return {};
    }
    default:
      throw new Error(`Emulator: request kind ${kind} is not emulated.`);
  }
}

const EMULATED = new Set<string>(EMULATED_KINDS);
const NOT_EMULATED = new Set<string>(API_KINDS_NOT_EMULATED);

export class BatchError extends Error {}

/**
 * Applies a batch to a copy of the document and returns the copy and the
 * replies; throws BatchError with the API's message on the first invalid
 * request (the document is then unchanged).
 */
export function applyBatch(doc: DocModel, requests: unknown): { doc: DocModel; replies: DocsReply[] } {
  if (!Array.isArray(requests)) throw new BatchError('Invalid JSON payload received. requests must be a list.');
  const copy: DocModel = structuredClone(doc);
  const replies: DocsReply[] = [];
  const headerIds = { next: copy.headers.size + 1 };
  requests.forEach((request: unknown, i: number) => {
    if (!request || typeof request !== 'object' || Array.isArray(request)) {
      throw new BatchError(`Invalid JSON payload received. requests[${i}] must be an object.`);
    }
    const kinds = Object.keys(request).filter((key) => (request as Record<string, unknown>)[key] !== undefined);
    for (const kind of kinds) {
      if (!EMULATED.has(kind) && !NOT_EMULATED.has(kind)) {
        throw new BatchError(`Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`);
      }
    }
    if (kinds.length !== 1) {
      throw new BatchError(`Invalid requests[${i}]: exactly one kind of request must be set, found ${kinds.length} (${kinds.join(', ')}).`);
    }
    const kind = kinds[0];
    if (!EMULATED.has(kind)) throw new Error(`Emulator: request kind ${kind} is not emulated.`);
    try {
      replies.push(applyOne(copy, kind, (request as Record<string, object>)[kind] ?? {}, headerIds));
    } catch (cause) {
      if (cause instanceof DocsError) throw new BatchError(`Invalid requests[${i}].${kind}: ${cause.message}`);
      throw cause;
    }
  });
  return { doc: copy, replies };
}

/** Tables of the body, for inspection. */
export function bodyTables(doc: DocModel): { table: Tbl; start: number }[] {
  const out: { table: Tbl; start: number }[] = [];
  forEachTable(doc.body, BODY_START, (table, start) => out.push({ table, start }));
  return out;
}
