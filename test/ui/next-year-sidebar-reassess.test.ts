/**
 * Issue 19 in the sidebar (built Sidebar.html, real built server, headless
 * Chromium): "Chỉ các công việc của tiêu chí đang chặn" lists the blocking
 * criteria's action rows from the overview already loaded, each a button
 * that selects its cell, narrowed to the ticked blockers; and next year's
 * spreadsheet shows "Mức hiện tại cần đánh giá lại" with one "Đã đánh giá
 * lại" per tab until each is confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, loadWorkbookJson, spreadsheetFile, spreadsheetFileIds, type JsonWorkbook } from '../../emulator';
import type { Cell } from '../../src/domain/cell';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { readSample, RealServer, ROOT, TT57_SAMPLE } from './real-server';
import { openSidebar } from './sidebar-page';
import { join } from 'node:path';

/** The TT57 sample made into 2027-2028 by the built add-on, as the school opens it in September. */
function nextYearOfSample(): RawWorkbook {
  const emu = createEmulator({ htmlDir: join(ROOT, 'build'), now: new Date('2027-07-15T09:00:00+07:00') });
  loadWorkbookJson(emu, readSample(TT57_SAMPLE) as JsonWorkbook);
  const bundle = loadBundle(join(ROOT, 'build', 'Code.js'), emu);
  const result = bundle.call('createNextYear', {}) as { ok: boolean };
  if (!result.ok) throw new Error('createNextYear failed');
  const book = spreadsheetFile(emu.env, spreadsheetFileIds(emu.env)[0])!;
  return { sheets: book.sheets().map((tab) => ({ name: tab.name, values: tab.values() as Cell[][] })) };
}

describe.runIf(browserTestsEnabled('sidebar issue 19'))('sidebar: blocking actions and re-assessment', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the toggle lists each blocking criterion’s actions; a row selects its cell; ticks narrow the list', async () => {
    const server = new RealServer(readSample(TT57_SAMPLE), { now: new Date('2027-03-15T09:00:00+07:00') });
    const { page, pageErrors } = await openSidebar(browser.context, server, { height: 1600 });
    const card = page.locator('#sec-next-level');
    await expect.poll(() => card.isVisible()).toBe(true);
    const criteria = server.overview().nextLevel?.criteria ?? [];
    expect(criteria.length).toBeGreaterThan(0);
    expect(await card.locator('#blocking-actions li').count()).toBe(0);
    const callsBefore = server.calls.length;

    await card.locator('#blocking-only').check();
    const labels = await card.locator('#blocking-actions > ul > li > strong').allTextContents();
    expect(labels).toEqual(criteria.map((criterion) => criterion.label));
    const rows = criteria.flatMap((criterion) => criterion.rows);
    expect(await card.locator('button.blocking-action').allTextContents()).toEqual(rows.map((row) => row.actions));
    // Listed from the overview already loaded: no server call.
    expect(server.calls.length).toBe(callsBefore);

    const first = rows[0];
    await card.locator('button.blocking-action').first().click();
    await expect.poll(() => server.selection).toEqual({ sheet: first.sheet, cell: first.cell });
    await expect.poll(() => card.locator('p[role=status]').textContent()).toBe(`Đã chuyển đến ô ${first.cell} trang “${first.sheet}”.`);

    // Ticking the last blocker: only the criteria that serve it.
    const boxes = card.locator('ul.next-level input[type=checkbox]');
    const last = (await boxes.count()) - 1;
    await card.locator('details.next-level-more summary').click();
    await boxes.nth(last).check();
    const narrowed = criteria.filter((criterion) => criterion.blockers.includes(last)).map((criterion) => criterion.label);
    expect(narrowed.length).toBeLessThan(criteria.length);
    expect(await card.locator('#blocking-actions > ul > li > strong').allTextContents()).toEqual(narrowed);
    expect(pageErrors).toEqual([]);
  });

  it('next year’s spreadsheet: the notice names the four tabs; "Đã đánh giá lại" takes one out, in the cell and in the list', async () => {
    const server = new RealServer(nextYearOfSample(), { now: new Date('2027-09-20T09:00:00+07:00') });
    const { page, pageErrors } = await openSidebar(browser.context, server, { height: 1600 });
    const section = page.locator('#sec-reassess');
    await expect.poll(() => section.isVisible()).toBe(true);
    const tabs = () => section.locator('li.reassess-tab > span').allTextContents();
    expect(await tabs()).toEqual(['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4']);
    const cell = server.overview().reassess?.cell ?? '';
    expect(await section.locator('#reassess > p').textContent()).toContain(`ô ${cell} trang “Thông tin chung”`);

    await section.getByRole('button', { name: 'Đã đánh giá lại trang Tiêu chuẩn 2' }).click();
    await expect.poll(() => section.locator('#reassess-status').textContent()).toContain('Đã ghi nhận trang "Tiêu chuẩn 2" đã được đánh giá lại');
    expect(await tabs()).toEqual(['Tiêu chuẩn 1', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4']);
    const info = server.emu.workbook.sheet('Thông tin chung')!.values();
    expect(info.find((row) => row[0] === 'Mức cần đánh giá lại')?.[1]).toBe('Tiêu chuẩn 1, Tiêu chuẩn 3, Tiêu chuẩn 4');
    expect(server.calls.map((call) => call.name).filter((name) => name === 'confirmReassessed')).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});
