/**
 * `npx tsx bench/import.ts`: how long `import` takes on long Word plans
 * (every TT17 criterion with 3, then 7, action rows; criterion cells merged
 * down; two-paragraph action cells), measured, never asserted. For each:
 * its size (action rows; pages of the same plan rendered and printed to
 * PDF by Chromium, when installed), the median of reading the .docx and
 * mapping it in-process, and the wall time of the CLI command (Node and
 * tsx start-up included). The machine is shared: compare within one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { mapDocument } from '../src/domain/import/map';
import { readDocx } from '../src/import-readers/docx';
import { browserAvailable, launch, pdfPages, printPdf } from '../fixtures/browser';
import { ROOT } from '../fixtures/workbooks';
import { buildPlanDocx, longPlan } from '../fixtures/docx-plans';
import { ms, time } from './stats';

const dir = mkdtempSync(join(tmpdir(), 'khct-bench-import-'));
const tsx = (...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

async function pagesOf(browser: Browser | null, workbook: string, name: string): Promise<string> {
  if (!browser) return 'pages not measured (no Chromium)';
  const html = join(dir, `${name}.html`);
  const rendered = tsx('render', workbook, '--out', html);
  if (rendered.status !== 0) return `pages not measured (render exit ${rendered.status})`;
  const pdf = join(dir, `${name}.pdf`);
  await printPdf(browser, readFileSync(html, 'utf8'), pdf);
  return `${pdfPages(pdf)} pages printed`;
}

const browser = browserAvailable() ? await launch() : null;
for (const actions of [3, 7]) {
  const name = `long-${actions}`;
  const bytes = await buildPlanDocx(longPlan(actions));
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  const run = time(15, () => mapDocument(readDocx(bytes)));
  const rows = run.result.report.rowsPerTab.reduce((sum, tab) => sum + tab.rows, 0);
  const out = join(dir, `${name}.json`);
  const started = performance.now();
  const cli = tsx('import', docx, '--out', out);
  const wall = performance.now() - started;
  console.log(`Import, ${rows} action rows (${(bytes.length / 1024).toFixed(0)} KB .docx, ${await pagesOf(browser, out, name)}):`);
  console.log(`  read .docx + map, in-process: median ${ms(run.medianMs)}, best ${ms(run.minMs)} (target < 1 s)`);
  console.log(`  CLI "import" wall time: ${ms(wall)} (exit ${cli.status})`);
}
await browser?.close();
