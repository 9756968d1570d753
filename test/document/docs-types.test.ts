/**
 * The Docs requests against Google's published types (@googleapis/docs,
 * docs_v1.Schema$…). At typecheck time: the adapter's requests are
 * Schema$Request values, and a misspelled field, mask entry or enum value
 * is an error (the @ts-expect-error lines fail `npm run typecheck` the day
 * they stop being errors). At run time: every request kind and field the
 * emulator accepts, and every one the adapter sends, is one Google has.
 *
 * The complete key lists below are typed `Record<keyof Google's type, true>`:
 * the typecheck fails if Google adds or removes a key and they are not
 * updated, so they are Google's lists, not ours.
 */
import type { docs_v1 } from '@googleapis/docs';
import { describe, expect, it } from 'vitest';
import {
  API_KINDS_NOT_EMULATED,
  CELL_FIELDS,
  COLUMN_FIELDS,
  DOCUMENT_FIELDS,
  EMULATED_KINDS,
  PARAGRAPH_FIELDS,
  ROW_FIELDS,
  TEXT_FIELDS,
} from '../../emulator/docs/requests';
import { buildRequests } from '../../src/adapters/docs/requests';
import { type DocsRequest, type ParagraphStyle, fieldMask } from '../../src/adapters/docs/schema';
import { documentOf, tt17Clean, tt57Sample } from '../../fixtures/plans';

const REQUEST_KINDS: Record<keyof docs_v1.Schema$Request, true> = {
  addDocumentTab: true,
  createFooter: true,
  createFootnote: true,
  createHeader: true,
  createNamedRange: true,
  createParagraphBullets: true,
  deleteContentRange: true,
  deleteFooter: true,
  deleteHeader: true,
  deleteNamedRange: true,
  deleteParagraphBullets: true,
  deletePositionedObject: true,
  deleteTab: true,
  deleteTableColumn: true,
  deleteTableRow: true,
  insertDate: true,
  insertInlineImage: true,
  insertPageBreak: true,
  insertPerson: true,
  insertRichLink: true,
  insertSectionBreak: true,
  insertTable: true,
  insertTableColumn: true,
  insertTableRow: true,
  insertText: true,
  mergeTableCells: true,
  pinTableHeaderRows: true,
  replaceAllText: true,
  replaceImage: true,
  replaceNamedRangeContent: true,
  unmergeTableCells: true,
  updateDocumentStyle: true,
  updateDocumentTabProperties: true,
  updateNamedStyle: true,
  updateParagraphStyle: true,
  updateSectionStyle: true,
  updateTableCellStyle: true,
  updateTableColumnProperties: true,
  updateTableRowStyle: true,
  updateTextStyle: true,
};

const TEXT_STYLE: Record<keyof docs_v1.Schema$TextStyle, true> = {
  backgroundColor: true,
  baselineOffset: true,
  bold: true,
  fontSize: true,
  foregroundColor: true,
  italic: true,
  link: true,
  smallCaps: true,
  strikethrough: true,
  underline: true,
  weightedFontFamily: true,
};

const PARAGRAPH_STYLE: Record<keyof docs_v1.Schema$ParagraphStyle, true> = {
  alignment: true,
  avoidWidowAndOrphan: true,
  borderBetween: true,
  borderBottom: true,
  borderLeft: true,
  borderRight: true,
  borderTop: true,
  direction: true,
  headingId: true,
  indentEnd: true,
  indentFirstLine: true,
  indentStart: true,
  keepLinesTogether: true,
  keepWithNext: true,
  lineSpacing: true,
  namedStyleType: true,
  pageBreakBefore: true,
  shading: true,
  spaceAbove: true,
  spaceBelow: true,
  spacingMode: true,
  tabStops: true,
};

const DOCUMENT_STYLE: Record<keyof docs_v1.Schema$DocumentStyle, true> = {
  background: true,
  defaultFooterId: true,
  defaultHeaderId: true,
  documentFormat: true,
  evenPageFooterId: true,
  evenPageHeaderId: true,
  firstPageFooterId: true,
  firstPageHeaderId: true,
  flipPageOrientation: true,
  marginBottom: true,
  marginFooter: true,
  marginHeader: true,
  marginLeft: true,
  marginRight: true,
  marginTop: true,
  pageNumberStart: true,
  pageSize: true,
  useCustomHeaderFooterMargins: true,
  useEvenPageHeaderFooter: true,
  useFirstPageHeaderFooter: true,
};

const TABLE_CELL_STYLE: Record<keyof docs_v1.Schema$TableCellStyle, true> = {
  backgroundColor: true,
  borderBottom: true,
  borderLeft: true,
  borderRight: true,
  borderTop: true,
  columnSpan: true,
  contentAlignment: true,
  paddingBottom: true,
  paddingLeft: true,
  paddingRight: true,
  paddingTop: true,
  rowSpan: true,
};

