/**
 * Starts the real preview server in this process (real build/Code.js on
 * the emulator, real Sidebar.html) and opens it in headless Chromium.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { buildAll } from '../../scripts/build';
import { startPreview, ROOT, type PreviewServer } from '../../preview/server';
import type { Browser } from './chromium';

export const SAMPLE = join(ROOT, 'samples/truong-tieu-hoc-an-khang-2024-2025.json');

/** `npm test` builds first; a lone `vitest run test/e2e` builds if the bundle is missing. */
export async function ensureBuilt(): Promise<void> {
  if (!existsSync(join(ROOT, 'build/Code.js')) || !existsSync(join(ROOT, 'build/Sidebar.html'))) await buildAll();
}

/** A copy of a workbook with some cells changed, in a temp file. */
export function workbookVariant(edit: (sheets: { name: string; values: unknown[][] }[]) => void, source = SAMPLE): string {
  const data = JSON.parse(readFileSync(source, 'utf8')) as { sheets: { name: string; values: unknown[][] }[] };
  edit(data.sheets);
  const path = join(mkdtempSync(join(tmpdir(), 'khct-wb-')), 'plan.json');
  writeFileSync(path, JSON.stringify(data));
  return path;
}

export const TT57_SAMPLE = join(ROOT, 'samples/truong-tieu-hoc-hoa-binh-2026-2027.json');

export async function startTestPreview(workbookPath = SAMPLE, now = new Date('2024-11-15T09:00:00+07:00')): Promise<PreviewServer> {
  await ensureBuilt();
  return startPreview({ workbookPath, port: 0, testHooks: true, now });
}

export interface PreviewPage {
  page: Page;
  sidebar: FrameLocator;
  dialogs: string[];
  errors: string[];
}

export async function openPreview(browser: Browser, server: PreviewServer): Promise<PreviewPage> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1360, height: 820 });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.locator('#app[aria-busy="false"]').waitFor();
  await page.locator('table.grid').waitFor();
  return { page, sidebar, dialogs, errors };
}

export async function postHook(server: PreviewServer, path: string, body: unknown): Promise<void> {
  const response = await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
}
