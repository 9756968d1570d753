import { FileInputError, readWorkbookJson } from '../src/node/workbook-file';
import type { RawWorkbook } from '../src/domain/workbook/raw';
import { CliError } from './args';

/**
 * Reads the offline JSON workbook, or fails with exit 2 and one clear line.
 * The checks (regular file, 64 MB, strict UTF-8, schema) live in
 * src/node/workbook-file.ts, shared with the preview.
 */
export function readWorkbookFile(path: string | undefined): RawWorkbook {
  if (!path) throw new CliError('Thiếu tên tệp bảng tính (.json). Ví dụ: npm run -s cli -- validate samples/truong-tieu-hoc-an-khang-2024-2025.json', 2);
  try {
    return readWorkbookJson(path);
  } catch (cause) {
    if (cause instanceof FileInputError) throw new CliError(cause.message, 2);
    throw cause;
  }
}
