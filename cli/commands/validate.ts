import { parseDate } from '../../src/domain/parse/date';
import type { SimpleDate } from '../../src/domain/parse/types';
import { describeFrameworkChoice } from '../../src/domain/frameworks/choice';
import { hasErrors, validatePlan } from '../../src/domain/validate';
import { readPlan } from '../../src/domain/workbook/read';
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

/** `validate FILE [--json] [--today dd/mm/yyyy]`: 0 no errors, 1 errors, 2 unreadable. */
export function validateCommand(argv: string[]): number {
  const args = parseArgs(argv, ['today']);
  const plan = readPlan(readWorkbookFile(args.positional[0]));
  const issues = validatePlan(plan, { today: todayOption(flagValue(args, 'today')) });
  const ok = !hasErrors(issues);
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify({ ok, framework: plan.framework.id, issues }, null, 2) + '\n');
  } else {
    printText(describeFrameworkChoice(plan) + '\n');
    for (const issue of issues) {
      const tag = issue.severity === 'error' ? 'LỖI    ' : 'CẢNH BÁO';
      printText(`${tag} ${issue.sheet}!${issue.cell}: ${issue.message}\n`);
    }
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    process.stdout.write(`${errors} lỗi, ${issues.length - errors} cảnh báo.\n`);
  }
  return ok ? 0 : 1;
}
