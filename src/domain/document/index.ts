/** The plan document: its model, its builder and the framework spec types. */
export * from './model';
export type * from './spec';
export { textSectionsOf } from './spec';
export { buildPlanDocument, documentTitle, fillPlaceholders, recipientLines, sectionText } from './build';
export { ND30, a4Page } from './nd30';
