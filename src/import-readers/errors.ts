/** A file the import cannot read; `message` is the one Vietnamese line the user sees. */
export class UnreadableDocumentError extends Error {}
