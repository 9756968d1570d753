/**
 * The sidebar's "Để đạt mức tiếp theo" card (src/ui/next-level.ts) in
 * headless Chromium, on the real built server: the TT57 sample (Mức 1)
 * lists the blockers of Mức 2 as the domain says them; ticking them all,
 * and only then, says the school would reach Mức 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { readSample, RealServer, TT57_SAMPLE } from './real-server';
import { openSidebar } from './sidebar-page';

describe.runIf(browserTestsEnabled('sidebar'))('sidebar: what blocks the next level', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('TT57 sample at Mức 1: the 8 blockers of Mức 2, and the what-if only when all are ticked', async () => {
    const server = new RealServer(readSample(TT57_SAMPLE), { now: new Date('2027-03-15T09:00:00+07:00') });
    const { page, pageErrors } = await openSidebar(browser.context, server);
    const card = page.locator('#sec-next-level');
    await expect.poll(() => card.isVisible()).toBe(true);
    const next = server.overview().nextLevel;
    expect(next?.targetLevel).toBe(2);
    expect(await card.locator('#next-level > p').first().textContent()).toBe('Để đạt Mức 2, nhà trường còn 8 điều kiện:');
    await card.locator('details.next-level-more summary').click();
    expect(await card.locator('details.next-level-more summary').textContent()).toBe('Xem 8 điều kiện');
    const items = card.locator('ul.next-level li');
    expect((await items.allTextContents()).map((text) => text.trim())).toEqual(next?.blockers.map((blocker) => blocker.text));

    const whatIf = card.locator('.what-if');
    expect(await whatIf.textContent()).toBe('Đánh dấu các mục nhà trường dự kiến cải tiến trong năm. Còn 8 mục chưa chọn: nhà trường vẫn ở Mức 1.');
    const boxes = card.locator('input[type=checkbox]');
    for (let index = 0; index < 7; index++) await boxes.nth(index).check();
    expect(await whatIf.textContent()).toBe('Đánh dấu các mục nhà trường dự kiến cải tiến trong năm. Còn 1 mục chưa chọn: nhà trường vẫn ở Mức 1.');
    await boxes.nth(7).check();
    expect(await whatIf.textContent()).toBe('Nếu làm được tất cả các mục đã chọn, nhà trường sẽ đạt Mức 2 (hiện tại: Mức 1).');
    expect(pageErrors).toEqual([]);
  });
});
