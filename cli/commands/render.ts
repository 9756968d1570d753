import { describeFrameworkChoice } from '../../src/domain/frameworks/choice';
import { readPlan } from '../../src/domain/workbook/read';
import { renderWorkbookHtml } from '../../src/render/html';
import { CliError, flagValue, parseArgs } from '../args';
import { readWorkbookFile } from '../read-workbook';
import { forTerminal, printText } from '../terminal-text';
import { writeOutputFile } from '../write-output';
import { todayOption } from './validate';

/**
 * `render FILE --out plan.html [--today dd/mm/yyyy]`: the plan document as
 * a standalone HTML page (print it to PDF from a browser). 0 written,
 * 1 errors block it (listed like `validate`), 2 unreadable input or output.
 */
export function renderCommand(argv: string[]): number {
  const args = parseArgs(argv, ['out', 'today']);
  const out = flagValue(args, 'out');
  if (!out) throw new CliError('Thiếu --out: tên tệp HTML cần ghi, ví dụ: render samples/ke-hoach.json --out ke-hoach.html', 2);
  const workbook = readWorkbookFile(args.positional[0]);
  const today = args.flags.has('today') ? todayOption(flagValue(args, 'today')) : undefined;
  const result = renderWorkbookHtml(workbook, { today });

  if (!result.ok) {
    printText(describeFrameworkChoice(readPlan(workbook)) + '\n');
    for (const issue of result.issues) {
      const tag = issue.severity === 'error' ? 'LỖI    ' : 'CẢNH BÁO';
      printText(`${tag} ${issue.sheet}!${issue.cell}: ${issue.message}\n`);
    }
    const errors = result.issues.filter((issue) => issue.severity === 'error').length;
    process.stdout.write(`${errors} lỗi, ${result.issues.length - errors} cảnh báo.\n`);
    process.stderr.write(`${forTerminal(result.message)}\n`);
    return 1;
  }
  writeOutputFile({ path: out, extension: '.html', input: args.positional[0], force: args.flags.has('force') }, result.html);
  const warnings = result.issues.length;
  printText(`Đã ghi ${out}: ${result.title}${warnings > 0 ? ` (${warnings} cảnh báo, không chặn việc tạo văn bản)` : ''}.\n`);
  return 0;
}
