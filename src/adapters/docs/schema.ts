/**
 * The Docs API v1 request shapes the adapter sends, typed with Google's own
 * published definitions (`docs_v1.Schema$…` of `@googleapis/docs`, a dev
 * dependency used for types only: nothing of it reaches build/Code.js).
 *
 * Google's types spell every enum as `string`. Each enum field we set is
 * narrowed here to the values the reference lists, so a misspelled field
 * (excess property) or a misspelled enum value fails `npm run typecheck`.
 * Every interface below extends Google's, so a DocsRequest is always a valid
 * `docs_v1.Schema$Request` (test/document/docs-types.test.ts checks it).
 * The emulator (emulator/docs) reads the same types.
 * Reference: https://developers.google.com/docs/api/reference/rest/v1/documents/request
 */
import type { docs_v1 } from '@googleapis/docs';

// ---------------------------------------------------------------- enums (values from the reference)

export type Unit = 'PT';
export type Alignment = 'START' | 'CENTER' | 'END' | 'JUSTIFIED';
export type NamedStyleType = 'NORMAL_TEXT' | 'TITLE' | 'SUBTITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3' | 'HEADING_4' | 'HEADING_5' | 'HEADING_6';
export type DashStyle = 'SOLID' | 'DOT' | 'DASH';
export type ContentAlignment = 'TOP' | 'MIDDLE' | 'BOTTOM';
export type WidthType = 'EVENLY_DISTRIBUTED' | 'FIXED_WIDTH';
/** DocumentFormat.documentMode: "Whether the document has pages or is pageless." */
export type DocumentMode = 'PAGES' | 'PAGELESS';
export type HeaderType = 'DEFAULT';
export type BulletPreset = 'BULLET_DISC_CIRCLE_SQUARE' | 'NUMBERED_DECIMAL_ALPHA_ROMAN';

// ---------------------------------------------------------------- values

export interface Dimension extends docs_v1.Schema$Dimension {
  magnitude: number;
  unit: Unit;
}

export type Location = docs_v1.Schema$Location;
export type Range = docs_v1.Schema$Range;

export interface TextStyle extends docs_v1.Schema$TextStyle {
  fontSize?: Dimension;
}

export interface ParagraphBorder extends docs_v1.Schema$ParagraphBorder {
  width?: Dimension;
  padding?: Dimension;
  dashStyle?: DashStyle;
}

export interface ParagraphStyle extends docs_v1.Schema$ParagraphStyle {
  alignment?: Alignment;
  namedStyleType?: NamedStyleType;
  spaceAbove?: Dimension;
  spaceBelow?: Dimension;
  indentFirstLine?: Dimension;
  indentStart?: Dimension;
  indentEnd?: Dimension;
  borderBottom?: ParagraphBorder;
}

export interface TableCellBorder extends docs_v1.Schema$TableCellBorder {
  width?: Dimension;
  dashStyle?: DashStyle;
}

export interface TableCellStyle extends docs_v1.Schema$TableCellStyle {
  borderTop?: TableCellBorder;
  borderBottom?: TableCellBorder;
  borderLeft?: TableCellBorder;
  borderRight?: TableCellBorder;
  paddingTop?: Dimension;
  paddingBottom?: Dimension;
  paddingLeft?: Dimension;
  paddingRight?: Dimension;
  contentAlignment?: ContentAlignment;
}

export interface TableColumnProperties extends docs_v1.Schema$TableColumnProperties {
  width?: Dimension;
  widthType?: WidthType;
}

export type TableRowStyle = docs_v1.Schema$TableRowStyle;

export interface DocumentFormat extends docs_v1.Schema$DocumentFormat {
  documentMode?: DocumentMode;
}

export interface DocumentStyle extends docs_v1.Schema$DocumentStyle {
  documentFormat?: DocumentFormat;
  pageSize?: { width: Dimension; height: Dimension };
  marginTop?: Dimension;
  marginBottom?: Dimension;
  marginLeft?: Dimension;
  marginRight?: Dimension;
}

export interface TableCellLocation extends docs_v1.Schema$TableCellLocation {
  tableStartLocation: Location;
  rowIndex: number;
  columnIndex: number;
}

export interface TableRange extends docs_v1.Schema$TableRange {
  tableCellLocation: TableCellLocation;
  rowSpan: number;
  columnSpan: number;
}

// ---------------------------------------------------------------- requests

export interface InsertTextRequest extends docs_v1.Schema$InsertTextRequest {
  text: string;
}

export interface UpdateTextStyleRequest extends docs_v1.Schema$UpdateTextStyleRequest {
  range: Range;
  textStyle: TextStyle;
  fields: string;
}

export interface UpdateParagraphStyleRequest extends docs_v1.Schema$UpdateParagraphStyleRequest {
  range: Range;
  paragraphStyle: ParagraphStyle;
  fields: string;
}

export interface UpdateDocumentStyleRequest extends docs_v1.Schema$UpdateDocumentStyleRequest {
  documentStyle: DocumentStyle;
  fields: string;
}

export interface UpdateTableCellStyleRequest extends docs_v1.Schema$UpdateTableCellStyleRequest {
  tableCellStyle: TableCellStyle;
  fields: string;
  tableRange?: TableRange;
}

export interface UpdateTableColumnPropertiesRequest extends docs_v1.Schema$UpdateTableColumnPropertiesRequest {
  tableColumnProperties: TableColumnProperties;
  fields: string;
}

export interface UpdateTableRowStyleRequest extends docs_v1.Schema$UpdateTableRowStyleRequest {
  tableRowStyle: TableRowStyle;
  fields: string;
}

export interface MergeTableCellsRequest extends docs_v1.Schema$MergeTableCellsRequest {
  tableRange: TableRange;
}

export interface CreateHeaderRequest extends docs_v1.Schema$CreateHeaderRequest {
  type: HeaderType;
}

export interface CreateParagraphBulletsRequest extends docs_v1.Schema$CreateParagraphBulletsRequest {
  range: Range;
  bulletPreset: BulletPreset;
}

/** One request of a batchUpdate: Google's Schema$Request with the narrowed shapes above. */
export interface DocsRequest extends docs_v1.Schema$Request {
  insertText?: InsertTextRequest;
  updateTextStyle?: UpdateTextStyleRequest;
  updateParagraphStyle?: UpdateParagraphStyleRequest;
  updateDocumentStyle?: UpdateDocumentStyleRequest;
  updateTableCellStyle?: UpdateTableCellStyleRequest;
  updateTableColumnProperties?: UpdateTableColumnPropertiesRequest;
  updateTableRowStyle?: UpdateTableRowStyleRequest;
  mergeTableCells?: MergeTableCellsRequest;
  createHeader?: CreateHeaderRequest;
  createParagraphBullets?: CreateParagraphBulletsRequest;
}

export type DocsReply = docs_v1.Schema$Response;

export interface DocsBatchUpdate extends docs_v1.Schema$BatchUpdateDocumentRequest {
  requests: DocsRequest[];
}

/** The Document resource, as Documents.get and Documents.create return it. */
export type DocsDocument = docs_v1.Schema$Document;

/**
 * The `fields` mask of an update request, from field names checked against
 * the style's type: a misspelled field fails the typecheck.
 */
export function fieldMask<Style>(fields: readonly (keyof Style & string)[]): string {
  return fields.join(',');
}

export function pt(magnitude: number): Dimension {
  return { magnitude: Math.round(magnitude * 100) / 100, unit: 'PT' };
}
