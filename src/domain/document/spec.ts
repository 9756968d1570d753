/**
 * How a framework's plan document is laid out. Owned by the document
 * model; each framework's data file fills one in.
 * (Placeholder shape, refined by the document issue.)
 */
export interface DocumentSpec {
  orientation: 'portrait' | 'landscape';
}
