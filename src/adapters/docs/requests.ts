/**
 * The document model → the Docs API batchUpdate requests that build it in
 * ONE call, whatever the number of rows. Pure: no service calls.
 *
 * Index rules of the Docs API this relies on (and the emulator enforces):
 *  - the body starts at index 1 (index 0 is the section break) and always
 *    ends with an empty paragraph; every paragraph ends with `\n`;
 *  - insertTable at index i inserts a `\n` at i (ending the paragraph there)
 *    and the table right after it, at i + 1; a table of R rows and C columns
 *    takes 1 + R × (1 + 2C) indices (table start, each row start, each
 *    cell start and each cell's empty paragraph); the empty paragraph of
 *    cell (r, c) is at tableStart + 1 + r(1 + 2C) + 1 + 2c + 1;
 *  - text inserted into cells in reverse order (last cell first) leaves the
 *    positions of the cells before it unchanged.
 * Everything is appended at the end of the body, so positions of what is
 * already built never move: styles are computed once, after the text, from
 * the final positions. Merging cells comes last, after every index-based
 * request. Text is first cleaned as the API will store it (text.ts), so
 * the positions are those of the Doc, not of the text sent.
 *
 * Every request is typed with Google's published schema (schema.ts): a
 * misspelled field, field mask entry or enum value fails the typecheck.
 */
import type { Align, Paragraph, ParagraphStyle as ModelParagraphStyle, PlanDocument, RunStyle, Table } from '../../domain/document/model';
import { mmToPt, paragraphText, textWidthPt } from '../../domain/document/model';
import {
  type Alignment,
  type DocsRequest,
  type DocumentStyle,
  type ParagraphStyle,
  type TableCellBorder,
  type TableCellStyle,
  type TableColumnProperties,
  type TableRowStyle,
  type TextStyle,
  fieldMask,
  pt,
} from './schema';
import { cleanForDocs } from './text';

const ALIGNMENT: Record<Align, Alignment> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };
const BLACK = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };

/** A paragraph as placed in the Doc, with the width it lives in (for rules). */
interface PlacedParagraph {
  start: number;
  /** Exclusive; the paragraph's `\n` is at end - 1. */
  end: number;
  model: Paragraph;
  /** Width available to the paragraph: the text width, or the cell's inner width. */
  widthPt: number;
}

interface PlacedTable {
  start: number;
  model: Table;
  /** Grid column of each model cell, row by row. */
  gridColumns: number[][];
}

export interface BuiltRequests {
  requests: DocsRequest[];
  /** Index of the body's last (empty) paragraph once built. */
  bodyEnd: number;
  paragraphs: number;
  tables: number;
}

function cellText(paragraphs: Paragraph[]): string {
  return paragraphs.map(paragraphText).join('\n');
}

/** The text and paragraph positions of a run of body paragraphs inserted at `at`. */
function placeParagraphs(paragraphs: Paragraph[], at: number, widthPt: number, placed: PlacedParagraph[]): string {
  let position = at;
  for (const paragraph of paragraphs) {
    const length = paragraphText(paragraph).length;
    placed.push({ start: position, end: position + length + 1, model: paragraph, widthPt });
    position += length + 1;
  }
  return paragraphs.map(paragraphText).join('\n');
}

/** An empty paragraph Docs puts before a table that has no paragraph of ours before it. */
const SPACER: Paragraph = {
  type: 'paragraph',
  runs: [],
  style: {
    align: 'left',
    sizePt: 1,
    indentFirstLinePt: 0,
    indentStartPt: 0,
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: 100,
    keepWithNext: true,
  },
};

/** The body's final paragraph: as small as the spacer, kept with nothing. */
const FINAL: Paragraph = { ...SPACER, style: { ...SPACER.style, keepWithNext: false } };

/**
 * Requests that make an empty body (one empty paragraph at index 1) hold
 * the document. `existingBodyEnd`: the end index of an existing body to
 * clear first (regeneration of the same Doc).
 */
