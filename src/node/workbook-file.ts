/**
 * The offline JSON workbook (docs/spec/workbook.md) read from disk, for
 * the CLI and the preview alike: the file checks of text-file.ts, then
 * JSON, then the workbook schema. Each refusal is one Vietnamese line.
 */
import { rawWorkbookSchema, type RawWorkbook } from '../domain/workbook/raw';
import { FileInputError, readInputText } from './text-file';

export { FileInputError, MAX_INPUT_BYTES } from './text-file';

export function readWorkbookJson(path: string): RawWorkbook {
  const text = readInputText(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new FileInputError(`Tệp "${path}" không phải JSON hợp lệ (${(cause as Error).message}).`);
  }
  const parsed = rawWorkbookSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first.path.length > 0 ? ` tại ${first.path.join('.')}` : '';
    throw new FileInputError(
      `Tệp "${path}" không đúng định dạng bảng tính${where}: cần {"sheets": [{"name": "...", "values": [[...]]}]}, ô là chuỗi, số, true/false hoặc null.`,
    );
  }
  return parsed.data;
}