const TABLE_ROW_STYLE: Record<keyof docs_v1.Schema$TableRowStyle, true> = { minRowHeight: true, preventOverflow: true, tableHeader: true };
const TABLE_COLUMN_PROPERTIES: Record<keyof docs_v1.Schema$TableColumnProperties, true> = { width: true, widthType: true };

/** Each update request kind: the style object it carries, and that style's keys. */
const UPDATES: Record<string, { style: string; keys: Record<string, true> }> = {
  updateTextStyle: { style: 'textStyle', keys: TEXT_STYLE },
  updateParagraphStyle: { style: 'paragraphStyle', keys: PARAGRAPH_STYLE },
  updateDocumentStyle: { style: 'documentStyle', keys: DOCUMENT_STYLE },
  updateTableCellStyle: { style: 'tableCellStyle', keys: TABLE_CELL_STYLE },
  updateTableRowStyle: { style: 'tableRowStyle', keys: TABLE_ROW_STYLE },
  updateTableColumnProperties: { style: 'tableColumnProperties', keys: TABLE_COLUMN_PROPERTIES },
};

// ---------------------------------------------------------------- type level (checked by npm run typecheck)

const range = { startIndex: 1, endIndex: 2 };
export const typeChecks: DocsRequest[] = [
  // @ts-expect-error a misspelled field of a paragraph style
  { updateParagraphStyle: { range, paragraphStyle: { alignement: 'CENTER' }, fields: 'alignment' } },
  // @ts-expect-error an alignment Google does not have
  { updateParagraphStyle: { range, paragraphStyle: { alignment: 'CENTRE' }, fields: 'alignment' } },
  // @ts-expect-error a document mode Google does not have
  { updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: 'PAGED' } }, fields: 'documentFormat' } },
  // @ts-expect-error a request kind Google does not have
  { insertParagraph: { location: { index: 1 }, text: 'x' } },
  // @ts-expect-error a dimension in a unit the adapter never uses
  { updateTextStyle: { range, textStyle: { fontSize: { magnitude: 14, unit: 'PX' } }, fields: 'fontSize' } },
];
// @ts-expect-error a mask entry the style does not have
fieldMask<ParagraphStyle>(['alignement']);
/** Every request the adapter builds is one of Google's. */
export const asGoogleRequest: docs_v1.Schema$Request = {} as DocsRequest;

// ---------------------------------------------------------------- run time

const googleKinds = Object.keys(REQUEST_KINDS);

describe('Docs request kinds and fields against @googleapis/docs', () => {
  it('the emulator knows every kind Google has, applies some, and none Google lacks', () => {
    const known = [...EMULATED_KINDS, ...API_KINDS_NOT_EMULATED];
    expect(known.filter((kind) => !googleKinds.includes(kind))).toEqual([]);
    expect(googleKinds.filter((kind) => !known.includes(kind as never))).toEqual([]);
    expect(new Set(known).size).toBe(known.length);
  });

  it.each([
    ['updateTextStyle', TEXT_FIELDS, TEXT_STYLE],
    ['updateParagraphStyle', PARAGRAPH_FIELDS, PARAGRAPH_STYLE],
    ['updateDocumentStyle', DOCUMENT_FIELDS, DOCUMENT_STYLE],
    ['updateTableCellStyle', CELL_FIELDS, TABLE_CELL_STYLE],
    ['updateTableRowStyle', ROW_FIELDS, TABLE_ROW_STYLE],
    ['updateTableColumnProperties', COLUMN_FIELDS, TABLE_COLUMN_PROPERTIES],
  ] as const)('every field the emulator accepts in %s exists in Google’s type', (_kind, accepted, google) => {
    expect(accepted.filter((field) => !(field in google))).toEqual([]);
  });

  it.each([
    ['TT17, first generation', () => buildRequests(documentOf(tt17Clean()).document)],
    ['TT17, regeneration', () => buildRequests(documentOf(tt17Clean()).document, 5000)],
    ['TT57 (Biểu 2)', () => buildRequests(documentOf(tt57Sample()).document)],
  ])('every request the adapter builds (%s) uses kinds, fields and masks Google has, all emulated', (_what, build) => {
    const { requests } = build();
    expect(requests.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const request of requests) {
      const kinds = Object.keys(request);
      if (kinds.length !== 1) problems.push(`several kinds: ${kinds.join(',')}`);
      const kind = kinds[0];
      if (!googleKinds.includes(kind)) problems.push(`unknown kind ${kind}`);
      if (!(EMULATED_KINDS as readonly string[]).includes(kind)) problems.push(`not emulated: ${kind}`);
      const update = UPDATES[kind];
      if (!update) continue;
      const body = (request as Record<string, Record<string, unknown>>)[kind];
      for (const field of Object.keys(body[update.style] as object)) if (!(field in update.keys)) problems.push(`${kind}: unknown field ${field}`);
      for (const field of String(body.fields).split(',')) if (!(field.split('.')[0] in update.keys)) problems.push(`${kind}: unknown mask entry ${field}`);
    }
    expect(problems).toEqual([]);
  });
});
