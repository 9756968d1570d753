/**
 * The built Sidebar.html in headless Chromium, against a fake server that
 * runs the real domain code: what it shows, keyboard use, busy states,
 * failures, escaping, setup, document and sharing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { FakeServer, readSample, ROOT, TT57_SAMPLE } from './fake-server';
import { openSidebar } from './sidebar-page';

const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("x")</script>';

describe.runIf(browserTestsEnabled('sidebar'))('sidebar (built Sidebar.html, fake server)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the school, the framework and why, the levels, the standards and the issues, errors first', async () => {
    const server = new FakeServer();
    const { page, pageErrors } = await openSidebar(browser.context, server);
    await expect.poll(() => page.locator('h1.school').textContent()).toBe('Trường Tiểu học An Khang');
    expect(await page.locator('#plan .meta').textContent()).toBe('Năm học 2024-2025');
    expect(await page.locator('#plan .tag').textContent()).toBe('TT17 tiểu học');
    expect((await page.locator('#plan .why').textContent())?.length).toBeGreaterThan(5);

    const overview = server.overview();
    const levelNames = await page.locator('.levels .level-name').allTextContents();
    expect(levelNames).toEqual(['Mức 1', 'Mức 2', 'Mức 3', 'Mức 4']);
    const first = overview.summary.levels[0];
    expect(await page.locator('.levels .level-count').first().textContent()).toContain(`${first.met}/${first.total}`);
    expect(await page.locator('.verdict-level').textContent()).toBe(overview.summary.schoolLevelLabel);

    const rows = page.locator('table.standards tbody tr');
    expect(await rows.count()).toBe(5);
    const std1 = overview.standards[0];
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells).toEqual([`${std1.criteriaFound}/${std1.criteriaTotal}`, String(std1.errors), String(std1.warnings)]);

    const items = page.locator('button.issue');
    expect(await items.count()).toBe(overview.issues.length);
    const severities = await items.evaluateAll((buttons) => buttons.map((b) => (b.classList.contains('error') ? 'error' : 'warning')));
    const firstWarning = severities.indexOf('warning');
    expect(firstWarning).toBeGreaterThan(0);
    expect(severities.slice(firstWarning)).not.toContain('error');
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-fake.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a click or Enter on an issue goes to its cell', async () => {
    const server = new FakeServer();
    const { page } = await openSidebar(browser.context, server);
    const issue = server.overview().issues[1];
    const item = page.locator('button.issue').nth(1);
    await item.click();
    await expect.poll(() => server.selection).toEqual({ sheet: issue.sheet, cell: issue.cell });
    expect(await item.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('#fb-issues').textContent()).toContain(`ô ${issue.cell}`);

    const other = server.overview().issues[0];
    await page.locator('button.issue').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => server.selection).toEqual({ sheet: other.sheet, cell: other.cell });
    server.selection = null;
    await page.keyboard.press('Space');
    await expect.poll(() => server.selection).toEqual({ sheet: other.sheet, cell: other.cell });
    await page.close();
  });

  it('filters the list by severity', async () => {
    const server = new FakeServer();
    const { page } = await openSidebar(browser.context, server);
    const overview = server.overview();
    await page.locator('.chip-warning').click();
    expect(await page.locator('button.issue').count()).toBe(overview.warningCount);
    expect(await page.locator('.chip-warning').getAttribute('aria-pressed')).toBe('true');
    await page.locator('.chip-error').click();
    expect(await page.locator('button.issue.warning').count()).toBe(0);
    expect(await page.locator('button.issue').count()).toBe(overview.errorCount);
    await page.close();
  });

  it('user text is shown as text, never run as markup', async () => {
    const workbook = readSample();
    const info = workbook.sheets.find((s) => s.name === 'Thông tin chung')!;
    info.values.find((row) => row[0] === 'Tên trường')![1] = XSS;
    const server = new FakeServer(workbook);
    // A criterion code nobody knows, quoted in the issue's message.
    server.setCell('Tiêu chuẩn 2', 'B3', XSS);
    server.setCell('Tiêu chuẩn 2', 'H2', SCRIPT);
    const { page, dialogs, pageErrors } = await openSidebar(browser.context, server);
    await expect.poll(() => page.locator('h1.school').textContent()).toBe(XSS);
    expect(await page.locator('#app img, #app script').count()).toBe(0);
    const messages = (await page.locator('.issue-message').allTextContents()).join('\n');
    expect(messages).toContain('<img src=x onerror=alert(1)>');
    await page.locator('#btn-check').click();
    await page.locator('#fb-main.success').waitFor();
    await page.waitForTimeout(200);
    expect(await page.locator('#app img, #app script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a long action shows progress and disables the buttons until done', async () => {
    const server = new FakeServer();
    const { page } = await openSidebar(browser.context, server);
    server.delayMs = 700;
    const check = page.locator('#btn-check');
    await check.click();
    await expect.poll(() => check.isDisabled()).toBe(true);
    expect(await check.textContent()).toContain('Đang kiểm tra');
    expect(await page.locator('#btn-summary').isDisabled()).toBe(true);
    expect(await page.locator('#btn-document').isDisabled()).toBe(true);
    expect(await page.locator('#fb-main.progress').textContent()).toContain('Đang kiểm tra kế hoạch');
    await page.locator('#fb-main.success').waitFor();
    expect(await check.isDisabled()).toBe(false);
    expect(await check.textContent()).toBe('Kiểm tra');
    expect(await page.locator('#fb-main').textContent()).toMatch(/Tìm thấy \d+ lỗi/);
    expect(server.calls.filter((c) => c.name === 'checkPlan')).toHaveLength(1);

    // From the keyboard: the button keeps focus once it is enabled again.
    server.delayMs = 300;
    await check.focus();
    await page.keyboard.press('Enter');
    await page.locator('#fb-main.progress').waitFor();
    await page.locator('#fb-main.success').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-check');
    await page.close();
  });

  it('shows the server message on a failed Result, and a Vietnamese sentence on a thrown call, never a stack', async () => {
    const server = new FakeServer();
    const { page } = await openSidebar(browser.context, server);
    server.failNext('checkPlan', { kind: 'result', message: 'Một người khác đang cập nhật bảng tính này. Hãy đợi rồi bấm lại.' });
    await page.locator('#btn-check').click();
    const alert = page.locator('#fb-main [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Một người khác đang cập nhật bảng tính này');
    expect(await page.locator('#btn-check').isDisabled()).toBe(false);

    server.failNext('writeSummary', { kind: 'throw', message: 'TypeError: Cannot read properties of undefined (reading \'x\')\n    at foo (Code:1:2)' });
    await page.locator('#btn-summary').click();
    await page.locator('#fb-main.failure').waitFor();
    const text = (await page.locator('#fb-main [role="alert"]').textContent()) ?? '';
    expect(text).toContain('Máy chủ của tiện ích gặp lỗi');
    expect(text).not.toContain('at foo');
    expect(await page.locator('#fb-main .detail code').textContent()).not.toContain('\n');

    server.failNext('checkPlan', { kind: 'throw', message: 'Exceeded maximum execution time' });
    await page.locator('#btn-check').click();
    await page.locator('#fb-main.failure').waitFor();
    expect(await page.locator('#fb-main [role="alert"]').textContent()).toContain('Thao tác chạy quá lâu');
    await page.locator('#fb-main .dismiss').click();
    expect(await page.locator('#fb-main').isHidden()).toBe(true);
    await page.close();
  });

  it('a first read that fails says so and offers setup', async () => {
    const server = new FakeServer();
    server.failNext('getOverview', { kind: 'result', message: 'Bảng tính chưa có trang "Thông tin chung".' });
    const { page } = await openSidebar(browser.context, server);
    expect(await page.locator('#fb-main [role="alert"]').textContent()).toContain('chưa có trang');
    expect(await page.locator('#sec-setup').getAttribute('class')).toContain('needed');
    expect(await page.locator('#sec-levels').isHidden()).toBe(true);
    await page.close();
  });

  it('setup proposes a framework, lets the user pick another, then creates the tabs', async () => {
    const server = new FakeServer();
    const { page } = await openSidebar(browser.context, server);
    await page.locator('#btn-setup').click();
    const radios = page.locator('input[name="setup-framework"]');
    await radios.first().waitFor();
    expect(await radios.count()).toBe(2);
    expect(await page.locator('input[name="setup-framework"]:checked').getAttribute('value')).toBe('TT17 tiểu học');
    expect(await page.locator('.setup-form').textContent()).toContain('(đề xuất)');
    // Keyboard: arrows move between radios, Enter submits the form.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="setup-framework"]:checked').getAttribute('value')).toBe('TT57/2026');
    await page.keyboard.press('Enter');
    await page.locator('#fb-setup.success').waitFor();
    const setup = server.calls.find((c) => c.name === 'setupTabs');
    expect(setup?.args).toEqual([{ framework: 'TT57/2026' }]);
    expect(server.calls.at(-1)?.name).toBe('getOverview');
    expect(await page.locator('.setup-form').count()).toBe(0);
    expect(await page.locator('#btn-setup').isVisible()).toBe(true);
    // Keyboard focus is not lost to the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-setup');

    await page.locator('#btn-setup').click();
    await page.locator('.setup-form').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('.setup-form').count()).toBe(0);
    await page.close();
  });

  it('creates the document (refused while errors remain), shows its links, then shares it', async () => {
    const server = new FakeServer();
    const { page } = await openSidebar(browser.context, server);
    expect(await page.locator('#btn-share').isDisabled()).toBe(true);

    await page.locator('#btn-document').click();
    await page.locator('#fb-document.failure').waitFor();
    expect(await page.locator('#fb-document').textContent()).toContain('chưa tạo được văn bản');

    // Errors are not the sidebar's business here: let the fake accept.
    server.blockOnErrors = false;
    expect(await page.locator('#doc-new').isChecked()).toBe(false);
    await page.locator('#btn-document').click();
    await page.locator('#fb-document.success').waitFor();
    expect(await page.locator('#fb-document').textContent()).toContain('Chèn → Số trang');
    const links = page.locator('.doc-links a');
    expect(await links.allTextContents()).toEqual(['Mở Google Tài liệu', 'Bản PDF']);
    expect(await links.first().getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\//);
    expect(await links.first().getAttribute('rel')).toContain('noopener');
    expect(server.calls.find((c) => c.name === 'createDocument')?.args).toEqual([{ newVersion: false }]);

    await page.locator('#doc-new').check();
    await page.locator('#btn-document').click();
    await page.locator('#fb-document.success').waitFor();
    expect(server.calls.filter((c) => c.name === 'createDocument').at(-1)?.args).toEqual([{ newVersion: true }]);
    expect(await page.locator('#doc-new').isChecked()).toBe(false);

    // Share: open the panel, a bad address is refused before any call.
    expect(await page.locator('#btn-share').isDisabled()).toBe(false);
    await page.locator('#share summary').click();
    expect(await page.locator('#share-role').inputValue()).toBe('commenter');
    await page.getByLabel('Thêm địa chỉ email').fill('phonggd@example.edu.vn, không-phải-email');
    await page.locator('#btn-share').click();
    await page.locator('#fb-share.failure').waitFor();
    expect(await page.locator('#fb-share').textContent()).toContain('không-phải-email');
    expect(await page.locator('#share-emails').getAttribute('aria-invalid')).toBe('true');
    expect(server.calls.some((c) => c.name === 'shareDocument')).toBe(false);

    await page.getByLabel('Thêm địa chỉ email').fill('phonggd@example.edu.vn;\nhieutruong@example.edu.vn');
    await page.getByLabel('Quyền').selectOption('reader');
    await page.getByLabel(/Lời nhắn/).fill('Kính gửi Phòng GD&ĐT');
    await page.locator('#btn-share').click();
    await page.locator('#fb-share.success').waitFor();
    expect(server.calls.find((c) => c.name === 'shareDocument')?.args).toEqual([
      { emails: ['phonggd@example.edu.vn', 'hieutruong@example.edu.vn'], role: 'reader', message: 'Kính gửi Phòng GD&ĐT' },
    ]);
    expect(await page.locator('#fb-share').textContent()).toContain('hieutruong@example.edu.vn');
    expect(await page.locator('#share-emails').inputValue()).toBe('');
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-document.png'), fullPage: true });
    await page.close();
  });

  it('TT57: two levels with their mandatory criteria, and the follow-up per standard', async () => {
    const server = new FakeServer(readSample(TT57_SAMPLE));
    server.today = { day: 15, month: 3, year: 2027 };
    const { page } = await openSidebar(browser.context, server);
    const overview = server.overview();
    expect(await page.locator('#plan .tag').textContent()).toBe('TT57/2026');
    expect(await page.locator('.levels .level-name').allTextContents()).toEqual(['Mức 1', 'Mức 2']);
    expect(await page.locator('.levels .mandatory').first().textContent()).toContain(`${overview.summary.levels[0].mandatory?.met}/${overview.summary.levels[0].mandatory?.total}`);
    expect(await page.locator('table.standards tbody tr').count()).toBe(4);
    expect(await page.locator('#sec-followup').isVisible()).toBe(true);
    expect(await page.locator('.followup li').count()).toBe(4);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-tt57.png'), fullPage: true });
    await page.close();
  });

  it('labels every control and keeps text contrast at WCAG AA', async () => {
    const server = new FakeServer();
    const { page } = await openSidebar(browser.context, server);
    await page.locator('#share summary').click();
    await page.locator('#btn-setup').click();
    await page.locator('.setup-form').waitFor();
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea, button'))
        .filter((el) => {
          const control = el as HTMLInputElement;
          const named = (control.labels && control.labels.length > 0) || el.getAttribute('aria-label') || (el.textContent ?? '').trim();
          return !named;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);

    const lowContrast = await page.evaluate(() => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c.length >= 3 && (c.length === 3 || c[3] > 0)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !(node.textContent ?? '').trim() || el.closest('[hidden], script, style')) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const fg = lum(parse(style.color));
        const bg = lum(background(el));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        if (ratio < 4.5) bad.push(`${ratio.toFixed(2)} ${el.tagName}.${el.className}: ${(node.textContent ?? '').trim().slice(0, 30)}`);
      }
      return bad;
    });
    expect(lowContrast).toEqual([]);
    await page.close();
  });
});

describe('sidebar bundle', () => {
  it('is one self-contained file', async () => {
    const { buildSidebar } = await import('../../scripts/build-sidebar');
    const html = await buildSidebar(ROOT);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(http/);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});
