/**
 * Docs API v1 request shapes the adapter sends. `@types/google-apps-script`
 * predates several request kinds the Docs API has (updateDocumentStyle,
 * updateTableCellStyle, updateTableColumnProperties, updateTableRowStyle,
 * mergeTableCells, pinTableHeaderRows, createHeader): they are declared
 * here from the Docs API reference, on top of the typed ones. The emulator
 * (emulator/docs) reads the same types.
 */
export type Dimension = GoogleAppsScript.Docs.Schema.Dimension;
export type Location = GoogleAppsScript.Docs.Schema.Location;
export type Range = GoogleAppsScript.Docs.Schema.Range;
export type TextStyle = GoogleAppsScript.Docs.Schema.TextStyle;
export type ParagraphStyle = GoogleAppsScript.Docs.Schema.ParagraphStyle;
export type ParagraphBorder = GoogleAppsScript.Docs.Schema.ParagraphBorder;
export type TableCellStyle = GoogleAppsScript.Docs.Schema.TableCellStyle;
export type TableCellBorder = GoogleAppsScript.Docs.Schema.TableCellBorder;
export type TableColumnProperties = GoogleAppsScript.Docs.Schema.TableColumnProperties;

export interface DocumentStyle extends GoogleAppsScript.Docs.Schema.DocumentStyle {
  marginHeader?: Dimension;
  marginFooter?: Dimension;
  flipPageOrientation?: boolean;
}

export interface TableRowStyle extends GoogleAppsScript.Docs.Schema.TableRowStyle {
  preventOverflow?: boolean;
  tableHeader?: boolean;
}

export interface TableRange {
  tableCellLocation: { tableStartLocation: Location; rowIndex: number; columnIndex: number };
  rowSpan: number;
  columnSpan: number;
}

export interface DocsRequest extends GoogleAppsScript.Docs.Schema.Request {
  updateDocumentStyle?: { documentStyle: DocumentStyle; fields: string };
  updateTableCellStyle?: { tableCellStyle: TableCellStyle; fields: string; tableStartLocation?: Location; tableRange?: TableRange };
  updateTableColumnProperties?: {
    tableStartLocation: Location;
    columnIndices?: number[];
    tableColumnProperties: TableColumnProperties;
    fields: string;
  };
  updateTableRowStyle?: { tableStartLocation: Location; rowIndices?: number[]; tableRowStyle: TableRowStyle; fields: string };
  mergeTableCells?: { tableRange: TableRange };
  pinTableHeaderRows?: { tableStartLocation: Location; pinnedHeaderRowsCount: number };
  createHeader?: { type: 'DEFAULT'; sectionBreakLocation?: Location };
}

export interface DocsReply extends GoogleAppsScript.Docs.Schema.Response {
  createHeader?: { headerId: string };
}

export interface DocsBatchUpdate {
  requests: DocsRequest[];
}

/** Request kinds this project sends, for the emulator's dispatcher. */
export const REQUEST_KINDS = [
  'insertText',
  'insertTable',
  'deleteContentRange',
  'updateTextStyle',
  'updateParagraphStyle',
  'updateDocumentStyle',
  'updateTableCellStyle',
  'updateTableColumnProperties',
  'updateTableRowStyle',
  'mergeTableCells',
  'pinTableHeaderRows',
  'createHeader',
] as const;

export type RequestKind = (typeof REQUEST_KINDS)[number];

export function pt(magnitude: number): Dimension {
  return { magnitude: Math.round(magnitude * 100) / 100, unit: 'PT' };
}
