/**
 * Document properties hold at most 9 KB a value: long values are split
 * into numbered chunks under one key.
 */
const CHUNK = 8000;

export function readLong(properties: GoogleAppsScript.Properties.Properties, key: string, all: Record<string, string>): string | null {
  const count = Number(all[`${key}#n`] ?? '0');
  if (count === 0) return all[key] ?? null;
  let text = '';
  for (let i = 0; i < count; i++) text += all[`${key}#${i}`] ?? '';
  return text;
}

/** The key/values to write for `text` under `key` (and to delete: the stale chunks of a longer earlier value). */
export function chunked(key: string, text: string, all: Record<string, string>): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  const previousCount = Number(all[`${key}#n`] ?? '0');
  if (text.length <= CHUNK) {
    set[key] = text;
    for (let i = 0; i < previousCount; i++) remove.push(`${key}#${i}`);
    if (previousCount > 0) remove.push(`${key}#n`);
    return { set, remove };
  }
  const count = Math.ceil(text.length / CHUNK);
  for (let i = 0; i < count; i++) set[`${key}#${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  set[`${key}#n`] = String(count);
  for (let i = count; i < previousCount; i++) remove.push(`${key}#${i}`);
  if (all[key] !== undefined) remove.push(key);
  return { set, remove };
}
