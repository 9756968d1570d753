/**
 * A Google Doc as plain data, with the Docs API's index rules.
 *
 * The body is a list of structural elements after the section break at
 * index 0: paragraphs (their text always ends with `\n`) and tables. A
 * table takes one index for its start, one for each row start, one for
 * each cell start, then the cell's content (at least one paragraph). So a
 * paragraph's length is its text's length (UTF-16 code units, as the API
 * counts), a cell's is 1 + its content, a row's 1 + its cells, a table's
 * 1 + its rows. Lengths are kept on every node and adjusted along the path
 * of each edit, so finding an index costs O(top-level elements + rows).
 *
 * Model functions throw DocsError with the API's kind of message; the
 * batchUpdate dispatcher (requests.ts) adds `Invalid requests[i].<kind>:`.
 */
import type { docs_v1 } from '@googleapis/docs';

/** Styles as stored: Google's own schema types (what Documents.get returns). */
export type TextStyle = docs_v1.Schema$TextStyle;
export type ParagraphStyle = docs_v1.Schema$ParagraphStyle;
export type DocumentStyle = docs_v1.Schema$DocumentStyle;
export type TableCellStyle = docs_v1.Schema$TableCellStyle;
export type TableRowStyle = docs_v1.Schema$TableRowStyle;
export type TableColumnProperties = docs_v1.Schema$TableColumnProperties;
export type Bullet = docs_v1.Schema$Bullet;
/** DocumentFormat.documentMode values (Docs API reference). */
export type DocumentMode = 'PAGES' | 'PAGELESS';

export class DocsError extends Error {}

export interface Run {
  text: string;
  style: TextStyle;
}

export interface Para {
  kind: 'paragraph';
  runs: Run[];
  style: ParagraphStyle;
  /** List membership (createParagraphBullets); copied to the paragraphs split from this one. */
  bullet?: Bullet;
  len: number;
}

export interface Cell {
  kind: 'cell';
  content: Element[];
  style: TableCellStyle;
  len: number;
}

export interface Row {
  kind: 'row';
  cells: Cell[];
  style: TableRowStyle;
  len: number;
}

export interface Tbl {
  kind: 'table';
  rows: Row[];
  columns: number;
  columnProps: TableColumnProperties[];
  pinnedHeaderRows: number;
  len: number;
}

export type Element = Para | Tbl;
type Node = Element | Cell | Row;

export interface DocModel {
  id: string;
  title: string;
  body: Element[];
  documentStyle: DocumentStyle;
  headers: Map<string, Element[]>;
  revision: number;
  /** Payload size and request count of each batchUpdate applied (inspection only). */
  batches: { requests: number; bytes: number }[];
}

/**
 * New docs created through the API: US Letter, 1 inch margins (the API's
 * default page), in the account's default document mode, given here. A
 * user can make pageless the default for their new documents (File → Page
 * setup → Pageless → "Set as default"), and a Doc created through the API
 * can come out pageless (issue 13; which accounts and settings do it is not
 * documented by Google, see docs/document.md).
 */
export function newDocument(id: string, title: string, mode: DocumentMode = 'PAGES'): DocModel {
  return {
    id,
    title,
    body: [emptyParagraph()],
    documentStyle: {
      documentFormat: { documentMode: mode },
      pageSize: { width: { magnitude: 612, unit: 'PT' }, height: { magnitude: 792, unit: 'PT' } },
      marginTop: { magnitude: 72, unit: 'PT' },
      marginBottom: { magnitude: 72, unit: 'PT' },
      marginLeft: { magnitude: 72, unit: 'PT' },
      marginRight: { magnitude: 72, unit: 'PT' },
      marginHeader: { magnitude: 36, unit: 'PT' },
      marginFooter: { magnitude: 36, unit: 'PT' },
      pageNumberStart: 1,
      useFirstPageHeaderFooter: false,
      useEvenPageHeaderFooter: false,
    },
    headers: new Map(),
    revision: 1,
    batches: [],
  };
}

export function emptyParagraph(style: ParagraphStyle = { namedStyleType: 'NORMAL_TEXT', alignment: 'START', direction: 'LEFT_TO_RIGHT' }, textStyle: TextStyle = {}): Para {
  return { kind: 'paragraph', runs: [{ text: '\n', style: { ...textStyle } }], style: { ...style }, len: 1 };
}

