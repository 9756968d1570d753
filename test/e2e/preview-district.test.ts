/**
 * `npm start -- --district samples/phong-gd-mau` in Chromium (issue 16):
 * the whole flow of a Phòng GD&ĐT — the emulated Picker lists the folder's
 * workbooks, picking grants them, "Đọc và tổng hợp" reads them through the
 * emulated Sheets API and writes the roll-up, "Tạo báo cáo tổng hợp" makes
 * the Doc — on the real preview server and the real built add-on.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, ROOT, type PreviewServer } from '../../preview/server';
import { browserTestsEnabled, launchChromium, type Browser } from './chromium';
import { ensureBuilt, openPreview } from './preview-harness';

describe.runIf(browserTestsEnabled('preview --district'))('preview --district: pick, read, roll up, Doc', () => {
  let browser: Browser;
  let server: PreviewServer;

  beforeAll(async () => {
    await ensureBuilt();
    server = await startPreview({ districtDir: join(ROOT, 'samples/phong-gd-mau'), port: 0, now: new Date('2027-01-15T08:00:00+07:00') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the 16 sample files in the Picker, rolls up the 12 plans and makes the report', async () => {
    const { page, sidebar, errors } = await openPreview(browser, server);
    expect(await sidebar.locator('#h-district').textContent()).toBe('Tổng hợp các trường (Phòng GD&ĐT)');

    await sidebar.locator('#btn-district-add').click();
    const picker = sidebar.locator('#district-picker');
    await picker.waitFor();
    expect(await picker.locator('label').count()).toBe(16);
    await picker.getByRole('button', { name: 'Chọn tất cả' }).click();
    await picker.getByRole('button', { name: 'Chọn', exact: true }).click();
    await expect.poll(() => sidebar.locator('#fb-district').textContent()).toContain('Đã thêm 16 trường vào trang "Các trường"');

    await sidebar.locator('#btn-district-read').click();
    await expect.poll(() => sidebar.locator('#fb-district').textContent(), { timeout: 30_000 }).toContain('Đã tổng hợp 12/16 trường (2 trường còn lỗi');
    // What the specialist sees: the roll-up tab (docs/img/district-tab.png, refreshed with KHCT_UPDATE_PICTURES=1).
    await page.locator('#tabs').getByRole('button', { name: 'Tổng hợp các trường', exact: true }).click();
    await expect.poll(() => page.locator('table.grid').getAttribute('aria-label')).toBe('Trang Tổng hợp các trường');
    if (process.env.KHCT_UPDATE_PICTURES) await page.screenshot({ path: join(ROOT, 'docs/img/district-tab.png') });
    const rows = server.emulator.workbook.sheet('Tổng hợp các trường')!.values();
    expect(rows).toHaveLength(17);
    expect(rows.find((row) => row[1] === 'th-tam-lap-bi-loi')?.[3]).toBe('Không đọc được');

    await sidebar.locator('#district-agency').fill('UBND huyện Phú Giáo');
    await sidebar.locator('#district-place').fill('Phú Giáo');
    await sidebar.locator('#btn-district-report').click();
    await expect
      .poll(() => sidebar.locator('#district-report-link a').first().textContent(), { timeout: 30_000 })
      .toBe('Báo cáo tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học 2026-2027');
    const docId = /\/d\/([^/]+)\//.exec((await sidebar.locator('#district-report-link a').first().getAttribute('href')) ?? '')![1];
    expect(server.emulator.drive.doc(docId)!.text()).toContain('tổng hợp được 12 trường');
    expect(errors).toEqual([]);
  });
});
