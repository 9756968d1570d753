import { analysePlan, planDocument } from '../../src/domain/analyse';
import { renderHtml } from '../../src/render/html';
import { CliError, flagValue, parseArgs } from '../args';
import { readWorkbookFile } from '../read-workbook';
import { forTerminal, printText } from '../terminal-text';
import { writeOutputFile } from '../write-output';
import { printIssues, todayOption } from './validate';

/**
 * `render FILE --out plan.html [--draft] [--today dd/mm/yyyy]`: the plan
 * document as a standalone HTML page (print it to PDF from a browser).
 * Without `--draft`: 0 written, 1 errors block the final document (listed
 * like `validate`), 2 unreadable input or output. With `--draft`: the same
 * document marked `DỰ THẢO`, written whatever the errors (0).
 */
export function renderCommand(argv: string[]): number {
  const args = parseArgs(argv, ['out', 'today']);
  const out = flagValue(args, 'out');
  if (!out) throw new CliError('Thiếu --out: tên tệp HTML cần ghi, ví dụ: render samples/ke-hoach.json --out ke-hoach.html', 2);
  const workbook = readWorkbookFile(args.positional[0]);
  const today = args.flags.has('today') ? todayOption(flagValue(args, 'today')) : undefined;
  const draft = args.flags.has('draft');
  const analysis = analysePlan(workbook, { today });
  const outcome = planDocument(analysis, { draft });

  if (!outcome.ok) {
    printIssues(analysis);
    process.stderr.write(`${forTerminal(outcome.message.split('\n')[0])}\n`);
    return 1;
  }
  writeOutputFile({ path: out, extension: '.html', input: args.positional[0], force: args.flags.has('force') }, renderHtml(outcome.document));
  const notes: string[] = [];
  if (draft) notes.push(`bản dự thảo${analysis.errorCount > 0 ? `, còn ${analysis.errorCount} lỗi cần sửa trước khi ban hành` : ''}`);
  if (analysis.warningCount > 0) notes.push(`${analysis.warningCount} cảnh báo, không chặn việc tạo văn bản`);
  printText(`Đã ghi ${out}: ${outcome.document.title}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.\n`);
  return 0;
}
