/**
 * A record the add-on keeps in the spreadsheet's document properties, as
 * JSON checked by its zod schema on the way back. A value spoilt by hand,
 * or written by an older version in another shape, reads as no record: the
 * caller then acts as if nothing had been stored, never crashes.
 */
import type * as z from 'zod/mini';

export function readJsonProperty<T>(key: string, schema: z.ZodMiniType<T>): T | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(key);
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function writeJsonProperty(key: string, value: unknown): void {
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(value));
}
