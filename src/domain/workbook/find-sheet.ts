import { foldKey } from '../text';
import type { RawSheet, RawWorkbook } from './raw';

/** The tab whose name matches, compared after NFC, trimming and case folding. */
export function findSheet(workbook: RawWorkbook, name: string): RawSheet | undefined {
  const key = foldKey(name);
  return workbook.sheets.find((sheet) => foldKey(sheet.name) === key);
}
