/**
 * The Picker dialog's page (src/entry/picker-dialog.ts) in Chromium. The
 * real Picker needs Google's servers, an API key and a Cloud project, so
 * `google.picker` is a fake here, installed before the page's scripts
 * with the request for apis.google.com answered locally (no network).
 * `google.script.run` is the built add-on itself (build/Code.js in the
 * emulator, exposed to the page), so the file the fake Picker "picks" is
 * a real .docx in the emulated Drive, and the workbook is really written.
 *
 * What this verifies: the page hands the Picker the token, key, app id and
 * origin it was given, previews the picked file, writes it only on "Ghi
 * vào bảng tính", shows the add-on's messages, and closes on cancel. What
 * it cannot verify is Google's side (docs/import.md, "Not verified").
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, pickFile, WORD_DOCX, type Emulator } from '../../emulator';
import { anPhuPlan, buildPlanDocx } from '../../fixtures/docx-plans';
import { ROOT } from '../../fixtures/workbooks';
import { pickerDialogHtml } from '../../src/entry/picker-dialog';
import { docxAsDocsDocument } from '../../src/node/docx-as-docs';
import { browserTestsEnabled, launchChromium, type Browser } from './chromium';

const DIALOG_URL = 'https://n-dialog.script.googleusercontent.test/picker';
const CONFIG = { oauthToken: 'ya29.token-of-the-user', developerKey: 'AIzaPickerKey', appId: '123456789012' };
const ORIGIN = 'https://docs.google.com';

/**
 * Installed before the page's own script: the fake Picker (it records what
 * the page builds and lets the test answer as the user would) and
 * `google.script.run` / `google.script.host` calling the exposed add-on.
 */
const FAKES = `
window.__picker = { calls: [], views: [], visible: false, callback: null };
window.__host = { closed: 0 };
window.__serverCalls = [];
function Builder() {}
['addView', 'setOAuthToken', 'setDeveloperKey', 'setAppId', 'setOrigin', 'setLocale', 'setTitle'].forEach(function (name) {
  Builder.prototype[name] = function (value) { window.__picker.calls.push([name, name === 'addView' ? value.described : value]); return this; };
});
Builder.prototype.setCallback = function (callback) { window.__picker.callback = callback; return this; };
Builder.prototype.build = function () { return { setVisible: function (visible) { window.__picker.visible = visible; } }; };
function DocsView(viewId) { this.described = { viewId: viewId }; }
DocsView.prototype.setMimeTypes = function (types) { this.described.mimeTypes = types; return this; };
DocsView.prototype.setMode = function (mode) { this.described.mode = mode; return this; };
function runner(success, failure) {
  return new Proxy({}, {
    get: function (_target, name) {
      if (name === 'withSuccessHandler') return function (handler) { return runner(handler, failure); };
      if (name === 'withFailureHandler') return function (handler) { return runner(success, handler); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        window.__serverCalls.push({ name: name, args: args });
        window.__server(name, args).then(function (value) { if (success) success(value); }, function (error) { if (failure) failure(error); });
      };
    },
  });
}
window.google = {
  picker: { PickerBuilder: Builder, DocsView: DocsView, ViewId: { DOCS: 'all' }, DocsViewMode: { LIST: 'list' }, Action: { PICKED: 'picked', CANCEL: 'cancel', LOADED: 'loaded' } },
  script: { run: runner(null, null), host: { origin: '${ORIGIN}', close: function () { window.__host.closed += 1; } } },
};
window.gapi = { load: function (name, options) { window.__picker.loaded = name; options.callback(); } };
`;

interface Dialog {
  page: Page;
  emu: Emulator;
  fileId: string;
}