export function buildRequests(planDocument: PlanDocument, existingBodyEnd: number | null = null): BuiltRequests {
  const document = cleanForDocs(planDocument);
  const requests: DocsRequest[] = [];
  const placedParagraphs: PlacedParagraph[] = [];
  const placedTables: PlacedTable[] = [];
  const textWidth = textWidthPt(document.page);

  if (existingBodyEnd !== null && existingBodyEnd > 2) {
    // Everything but the body's final newline, which the API never deletes.
    requests.push({ deleteContentRange: { range: { startIndex: 1, endIndex: existingBodyEnd - 1 } } });
  }
  if (existingBodyEnd !== null) {
    // The paragraph that survives the deletion keeps its style and its list
    // membership, and all text inserted into it inherits both ("The paragraph
    // style of the new paragraph will be copied from the paragraph at the
    // current insertion index, including lists and bullets", InsertTextRequest).
    // A bullet is only removed by deleteParagraphBullets: a named-style change
    // leaves list membership (taylorwilsdon/google_workspace_mcp#1029,
    // a-bonus/google-docs-mcp#76). The self-test sends this request too, on a
    // paragraph without bullets, to show Google accepts it there.
    requests.push({ deleteParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } });
  }

  let cursor = 1;
  const blocks = document.blocks;
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index];
    if (block.type === 'paragraph') {
      const group: Paragraph[] = [];
      while (index < blocks.length && blocks[index].type === 'paragraph') group.push(blocks[index++] as Paragraph);
      const beforeTable = index < blocks.length;
      const text = placeParagraphs(group, cursor, textWidth, placedParagraphs);
      // Before a table the last paragraph's `\n` is the one insertTable adds.
      const inserted = beforeTable ? text : `${text}\n`;
      if (inserted !== '') requests.push({ insertText: { location: { index: cursor }, text: inserted } });
      cursor += inserted.length;
      continue;
    }

    const table = block;
    const previousIsParagraph = index > 0 && blocks[index - 1].type === 'paragraph';
    if (!previousIsParagraph) placedParagraphs.push({ start: cursor, end: cursor + 1, model: SPACER, widthPt: textWidth });
    requests.push({ insertTable: { location: { index: cursor }, rows: table.rows.length, columns: table.columnsPt.length } });
    const tableStart = cursor + 1;
    cursor = fillTable(table, tableStart, requests, placedParagraphs, placedTables);
    index += 1;
  }

  // The body's final paragraph, which every Doc has and the API never
  // deletes: styled like the others (not left in the Doc's default Arial 11,
  // or the user's old style on regeneration), and 1 pt high so that it never
  // spills onto a page of its own after the signature table.
  placedParagraphs.push({ start: cursor, end: cursor + 1, model: FINAL, widthPt: textWidth });
  requests.push(...styleRequests(document, cursor, placedParagraphs, placedTables));
  return { requests, bodyEnd: cursor, paragraphs: placedParagraphs.length, tables: placedTables.length };
}

/** Inserts the cells' text (last cell first), records positions; returns the index after the table. */
function fillTable(table: Table, tableStart: number, requests: DocsRequest[], placed: PlacedParagraph[], tables: PlacedTable[]): number {
  const columns = table.columnsPt.length;
  const gridColumns = table.rows.map((row) => {
    let column = 0;
    return row.cells.map((cell) => {
      const at = column;
      column += cell.colSpan;
      return at;
    });
  });

  for (let r = table.rows.length - 1; r >= 0; r--) {
    const row = table.rows[r];
    for (let k = row.cells.length - 1; k >= 0; k--) {
      const text = cellText(row.cells[k].paragraphs);
      if (text === '') continue;
      const c = gridColumns[r][k];
      const index = tableStart + 1 + r * (1 + 2 * columns) + 1 + 2 * c + 1;
      requests.push({ insertText: { location: { index }, text } });
    }
  }

  // Final positions, walking the filled table.
  let position = tableStart + 1;
  table.rows.forEach((row, r) => {
    position += 1;
    for (let c = 0; c < columns; c++) {
      position += 1;
      const k = gridColumns[r].indexOf(c);
      const cell = k >= 0 ? row.cells[k] : null;
      if (!cell || cell.paragraphs.length === 0) {
        position += 1;
        continue;
      }
      const span = table.columnsPt.slice(c, c + cell.colSpan).reduce((sum, width) => sum + width, 0);
      for (const paragraph of cell.paragraphs) {
        const length = paragraphText(paragraph).length;
        placed.push({ start: position, end: position + length + 1, model: paragraph, widthPt: span - 2 * table.cellPaddingPt });
        position += length + 1;
      }
    }
  });
  tables.push({ start: tableStart, model: table, gridColumns });
  return position;
}

