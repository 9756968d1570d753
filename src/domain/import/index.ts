/**
 * Import of an existing plan document: the one entry the CLI uses today and
 * the add-on will use once it reads Google Docs (docs/import.md).
 */
export type { ContentBlock, ContentCell, ContentParagraph, ContentTable, DocumentContent } from './content';
export { IMPORT_FRAMEWORKS, mapDocument, UNPLACED_TAB, type ImportReport, type ImportResult } from './map';
