/**
 * The warnings the school dismissed ("Bỏ qua"), in the spreadsheet's
 * document properties, so every editor of the sheet sees the same list.
 * A property value holds at most 9 KB (Apps Script quotas, "Properties
 * value size"), so the list is stored compactly and trimmed to what still
 * matches a warning (liveDismissals) each time it is written.
 */
import * as z from 'zod/mini';
import type { DismissedWarning } from '../domain/analyse';
import { readJsonProperty } from './json-property';

export const DISMISSALS_PROPERTY = 'dismissedWarnings';

/** About 9 KB in a property value: keep a margin. */
const MAX_STORED_CHARS = 8_500;

const storedSchema = z.array(z.tuple([z.string(), z.string(), z.string(), z.string()]));

export function readDismissals(): DismissedWarning[] {
  const stored = readJsonProperty(DISMISSALS_PROPERTY, storedSchema) ?? [];
  return stored.map(([sheet, cell, code, fingerprint]) => ({ sheet, cell, code, value: fingerprint }));
}

/** Saves the list; the newest dismissals are kept when it would not fit. Returns how many were kept. */
export function saveDismissals(dismissals: DismissedWarning[]): number {
  const rows = dismissals.map((dismissal) => [dismissal.sheet, dismissal.cell, dismissal.code, dismissal.value]);
  let json = JSON.stringify(rows);
  while (json.length > MAX_STORED_CHARS && rows.length > 0) {
    rows.shift();
    json = JSON.stringify(rows);
  }
  const properties = PropertiesService.getDocumentProperties();
  if (rows.length === 0) properties.deleteProperty(DISMISSALS_PROPERTY);
  else properties.setProperty(DISMISSALS_PROPERTY, json);
  return rows.length;
}
