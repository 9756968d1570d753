/**
 * Opens the built Sidebar.html in Chromium with `google.script.run`
 * provided by the preview's shim, whose transport goes to the real built
 * Code.js on the emulator in this process (RealServer).
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSidebar } from '../../scripts/build-sidebar';
import { ROOT, type RealServer } from './real-server';

let sidebarHtml: Promise<string> | null = null;
let shimJs: Promise<string> | null = null;

export function sidebarHtmlOnce(): Promise<string> {
  sidebarHtml ??= buildSidebar(ROOT);
  return sidebarHtml;
}

export function shimOnce(): Promise<string> {
  shimJs ??= build({
    entryPoints: [join(ROOT, 'preview/client/shim.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
  }).then((result) => result.outputFiles[0].text);
  return shimJs;
}

export interface SidebarPage {
  page: Page;
  dialogs: string[];
  pageErrors: string[];
}

export async function openSidebar(context: BrowserContext, server: RealServer, options: { width?: number; height?: number } = {}): Promise<SidebarPage> {
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width ?? 300, height: options.height ?? 900 });
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.exposeFunction('__fakeRun', (name: string, args: unknown[]) => server.run(name, args));
  await page.addInitScript({ content: `window.__khctTransport = (name, args) => window.__fakeRun(name, args);\n${await shimOnce()}` });
  // A real origin, so the page behaves as served (not about:blank).
  await page.route('http://sidebar.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '' }));
  await page.route('http://sidebar.test/', async (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: await sidebarHtmlOnce() }),
  );
  await page.goto('http://sidebar.test/');
  await page.locator('#app[aria-busy="false"]').waitFor();
  return { page, dialogs, pageErrors };
}
