/**
 * `rollup FILE_OR_FOLDER… --out rollup.json [--html rollup.html] [--csv schools.csv]
 *  [--today dd/mm/yyyy] [--agency "UBND HUYỆN …"] [--place "…"] [--force]`:
 * the Phòng GD&ĐT's roll-up of many schools' workbooks (src/domain/rollup).
 * A folder stands for its `.json` files (not its sub-folders), sorted by
 * name so the same folder always gives the same report. A file that cannot
 * be read is a row with its reason, never the end of the run. Exit 0 when
 * the outputs are written, 2 when nothing was given or an output cannot be
 * written.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { rollUp, buildDistrictReport, schoolsCsv, type SchoolInput } from '../../src/domain/rollup';
import { FileInputError, readWorkbookJson } from '../../src/node/workbook-file';
import { renderHtml } from '../../src/render/html';
import { CliError, flagValue, parseArgs } from '../args';
import { printText } from '../terminal-text';
import { writeOutputFile } from '../write-output';
import { todayOption } from './validate';

const EXAMPLE = 'npm run -s cli -- rollup samples/phong-gd-mau --out tong-hop.json --html tong-hop.html --csv cac-truong.csv';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The files a path stands for, and the names in its folder that were passed over (not .json). */
function filesOf(path: string): { files: string[]; skipped: string[] } {
  if (!isFolder(path)) return { files: [path], skipped: [] };
  const names = readdirSync(path).sort();
  const files = names.filter((name) => extname(name).toLowerCase() === '.json' && !isFolder(join(path, name))).map((name) => join(path, name));
  const skipped = names.filter((name) => !files.includes(join(path, name)));
  return { files, skipped };
}

function readSchool(path: string): SchoolInput {
  try {
    return { label: path, workbook: readWorkbookJson(path) };
  } catch (cause) {
    if (cause instanceof FileInputError) return { label: path, unreadable: cause.message };
    throw cause;
  }
}

export function rollupCommand(argv: string[]): number {
  const args = parseArgs(argv, ['out', 'html', 'csv', 'today', 'agency', 'place']);
  const out = flagValue(args, 'out');
  if (args.positional.length === 0) throw new CliError(`Thiếu tệp hoặc thư mục bảng tính của các trường. Ví dụ: ${EXAMPLE}`, 2);
  if (!out) throw new CliError(`Thiếu --out: tên tệp JSON cần ghi kết quả tổng hợp. Ví dụ: ${EXAMPLE}`, 2);
  const today = todayOption(flagValue(args, 'today'));
  const force = args.flags.has('force');

  const inputs: SchoolInput[] = [];
  const skipped: string[] = [];
  for (const path of args.positional) {
    const found = filesOf(path);
    inputs.push(...found.files.map(readSchool));
    skipped.push(...found.skipped.map((name) => join(path, name)));
  }
  if (inputs.length === 0) {
    throw new CliError(
      `Không có tệp .json nào trong ${args.positional.map((path) => `"${path}"`).join(', ')}. Hãy chỉ tới thư mục chứa các tệp kế hoạch (.json) của các trường.`,
      2,
    );
  }
  const rollup = rollUp(inputs, { today });

  writeOutputFile({ path: out, extension: '.json', force }, JSON.stringify(rollup, null, 2) + '\n');
  const written = [out];
  const html = flagValue(args, 'html');
  if (html) {
    const header = { agency: flagValue(args, 'agency') ?? '', place: flagValue(args, 'place') ?? '', date: today };
    writeOutputFile({ path: html, extension: '.html', force }, renderHtml(buildDistrictReport(rollup, header)));
    written.push(html);
  }
  const csv = flagValue(args, 'csv');
  if (csv) {
    writeOutputFile({ path: csv, extension: '.csv', force }, schoolsCsv(rollup.rows));
    written.push(csv);
  }

  const { totals } = rollup;
  const lines = [
    `Đã tổng hợp ${totals.schools} trường từ ${rollup.rows.length} tệp (${totals.schoolsWithErrors} trường còn lỗi). Đã ghi ${written.join(', ')}.`,
  ];
  for (const row of rollup.rows) if (row.reason) lines.push(`- ${row.label}: ${row.reason}`);
  if (skipped.length > 0) lines.push(`Bỏ qua ${skipped.length} mục không phải tệp .json: ${skipped.join(', ')}.`);
  printText(lines.join('\n') + '\n');
  return 0;
}
