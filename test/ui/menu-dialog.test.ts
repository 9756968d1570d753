/**
 * Tạo các trang tính from the menu (issue 18, point 7): a dialog with one
 * named button per framework and Huỷ, never Có/Không standing for two
 * frameworks. The built Code.js shows it; its page then runs in Chromium
 * against the same real server.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { readSample, RealServer } from './real-server';

function shownDialog(server: RealServer): { title: string | null; content: string } {
  server.menu('menuSetup');
  const dialogs = server.emu.ui.dialogs();
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0].kind).toBe('modal');
  return { title: dialogs[0].dialogTitle, content: dialogs[0].content };
}

describe('menu: Tạo các trang tính', () => {
  it('asks with a dialog of named framework buttons, the proposed one first, and no Có/Không alert', () => {
    const server = new RealServer();
    const { title, content } = shownDialog(server);
    expect(title).toBe('Tạo các trang tính');
    expect(server.emu.ui.alerts).toEqual([]);
    // The framework question's buttons (the freeze question's, data-freeze, come after it, hidden).
    const labels = [...content.matchAll(/<button(?![^>]*data-freeze)[^>]*>([^<]*)<\/button>/g)].map((match) => match[1]);
    expect(labels[0]).toBe('Thông tư 17/2018 (tiểu học) (đề xuất)');
    expect(labels).toContain('Thông tư 57/2026');
    expect(labels.at(-1)).toBe('Huỷ');
    expect(labels).not.toContain('Có');
    expect(labels).not.toContain('Không');
    // Nothing was set up by merely asking.
    expect(server.calls).toEqual([]);
  });

  it('escapes what the workbook puts in the question', () => {
    const workbook = readSample();
    const info = workbook.sheets.find((sheet) => sheet.name === 'Thông tin chung')!;
    info.values.find((row) => row[0] === 'Khung đánh giá')![1] = '<img src=x onerror=alert(1)>';
    const { content } = shownDialog(new RealServer(workbook));
    expect(content).not.toContain('<img');
  });
});

describe.runIf(browserTestsEnabled('menu dialog'))('menu dialog in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a framework button runs setupTabs with that framework and shows the report; Huỷ closes without change', async () => {
    const server = new RealServer(null, { now: new Date('2026-09-10T08:00:00+07:00') });
    const { content } = shownDialog(server);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 420, height: 460 });
    const closed: string[] = [];
    await page.exposeFunction('__run', (name: string, args: unknown[]) => server.run(name, args));
    await page.exposeFunction('__close', () => closed.push('close'));
    // google.script.run and google.script.host as HtmlService gives them to a dialog: host.close()
    // "Closes the current dialog or sidebar" (https://developers.google.com/apps-script/guides/html/reference/host#close()).
    await page.addInitScript({
      content: `(() => {
        const runner = (ok, fail) => new Proxy({}, { get: (_t, name) =>
          name === 'withSuccessHandler' ? (h) => runner(h, fail) :
          name === 'withFailureHandler' ? (h) => runner(ok, h) :
          (...args) => window.__run(name, JSON.parse(JSON.stringify(args))).then((a) => a.ok ? ok && ok(a.value) : fail && fail(new Error(a.error))) });
        window.google = { script: { run: runner(null, null), host: { close: () => window.__close() } } };
      })();`,
    });
    await page.route('http://dialog.test/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: content }));
    await page.goto('http://dialog.test/');
    // A new school year proposes TT57; the school picks TT17 by its name.
    expect(await page.locator('button[data-framework].primary').textContent()).toBe('Thông tư 57/2026 (đề xuất)');
    await page.getByRole('button', { name: 'Thông tư 17/2018 (tiểu học)', exact: true }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('Đã');
    expect(server.calls).toEqual([{ name: 'setupTabs', args: [{ framework: 'TT17 tiểu học' }] }]);
    expect(server.emu.workbook.sheetNames()).toContain('Mức 4');
    expect(server.emu.workbook.sheetNames()).toContain('Thông tin chung');
    expect(await page.locator('#cancel').textContent()).toBe('Đóng');
    await page.screenshot({ path: join(ARTIFACTS, 'menu-dialog.png') });
    await page.locator('#cancel').click();
    await expect.poll(() => closed).toEqual(['close']);
    await page.close();
  });

  it('on tabs the school already has, the dialog asks the freeze question with two named answers; Có freezes TT and Tiêu chí', async () => {
    const server = new RealServer(readSample(), { now: new Date('2026-09-10T08:00:00+07:00') });
    const { content } = shownDialog(server);
    const page = await browser.context.newPage();
    await page.exposeFunction('__run', (name: string, args: unknown[]) => server.run(name, args));
    await page.addInitScript({
      content: `(() => {
        const runner = (ok, fail) => new Proxy({}, { get: (_t, name) =>
          name === 'withSuccessHandler' ? (h) => runner(h, fail) :
          name === 'withFailureHandler' ? (h) => runner(ok, h) :
          (...args) => window.__run(name, JSON.parse(JSON.stringify(args))).then((a) => a.ok ? ok && ok(a.value) : fail && fail(new Error(a.error))) });
        window.google = { script: { run: runner(null, null), host: { close: () => {} } } };
      })();`,
    });
    await page.route('http://dialog.test/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: content }));
    await page.goto('http://dialog.test/');
    expect(await page.locator('#freeze').isHidden()).toBe(true);
    await page.locator('button[data-framework="TT17 tiểu học"]').click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('cố định');
    expect(server.emu.workbook.sheet('Tiêu chuẩn 1')!.snapshot().frozenColumns).toBe(0);
    await page.getByRole('button', { name: 'Có, cố định cột TT và Tiêu chí' }).click();
    await expect.poll(() => server.calls.length).toBe(2);
    expect(server.calls[1]).toEqual({ name: 'setupTabs', args: [{ framework: 'TT17 tiểu học', freezeColumns: true }] });
    await expect.poll(() => page.locator('#freeze').isHidden()).toBe(true);
    expect(server.emu.workbook.sheet('Tiêu chuẩn 1')!.snapshot().frozenColumns).toBe(2);
    await page.close();
  });
});
