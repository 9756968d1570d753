/**
 * Golden pictures of the sidebar at 300 px (issue 18): blank, after setup,
 * with issues, after a draft. Each screenshot of the built Sidebar.html on
 * the real server is compared with the reference PNG kept in
 * test/ui/pictures/. A deliberate change rewrites the references with
 * `npm run test:update-pictures`; then look at them before committing.
 *
 * Tolerance: at most 0.2% of the pixels may differ by more than 24 steps in
 * a channel, enough for anti-aliasing, not for a changed word, colour or
 * layout. The references were made with Debian's Chromium and
 * fonts-liberation2 (scripts/ensure-system-deps.mjs); another font set
 * moves every glyph, and the comparison says so.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { decodePng, differingPixels } from './png';
import { RealServer, ROOT } from './real-server';
import { openSidebar } from './sidebar-page';

const REFERENCES = join(ROOT, 'test', 'ui', 'pictures');
const UPDATE = process.env.KHCT_UPDATE_PICTURES === '1';
const TOLERANCE = 0.002;

/** A still picture: no focus ring, no caret, from the top. */
async function still(page: Page): Promise<Buffer> {
  await page.locator('#app[aria-busy="false"]').waitFor();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
}

function compare(name: string, shot: Buffer): void {
  const reference = join(REFERENCES, `${name}.png`);
  if (UPDATE) {
    mkdirSync(REFERENCES, { recursive: true });
    writeFileSync(reference, shot);
    return;
  }
  if (!existsSync(reference)) throw new Error(`No reference picture ${reference}: run npm run test:update-pictures, look at it, commit it.`);
  const expected = decodePng(readFileSync(reference));
  const actual = decodePng(shot);
  const differing = differingPixels(expected, actual);
  const allowed = Math.floor(expected.width * expected.height * TOLERANCE);
  if (differing > allowed) {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `${name}-actual.png`), shot);
  }
  expect(
    {
      size: `${actual.width}×${actual.height}`,
      differing: differing <= allowed ? 'within tolerance' : `${differing} pixels (see test/artifacts/${name}-actual.png)`,
    },
    name,
  ).toEqual({ size: `${expected.width}×${expected.height}`, differing: 'within tolerance' });
}

describe.runIf(browserTestsEnabled('golden pictures'))('golden pictures of the sidebar at 300 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('blank spreadsheet, then after setup', async () => {
    const server = new RealServer(null, { now: new Date('2026-09-10T08:00:00+07:00') });
    const { page } = await openSidebar(browser.context, server);
    compare('sidebar-blank', await still(page));
    await page.locator('#btn-setup').click();
    await page.locator('#btn-setup-confirm').click();
    await page.locator('#fb-setup.success').waitFor();
    compare('sidebar-after-setup', await still(page));
    await page.close();
  });

  it('a plan with issues, then after its draft', async () => {
    const server = new RealServer();
    const { page } = await openSidebar(browser.context, server);
    compare('sidebar-issues', await still(page));
    await page.locator('#btn-document').click();
    await page.locator('#fb-document.success').waitFor();
    compare('sidebar-draft', await still(page));
    await page.close();
  });
});