// ---------------------------------------------------------------- styles

function textStyleOf(style: RunStyle): TextStyle {
  return { bold: style.bold === true, italic: style.italic === true, underline: style.underline === true, fontSize: pt(style.sizePt) };
}

function paragraphStyleOf(placed: PlacedParagraph): ParagraphStyle {
  const style: ModelParagraphStyle = placed.model.style;
  const out: ParagraphStyle = {
    alignment: ALIGNMENT[style.align],
    lineSpacing: style.lineSpacing,
    spaceAbove: pt(style.spaceBeforePt),
    spaceBelow: pt(style.spaceAfterPt),
    indentFirstLine: pt(style.indentFirstLinePt),
    indentStart: pt(style.indentStartPt),
    indentEnd: pt(0),
    keepWithNext: style.keepWithNext,
  };
  const rule = placed.model.rule;
  if (rule) {
    // A centred line of the given width: the bottom border of an empty paragraph, indented on both sides.
    const side = Math.max(0, (placed.widthPt - rule.widthPt) / 2);
    out.alignment = 'CENTER';
    out.indentStart = pt(side);
    out.indentEnd = pt(side);
    out.borderBottom = { color: BLACK, width: pt(0.75), padding: pt(0), dashStyle: 'SOLID' };
  }
  return out;
}

const PARAGRAPH_FIELDS = fieldMask<ParagraphStyle>([
  'alignment',
  'lineSpacing',
  'spaceAbove',
  'spaceBelow',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'keepWithNext',
]);
/**
 * The base paragraph style, over the whole body. Its mask also lists fields
 * it leaves without a value: a field in the mask without a value is reset to
 * the default ("You can also unset a field by not specifying it in the
 * updated message, but adding the field to the mask", Docs API guide, field
 * masks), so borders, shading and the like that a user gave the old last
 * paragraph do not reach the regenerated text. The named style goes back to
 * Normal text; the API applies it "before the other properties are updated"
 * (ParagraphStyle.namedStyleType), so it does not undo them.
 */
const BASE_PARAGRAPH_FIELDS = fieldMask<ParagraphStyle>([
  'namedStyleType',
  'alignment',
  'lineSpacing',
  'spaceAbove',
  'spaceBelow',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'keepWithNext',
  'keepLinesTogether',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'borderBetween',
  'shading',
]);
const BASE_PARAGRAPH: ParagraphStyle = {
  namedStyleType: 'NORMAL_TEXT',
  alignment: 'START',
  lineSpacing: 100,
  spaceAbove: pt(0),
  spaceBelow: pt(0),
  indentFirstLine: pt(0),
  indentStart: pt(0),
  indentEnd: pt(0),
  keepWithNext: false,
};

interface Span<T> {
  start: number;
  end: number;
  style: T;
  key: string;
}

/** Adjacent spans with the same style become one range (what lies between them is table structure, never text). */
function mergeSpans<T>(spans: Span<T>[]): Span<T>[] {
  const merged: Span<T>[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && last.key === span.key) last.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}

