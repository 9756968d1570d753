import { analysePlan, planDocument } from '../../src/domain/analyse';
import type { PlanDocument } from '../../src/domain/document/model';
import type { SimpleDate } from '../../src/domain/parse/types';
import { htmlParts } from '../../src/render/html';
import { CliError, flagValue, parseArgs } from '../args';
import { readWorkbookFile } from '../read-workbook';
import { forTerminal, printText } from '../terminal-text';
import { writeOutputParts } from '../write-output';
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
  const today = args.flags.has('today') ? todayOption(flagValue(args, 'today')) : undefined;
  const draft = args.flags.has('draft');
  const built = buildDocument(args.positional[0], today, draft);
  if (!built.ok) return 1;

  writeOutputParts({ path: out, extension: '.html', input: args.positional[0], force: args.flags.has('force') }, htmlParts(built.document));
  const notes: string[] = [];
  if (draft) notes.push(`bản dự thảo${built.errorCount > 0 ? `, còn ${built.errorCount} lỗi cần sửa trước khi ban hành` : ''}`);
  if (built.warningCount > 0) notes.push(`${built.warningCount} cảnh báo, không chặn việc tạo văn bản`);
  printText(`Đã ghi ${out}: ${built.document.title}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.\n`);
  return 0;
}

type Built = { ok: true; document: PlanDocument; errorCount: number; warningCount: number } | { ok: false };

/**
 * The document, or the refusal printed like `validate`. Only the document
 * and the counts leave this function: the workbook and its analysis can be
 * collected before the page is written (a 100,000-row plan needs the room).
 */
function buildDocument(file: string | undefined, today: SimpleDate | undefined, draft: boolean): Built {
  const analysis = analysePlan(readWorkbookFile(file), { today });
  const outcome = planDocument(analysis, { draft });
  if (!outcome.ok) {
    printIssues(analysis);
    process.stderr.write(`${forTerminal(outcome.message.split('\n')[0])}\n`);
    return { ok: false };
  }
  return { ok: true, document: outcome.document, errorCount: analysis.errorCount, warningCount: analysis.warningCount };
}
