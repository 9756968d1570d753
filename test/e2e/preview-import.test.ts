/**
 * `npm start` with a blank workbook: a local .docx sent where the Picker
 * would be (POST /api/pick), previewed, written, then Kiểm tra. The issues
 * are the ones the CLI finds on `import` of the same file (issue 15, "Done
 * when"). Plain HTTP to the real preview server; no browser.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../preview/server';
import { ROOT } from '../../preview/server';
import type { CheckReport, ImportReport } from '../../src/server/api';
import { startTestPreview } from './preview-harness';

const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function post<T>(server: PreviewServer, path: string, body: unknown): Promise<T> {
  const response = await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function run<T>(server: PreviewServer, name: string, ...args: unknown[]): Promise<T> {
  const answer = await post<{ ok: boolean; value?: { ok: boolean; value?: T; message?: string }; error?: string }>(server, '/api/run', { name, args });
  if (!answer.ok || !answer.value?.ok) throw new Error(`${name}: ${answer.error ?? answer.value?.message}`);
  return answer.value.value as T;
}

/** `cli import` then `cli validate --json`: the issues as `sheet!cell code`. */
function cliIssues(docx: string): string[] {
  const out = join(mkdtempSync(join(tmpdir(), 'khct-import-')), 'plan.json');
  const imported = spawnSync(TSX, ['cli/main.ts', 'import', docx, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  expect(imported.status, imported.stderr).toBe(0);
  const validated = spawnSync(TSX, ['cli/main.ts', 'validate', out, '--json'], { cwd: ROOT, encoding: 'utf8' });
  const issues = (JSON.parse(validated.stdout) as { issues: { sheet: string; cell: string; code: string }[] }).issues;
  return issues.map((issue) => `${issue.sheet}!${issue.cell} ${issue.code}`).sort();
}

describe('preview: import a local .docx into a blank workbook, then Kiểm tra', () => {
  let server: PreviewServer;

  beforeAll(async () => {
    const blank = join(mkdtempSync(join(tmpdir(), 'khct-blank-')), 'trong.json');
    writeFileSync(blank, JSON.stringify({ sheets: [{ name: 'Sheet1', values: [] }] }));
    server = await startTestPreview(blank, new Date('2025-10-10T09:00:00+07:00'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([['samples/ke-hoach-th-an-phu-2025-2026.docx']])('%s: the same issues as the CLI on the imported file', async (sample) => {
    const path = join(ROOT, sample);
    const { fileId } = await post<{ fileId: string }>(server, '/api/pick', { name: 'ke-hoach.docx', base64: readFileSync(path).toString('base64') });
    const preview = await run<ImportReport>(server, 'previewImport', { source: 'file', fileId });
    expect(preview.written).toBe(false);
    expect(server.emulator.workbook.sheetNames()).toEqual(['Sheet1']);
    const written = await run<ImportReport>(server, 'applyImport', { source: 'file', fileId });
    expect(written.tabs).toEqual(preview.tabs);
    const check = await run<CheckReport>(server, 'checkPlan');
    const addOnIssues = check.overview.issues.map((issue) => `${issue.sheet}!${issue.cell} ${issue.code}`).sort();
    expect(addOnIssues).toEqual(cliIssues(path));
  });
});
