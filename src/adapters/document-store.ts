/**
 * What the add-on remembers about the plan's Doc, in the spreadsheet's
 * document properties (shared by every editor of the sheet): the Doc and
 * PDF ids, and what Drive said about the Doc right after the add-on last
 * wrote it, so the next generation can tell hand edits from its own.
 *
 * Records written before these fields existed still read: the missing
 * facts come back as null ("unknown"), never as a guess.
 */
import * as z from 'zod/mini';
import { readJsonProperty, writeJsonProperty } from './json-property';

/** Document property holding the plan's Doc (JSON of StoredDocument). */
export const DOCUMENT_PROPERTY = 'planDocument';

const personSchema = z.object({ email: z.string(), name: z.string() });

const storedSchema = z.object({
  docId: z.string().check(z.minLength(1)),
  pdfId: z.catch(z.nullable(z.string()), null),
  /** False when the last generation could not refresh the PDF: it shows an older version of the plan. */
  pdfCurrent: z.catch(z.boolean(), true),
  title: z.catch(z.string(), ''),
  /** ISO time of the last generation. */
  updatedAt: z.catch(z.string(), ''),
  /** Drive's modifiedTime of the Doc just after the add-on wrote it; null: unknown (older record). */
  writtenModifiedTime: z.catch(z.nullable(z.string()), null),
  /** Who owns the Doc, as Drive said after the last write; null: unknown or a shared drive. */
  owner: z.catch(z.nullable(personSchema), null),
  /** Who ran the last generation, as Drive said (the last modifying user right after the write). */
  writtenBy: z.catch(z.nullable(personSchema), null),
  /** A draft (DỰ THẢO): made while the plan had errors; sharing waits for a final one. Older records: final. */
  draft: z.catch(z.boolean(), false),
});

export type StoredDocument = z.infer<typeof storedSchema>;
export type Person = z.infer<typeof personSchema>;

/** The plan's Doc as last generated, or null (never generated, or an unreadable record). */
export function readStoredDocument(): StoredDocument | null {
  return readJsonProperty(DOCUMENT_PROPERTY, storedSchema);
}

export function saveStoredDocument(stored: StoredDocument): void {
  writeJsonProperty(DOCUMENT_PROPERTY, stored);
}
