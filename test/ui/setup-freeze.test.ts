/**
 * Issue 18, point 11, as a principal meets it: setup on a workbook whose
 * tabs already exist (the An Khang sample, nothing frozen) asks in the
 * sidebar, with two named buttons, before freezing TT and Tiêu chí; "Có"
 * freezes them and the question never comes back. Built Sidebar.html in
 * Chromium, real built server on the emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { RealServer } from './real-server';
import { openSidebar } from './sidebar-page';

const TABS = ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Mức 4'];

describe.runIf(browserTestsEnabled('setup freeze'))('setup asks before freezing TT and Tiêu chí (sidebar)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('asks with named buttons, freezes on "Có", and does not ask again', async () => {
    const server = new RealServer();
    const frozen = () => TABS.map((name) => server.emu.workbook.sheet(name)!.frozenColumns());
    expect(frozen()).toEqual([0, 0, 0, 0, 0, 0]);
    const { page, pageErrors } = await openSidebar(browser.context, server);

    await page.locator('#btn-setup').click();
    await page.locator('#btn-setup-confirm').click();
    const question = page.locator('#freeze-question');
    await question.waitFor();
    expect(await question.textContent()).toContain('Tiêu chuẩn 1, Tiêu chuẩn 2, Tiêu chuẩn 3, Tiêu chuẩn 4, Tiêu chuẩn 5, Mức 4');
    expect(await page.locator('[data-freeze]').allTextContents()).toEqual(['Có, cố định cột TT và Tiêu chí', 'Không, giữ nguyên']);
    // Asking froze nothing.
    expect(frozen()).toEqual([0, 0, 0, 0, 0, 0]);

    await page.locator('button[data-freeze="yes"]').click();
    await expect.poll(() => page.locator('[data-freeze]').count()).toBe(0);
    expect(await page.locator('#fb-setup').textContent()).toContain('Đã cố định cột TT và Tiêu chí trên các trang: Tiêu chuẩn 1');
    expect(frozen()).toEqual([2, 2, 2, 2, 2, 2]);
    expect(server.emu.properties.document.get('freezeCriterionColumns')).toBe('yes');

    // Setup again: nothing left to ask.
    await page.locator('#btn-setup').click();
    await page.locator('#btn-setup-confirm').click();
    await expect.poll(() => page.locator('#fb-setup').textContent()).toContain('không cần thay đổi');
    expect(await page.locator('[data-freeze]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
