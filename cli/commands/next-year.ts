import { nextYearWorkbook } from '../../src/domain/cycle/next-year';
import { CliError, flagValue, parseArgs } from '../args';
import { readWorkbookFile } from '../read-workbook';
import { printText } from '../terminal-text';
import { writeOutputFile } from '../write-output';
import { todayOption } from './validate';

/**
 * `next-year FILE --out next.json [--today dd/mm/yyyy] [--force] [--json]`:
 * next school year's workbook from this one (src/domain/cycle/next-year.ts).
 * The input is only read. 0 written; 2 unreadable input or no school year.
 */
export function nextYearCommand(argv: string[]): number {
  const args = parseArgs(argv, ['out', 'today']);
  const input = args.positional[0];
  const out = flagValue(args, 'out');
  if (!out) throw new CliError('Thiếu --out FILE.json: tên tệp để ghi bảng tính năm học mới.', 2);
  const outcome = nextYearWorkbook(readWorkbookFile(input), { today: todayOption(flagValue(args, 'today')) });
  if (!outcome.ok) throw new CliError(outcome.message, 2);
  writeOutputFile({ path: out, extension: '.json', input, force: args.flags.has('force') }, JSON.stringify(outcome.workbook, null, 2) + '\n');
  if (args.flags.has('json')) {
    const { workbook: _written, ...report } = outcome;
    process.stdout.write(JSON.stringify({ out, ...report }, null, 2) + '\n');
    return 0;
  }
  const lines = [`Đã ghi ${out}.`, ...outcome.sentences];
  for (const move of outcome.carried) lines.push(`CHUYỂN   ${move.from} → trang "${move.to}": ${move.action} (${move.status})`);
  for (const warning of outcome.warnings) lines.push(`CẢNH BÁO ${warning}`);
  printText(lines.join('\n') + '\n');
  return 0;
}
