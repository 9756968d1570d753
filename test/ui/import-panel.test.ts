/**
 * The sidebar's import panel (src/ui/import.ts) in headless Chromium, on
 * the real built server: the table of a Word plan pasted into `Nhập`,
 * previewed, then cancelled or written. Also makes docs/img/import-preview.png
 * for the README when KHCT_UPDATE_PICTURES is set.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { tableGrid, type ContentTable } from '../../src/domain/import/content';
import { readDocx } from '../../src/import-readers/docx';
import { anPhuPlan, buildPlanDocx } from '../../fixtures/docx-plans';
import { RealServer, ROOT } from './real-server';
import { openSidebar } from './sidebar-page';

/** The An Phú plan's improvement table as Sheets holds it once pasted: texts, merges gone. */
async function pastedAnPhu(): Promise<string[][]> {
  const content = readDocx(await buildPlanDocx(anPhuPlan));
  const tables = content.blocks.filter((block): block is ContentTable => block.type === 'table').map(tableGrid);
  const table = tables.find((grid) => grid.slice(0, 3).some((row) => row.some((cell) => /công việc/i.test(cell.text))))!;
  return table.map((row) => row.map((cell) => cell.text));
}

describe.runIf(browserTestsEnabled('import panel'))('import panel (built Sidebar.html, real built server)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openWithPaste() {
    const server = new RealServer(null, { now: new Date('2025-10-10T09:00:00+07:00') });
    server.emu.workbook.addSheet('Nhập', await pastedAnPhu());
    const sidebar = await openSidebar(browser.context, server, { height: 1100 });
    await sidebar.page.locator('#import-details summary').click();
    await sidebar.page.locator('#btn-import').click();
    await sidebar.page.locator('#btn-import-confirm').waitFor();
    return { server, ...sidebar };
  }

  it('previews without writing; Huỷ closes it and nothing is written', async () => {
    const { server, page, pageErrors } = await openWithPaste();
    const preview = await page.locator('.import-preview').textContent();
    expect(preview).toContain('Từ trang "Nhập". TT17 tiểu học');
    expect(preview).toMatch(/Tiêu chuẩn 1: trang mới, thêm \d+ dòng, điền \d+ ô trống/);
    expect(server.emu.workbook.sheetNames()).toEqual(['Sheet1', 'Nhập']);
    if (process.env.KHCT_UPDATE_PICTURES) await page.screenshot({ path: join(ROOT, 'docs/img/import-preview.png'), fullPage: true });
    await page.locator('#btn-import-cancel').click();
    expect(await page.locator('.import-preview').count()).toBe(0);
    expect(server.emu.workbook.sheetNames()).toEqual(['Sheet1', 'Nhập']);
    expect(pageErrors).toEqual([]);
  });

  it('Ghi vào bảng tính writes, says what was written, and the sidebar reads the plan again', async () => {
    const { server, page, pageErrors } = await openWithPaste();
    await page.locator('#btn-import-confirm').click();
    await expect.poll(() => page.locator('#fb-import').textContent()).toContain('Bấm "Kiểm tra" để xem lỗi và cảnh báo');
    expect(server.emu.workbook.sheetNames()).toContain('Tiêu chuẩn 1');
    // The header now names the imported school year: the overview was read again.
    await expect.poll(() => page.locator('#plan .meta').textContent()).toContain('2025-2026');
    expect(pageErrors).toEqual([]);
  });
});
