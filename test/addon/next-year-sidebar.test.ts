/**
 * The sidebar's year-cycle card (src/ui/cycle.ts) in headless Chromium, on
 * the real built server: "Lập kế hoạch năm học mới" makes the spreadsheet,
 * a second press offers "Mở bảng tính đã tạo" or "Tạo lại", and the history
 * opens with its bars and the Điều 16 sentence. Also makes
 * docs/img/cycle.png for the README when KHCT_UPDATE_PICTURES is set.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetFileIds } from '../../emulator';
import { browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { readSample, RealServer, ROOT, TT57_SAMPLE } from '../ui/real-server';
import { openSidebar } from '../ui/sidebar-page';

describe.runIf(browserTestsEnabled('year cycle card'))('year cycle card (built Sidebar.html, real built server)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes next year’s spreadsheet, then asks before a second; the history shows the year and the three-year sentence', async () => {
    const server = new RealServer(readSample(TT57_SAMPLE), { now: new Date('2027-07-15T09:00:00+07:00') });
    const { page, pageErrors } = await openSidebar(browser.context, server, { height: 1600 });
    await page.locator('#cycle-details summary').click();
    await page.locator('#btn-next-year').click();
    await page.locator('#fb-cycle.success').waitFor();
    expect(await page.locator('#fb-cycle').textContent()).toContain('Đã tạo bảng tính "Kế hoạch cải tiến 2027-2028 –');
    const [id] = spreadsheetFileIds(server.emu.env);
    expect(await page.locator('#cycle-panel a').first().getAttribute('href')).toBe(`https://docs.google.com/spreadsheets/d/${id}/edit`);

    await page.locator('#btn-next-year').click();
    await page.locator('#btn-next-year-again').waitFor();
    expect(await page.locator('#fb-cycle').textContent()).toContain('Chưa tạo thêm bảng tính nào');
    expect(await page.locator('#btn-next-year-open').getAttribute('href')).toBe(`https://docs.google.com/spreadsheets/d/${id}/edit`);
    expect(spreadsheetFileIds(server.emu.env)).toHaveLength(1);

    await page.locator('#cycle-history-details summary').click();
    await page.locator('.cycle-history').waitFor();
    const history = await page.locator('.cycle-history').textContent();
    expect(history).toContain('Năm học 2026-2027');
    expect(history).toContain('chưa đạt, mới có 1 năm học liên tiếp');
    expect(await page.locator('.cycle-bar-fill').count()).toBeGreaterThanOrEqual(2);
    if (process.env.KHCT_UPDATE_PICTURES) await page.locator('#sec-cycle').screenshot({ path: join(ROOT, 'docs/img/cycle.png') });

    await page.locator('#btn-history-write').click();
    await page.locator('#fb-cycle.success').waitFor();
    expect(await page.locator('#fb-cycle').textContent()).toContain('Đã ghi trang “Lịch sử”: 1 năm học.');

    await page.locator('#btn-next-year-again').click();
    await page.locator('#fb-cycle.success', { hasText: 'Đã tạo bảng tính' }).waitFor();
    expect(spreadsheetFileIds(server.emu.env)).toHaveLength(2);
    expect(pageErrors).toEqual([]);
  });
});
