/**
 * `npm start` (issue 19, item 4): in the preview, "Lập kế hoạch năm học
 * mới" makes the spreadsheet in the emulated Drive, and its link opens the
 * new year's workbook in a second browser tab (GET /spreadsheet/<id>).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetFileIds } from '../../emulator';
import type { PreviewServer } from '../../preview/server';
import { browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { openPreview, startTestPreview, TT57_SAMPLE } from '../e2e/preview-harness';

describe.runIf(browserTestsEnabled('preview: next year'))('preview: next year’s spreadsheet in a second tab', () => {
  let browser: Browser;
  let server: PreviewServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await startTestPreview(TT57_SAMPLE, new Date('2027-07-15T09:00:00+07:00'));
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('the link of the new spreadsheet opens it, tab by tab, with its dropdown choices', async () => {
    const { page, sidebar, errors } = await openPreview(browser, server);
    await sidebar.locator('#cycle-details summary').click();
    await sidebar.locator('#btn-next-year').click();
    await sidebar.locator('#fb-cycle.success').waitFor();
    const [id] = spreadsheetFileIds(server.emulator.env);
    const opened = page.context().waitForEvent('page');
    await sidebar.locator('#cycle-panel a').first().click();
    const second = await opened;
    await second.waitForLoadState();
    expect(second.url()).toBe(`${server.url.replace(/\/$/, '')}/spreadsheet/${id}`);
    const text = await second.locator('body').textContent();
    expect(text).toContain('Kế hoạch cải tiến 2027-2028 –');
    for (const tab of ['Thông tin chung', 'Tiêu chuẩn 1', 'Lịch sử']) expect(await second.locator('h2', { hasText: tab }).count()).toBe(1);
    expect(text).toContain('Kế hoạch năm trước');
    expect(text).toContain('▾ Chưa đạt | Mức 1 | Mức 2');
    expect(errors).toEqual([]);
  });

  it('an id the emulated Drive does not have: 404, nothing else served', async () => {
    const answer = await fetch(`${server.url.replace(/\/$/, '')}/spreadsheet/khong-co`);
    expect(answer.status).toBe(404);
  });
});
