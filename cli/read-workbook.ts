import { readFileSync } from 'node:fs';
import { rawWorkbookSchema, type RawWorkbook } from '../src/domain/workbook/raw';
import { CliError } from './args';

/** Reads the offline JSON workbook, or fails with exit 2 and one clear line. */
export function readWorkbookFile(path: string | undefined): RawWorkbook {
  if (!path) throw new CliError('Thiếu tên tệp bảng tính (.json). Ví dụ: npm run -s cli -- validate samples/truong-tieu-hoc-an-khang-2024-2025.json', 2);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`, 2);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new CliError(`Tệp "${path}" không phải JSON hợp lệ (${(cause as Error).message}).`, 2);
  }
  const parsed = rawWorkbookSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first.path.length > 0 ? ` tại ${first.path.join('.')}` : '';
    throw new CliError(`Tệp "${path}" không đúng định dạng bảng tính${where}: cần {"sheets": [{"name": "...", "values": [[...]]}]}, ô là chuỗi, số, true/false hoặc null.`, 2);
  }
  return parsed.data;
}
