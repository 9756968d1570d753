import { basename } from 'node:path';
import { formatVnd } from '../../src/domain/parse/budget';
import { schoolHistory } from '../../src/domain/cycle/history';
import { CliError, flagValue, parseArgs } from '../args';
import { readWorkbookFile } from '../read-workbook';
import { printText } from '../terminal-text';
import { todayOption } from './validate';

/**
 * `history FILE… [--json] [--today dd/mm/yyyy]`: a school's years side by
 * side, and whether the three-year condition of khoản 1 Điều 16 TT57/2026
 * is met, with what is assumed (src/domain/cycle/history.ts). 0, or 2 when
 * a file cannot be read.
 */
export function historyCommand(argv: string[]): number {
  const args = parseArgs(argv, ['today']);
  if (args.positional.length === 0) throw new CliError('Thiếu tên tệp: history nam-2024-2025.json nam-2025-2026.json …', 2);
  const inputs = args.positional.map((path) => ({ label: basename(path), workbook: readWorkbookFile(path) }));
  const history = schoolHistory(inputs, { today: todayOption(flagValue(args, 'today')) });
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify(history, null, 2) + '\n');
    return 0;
  }
  const lines: string[] = [];
  for (const year of history.years) {
    lines.push(`Năm học ${year.schoolYear} (${year.label}) · ${year.framework} · ${year.schoolLevelLabel}`);
    lines.push(`  ${year.levelsText}`);
    lines.push(`  Kinh phí dự kiến: ${formatVnd(year.budgetTotalVnd)} · hoạt động đã xong: ${year.actionsFinished}, chưa xong: ${year.actionsUnfinished}`);
    if (!year.counts) lines.push(`  Chưa tính cho Điều 16: ${year.whyNot}`);
  }
  lines.push('', ...history.threeYears.sentences, '', 'Giả định:', ...history.assumptions.map((text) => `- ${text}`));
  for (const warning of history.warnings) lines.push(`CẢNH BÁO ${warning}`);
  printText(lines.join('\n') + '\n');
  return 0;
}
