import type { Cell } from '../domain/cell';
import type { RawWorkbook } from '../domain/workbook/raw';

/**
 * Reads every tab in one `getValues` each (never per cell): the whole
 * workbook as the domain sees it. Tabs the add-on does not know are read
 * too (cheap, and the domain ignores them) so that a renamed tab is still
 * found by its normalised name.
 */
export function readWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RawWorkbook {
  return {
    sheets: spreadsheet.getSheets().map((sheet) => ({
      name: sheet.getName(),
      values: sheet.getDataRange().getValues() as Cell[][],
    })),
  };
}