export function paraText(para: Para): string {
  return para.runs.map((run) => run.text).join('');
}

function sumLen(nodes: { len: number }[]): number {
  return nodes.reduce((sum, node) => sum + node.len, 0);
}

/** Where the body's content starts: after the section break. */
export const BODY_START = 1;

export function segmentEnd(content: Element[], base: number): number {
  return base + sumLen(content);
}

// ---------------------------------------------------------------- locating

export type Located =
  | { kind: 'paragraph'; para: Para; container: Element[]; indexInContainer: number; start: number; path: Node[] }
  | { kind: 'structure'; what: 'table' | 'row' | 'cell'; table: Tbl; start: number; path: Node[] };

/**
 * What sits at `index` in a segment whose content starts at `base`: a
 * position inside a paragraph (including just before its `\n`), or a
 * table, row or cell start. Null past the end.
 */
export function locate(content: Element[], base: number, index: number, path: Node[] = []): Located | null {
  let start = base;
  for (let i = 0; i < content.length; i++) {
    const element = content[i];
    if (index < start + element.len) {
      if (element.kind === 'paragraph') {
        return { kind: 'paragraph', para: element, container: content, indexInContainer: i, start, path: [...path, element] };
      }
      return locateInTable(element, start, index, [...path, element]);
    }
    start += element.len;
  }
  return null;
}

function locateInTable(table: Tbl, start: number, index: number, path: Node[]): Located | null {
  if (index === start) return { kind: 'structure', what: 'table', table, start, path };
  let position = start + 1;
  for (const row of table.rows) {
    if (index < position + row.len) {
      if (index === position) return { kind: 'structure', what: 'row', table, start: position, path: [...path, row] };
      let cellStart = position + 1;
      for (const cell of row.cells) {
        if (index < cellStart + cell.len) {
          if (index === cellStart) return { kind: 'structure', what: 'cell', table, start: cellStart, path: [...path, row, cell] };
          return locate(cell.content, cellStart + 1, index, [...path, row, cell]);
        }
        cellStart += cell.len;
      }
    }
    position += row.len;
  }
  return null;
}

/** Adds `delta` to the length of every node on the path (the paragraph's own length is set by the caller). */
function adjust(path: Node[], delta: number, skipLast: boolean): void {
  const end = skipLast ? path.length - 1 : path.length;
  for (let i = 0; i < end; i++) path[i].len += delta;
}

/** Start index of each top-level element of a content list. */
export function elementStarts(content: Element[], base: number): number[] {
  const starts: number[] = [];
  let position = base;
  for (const element of content) {
    starts.push(position);
    position += element.len;
  }
  return starts;
}

/** Table at exactly `index` (its start), searching nested content too. */
export function tableAt(content: Element[], base: number, index: number): Tbl | null {
  const found = locate(content, base, index);
  return found?.kind === 'structure' && found.what === 'table' ? found.table : null;
}

// ---------------------------------------------------------------- text runs

/** Splits runs so that `offset` falls on a run boundary; returns the index of the run starting there. */
function splitRunsAt(runs: Run[], offset: number): number {
  let position = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (offset === position) return i;
    if (offset < position + run.text.length) {
      const cut = offset - position;
      runs.splice(i, 1, { text: run.text.slice(0, cut), style: run.style }, { text: run.text.slice(cut), style: { ...run.style } });
      return i + 1;
    }
    position += run.text.length;
  }
  return runs.length;
}

function normalizeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && JSON.stringify(last.style) === JSON.stringify(run.style)) last.text += run.text;
    else out.push({ text: run.text, style: run.style });
  }
  return out;
}

function bulletOf(para: Para): { bullet?: Bullet } {
  return para.bullet ? { bullet: { ...para.bullet } } : {};
}

/**
 * Breaks a paragraph whose runs hold several `\n` into paragraphs, each with
 * a copy of its style and list membership: "The paragraph style of the new
 * paragraph will be copied from the paragraph at the current insertion
 * index, including lists and bullets" (InsertTextRequest.text).
 */
