/**
 * The sidebar's district view in Chromium, against the real built server
 * on the emulator: a district spreadsheet opens on the district view (not
 * as a broken plan), "Đọc và tổng hợp" drives the batches to the end with
 * the progress bar, and "Tạo báo cáo tổng hợp" links the Doc.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSpreadsheetFile } from '../../emulator';
import { tt57 } from '../../src/domain/frameworks';
import { filledWorkbook, setInfo } from '../../fixtures/workbooks';
import { browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { RealServer } from './real-server';
import { openSidebar } from './sidebar-page';

/** A district of `count` TT57 schools, two batches' worth for 25. */
function district(count: number): RealServer {
  const server = new RealServer(null, { now: new Date('2027-01-15T08:00:00+07:00') });
  server.value('setupDistrict');
  const files = Array.from({ length: count }, (_, index) => {
    const workbook = filledWorkbook(tt57, { schoolYear: '2026-2027' });
    setInfo(workbook, 'Tên trường', `Trường Tiểu học Số ${index + 1}`);
    const id = addSpreadsheetFile(server.emu.env, { name: `Trường ${index + 1}`, sheets: workbook.sheets });
    return { id, name: `Trường Tiểu học Số ${index + 1}` };
  });
  server.value('addDistrictSchools', { files });
  return server;
}

describe.runIf(browserTestsEnabled('district sidebar'))('district view of the sidebar', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the district view, reads 25 schools in two batches with the progress bar, and links the report', async () => {
    const server = district(25);
    const { page, pageErrors } = await openSidebar(browser.context, server);
    expect(await page.locator('#h-district').textContent()).toBe('Tổng hợp các trường (Phòng GD&ĐT)');
    expect(await page.locator('#toolbar').isVisible()).toBe(false);
    expect(await page.locator('#district-count').textContent()).toBe('25 trường trong trang "Các trường".');
    expect(await page.locator('#district-status').textContent()).toBe('Chưa tổng hợp lần nào.');

    await page.locator('#btn-district-read').click();
    await page.locator('#app[aria-busy="false"]').waitFor();
    await expect.poll(() => page.locator('#fb-district').textContent()).toContain('Đã tổng hợp 25/25 trường');
    expect(await page.locator('#district-progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([25, 25]);
    expect(server.calls.filter((call) => call.name === 'readDistrictBatch').map((call) => call.args)).toEqual([[{ restart: false }], [{ restart: false }]]);
    expect(await page.locator('#district-status').textContent()).toMatch(/^Tổng hợp lần cuối lúc 08:00, 15\/01\/2027: 25\/25 trường được tính/);

    await page.locator('#district-agency').fill('UBND huyện Phú Giáo');
    await page.locator('#btn-district-report').click();
    await expect
      .poll(() => page.locator('#district-report-link a').first().textContent())
      .toBe('Báo cáo tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học 2026-2027');
    expect(await page.locator('#district-report-link a').first().getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/.+\/edit$/);
    expect(await page.locator('#district-report-link a').nth(1).textContent()).toBe('Bản PDF');

    await page.locator('#district-share-emails').fill('sogd@example.edu.vn, th-anthai@example');
    await page.locator('#btn-district-share').click();
    await expect.poll(() => page.locator('#fb-district').textContent()).toContain('Địa chỉ "th-anthai@example" trong ô "Gửi cho" chưa đúng');
    await page.locator('#district-share-emails').fill('sogd@example.edu.vn');
    await page.locator('#btn-district-share').click();
    await expect.poll(() => page.locator('#fb-district').textContent()).toContain('Đã chia sẻ báo cáo và bản PDF với sogd@example.edu.vn.');
    expect(pageErrors).toEqual([]);
  });
});
