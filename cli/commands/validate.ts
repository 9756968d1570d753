import { analysePlan, type PlanAnalysis } from '../../src/domain/analyse';
import { parseDate } from '../../src/domain/parse/date';
import type { SimpleDate } from '../../src/domain/parse/types';
import { CliError, flagValue, parseArgs } from '../args';
import { readWorkbookFile } from '../read-workbook';
import { printText } from '../terminal-text';

export function todayOption(text: string | undefined): SimpleDate {
  if (text === undefined) {
    const now = new Date();
    return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
  }
  const date = parseDate(text);
  if (!date) throw new CliError(`--today "${text}" không phải ngày hợp lệ (dd/mm/yyyy).`, 2);
  return date;
}

/** The framework and why, every issue with its tab and cell, then the counts: what `validate` and a refused `render` print. */
export function printIssues(analysis: PlanAnalysis): void {
  printText(analysis.frameworkReason + '\n');
  for (const issue of analysis.issues) {
    const tag = issue.severity === 'error' ? 'LỖI    ' : 'CẢNH BÁO';
    printText(`${tag} ${issue.sheet}!${issue.cell}: ${issue.message}\n`);
  }
  process.stdout.write(`${analysis.errorCount} lỗi, ${analysis.warningCount} cảnh báo.\n`);
}

/** `validate FILE [--json] [--today dd/mm/yyyy]`: 0 no errors, 1 errors, 2 unreadable. */
export function validateCommand(argv: string[]): number {
  const args = parseArgs(argv, ['today']);
  const analysis = analysePlan(readWorkbookFile(args.positional[0]), { today: todayOption(flagValue(args, 'today')) });
  const ok = analysis.errorCount === 0;
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify({ ok, framework: analysis.framework.id, issues: analysis.issues }, null, 2) + '\n');
  } else {
    printIssues(analysis);
  }
  return ok ? 0 : 1;
}
