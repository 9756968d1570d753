/**
 * What every server function returns to the sidebar: the value, or the
 * Vietnamese message of a refusal. Its own module, so the two halves of the
 * contract (api.ts for the school, district-api.ts for the Phòng) both use
 * it without importing each other.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };
