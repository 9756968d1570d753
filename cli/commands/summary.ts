import { formatVnd } from '../../src/domain/parse/budget';
import { analysePlan } from '../../src/domain/analyse';
import { parseArgs } from '../args';
import { readWorkbookFile } from '../read-workbook';
import { printText } from '../terminal-text';

/** `summary FILE [--json]`: the level summary; 0, or 2 when unreadable. */
export function summaryCommand(argv: string[]): number {
  const args = parseArgs(argv, []);
  const { summary } = analysePlan(readWorkbookFile(args.positional[0]));
  if (args.flags.has('json')) {
    const { framework, levels, schoolLevel, budgetTotalVnd, text } = summary;
    const extra = {
      frameworkReason: summary.frameworkReason,
      schoolLevelLabel: summary.schoolLevelLabel,
      nationalStandard: summary.nationalStandard,
      budgetLines: summary.budgetLines,
      nextLevel: summary.nextLevel,
    };
    process.stdout.write(JSON.stringify({ framework, levels, schoolLevel, budgetTotalVnd, text, ...extra }, null, 2) + '\n');
  } else {
    printText(`${summary.frameworkReason}\n${summary.text}\nTổng kinh phí dự kiến: ${formatVnd(summary.budgetTotalVnd)}\n`);
  }
  return 0;
}
