import { parseA1 } from '../domain/workbook/a1';
import { findSheet } from '../domain/workbook/find-sheet';
import { UserError } from './errors';
import { activeSpreadsheet } from './context';

/** Selects `sheet!cell` so the user lands on the problem. */
export function goToCell(sheetName: string, cell: string): null {
  const spreadsheet = activeSpreadsheet();
  const names = spreadsheet.getSheets().map((sheet) => ({ name: sheet.getName(), values: [] }));
  const match = findSheet({ sheets: names }, String(sheetName));
  const sheet = match ? spreadsheet.getSheetByName(match.name) : null;
  if (!sheet) throw new UserError(`Không tìm thấy trang tính "${sheetName}". Có thể trang đã bị đổi tên hoặc xóa; hãy bấm "Kiểm tra" lại.`);
  if (!parseA1(String(cell))) throw new UserError(`Địa chỉ ô "${cell}" không hợp lệ.`);
  sheet.activate();
  sheet.getRange(String(cell)).activate();
  return null;
}
