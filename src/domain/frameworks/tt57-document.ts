import type { DocumentSpec } from '../document/spec';

/** The TT57 plan, Biểu 2 Phụ lục V: A4 landscape for its 10-column table. */
export const tt57Document: DocumentSpec = {
  orientation: 'landscape',
  textSections: [],
};
