/**
 * Reliability figures (issue 14): peak memory and wall time of the CLI's
 * `validate` and `render` on 1,000 / 10,000 / 100,000 action rows, each run
 * as its own process (measured by /usr/bin/time, so the figure is the whole
 * process: Node, tsx and the add-on's code). Targets: 100,000 rows render
 * under 600 MB and 20 s. Prints a table; writes only temporary files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filledWorkbook, ROOT, withRowsPerTab } from '../fixtures/workbooks';
import { tt17TieuHoc } from '../src/domain/frameworks';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'cli', 'main.ts');

interface Measure {
  seconds: number;
  maxRssMb: number;
  exit: number;
}

/** One CLI run under /usr/bin/time: `%e` wall seconds, `%M` peak resident KB. */
function measure(args: string[]): Measure {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', TSX, CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (run.error) throw new Error(`could not run the CLI: ${run.error.message}`);
  return parse(run.stderr.toString(), run.status ?? -1);
}

function parse(stderr: string, exit: number): Measure {
  const match = /TIME ([\d.]+) (\d+)/.exec(stderr);
  if (!match) throw new Error(`no figures in: ${stderr.slice(-300)}`);
  return { seconds: Number(match[1]), maxRssMb: Math.round(Number(match[2]) / 1024), exit };
}

export function reliability(): void {
  console.log('\n4. Reliability: the CLI as a whole process (peak memory, wall time), TT17, action rows across 5 tabs');
  console.log('   rows      validate                 render');
  const dir = mkdtempSync(join(tmpdir(), 'khct-bench-'));
  try {
    for (const rows of [1_000, 10_000, 100_000]) {
      const workbook = withRowsPerTab(filledWorkbook(tt17TieuHoc, { levelOf: (_code, max) => max - 1, requirementsMet: 2 }), tt17TieuHoc, rows / 5);
      const file = join(dir, `plan-${rows}.json`);
      writeFileSync(file, JSON.stringify(workbook));
      const validate = measure(['validate', file, '--json', '--today', '23/11/2024']);
      const render = measure(['render', file, '--out', join(dir, `plan-${rows}.html`), '--force']);
      const cell = (m: Measure) => `${m.seconds.toFixed(1).padStart(5)} s ${String(m.maxRssMb).padStart(5)} MB (exit ${m.exit})`;
      console.log(`   ${String(rows).padStart(7)}  ${cell(validate)}   ${cell(render)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('   (targets: 100,000 rows render under 600 MB and 20 s)');
}
