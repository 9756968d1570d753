import type { DocumentSpec } from '../document/spec';

/** The TT17 plan: A4 portrait, the 9-column table (NĐ30, real plans). */
export const tt17Document: DocumentSpec = {
  orientation: 'portrait',
  textSections: [],
};