/** Text fields set or reset over the whole body (links and colours of an old text do not survive). */
const BASE_TEXT_FIELDS = fieldMask<TextStyle>([
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
]);
const RUN_FIELDS = fieldMask<TextStyle>(['bold', 'italic', 'underline', 'fontSize']);

function border(width: number): TableCellBorder {
  return { color: BLACK, width: pt(width), dashStyle: 'SOLID' };
}

function styleRequests(document: PlanDocument, bodyEnd: number, paragraphs: PlacedParagraph[], tables: PlacedTable[]): DocsRequest[] {
  const requests: DocsRequest[] = [documentStyleRequest(document)];

  const base: RunStyle = { sizePt: document.baseSizePt };
  // Up to the segment's end: the final paragraph too (styling may include the
  // last newline; only deleting it is refused).
  const whole = { startIndex: 1, endIndex: bodyEnd + 1 };
  requests.push({
    updateTextStyle: {
      range: whole,
      textStyle: { ...textStyleOf(base), weightedFontFamily: { fontFamily: document.fontFamily } },
      fields: BASE_TEXT_FIELDS,
    },
  });
  requests.push({ updateParagraphStyle: { range: whole, paragraphStyle: BASE_PARAGRAPH, fields: BASE_PARAGRAPH_FIELDS } });

  // Paragraph styles: one request per run of consecutive paragraphs styled alike.
  const sorted = [...paragraphs].sort((a, b) => a.start - b.start);
  const baseParagraphKey = JSON.stringify(BASE_PARAGRAPH);
  const paragraphSpans = mergeSpans(
    sorted.map((placed) => {
      const style = paragraphStyleOf(placed);
      return { start: placed.start, end: placed.end, style, key: JSON.stringify(style) };
    }),
  );
  for (const span of paragraphSpans) {
    if (span.key === baseParagraphKey) continue;
    const fields = span.style.borderBottom ? `${PARAGRAPH_FIELDS},${fieldMask<ParagraphStyle>(['borderBottom'])}` : PARAGRAPH_FIELDS;
    requests.push({ updateParagraphStyle: { range: { startIndex: span.start, endIndex: span.end }, paragraphStyle: span.style, fields } });
  }

  // Text styles: runs, and each paragraph's `\n` at the paragraph's size.
  const textSpans: Span<RunStyle>[] = [];
  for (const placed of sorted) {
    let position = placed.start;
    for (const run of placed.model.runs) {
      textSpans.push({ start: position, end: position + run.text.length, style: run.style, key: runKey(run.style) });
      position += run.text.length;
    }
    const newline: RunStyle = { sizePt: placed.model.style.sizePt };
    textSpans.push({ start: position, end: position + 1, style: newline, key: runKey(newline) });
  }
  const baseKey = runKey(base);
  for (const span of mergeSpans(textSpans)) {
    if (span.key === baseKey || span.end <= span.start) continue;
    requests.push({
      updateTextStyle: { range: { startIndex: span.start, endIndex: span.end }, textStyle: textStyleOf(span.style), fields: RUN_FIELDS },
    });
  }

  const merges: DocsRequest[] = [];
  for (const placed of tables) requests.push(...tableRequests(placed, merges));
  requests.push(...merges);
  return requests;
}

/**
 * A4 (turned for landscape), the NĐ30 margins, no header on page 1 — and
 * the document in PAGES mode. A Doc made through the API takes the
 * account's default format, which can be pageless; in a pageless Doc the
 * page size, the margins and the first-page header "will not be rendered"
 * (DocumentStyle reference, on each of these fields), so a plan would show
 * and print without its page. DocumentFormat.documentMode is "Whether the
 * document has pages or is pageless" (PAGES | PAGELESS).
 */
