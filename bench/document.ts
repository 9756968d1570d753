/**
 * Bench part 3, the plan document: for plans of 30, 150, 600 and 5,000 action
 * rows (TT17 and TT57), "Tạo văn bản" run by the built Code.js in the
 * emulator — service calls (all, and Docs/Drive), emulator time, the one
 * batchUpdate's requests and payload, the Doc's JSON size — and the
 * offline HTML render time. Printed, never asserted (the tests assert the
 * calls stay the same).
 */
import { join } from 'node:path';
import { createEmulator, loadBundle, loadWorkbookJson } from '../emulator';
import { tt17TieuHoc, tt57 } from '../src/domain/frameworks';
import type { Framework } from '../src/domain/frameworks/types';
import { analysePlan, planDocument } from '../src/domain/analyse';
import { renderHtml } from '../src/render/html';
import type { DocumentReport, Result } from '../src/server/api';
import { plannedWorkbook } from '../fixtures/plans';
import { ROOT } from '../fixtures/workbooks';
import { ms, time } from './stats';

const CODE_JS = join(ROOT, 'build', 'Code.js');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

function one(framework: Framework, rows: number): string {
  const workbook = plannedWorkbook(framework, rows);
  const now = framework === tt57 ? new Date('2026-10-12T09:00:00+07:00') : new Date('2024-10-05T09:00:00+07:00');
  const emu = createEmulator({ htmlDir: join(ROOT, 'build'), now });
  loadWorkbookJson(emu, workbook);
  const bundle = loadBundle(CODE_JS, emu);
  emu.calls.reset();
  const run = time(1, () => bundle.call('createDocument', { newVersion: false }) as Result<DocumentReport>);
  if (!run.result.ok) throw new Error(run.result.message);
  const doc = emu.drive.doc(run.result.value.links.docId)!;
  const [batch] = doc.batches();
  const html = time(5, () => {
    const outcome = planDocument(analysePlan(workbook));
    if (!outcome.ok) throw new Error(outcome.message);
    return renderHtml(outcome.document);
  });
  const service = emu.calls.totalFor('Docs.') + emu.calls.totalFor('Drive.');
  return [
    `${framework.id.padEnd(14)} ${String(rows).padStart(3)} rows`,
    `${String(emu.calls.total()).padStart(3)} calls (${service} Docs/Drive)`,
    `${ms(run.medianMs).padStart(9)}`,
    `batchUpdate ${batch.requests} requests, ${kb(batch.bytes)}`,
    `Doc JSON ${kb(doc.jsonBytes())}`,
    `HTML ${ms(html.medianMs)}`,
  ].join(' | ');
}

export function benchDocuments(): void {
  console.log('   "Tạo văn bản" in the emulator (built Code.js), then the offline HTML:');
  for (const framework of [tt17TieuHoc, tt57]) {
    for (const rows of [30, 150, 600, 5000]) console.log(`   ${one(framework, rows)}`);
  }
}
