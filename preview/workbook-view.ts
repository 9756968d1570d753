/**
 * The emulated spreadsheet as the preview's page and document view need
 * it: a grid per tab (display values, the add-on's colours and notes) and
 * the offline JSON workbook the HTML twin of the plan is rendered from.
 */
import type { RawWorkbook } from '../src/domain/workbook/raw';
import type { Emulator } from '../emulator/index';
import type { GridSheet } from './protocol';

/** Sheets' width of a column nobody resized. */
const SHEETS_DEFAULT_WIDTH = 100;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isDate(cell: unknown): cell is Date {
  // Dates made inside the bundle's vm are not instances of this realm's Date.
  return cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]';
}

/** The emulated sheets as the offline JSON format (dates as yyyy-mm-dd). */
export function rawWorkbookOf(emu: Emulator): RawWorkbook {
  return {
    sheets: emu.workbook.sheets().map((sheet) => ({
      name: sheet.name,
      values: sheet
        .values()
        .map((row) => row.map((cell) => (isDate(cell) ? `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}` : cell))),
    })),
  };
}

export function gridOf(emu: Emulator): GridSheet[] {
  const snapshot = emu.workbook.snapshot();
  return emu.workbook.sheets().map((view, index) => {
    const snap = snapshot.sheets[index];
    const rows = view.lastRow() > 0 ? view.displayValues() : [];
    const width = Math.max(rows[0]?.length ?? 0, 1);
    const allWidths = view.columnWidths();
    const backgrounds: Record<string, string> = {};
    for (const [a1, color] of Object.entries(snap.backgrounds)) if (color.toLowerCase() !== '#ffffff') backgrounds[a1] = color;
    const bold: Record<string, true> = {};
    for (const [a1, format] of Object.entries(snap.formats)) if (format.fontWeight === 'bold') bold[a1] = true;
    const sheetProtection = snap.protections.find((p) => p.type === 'SHEET');
    return {
      name: snap.name,
      rows,
      backgrounds,
      notes: snap.notes,
      bold,
      frozenRows: snap.frozenRows,
      widths: allWidths.slice(0, width),
      defaultWidths: allWidths.slice(0, width).map((w) => w === SHEETS_DEFAULT_WIDTH),
      protectedNote: sheetProtection ? sheetProtection.description || 'Trang được bảo vệ' : null,
    };
  });
}
