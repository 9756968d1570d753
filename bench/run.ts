/**
 * `npm run bench`: speed and size, measured (never asserted in tests).
 *  1. The domain core: template → analysePlan (read, validate, summary,
 *     follow-up) on 5 standard tabs × 1,000 rows (target: median under
 *     20 ms on this machine).
 *  2. Service calls of the built add-on in the emulator, 10 vs 1,000 rows
 *     per tab, and the batched check against a naive per-cell check on the
 *     same workbook (calls and time, as ratios within this one run).
 *  3. The plan document (when the document code is present): calls and time
 *     for plans of 30, 150 and 600 rows.
 * Prints a table; writes nothing.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, loadBundle, loadWorkbookJson, servicesOf } from '../emulator';
import { tt17TieuHoc } from '../src/domain/frameworks';
import { analysePlan } from '../src/domain/analyse';
import type { RawWorkbook } from '../src/domain/workbook/raw';
import { blankWorkbook } from '../src/domain/workbook/template';
import { filledWorkbook, ROOT, sheet, withRowsPerTab } from '../fixtures/workbooks';
import { naiveCheck } from './naive-check';
import { benchRollup } from './rollup';
import { reliability } from './reliability';
import { ms, time } from './stats';

const CODE_JS = join(ROOT, 'build', 'Code.js');

function bigPlan(rowsPerTab: number): RawWorkbook {
  const workbook = withRowsPerTab(filledWorkbook(tt17TieuHoc, { levelOf: (_code, max) => max - 1, requirementsMet: 2 }), tt17TieuHoc, rowsPerTab);
  for (const standard of tt17TieuHoc.standards) {
    const tab = sheet(workbook, `Tiêu chuẩn ${standard.number}`);
    const time = tab.values[0].indexOf('Thời gian');
    // The same errors on every tab whatever its size, so call counts compare like for like.
    tab.values[2][time] = 'Năm 2065';
    tab.values[tab.values.length - 1][time] = 'Tháng 5/2025 - tháng 9/2024';
  }
  return workbook;
}

function domainCore(): void {
  const workbook = bigPlan(1000);
  const rows = workbook.sheets.reduce((sum, tab) => sum + tab.values.length, 0);
  const work = () => {
    blankWorkbook(tt17TieuHoc);
    const analysis = analysePlan(workbook, { today: { day: 23, month: 11, year: 2026 } });
    return { issues: analysis.issues.length, summary: analysis.summary };
  };
  // Two runs first, unmeasured: the JIT compiles the reader and the checks during them, and a
  // sidebar's server call in a warm runtime is what the figure stands for.
  work();
  work();
  const run = time(30, work);
  console.log(`\n1. Domain core: template → analysePlan, 5 tabs × 1.000 rows (${rows} rows in all)`);
  console.log(`   median ${ms(run.medianMs)}, best ${ms(run.minMs)} (target < 20 ms; 30 runs after 2 unmeasured); ${run.result.issues} issues found`);
}

function addOnCalls(): void {
  console.log('\n2. Service calls of the built add-on (emulator), per server function');
  console.log('   function        10 rows/tab   1.000 rows/tab');
  for (const name of ['getOverview', 'checkPlan', 'writeSummary', 'setupTabs']) {
    const counts = [10, 1000].map((rows) => {
      const emu = createEmulator({ htmlDir: join(ROOT, 'build') });
      loadWorkbookJson(emu, bigPlan(rows));
      const bundle = loadBundle(CODE_JS, emu);
      bundle.call('setupTabs', {});
      emu.calls.reset();
      bundle.call(name, ...(name === 'setupTabs' ? [{}] : []));
      return emu.calls.total();
    });
    console.log(`   ${name.padEnd(15)} ${String(counts[0]).padStart(11)} ${String(counts[1]).padStart(16)}`);
  }

  const workbook = bigPlan(1000);
  const batched = (() => {
    const emu = createEmulator({ htmlDir: join(ROOT, 'build') });
    loadWorkbookJson(emu, workbook);
    const bundle = loadBundle(CODE_JS, emu);
    const run = time(1, () => bundle.call('checkPlan'));
    return { calls: emu.calls.total(), ms: run.medianMs };
  })();
  const naive = (() => {
    const emu = createEmulator({ htmlDir: join(ROOT, 'build') });
    loadWorkbookJson(emu, workbook);
    const run = time(1, () => naiveCheck(servicesOf(emu).SpreadsheetApp.getActiveSpreadsheet()));
    return { calls: emu.calls.total(), ms: run.medianMs };
  })();
  console.log('\n   Kiểm tra on 5 tabs × 1.000 rows: batched (the add-on) vs naive per-cell, same emulated workbook');
  console.log(`   batched: ${batched.calls} calls, ${ms(batched.ms)} in the emulator`);
  console.log(`   naive:   ${naive.calls} calls, ${ms(naive.ms)} in the emulator`);
  console.log(
    `   ratio:   ${(naive.calls / batched.calls).toFixed(0)}× fewer service calls; CPU time ratio naive/batched ${(naive.ms / batched.ms).toFixed(2)} (the emulator has no network: the batched run also evaluates the bundle and builds the overview)`,
  );
  // On Google every call is a round trip. The latency below is an assumption for illustration, not a measurement.
  const assumedRoundTripMs = 10;
  const estimate = (calls: number, cpuMs: number) => (calls * assumedRoundTripMs + cpuMs) / 1000;
  console.log(
    `   at an assumed ${assumedRoundTripMs} ms per round trip: batched ≈ ${estimate(batched.calls, batched.ms).toFixed(1)} s, naive ≈ ${estimate(naive.calls, naive.ms).toFixed(0)} s (Apps Script stops a run at 360 s)`,
  );
}

async function documents(): Promise<void> {
  const module = join(ROOT, 'bench', 'document.ts');
  if (!existsSync(module)) return;
  const { benchDocuments } = (await import(module)) as { benchDocuments: () => void };
  console.log('\n3. The plan document');
  benchDocuments();
}

function sizes(): void {
  console.log('\n5. Built files');
  for (const file of ['Code.js', 'Sidebar.html']) {
    const path = join(ROOT, 'build', file);
    if (existsSync(path)) console.log(`   build/${file}: ${(statSync(path).size / 1024).toFixed(1)} KB`);
  }
}

// `npm run bench -- core`: the domain core alone (a few seconds), to compare a change quickly.
domainCore();
if (!process.argv.includes('core')) {
  addOnCalls();
  await documents();
  reliability();
  sizes();
  benchRollup();
}