function splitParagraph(para: Para): Para[] {
  const out: Para[] = [];
  let current: Run[] = [];
  for (const run of para.runs) {
    let text = run.text;
    while (text !== '') {
      const newline = text.indexOf('\n');
      if (newline < 0) {
        current.push({ text, style: { ...run.style } });
        break;
      }
      current.push({ text: text.slice(0, newline + 1), style: { ...run.style } });
      const runs = normalizeRuns(current);
      out.push({ kind: 'paragraph', runs, style: { ...para.style }, ...bulletOf(para), len: sumLen(runs.map((r) => ({ len: r.text.length }))) });
      current = [];
      text = text.slice(newline + 1);
    }
  }
  if (current.length > 0) throw new DocsError('internal: paragraph without final newline');
  return out;
}

// ---------------------------------------------------------------- edits

/**
 * What insertText removes, silently: "Certain control characters
 * (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic
 * Multilingual Plane Private Use Area (U+E000-U+F8FF) will be stripped out of
 * the inserted text." (InsertTextRequest.text, Docs API reference,
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest)
 * So U+000D goes too (a lone `\r` breaks no line); tab, newline and U+000B stay.
 */
export const STRIPPED_ON_INSERT = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

/** insertText: inside the bounds of an existing paragraph. */
export function insertText(content: Element[], base: number, index: number, sent: string): void {
  if (typeof sent !== 'string' || sent === '') throw new DocsError('The text to insert must not be empty.');
  const text = sent.replace(STRIPPED_ON_INSERT, '');
  const end = segmentEnd(content, base);
  if (!Number.isInteger(index) || index < base) throw new DocsError(`Index ${index} must be greater than or equal to ${base}.`);
  if (index >= end) throw new DocsError(`Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  const found = locate(content, base, index);
  if (!found || found.kind !== 'paragraph') {
    throw new DocsError('The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.');
  }
  const { para, container, indexInContainer, start, path } = found;
  const offset = index - start;
  const runs = para.runs;
  const at = splitRunsAt(runs, offset);
  // Inserted text takes the style of the text before it (or after it at a paragraph start).
  const neighbour = runs[at - 1] ?? runs[at];
  runs.splice(at, 0, { text, style: { ...(neighbour?.style ?? {}) } });
  para.runs = normalizeRuns(runs);
  para.len += text.length;
  adjust(path, text.length, true);
  if (text.includes('\n')) container.splice(indexInContainer, 1, ...splitParagraph(para));
}

function newTable(rows: number, columns: number, cellParagraphStyle: ParagraphStyle, textStyle: TextStyle): Tbl {
  const tableRows: Row[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: Cell[] = [];
    for (let c = 0; c < columns; c++) {
      cells.push({ kind: 'cell', content: [emptyParagraph(cellParagraphStyle, textStyle)], style: { rowSpan: 1, columnSpan: 1 }, len: 2 });
    }
    tableRows.push({ kind: 'row', cells, style: { minRowHeight: { magnitude: 0, unit: 'PT' } }, len: 1 + 2 * columns });
  }
  return {
    kind: 'table',
    rows: tableRows,
    columns,
    columnProps: Array.from({ length: columns }, () => ({ widthType: 'EVENLY_DISTRIBUTED' })),
    pinnedHeaderRows: 0,
    len: 1 + rows * (1 + 2 * columns),
  };
}

/** insertTable: a `\n` at `index` ends the paragraph there; the table follows it. */
export function insertTable(content: Element[], base: number, index: number, rows: number, columns: number): void {
  if (!Number.isInteger(rows) || rows < 1) throw new DocsError('The number of rows must be at least 1.');
  if (!Number.isInteger(columns) || columns < 1) throw new DocsError('The number of columns must be at least 1.');
  if (columns > 20) throw new DocsError('The number of columns must be at most 20.');
  const end = segmentEnd(content, base);
  if (!Number.isInteger(index) || index < base || index >= end) {
    throw new DocsError(`Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  }
  const found = locate(content, base, index);
  if (!found || found.kind !== 'paragraph') {
    throw new DocsError('The table must be inserted inside the bounds of an existing paragraph.');
  }
  if (found.path.length > 1) throw new Error('Emulator: nested tables are not emulated.');
  const { para, container, indexInContainer, start } = found;
  const offset = index - start;
  const runs = para.runs.map((run) => ({ text: run.text, style: { ...run.style } }));
  const at = splitRunsAt(runs, offset);
  const before = runs.slice(0, at);
  const after = runs.slice(at);
  const newlineStyle = { ...(before[before.length - 1]?.style ?? after[0]?.style ?? {}) };
  const head: Para = { kind: 'paragraph', runs: normalizeRuns([...before, { text: '\n', style: newlineStyle }]), style: { ...para.style }, ...bulletOf(para), len: offset + 1 };
  const tail: Para = { kind: 'paragraph', runs: normalizeRuns(after), style: { ...para.style }, ...bulletOf(para), len: para.len - offset };
  const table = newTable(rows, columns, { ...para.style }, newlineStyle);
  container.splice(indexInContainer, 1, head, table, tail);
}

