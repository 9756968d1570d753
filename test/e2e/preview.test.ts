/**
 * The local preview end to end in headless Chromium: the real built
 * Code.js on the emulator, the real built Sidebar.html in its iframe.
 * Open, check, see the sample's issues in the sidebar and marked cells in
 * the grid, go to an issue's cell, fix it in the grid, check again and see
 * it gone; user text stays text; server failures read as Vietnamese.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../preview/server';
import { analysePlan } from '../../src/domain/analyse';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { ARTIFACTS, browserTestsEnabled, launchChromium, type Browser } from './chromium';
import { openPreview, postHook, SAMPLE, startTestPreview, TT57_SAMPLE, workbookVariant } from './preview-harness';

const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

/** The sample's issues as the domain computes them (same day as the emulator's clock). */
function expectedIssues(): { where: string; severity: string }[] {
  const workbook = JSON.parse(readFileSync(SAMPLE, 'utf8')) as RawWorkbook;
  return analysePlan(workbook, { today: { day: 15, month: 11, year: 2024 } }).issues.map((issue) => ({
    where: `${issue.sheet} · ô ${issue.cell}`,
    severity: issue.severity,
  }));
}

describe.runIf(browserTestsEnabled('preview'))('npm start preview (real Code.js + Sidebar.html in Chromium)', () => {
  let browser: Browser;
  let server: PreviewServer;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [browser, server] = await Promise.all([launchChromium(), startTestPreview()]);
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('check → issues in the sidebar and marked cells in the grid → go to a cell → fix it → check again: gone', async () => {
    const { page, sidebar, errors, dialogs } = await openPreview(browser, server);
    expect(await sidebar.locator('h1.school').textContent()).toBe('Trường Tiểu học An Khang');

    await sidebar.locator('#btn-check').click();
    await sidebar.locator('#fb-main.success').waitFor();
    const expected = expectedIssues();
    expect(expected.length).toBeGreaterThan(3);
    const shown = await sidebar
      .locator('button.issue')
      .evaluateAll((buttons) =>
        buttons.map((b) => ({ where: b.querySelector('.where')?.textContent ?? '', severity: b.classList.contains('error') ? 'error' : 'warning' })),
      );
    expect(shown).toEqual(expected);
    const messages = (await sidebar.locator('.issue-message').allTextContents()).join('\n');
    expect(messages).toContain('Tiêu chí 1.2 không có Mức 3');
    expect(messages).toContain('Tiêu chí 1.11 không có trong Thông tư 17/2018/TT-BGDĐT');

    // The grid shows the add-on's marks: a coloured background and a note, on the issue's cell.
    await page.locator('.tab', { hasText: /^Tiêu chuẩn 1/ }).click();
    const c3 = page.locator('td[data-a1="C3"]');
    await expect.poll(() => c3.evaluate((td) => (td as HTMLElement).style.background)).not.toBe('');
    expect(await c3.getAttribute('class')).toContain('note');
    expect(await c3.getAttribute('title')).toContain('Tiêu chí 1.2 không có Mức 3');
    await page.screenshot({ path: join(ARTIFACTS, 'preview-checked.png') });

    // Go to an issue on another tab: the grid follows the add-on's selection.
    await page.locator('.tab', { hasText: 'Thông tin chung' }).click();
    const target = sidebar.locator('button.issue', { hasText: 'Tiêu chuẩn 1 · ô C3' });
    await target.click();
    await expect.poll(() => page.locator('td.sel').getAttribute('data-a1')).toBe('C3');
    expect(await page.locator('.tab[aria-current="page"]').textContent()).toBe('Tiêu chuẩn 1');
    expect(await page.locator('#cell-name').textContent()).toBe('C3');
    expect(await page.locator('#cell-note').textContent()).toContain('Tiêu chí 1.2 không có Mức 3');
    expect(server.emulator.workbook.selection()).toEqual({ sheet: 'Tiêu chuẩn 1', a1: 'C3' });
    // The picture for the README: the marked cell selected, the sidebar from its top.
    await sidebar.locator('body').evaluate(() => window.scrollTo(0, 0));
    await page.locator('#grid-wrap').evaluate((grid) => grid.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'preview-issue.png') });
    const box = await page.locator('td.sel').boundingBox();
    const view = await page.locator('#grid-wrap').boundingBox();
    expect(box && view && box.y >= view.y && box.y + box.height <= view.y + view.height).toBe(true);

    // Keyboard: Enter on a focused issue goes there too.
    await sidebar.locator('button.issue', { hasText: 'Tiêu chuẩn 1 · ô B12' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('td.sel').getAttribute('data-a1')).toBe('B12');

    // Fix C3 in the grid (Mức 3 → Mức 2): select it, type, Enter.
    await page.locator('td[data-a1="C3"]').click();
    await page.locator('td[data-a1="C3"]').dblclick();
    const editor = page.locator('td[data-a1="C3"] input.editor');
    await editor.fill('Mức 2');
    await editor.press('Enter');
    await expect.poll(() => server.emulator.workbook.sheet('Tiêu chuẩn 1')?.values('C3')[0][0]).toBe('Mức 2');
    await expect.poll(() => page.locator('td[data-a1="C3"]').textContent()).toBe('Mức 2');

    await sidebar.locator('#btn-check').click();
    await expect.poll(() => sidebar.locator('button.issue', { hasText: 'Tiêu chuẩn 1 · ô C3' }).count()).toBe(0);
    expect(await sidebar.locator('button.issue').count()).toBe(expected.length - 1);
    // Its mark is cleared in the grid.
    await expect.poll(async () => (await page.locator('td[data-a1="C3"]').getAttribute('class')) ?? '').not.toContain('note');

    await page.locator('.tab', { hasText: /^Tiêu chuẩn 1/ }).click();
    await page.screenshot({ path: join(ARTIFACTS, 'preview.png') });
    await sidebar.locator('body').evaluate(() => window.scrollTo(0, 0));
    await page.locator('aside.sidebar').screenshot({ path: join(ARTIFACTS, 'preview-sidebar.png') });
    // The whole sidebar at its real width: /sidebar is the built file with the shim, usable on its own.
    const alone = await browser.context.newPage();
    await alone.setViewportSize({ width: 300, height: 800 });
    await alone.goto(new URL('/sidebar', server.url).href);
    await alone.locator('#app[aria-busy="false"]').waitFor();
    await alone.screenshot({ path: join(ARTIFACTS, 'sidebar.png'), fullPage: true });
    await alone.close();
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('a server crash and a busy lock show Vietnamese messages in the sidebar', async () => {
    const { page, sidebar } = await openPreview(browser, server);
    await postHook(server, '/__test/fail-next', { name: 'checkPlan', message: "TypeError: Cannot read properties of undefined (reading 'getRange')" });
    await sidebar.locator('#btn-check').click();
    const alert = sidebar.locator('#fb-main [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Máy chủ của tiện ích gặp lỗi');
    expect(await alert.textContent()).not.toContain('TypeError');
    expect(await sidebar.locator('#btn-check').isDisabled()).toBe(false);

    await postHook(server, '/__test/hold-lock', { forMs: 60_000 });
    await sidebar.locator('#btn-summary').click();
    await sidebar.locator('#fb-main.failure').waitFor();
    expect(await sidebar.locator('#fb-main [role="alert"]').textContent()).toContain('Một người khác đang cập nhật bảng tính này');
    await page.close();
  });

  it('the add-on menu runs the real menu functions; the document view shows the draft while errors remain', async () => {
    const { page } = await openPreview(browser, server);
    await page.locator('#menu-button').click();
    const items = await page.locator('.menu-item').allTextContents();
    expect(items).toContain('Kiểm tra kế hoạch');
    await page.locator('.menu-item', { hasText: 'Kiểm tra kế hoạch' }).click();
    const notice = page.locator('.notice').last();
    await notice.waitFor();
    expect((await notice.textContent())?.length).toBeGreaterThan(20);
    expect(server.emulator.ui.alerts.length).toBeGreaterThan(0);
    await notice.locator('.notice-close').click();
    expect(await page.locator('#sidebar-title').textContent()).toBe('Kế hoạch cải tiến');
    // The sample still has errors: the document view shows the draft, marked DỰ THẢO, as Tạo văn bản makes it.
    await page.locator('#view-doc').click();
    await expect.poll(() => page.frameLocator('#doc-frame').locator('body').textContent()).toContain('DỰ THẢO');
    expect(await page.frameLocator('#doc-frame').locator('body').textContent()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect((await page.locator('#doc-reason').textContent())?.length).toBeGreaterThan(10);
    await page.locator('#view-sheet').click();
    expect(await page.locator('#sheet-view').isVisible()).toBe(true);
    await page.close();
  });
});

describe.runIf(browserTestsEnabled('preview-xss'))('preview: user text is data', () => {
  let browser: Browser;
  let server: PreviewServer;

  beforeAll(async () => {
    const path = workbookVariant((sheets) => {
      const info = sheets.find((s) => s.name === 'Thông tin chung')!;
      info.values.find((row) => row[0] === 'Tên trường')![1] = XSS;
      sheets.find((s) => s.name === 'Tiêu chuẩn 3')!.values[1][7] = XSS; // H2: Thời gian
      sheets.find((s) => s.name === 'Tiêu chuẩn 2')!.values[2][1] = SCRIPT; // B3: Tiêu chí
    });
    [browser, server] = await Promise.all([launchChromium(), startTestPreview(path)]);
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('a cell holding markup shows literally in the sidebar and the grid, and nothing runs', async () => {
    const { page, sidebar, dialogs, errors } = await openPreview(browser, server);
    expect(await sidebar.locator('h1.school').textContent()).toBe(XSS);
    await sidebar.locator('#btn-check').click();
    await sidebar.locator('#fb-main.success').waitFor();
    const messages = await sidebar.locator('.issue-message').allTextContents();
    expect(messages.some((m) => m.includes(`"${XSS}"`))).toBe(true);
    expect(messages.some((m) => m.includes(`"${SCRIPT}"`))).toBe(true);
    expect(await sidebar.locator('#app img, #app script').count()).toBe(0);

    await sidebar.locator('button.issue', { hasText: 'Tiêu chuẩn 3 · ô H2' }).click();
    await expect.poll(() => page.locator('td.sel').getAttribute('data-a1')).toBe('H2');
    expect(await page.locator('td[data-a1="H2"]').textContent()).toBe(XSS);
    await page.locator('.tab', { hasText: 'Thông tin chung' }).click();
    expect(await page.locator('td', { hasText: XSS }).count()).toBe(1);
    expect(await page.locator('table.grid img, table.grid script').count()).toBe(0);
    await page.locator('.tab', { hasText: /^Tiêu chuẩn 2/ }).click();
    expect(await page.locator('td[data-a1="B3"]').textContent()).toBe(SCRIPT);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.runIf(browserTestsEnabled('preview-setup'))('preview: a new plan and a TT57 plan', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a blank spreadsheet: setup proposes TT57 for 2026, creates its tabs, and the grid shows them', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'khct-blank-')), 'blank.json');
    writeFileSync(path, JSON.stringify({ sheets: [{ name: 'Trang tính1', values: [] }] }));
    const server = await startTestPreview(path, new Date('2026-09-10T09:00:00+07:00'));
    try {
      const { page, sidebar } = await openPreview(browser, server);
      expect(await sidebar.locator('#sec-setup').getAttribute('class')).toContain('needed');
      await sidebar.locator('#btn-setup').click();
      await sidebar.locator('.setup-form').waitFor();
      expect(await sidebar.locator('input[name="setup-framework"]:checked').getAttribute('value')).toBe('TT57/2026');
      expect(await sidebar.locator('.setup-form').textContent()).toContain('2026-2027');
      await sidebar.locator('#btn-setup-confirm').click();
      await sidebar.locator('#fb-setup.success').waitFor();
      expect(await sidebar.locator('#fb-setup').textContent()).toContain('Vấn đề trọng tâm');
      await expect.poll(() => page.locator('.tab').allTextContents()).toEqual(expect.arrayContaining(['Tiêu chuẩn 4', 'Vấn đề trọng tâm', 'Theo dõi']));
      expect(await sidebar.locator('#plan .tag').textContent()).toBe('TT57/2026');
      expect(await sidebar.locator('#sec-setup').getAttribute('class')).not.toContain('needed');
      await page.locator('.tab', { hasText: 'Tiêu chuẩn 1' }).click();
      expect(await page.locator('td[data-a1="B1"]').textContent()).toBe('Tiêu chí');
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('the TT57 sample: two levels with mandatory criteria, and the follow-up per standard', async () => {
    const server = await startTestPreview(TT57_SAMPLE, new Date('2027-03-15T09:00:00+07:00'));
    try {
      const { page, sidebar } = await openPreview(browser, server);
      expect(await sidebar.locator('h1.school').textContent()).toBe('Trường Tiểu học Hòa Bình');
      await sidebar.locator('#btn-check').click();
      await sidebar.locator('#fb-main.success').waitFor();
      expect(await sidebar.locator('.levels .level-name').allTextContents()).toEqual(['Mức 1', 'Mức 2']);
      expect(await sidebar.locator('.levels .mandatory').count()).toBe(2);
      expect(await sidebar.locator('.followup li').count()).toBe(4);
      await sidebar.locator('#sec-followup').screenshot({ path: join(ARTIFACTS, 'sidebar-tt57-followup.png') });
      await page.screenshot({ path: join(ARTIFACTS, 'preview-tt57.png') });

      // The plan has no errors: create the Doc (emulated Docs/Drive), see its links, open the document view.
      await sidebar.locator('#btn-document').click();
      await sidebar.locator('#fb-document.success').waitFor({ timeout: 20_000 });
      expect(await sidebar.locator('#fb-document').textContent()).toContain('Chèn → Số trang');
      expect(await sidebar.locator('.doc-title').textContent()).toBe('Kế hoạch cải tiến chất lượng năm học 2026-2027 - Trường Tiểu học Hòa Bình');
      await sidebar.locator('.doc-links a', { hasText: 'Mở Google Tài liệu' }).click();
      await expect.poll(() => page.locator('#doc-view').isVisible()).toBe(true);
      const doc = page.frameLocator('#doc-frame');
      await expect.poll(() => doc.locator('body').textContent(), { timeout: 15_000 }).toContain('KẾ HOẠCH');
      expect(await doc.locator('body').textContent()).toContain('Trường Tiểu học Hòa Bình');
      await page.screenshot({ path: join(ARTIFACTS, 'preview-document.png') });
      await page.locator('#view-sheet').click();

      // Share it with one more address, as a reader.
      await sidebar.locator('#share summary').click();
      await sidebar.getByLabel('Thêm địa chỉ email').fill('phonggd.hoabinh@example.gov.vn');
      await sidebar.getByLabel('Quyền').selectOption('reader');
      await sidebar.locator('#btn-share').click();
      await sidebar.locator('#fb-share.success').waitFor({ timeout: 20_000 });
      expect(await sidebar.locator('#fb-share').textContent()).toContain('phonggd.hoabinh@example.gov.vn');

      // The server stops: the page says so instead of going quiet.
      await server.close();
      await page.locator('#offline').waitFor({ state: 'visible', timeout: 15_000 });
      await page.close();
    } finally {
      await server.close();
    }
  });
});
