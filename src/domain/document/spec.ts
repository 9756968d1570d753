/**
 * How a framework's plan document is laid out. Owned by the document
 * model; each framework's data file fills one in.
 */

/** A free-text section of the plan that the school may replace in `Nội dung văn bản`. */
export interface DocumentSectionDefault {
  /** Heading as printed, e.g. `I. MỤC ĐÍCH, YÊU CẦU`; also the key in `Nội dung văn bản`. */
  heading: string;
  /** Default paragraphs, one string a paragraph (lines starting `- ` are list items). */
  text: string[];
}

export interface DocumentSpec {
  orientation: 'portrait' | 'landscape';
  /** Sections whose text the school may replace, in document order. */
  textSections: DocumentSectionDefault[];
}