/** The innermost content list holding both ends of a range, with its base index. */
function containerFor(content: Element[], base: number, start: number, end: number): { content: Element[]; base: number; path: Node[] } {
  let current = { content, base, path: [] as Node[] };
  for (;;) {
    let position = current.base;
    let descended = false;
    for (const element of current.content) {
      const elementEnd = position + element.len;
      if (element.kind === 'table' && start > position && end <= elementEnd) {
        // Both ends inside this table: inside the same cell, or a range across cells.
        let rowStart = position + 1;
        for (const row of element.rows) {
          let cellStart = rowStart + 1;
          for (const cell of row.cells) {
            const cellEnd = cellStart + cell.len;
            if (start > cellStart && end <= cellEnd) {
              current = { content: cell.content, base: cellStart + 1, path: [...current.path, element, row, cell] };
              descended = true;
              break;
            }
            cellStart = cellEnd;
          }
          if (descended) break;
          rowStart += row.len;
        }
        if (!descended) throw new DocsError('Invalid deletion range. Cannot delete the requested range.');
        break;
      }
      position = elementEnd;
    }
    if (!descended) return current;
  }
}

/** deleteContentRange: whole tables or text within one segment or cell; never a segment's final newline. */
export function deleteRange(content: Element[], base: number, start: number, end: number): void {
  const segEnd = segmentEnd(content, base);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start >= end) {
    throw new DocsError('The range must have a start index smaller than its end index.');
  }
  if (start < base) throw new DocsError(`The start index ${start} must be greater than or equal to ${base}.`);
  if (end > segEnd) throw new DocsError(`Index ${end - 1} must be less than the end index of the referenced segment, ${segEnd}.`);
  if (end === segEnd) throw new DocsError('The range cannot include the newline character at the end of the segment.');

  const target = containerFor(content, base, start, end);
  const list = target.content;
  const listEnd = segmentEnd(list, target.base);
  if (target.path.length > 0 && end >= listEnd) {
    throw new DocsError('The range cannot include the last newline of a table cell.');
  }
  const starts = elementStarts(list, target.base);
  const joinNext = new Set<number>();
  const removed = new Set<number>();
  for (let i = 0; i < list.length; i++) {
    const element = list[i];
    const elStart = starts[i];
    const elEnd = elStart + element.len;
    if (elEnd <= start || elStart >= end) continue;
    if (element.kind === 'table') {
      if (start <= elStart && end >= elEnd) removed.add(i);
      else throw new DocsError('Invalid deletion range. Cannot delete the requested range.');
      continue;
    }
    const from = Math.max(start, elStart) - elStart;
    const to = Math.min(end, elEnd) - elStart;
    const runs = element.runs;
    const a = splitRunsAt(runs, from);
    const b = splitRunsAt(runs, to);
    runs.splice(a, b - a);
    element.runs = normalizeRuns(runs);
    // Deleting the paragraph's own `\n` joins it to what follows.
    if (to === element.len) joinNext.add(i);
    element.len -= to - from;
  }
  // A paragraph whose `\n` was deleted joins the next remaining element, which must be a paragraph.
  const result: Element[] = [];
  let carry: Run[] | null = null;
  for (let i = 0; i < list.length; i++) {
    if (removed.has(i)) continue;
    const element = list[i];
    if (element.kind === 'table') {
      if (carry) throw new DocsError('Invalid deletion range. Cannot delete the newline before a table.');
      result.push(element);
      continue;
    }
    const runs: Run[] = carry ? [...carry, ...element.runs] : element.runs;
    carry = null;
    if (joinNext.has(i)) {
      carry = runs;
      continue;
    }
    // The joined paragraph is the one whose newline survives: it keeps that
    // paragraph's style and list membership, so deleting a whole body keeps
    // the style and bullets of its last paragraph (a-bonus/google-docs-mcp#76).
    const merged = normalizeRuns(runs);
    result.push({ kind: 'paragraph', runs: merged, style: element.style, ...bulletOf(element), len: merged.reduce((sum, run) => sum + run.text.length, 0) });
  }
  if (carry) throw new DocsError('The range cannot include the newline character at the end of the segment.');
  list.splice(0, list.length, ...result);
  adjust(target.path, -(end - start), false);
}