describe.runIf(browserTestsEnabled('import-picker'))('the Picker dialog page, with a fake Picker and the real add-on behind google.script.run', () => {
  let browser: Browser;
  let docx: Uint8Array;

  beforeAll(async () => {
    [browser, docx] = await Promise.all([launchChromium(), buildPlanDocx(anPhuPlan)]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The dialog open on a blank spreadsheet, the .docx in the emulated Drive as the user would have it. */
  async function openDialog(): Promise<Dialog> {
    const emu = createEmulator({ htmlDir: join(ROOT, 'build'), now: new Date('2025-10-10T09:00:00+07:00'), convertDocx: docxAsDocsDocument });
    const bundle = loadBundle(join(ROOT, 'build', 'Code.js'), emu);
    const fileId = pickFile(emu.env, { name: 'ke-hoach-an-phu.docx', mimeType: WORD_DOCX, bytes: docx });
    const page = await browser.context.newPage();
    // Every request is answered here: the dialog itself, and an empty api.js (the fakes are already installed).
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === DIALOG_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: pickerDialogHtml(CONFIG) });
      if (url === 'https://apis.google.com/js/api.js') return route.fulfill({ contentType: 'text/javascript', body: '' });
      return route.abort();
    });
    await page.exposeFunction('__server', (name: string, args: unknown[]) => bundle.call(name, ...args));
    await page.addInitScript(FAKES);
    await page.goto(DIALOG_URL);
    await page.waitForFunction(() => (window as unknown as { __picker: { visible: boolean } }).__picker.visible);
    return { page, emu, fileId };
  }

  const pick = (page: Page, data: unknown) =>
    page.evaluate((answer) => (window as unknown as { __picker: { callback: (data: unknown) => void } }).__picker.callback(answer), data);
  const serverCalls = (page: Page) => page.evaluate(() => (window as unknown as { __serverCalls: { name: string; args: unknown[] }[] }).__serverCalls);
  const status = (page: Page) => page.locator('#status').innerText();

  it('builds the Picker with the token, key, app id and origin it was given, for Google Docs and .docx', async () => {
    const { page } = await openDialog();
    const picker = await page.evaluate(() => (window as unknown as { __picker: { calls: unknown[]; loaded: string } }).__picker);
    expect(picker.loaded).toBe('picker');
    expect(picker.calls).toEqual([
      ['addView', { viewId: 'all', mimeTypes: `application/vnd.google-apps.document,${WORD_DOCX}`, mode: 'list' }],
      ['setOAuthToken', CONFIG.oauthToken],
      ['setDeveloperKey', CONFIG.developerKey],
      ['setAppId', CONFIG.appId],
      ['setOrigin', ORIGIN],
      ['setLocale', 'vi'],
      ['setTitle', 'Chọn kế hoạch năm trước'],
    ]);
    expect(await status(page)).toBe('Đang mở hộp chọn tệp của Google Drive…');
    await page.close();
  });

  it('a picked file is previewed, then written only on "Ghi vào bảng tính", with the picked id both times', async () => {
    const { page, emu, fileId } = await openDialog();
    await pick(page, { action: 'picked', docs: [{ id: fileId, name: 'ke-hoach-an-phu.docx' }] });
    await page.locator('#actions').waitFor({ state: 'visible' });
    expect(await serverCalls(page)).toEqual([{ name: 'previewImport', args: [{ source: 'file', fileId }] }]);
    const preview = await status(page);
    expect(preview).toContain('Trang "Tiêu chuẩn 1": sẽ thêm');
    expect(preview).toContain('Bấm "Ghi vào bảng tính" để ghi');
    expect(emu.workbook.sheetNames()).toEqual(['Sheet1']); // the preview wrote nothing

    await page.getByRole('button', { name: 'Ghi vào bảng tính' }).click();
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.includes('Bấm "Kiểm tra"'));
    expect(await serverCalls(page)).toEqual([
      { name: 'previewImport', args: [{ source: 'file', fileId }] },
      { name: 'applyImport', args: [{ source: 'file', fileId }] },
    ]);
    const written = await status(page);
    expect(written).toContain('Trang "Tiêu chuẩn 1": đã thêm');
    expect(written).toContain('Văn bản "ke-hoach-an-phu.docx" được giữ nguyên.');
    expect(await page.locator('#actions').isHidden()).toBe(true);
    expect(emu.workbook.sheetNames()).toContain('Tiêu chuẩn 1');
    await page.close();
  });

  it('a file the add-on refuses: its message is shown and nothing can be written', async () => {
    const { page, emu } = await openDialog();
    const pdf = pickFile(emu.env, { name: 'ke-hoach.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    await pick(page, { action: 'picked', docs: [{ id: pdf }] });
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.includes('không phải Google Tài liệu'));
    expect(await status(page)).toContain('"ke-hoach.pdf" không phải Google Tài liệu hay tệp Word .docx');
    expect(await page.locator('#actions').isHidden()).toBe(true);
    expect(emu.workbook.sheetNames()).toEqual(['Sheet1']);
    await page.close();
  });

  it('cancel closes the dialog: in the Picker, and with "Huỷ" after the preview, without writing', async () => {
    const inPicker = await openDialog();
    await pick(inPicker.page, { action: 'cancel' });
    expect(await inPicker.page.evaluate(() => (window as unknown as { __host: { closed: number } }).__host.closed)).toBe(1);
    expect(await serverCalls(inPicker.page)).toEqual([]);
    await inPicker.page.close();

    const afterPreview = await openDialog();
    await pick(afterPreview.page, { action: 'picked', docs: [{ id: afterPreview.fileId }] });
    await afterPreview.page.locator('#actions').waitFor({ state: 'visible' });
    await afterPreview.page.getByRole('button', { name: 'Huỷ' }).click();
    expect(await afterPreview.page.evaluate(() => (window as unknown as { __host: { closed: number } }).__host.closed)).toBe(1);
    expect((await serverCalls(afterPreview.page)).map((call) => call.name)).toEqual(['previewImport']);
    expect(afterPreview.emu.workbook.sheetNames()).toEqual(['Sheet1']);
    await afterPreview.page.close();
  });
});