export function documentStyleRequest(document: Pick<PlanDocument, 'page'>): DocsRequest {
  const page = document.page;
  const documentStyle: DocumentStyle = {
    documentFormat: { documentMode: 'PAGES' },
    pageSize: { width: pt(mmToPt(page.widthMm)), height: pt(mmToPt(page.heightMm)) },
    marginTop: pt(mmToPt(page.marginTopMm)),
    marginBottom: pt(mmToPt(page.marginBottomMm)),
    marginLeft: pt(mmToPt(page.marginLeftMm)),
    marginRight: pt(mmToPt(page.marginRightMm)),
    // NĐ30: no page number on the first page; the number itself is the user's one step.
    useFirstPageHeaderFooter: true,
  };
  const fields = fieldMask<DocumentStyle>(['documentFormat', 'pageSize', 'marginTop', 'marginBottom', 'marginLeft', 'marginRight', 'useFirstPageHeaderFooter']);
  return { updateDocumentStyle: { documentStyle, fields } };
}

function runKey(style: RunStyle): string {
  return `${style.sizePt}|${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}${style.underline ? 'u' : ''}`;
}

function tableRequests(placed: PlacedTable, merges: DocsRequest[]): DocsRequest[] {
  const table = placed.model;
  const tableStartLocation = { index: placed.start };
  const requests: DocsRequest[] = [];

  // Column widths: one request per distinct width.
  const byWidth = new Map<number, number[]>();
  table.columnsPt.forEach((width, column) => byWidth.set(width, [...(byWidth.get(width) ?? []), column]));
  for (const [width, columnIndices] of byWidth) {
    requests.push({
      updateTableColumnProperties: {
        tableStartLocation,
        columnIndices,
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(width) },
        fields: fieldMask<TableColumnProperties>(['widthType', 'width']),
      },
    });
  }

  const line = table.borders ? 0.5 : 0;
  const padding = pt(table.cellPaddingPt);
  requests.push({
    updateTableCellStyle: {
      tableStartLocation,
      tableCellStyle: {
        borderTop: border(line),
        borderBottom: border(line),
        borderLeft: border(line),
        borderRight: border(line),
        paddingTop: padding,
        paddingBottom: padding,
        paddingLeft: padding,
        paddingRight: padding,
        contentAlignment: 'TOP',
      },
      fields: fieldMask<TableCellStyle>([
        'borderTop',
        'borderBottom',
        'borderLeft',
        'borderRight',
        'paddingTop',
        'paddingBottom',
        'paddingLeft',
        'paddingRight',
        'contentAlignment',
      ]),
    },
  });

  if (table.headerRows > 0) {
    requests.push({
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 },
          rowSpan: table.headerRows,
          columnSpan: table.columnsPt.length,
        },
        tableCellStyle: { contentAlignment: 'MIDDLE' },
        fields: fieldMask<TableCellStyle>(['contentAlignment']),
      },
    });
    requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: table.headerRows } });
  }
  // Short rows are kept on one page; taller ones may continue on the next, under the pinned header
  // (the model decides, issue 18). TableRowStyle.preventOverflow: "Whether the row cannot overflow
  // across page or column boundaries" (Docs API reference, TableRowStyle); a row without it may split.
  // The Doc has no orphans/widows control inside a cell, so a split row may leave one line behind.
  const kept = table.rows.flatMap((row, index) => (row.keepTogether ? [index] : []));
  if (kept.length > 0) {
    const rowIndices = kept.length === table.rows.length ? undefined : kept;
    requests.push({ updateTableRowStyle: { tableStartLocation, ...(rowIndices ? { rowIndices } : {}), tableRowStyle: { preventOverflow: true }, fields: fieldMask<TableRowStyle>(['preventOverflow']) } });
  }

  table.rows.forEach((row, r) => {
    row.cells.forEach((cell, k) => {
      if (cell.colSpan <= 1) return;
      merges.push({
        mergeTableCells: {
          tableRange: {
            tableCellLocation: { tableStartLocation, rowIndex: r, columnIndex: placed.gridColumns[r][k] },
            rowSpan: 1,
            columnSpan: cell.colSpan,
          },
        },
      });
    });
  });
  return requests;
}