// ---------------------------------------------------------------- styles over ranges

/** Every paragraph of a content list with its start index, tables walked, skipping what lies outside [from, to). */
export function forEachParagraph(content: Element[], base: number, from: number, to: number, visit: (para: Para, start: number) => void): void {
  let position = base;
  for (const element of content) {
    const end = position + element.len;
    if (end > from && position < to) {
      if (element.kind === 'paragraph') visit(element, position);
      else {
        let rowStart = position + 1;
        for (const row of element.rows) {
          const rowEnd = rowStart + row.len;
          if (rowEnd > from && rowStart < to) {
            let cellStart = rowStart + 1;
            for (const cell of row.cells) {
              const cellEnd = cellStart + cell.len;
              if (cellEnd > from && cellStart < to) forEachParagraph(cell.content, cellStart + 1, from, to, visit);
              cellStart = cellEnd;
            }
          }
          rowStart = rowEnd;
        }
      }
    }
    if (position >= to) break;
    position = end;
  }
}

/** Applies a style patch to the characters in [from, to). */
export function styleText(content: Element[], base: number, from: number, to: number, patch: (style: TextStyle) => TextStyle): void {
  forEachParagraph(content, base, from, to, (para, start) => {
    const a = Math.max(from, start) - start;
    const b = Math.min(to, start + para.len) - start;
    if (a >= b) return;
    const runs = para.runs;
    const i = splitRunsAt(runs, a);
    const j = splitRunsAt(runs, b);
    for (let k = i; k < j; k++) runs[k] = { text: runs[k].text, style: patch(runs[k].style) };
    para.runs = normalizeRuns(runs);
  });
}

/** Every table of a content list (nested ones too), with its start index. */
export function forEachTable(content: Element[], base: number, visit: (table: Tbl, start: number) => void): void {
  let position = base;
  for (const element of content) {
    if (element.kind === 'table') {
      visit(element, position);
      let rowStart = position + 1;
      for (const row of element.rows) {
        let cellStart = rowStart + 1;
        for (const cell of row.cells) {
          forEachTable(cell.content, cellStart + 1, visit);
          cellStart += cell.len;
        }
        rowStart += row.len;
      }
    }
    position += element.len;
  }
}

/** Merges a rectangle of cells: the head spans it; content of the others moves into the head. */
export function mergeCells(table: Tbl, row: number, column: number, rowSpan: number, columnSpan: number): void {
  if (!Number.isInteger(rowSpan) || !Number.isInteger(columnSpan) || rowSpan < 1 || columnSpan < 1) {
    throw new DocsError('The table range must span at least one row and one column.');
  }
  if (row < 0 || column < 0 || row + rowSpan > table.rows.length || column + columnSpan > table.columns) {
    throw new DocsError('The table range is outside the table.');
  }
  if (rowSpan * columnSpan === 1) throw new DocsError('The table range must contain more than one cell to merge.');
  for (let r = row; r < row + rowSpan; r++) {
    for (let c = column; c < column + columnSpan; c++) {
      const style = table.rows[r].cells[c].style;
      if ((style.rowSpan ?? 1) !== 1 || (style.columnSpan ?? 1) !== 1) throw new DocsError('The table range overlaps cells that are already merged.');
    }
  }
  const head = table.rows[row].cells[column];
  for (let r = row; r < row + rowSpan; r++) {
    for (let c = column; c < column + columnSpan; c++) {
      if (r === row && c === column) continue;
      const cell = table.rows[r].cells[c];
      const text = cell.content.map((element) => (element.kind === 'paragraph' ? paraText(element) : 'table')).join('');
      if (text.replace(/\n/g, '') !== '') throw new Error('Emulator: merging cells that hold text is not emulated.');
      cell.style = { ...cell.style, rowSpan: 0, columnSpan: 0 };
    }
  }
  head.style = { ...head.style, rowSpan, columnSpan };
}
