import { frameworkByName, frameworks, tt17TieuHoc } from '../../src/domain/frameworks';
import { parseSchoolYear } from '../../src/domain/parse/school-year';
import { blankWorkbook } from '../../src/domain/workbook/template';
import { CliError, flagValue, parseArgs } from '../args';
import { writeOutputFile } from '../write-output';

/** `template --out FILE.json [--framework TT57] [--school-year 2026-2027]` */
export function templateCommand(argv: string[]): number {
  const args = parseArgs(argv, ['out', 'framework', 'school-year']);
  const out = flagValue(args, 'out');
  if (!out) throw new CliError('Thiếu --out FILE.json: tên tệp để ghi bảng tính mẫu.', 2);
  const frameworkName = flagValue(args, 'framework');
  const framework = frameworkName ? frameworkByName(frameworkName) : tt17TieuHoc;
  if (!framework)
    throw new CliError(`Khung đánh giá "${frameworkName}" không được hỗ trợ: dùng một trong ${frameworks.map((known) => `"${known.id}"`).join(', ')}.`, 2);
  const yearText = flagValue(args, 'school-year');
  const schoolYear = yearText ? parseSchoolYear(yearText) : null;
  if (yearText && !schoolYear) throw new CliError(`Năm học "${yearText}" không đúng, ví dụ đúng: 2024-2025.`, 2);
  writeOutputFile({ path: out, extension: '.json', force: args.flags.has('force') }, JSON.stringify(blankWorkbook(framework, schoolYear), null, 2) + '\n');
  process.stdout.write(`Đã ghi bảng tính mẫu (${framework.title}) vào ${out}\n`);
  return 0;
}
