import { CliError } from './args';
import { summaryCommand } from './commands/summary';
import { templateCommand } from './commands/template';
import { validateCommand } from './commands/validate';
import { renderCommand } from './commands/render';
import { importCommand } from './commands/import';
import { nextYearCommand } from './commands/next-year';
import { historyCommand } from './commands/history';
import { rollupCommand } from './commands/rollup';
import { forTerminal } from './terminal-text';

const USAGE = `Cách dùng: npm run -s cli -- <lệnh> …
  template --out FILE.json [--force] [--framework TT57/2026] [--school-year 2026-2027]
  validate FILE.json [--json] [--today dd/mm/yyyy]
  summary FILE.json [--json]
  render FILE.json --out plan.html [--draft] [--force]
  import FILE.docx|.html|.json --out plan.json
  rollup FILE.json|THƯ-MỤC… --out rollup.json [--html rollup.html] [--csv schools.csv] [--today dd/mm/yyyy] [--agency "UBND HUYỆN …"] [--place …]
  next-year FILE.json --out next.json [--today dd/mm/yyyy] [--force] [--json]
  history FILE.json… [--json] [--today dd/mm/yyyy]`;

const commands: Record<string, (argv: string[]) => number> = {
  template: templateCommand,
  validate: validateCommand,
  summary: summaryCommand,
  render: renderCommand,
  import: importCommand,
  rollup: rollupCommand,
  'next-year': nextYearCommand,
  history: historyCommand,
};

function main(argv: string[]): number {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `Không có lệnh "${name}".\n` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    return command(rest);
  } catch (cause) {
    if (cause instanceof CliError) {
      // The message may quote a file name or a document's text: no terminal controls.
      process.stderr.write(forTerminal(cause.message) + '\n');
      return cause.exitCode;
    }
    // A bug of ours: still one line, never a stack trace for the user.
    process.stderr.write(`Lỗi không mong đợi: ${(cause as Error)?.message ?? String(cause)}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
