/**
 * The built Sidebar.html in headless Chromium, against the real built
 * Code.js on the emulator (RealServer): what it shows, keyboard use, busy
 * states, failures, escaping, setup, documents (draft and final), the
 * choice before overwriting hand edits, sharing per address, Bỏ qua.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserTestsEnabled, launchChromium, type Browser } from '../e2e/chromium';
import { readFileSync } from 'node:fs';
import { driveScenario } from '../../emulator/drive-access';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { readSample, RealServer, ROOT, TT57_SAMPLE } from './real-server';
import { openSidebar } from './sidebar-page';

const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("x")</script>';

/** Bình Minh 2025-2026: one error (`Năm 2065` on Mức 4, G4) and three identical `Năm 2027` warnings. */
function binhMinh(): RealServer {
  const workbook = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/real-plans/binh-minh-nhieu-nam.json'), 'utf8')) as RawWorkbook;
  return new RealServer(workbook, { now: new Date('2025-10-06T09:00:00+07:00') });
}

describe.runIf(browserTestsEnabled('sidebar'))('sidebar (built Sidebar.html, real built server)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the school, the framework and why, the levels, the standards and the issues, errors first', async () => {
    const server = new RealServer();
    const { page, pageErrors } = await openSidebar(browser.context, server);
    await expect.poll(() => page.locator('h1.school').textContent()).toBe('Trường Tiểu học An Khang');
    expect(await page.locator('#plan .meta').textContent()).toBe('Năm học 2024-2025');
    expect(await page.locator('#plan .tag').textContent()).toBe('TT17 tiểu học');
    // Named once in the header; why it was chosen is one click away.
    expect(await page.locator('#plan .why').isVisible()).toBe(false);
    await page.locator('#plan .framework summary').click();
    expect(await page.locator('#plan .why').textContent()).toContain('Khung đánh giá');
    expect(await page.locator('#check-line').textContent()).toMatch(/^6 lỗi, 3 cảnh báo · kiểm tra lúc \d\d:\d\d, 15\/11\/2024$/);

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
    expect(await page.locator('table.standards thead').textContent()).toContain('Cảnh báo');

    const items = page.locator('button.issue');
    expect(await items.count()).toBe(overview.issues.length);
    const severities = await items.evaluateAll((buttons) => buttons.map((b) => (b.classList.contains('error') ? 'error' : 'warning')));
    const firstWarning = severities.indexOf('warning');
    expect(firstWarning).toBeGreaterThan(0);
    expect(severities.slice(firstWarning)).not.toContain('error');
    expect(overview.errorCount).toBe(6);
    expect(severities.filter((s) => s === 'error')).toHaveLength(6);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-real.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a click or Enter on an issue goes to its cell', async () => {
    const server = new RealServer();
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
    server.emu.workbook.select('Thông tin chung', 'A1');
    await page.keyboard.press('Space');
    await expect.poll(() => server.selection).toEqual({ sheet: other.sheet, cell: other.cell });
    await page.close();
  });

  it('filters the list by severity', async () => {
    const server = new RealServer();
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
    const server = new RealServer(workbook);
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
    const server = new RealServer();
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
    const server = new RealServer();
    const { page } = await openSidebar(browser.context, server);
    server.failNext('checkPlan', { kind: 'result', message: 'Một người khác đang cập nhật bảng tính này. Hãy đợi rồi bấm lại.' });
    await page.locator('#btn-check').click();
    const alert = page.locator('#fb-main [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Một người khác đang cập nhật bảng tính này');
    expect(await page.locator('#btn-check').isDisabled()).toBe(false);

    server.failNext('writeSummary', { kind: 'throw', message: "TypeError: Cannot read properties of undefined (reading 'x')\n    at foo (Code:1:2)" });
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
    const server = new RealServer();
    server.failNext('getOverview', { kind: 'result', message: 'Bảng tính chưa có trang "Thông tin chung".' });
    const { page } = await openSidebar(browser.context, server);
    expect(await page.locator('#fb-main [role="alert"]').textContent()).toContain('chưa có trang');
    expect(await page.locator('#sec-setup').getAttribute('class')).toContain('needed');
    expect(await page.locator('#sec-levels').isHidden()).toBe(true);
    await page.close();
  });

  it('setup proposes a framework, lets the user pick another, then creates the tabs', async () => {
    const server = new RealServer();
    const { page } = await openSidebar(browser.context, server);
    await page.locator('#btn-setup').click();
    const radios = page.locator('input[name="setup-framework"]');
    await radios.first().waitFor();
    expect(await radios.count()).toBe(server.value('proposeSetup').choices.length);
    expect(await page.locator('input[name="setup-framework"]:checked').getAttribute('value')).toBe('TT17 tiểu học');
    expect(await page.locator('.setup-form').textContent()).toContain('(đề xuất)');
    // Keyboard: arrows move between radios, Enter submits the form.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="setup-framework"]:checked').getAttribute('value')).toBe('TT18/2018');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.locator('#fb-setup.success').waitFor();
    const setup = server.calls.find((c) => c.name === 'setupTabs');
    expect(setup?.args).toEqual([{ framework: 'TT17 tiểu học' }]);
    expect(server.calls.at(-1)?.name).toBe('getOverview');
    expect(await page.locator('.setup-form').count()).toBe(0);
    expect(await page.locator('#btn-setup').isVisible()).toBe(true);
    // The sample's tabs existed unfrozen: setup asks (issue 18.11) and the question takes the focus, not the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-freeze'))).toBe('yes');
    await page.locator('button[data-freeze="no"]').click();
    await expect.poll(() => server.calls.filter((c) => c.name === 'setupTabs').length).toBe(2);
    expect(server.calls.filter((c) => c.name === 'setupTabs')[1].args).toEqual([{ framework: 'TT17 tiểu học', freezeColumns: false }]);
    await expect.poll(() => page.locator('[data-freeze]').count()).toBe(0);
    // Keyboard focus is not lost to the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-setup');

    await page.locator('#btn-setup').click();
    await page.locator('.setup-form').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('.setup-form').count()).toBe(0);
    await page.close();
  });

  it('while errors remain, offers the draft and says why; the draft is labelled and cannot be shared', async () => {
    const server = new RealServer();
    const { page } = await openSidebar(browser.context, server);
    const button = page.locator('#btn-document');
    expect(await button.textContent()).toBe('Tạo bản dự thảo');
    expect(await page.locator('#doc-why').textContent()).toContain('Kế hoạch còn 6 lỗi');
    expect(await page.locator('#btn-share').isDisabled()).toBe(true);

    await button.click();
    await page.locator('#fb-document.success').waitFor();
    expect(server.calls.find((c) => c.name === 'createDocument')?.args).toEqual([{ newVersion: false, draft: true }]);
    expect(await page.locator('#fb-document').textContent()).toContain('DỰ THẢO');
    expect(await page.locator('.draft-label').textContent()).toBe('Bản dự thảo');
    expect(await page.locator('.doc-title').textContent()).toMatch(/^DỰ THẢO - /);
    expect(await page.locator('.doc-links a').allTextContents()).toEqual(['Mở bản dự thảo', 'PDF dự thảo']);
    // The errors stay listed; the district gets only a final document.
    expect(await page.locator('button.issue.error').count()).toBe(6);
    expect(await page.locator('#btn-share').isDisabled()).toBe(true);
    await page.locator('#share summary').click();
    expect(await page.locator('#share-need-final').isVisible()).toBe(true);
    expect(await page.locator('#share-need-final').textContent()).toContain('văn bản chính thức');
    await page.close();
  });

  it('once the errors are fixed, makes the final document over the draft, then shares it, address by address', async () => {
    const server = binhMinh();
    const { page } = await openSidebar(browser.context, server);
    await page.locator('#btn-document').click();
    await page.locator('#fb-document.success').waitFor();
    expect(await page.locator('.draft-label').count()).toBe(1);

    server.setCell('Mức 4', 'G4', 'Năm 2026');
    await page.locator('#btn-check').click();
    await page.locator('#fb-main.success').waitFor();
    expect(await page.locator('#btn-document').textContent()).toBe('Tạo văn bản');
    expect(await page.locator('#doc-why').isHidden()).toBe(true);
    await page.locator('#btn-document').click();
    await page.locator('#fb-document.success').waitFor();
    expect(server.calls.filter((c) => c.name === 'createDocument').at(-1)?.args).toEqual([{ newVersion: false }]);
    expect(await page.locator('#fb-document').textContent()).toContain('Chèn → Số trang');
    expect(await page.locator('.draft-label').count()).toBe(0);
    const links = page.locator('.doc-links a');
    expect(await links.allTextContents()).toEqual(['Mở Google Tài liệu', 'Bản PDF']);
    expect(await links.first().getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\//);
    expect(await links.first().getAttribute('rel')).toContain('noopener');

    // Share: a bad address is refused before any call, with the domain rule's reason.
    expect(await page.locator('#btn-share').isDisabled()).toBe(false);
    await page.locator('#share summary').click();
    expect(await page.locator('#share-role').inputValue()).toBe('commenter');
    await page.getByLabel('Thêm địa chỉ email').fill('phonggd@example.edu.vn, ketoan@truong..vn');
    await page.locator('#btn-share').click();
    await page.locator('#fb-share.failure').waitFor();
    expect(await page.locator('#fb-share').textContent()).toContain('ketoan@truong..vn (có hai dấu chấm liền nhau trong tên miền)');
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
    const lines = await page.locator('#fb-share .recipient').allTextContents();
    expect(lines.some((line) => line.startsWith('phonggd@example.edu.vn: đã chia sẻ'))).toBe(true);
    expect(lines.some((line) => line.startsWith('hieutruong@example.edu.vn: đã chia sẻ'))).toBe(true);
    expect(await page.locator('#share-emails').inputValue()).toBe('');
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-document.png'), fullPage: true });
    await page.close();
  });

  it('a share that fails for one address says so for that address and never claims all were shared', async () => {
    const server = binhMinh();
    server.setCell('Mức 4', 'G4', 'Năm 2026');
    const links = server.value('createDocument', { newVersion: false });
    const scenario = driveScenario(server.emu.env);
    scenario.notGoogleAccounts('phonggd.binhminh@example.edu.vn');
    scenario.moveToSharedDrive(links.links.docId);
    const { page } = await openSidebar(browser.context, server);
    await page.locator('#share summary').click();
    await page.getByLabel('Thêm địa chỉ email').fill('phonggd.binhminh@example.edu.vn ketoan.binhminh@example.edu.vn');
    await page.locator('#btn-share').click();
    await page.locator('#fb-share.partial').waitFor();
    const report = server.calls.filter((c) => c.name === 'shareDocument');
    expect(report).toHaveLength(1);
    const failed = page.locator('#fb-share .recipient.failed');
    expect(await failed.count()).toBeGreaterThan(0);
    expect(await failed.first().textContent()).toContain('chưa chia sẻ');
    expect(await page.locator('#fb-share.success').count()).toBe(0);
    await page.close();
  });

  it('a Doc edited by hand: two named choices and Huỷ; Huỷ keeps it, "Tạo bản mới" makes another', async () => {
    const server = binhMinh();
    server.setCell('Mức 4', 'G4', 'Năm 2026');
    const first = server.value('createDocument', { newVersion: false });
    driveScenario(server.emu.env).editByHand(first.links.docId, 'Đã duyệt, ký tên: Nguyễn Thị Hạnh\n', 'phohieutruong@example.edu.vn');
    const { page } = await openSidebar(browser.context, server);
    await page.locator('#btn-document').click();
    const panel = page.locator('.decision');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('sửa trực tiếp trong Google Tài liệu bởi');
    expect(await panel.textContent()).toContain('phohieutruong@example.edu.vn');
    expect(await panel.locator('button').allTextContents()).toEqual(['Ghi đè văn bản hiện có', 'Tạo bản mới, giữ bản cũ', 'Huỷ']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ghi đè văn bản hiện có');

    await panel.getByRole('button', { name: 'Huỷ' }).click();
    expect(await page.locator('.decision').count()).toBe(0);
    expect(await page.locator('#fb-document').textContent()).toContain('giữ nguyên');
    expect(server.emu.drive.doc(first.links.docId)!.text()).toContain('Nguyễn Thị Hạnh');

    await page.locator('#btn-document').click();
    await page.locator('.decision').waitFor();
    await page.getByRole('button', { name: 'Tạo bản mới, giữ bản cũ' }).click();
    await page.locator('#fb-document.success').waitFor();
    expect(server.calls.filter((c) => c.name === 'createDocument').at(-1)?.args).toEqual([{ newVersion: false, onEdited: 'newVersion' }]);
    expect(await page.locator('.decision').count()).toBe(0);
    const docId = await page.locator('.doc-links a').first().getAttribute('href');
    expect(docId).not.toContain(first.links.docId);
    expect(server.emu.drive.doc(first.links.docId)!.text()).toContain('Nguyễn Thị Hạnh');
    await page.close();
  });

  it('Bỏ qua: one warning, or every identical one at once; the count and Hiện lại bring them back', async () => {
    const server = binhMinh();
    const { page } = await openSidebar(browser.context, server);
    const warnings = page.locator('ol.issues li:has(button.issue.warning)');
    expect(await warnings.count()).toBe(3);
    // Errors cannot be dismissed: they must be fixed.
    expect(await page.locator('ol.issues li:has(button.issue.error) .issue-actions').count()).toBe(0);
    expect(await warnings.first().locator('.dismiss-similar').textContent()).toBe('Bỏ qua 3 cảnh báo giống thế này');

    await warnings.first().locator('.dismiss-one').click();
    await page.locator('#fb-issues.success').waitFor();
    expect(server.calls.find((c) => c.name === 'dismissWarnings')?.args).toEqual([
      { sheet: 'Tiêu chuẩn 2', cell: 'H4', code: 'time-after-school-year', similar: false },
    ]);
    expect(await warnings.count()).toBe(2);
    expect(await page.locator('.dismissed').textContent()).toBe('Đã bỏ qua 1 cảnh báo · Hiện lại');
    expect(await page.locator('#check-line').textContent()).toMatch(/^1 lỗi, 2 cảnh báo/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('h-issues');

    await warnings.first().locator('.dismiss-similar').click();
    await page.locator('#fb-issues.success').waitFor();
    await expect.poll(() => warnings.count()).toBe(0);
    expect(await page.locator('.dismissed').textContent()).toBe('Đã bỏ qua 3 cảnh báo · Hiện lại');

    await page.locator('.dismissed .restore').click();
    await expect.poll(() => warnings.count()).toBe(3);
    expect(await page.locator('.dismissed').count()).toBe(0);
    expect(server.calls.filter((c) => c.name === 'restoreWarnings')).toHaveLength(1);
    await page.close();
  });

  it('a blank spreadsheet opens on a welcome with one button; after setup the new counts are in view', async () => {
    const server = new RealServer(null, { now: new Date('2026-09-10T08:00:00+07:00') });
    const { page } = await openSidebar(browser.context, server, { height: 600 });
    expect(await page.locator('#welcome').isVisible()).toBe(true);
    expect(await page.locator('#welcome').textContent()).toContain('Để bắt đầu');
    // No alarm before there is a plan: no counts, no level verdict, no framework yet.
    expect(await page.locator('#toolbar').isHidden()).toBe(true);
    expect(await page.locator('#sec-levels').isHidden()).toBe(true);
    expect(await page.locator('#sec-issues').isHidden()).toBe(true);
    expect(await page.locator('#sec-document').isHidden()).toBe(true);
    expect(await page.locator('#plan .tag').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('Chưa đạt Mức 1');
    const visibleButtons = await page.locator('button:visible').allTextContents();
    expect(visibleButtons).toEqual(['Bắt đầu: tạo các trang tính']);

    await page.locator('#btn-setup').click();
    await page.locator('#btn-setup-confirm').click();
    await page.locator('#fb-setup.success').waitFor();
    await expect.poll(() => page.locator('#welcome').isHidden()).toBe(true);
    expect(await page.locator('#toolbar').isVisible()).toBe(true);
    expect(server.emu.workbook.sheetNames()).toContain('Thông tin chung');
    const line = await page.locator('#check-line').boundingBox();
    expect(line).not.toBeNull();
    expect(line!.y).toBeGreaterThanOrEqual(0);
    expect(line!.y).toBeLessThan(600);
    expect(await page.locator('#sec-levels').isVisible()).toBe(true);
    // Focus waits on Kiểm tra, beside the counts, not at the page's end.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-check');
    await page.close();
  });

  it("shows the time of the check as the server reads it, not in the browser's zone", async () => {
    // The add-on's clock in Tokyo (UTC+9), the browser in Hà Nội (UTC+7): 08:30 in Hà Nội is 10:30 for the add-on.
    const server = new RealServer(readSample(), { timeZone: 'Asia/Tokyo' });
    server.value('createDocument', { newVersion: false, draft: true });
    const { page } = await openSidebar(browser.context, server);
    expect(await page.evaluate(() => new Date('2024-11-15T01:30:00Z').getHours())).toBe(8);
    expect(await page.locator('#check-line').textContent()).toMatch(/kiểm tra lúc 10:3\d, 15\/11\/2024$/);
    expect(await page.locator('#doc-links').textContent()).toMatch(/Cập nhật lúc 10:3\d, 15\/11\/2024$/);
    await page.close();
  });

  it('reads at 300 px: no text under 13 px, no abbreviation', async () => {
    const server = binhMinh();
    const { page } = await openSidebar(browser.context, server);
    await page.locator('#share summary').click();
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !(node.textContent ?? '').trim() || el.closest('[hidden], script, style, .sr-only')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 13) found.push(`${size}px ${el.tagName}.${el.className}: ${(node.textContent ?? '').trim().slice(0, 30)}`);
      }
      return found;
    });
    expect(small).toEqual([]);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/C\.báo|\bTC\b|\bKP\b/);
    expect(await page.locator('abbr').count()).toBe(0);
    // Nothing sticks out sideways at 300 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });

  it('TT57: two levels with their mandatory criteria, and the follow-up per standard', async () => {
    const server = new RealServer(readSample(TT57_SAMPLE), { now: new Date('2027-03-15T09:00:00+07:00') });
    const { page } = await openSidebar(browser.context, server);
    const overview = server.overview();
    expect(await page.locator('#plan .tag').textContent()).toBe('TT57/2026');
    expect(await page.locator('.levels .level-name').allTextContents()).toEqual(['Mức 1', 'Mức 2']);
    expect(await page.locator('.levels .mandatory').first().textContent()).toContain(
      `${overview.summary.levels[0].mandatory?.met}/${overview.summary.levels[0].mandatory?.total}`,
    );
    expect(await page.locator('table.standards tbody tr').count()).toBe(4);
    expect(await page.locator('#sec-followup').isVisible()).toBe(true);
    expect(await page.locator('.followup li').count()).toBe(4);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-tt57.png'), fullPage: true });
    await page.close();
  });

  it('labels every control and keeps text contrast at WCAG AA', async () => {
    const server = new RealServer();
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
