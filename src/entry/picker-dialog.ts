/**
 * The Google Picker for the import, in a modal dialog: the user picks last
 * year's plan (a Google Doc or a Word .docx) in Drive, and the dialog runs
 * the same previewImport / applyImport as the sidebar's paste, with a
 * "Ghi vào bảng tính" and a "Huỷ".
 *
 * Why drive.file is enough: a file the user picks in the Picker is granted
 * to the app under drive.file, so the add-on can read that file (and the
 * temporary copy it makes) and nothing else in the user's Drive
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth#drive-file,
 * https://developers.google.com/workspace/drive/picker/guides/overview).
 *
 * The Picker needs Google's servers, an API key and the Cloud project's
 * number (setDeveloperKey, setAppId;
 * https://developers.google.com/workspace/drive/picker/guides/web-picker):
 * none exist here, so test/e2e/import-picker.test.ts runs this page in
 * Chromium with a fake `google.picker` and the real add-on behind
 * `google.script.run`. Its setup steps are in docs/import.md ("The Picker").
 */
import { escapeHtml } from '../render/html';

export interface PickerConfig {
  /** ScriptApp.getOAuthToken(): the user's token for the add-on's own scopes. */
  oauthToken: string;
  /** Script property PICKER_API_KEY: a browser API key of the add-on's Cloud project, restricted to the Picker API. */
  developerKey: string;
  /** Script property PICKER_APP_ID: the Cloud project's number (drive.file grants are per app). */
  appId: string;
}

const GOOGLE_DOC = 'application/vnd.google-apps.document';
const WORD_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The dialog's page. The config travels in data attributes, never inside the script's text. */
export function pickerDialogHtml(config: PickerConfig): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><style>
body { font: 14px/1.45 Arial, "Liberation Sans", sans-serif; color: #1f1f1f; margin: 12px; }
button { font: inherit; padding: 7px 12px; border-radius: 6px; border: 1px solid #747775; background: #fff; color: #0b57d0; font-weight: 600; cursor: pointer; margin: 4px 4px 0 0; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
#status { white-space: pre-line; margin-top: 10px; }
</style></head><body data-token="${escapeHtml(config.oauthToken)}" data-key="${escapeHtml(config.developerKey)}" data-app="${escapeHtml(config.appId)}">
<p id="status" role="status">Đang mở hộp chọn tệp của Google Drive…</p>
<div id="actions" hidden>
<button type="button" class="primary" id="write">Ghi vào bảng tính</button>
<button type="button" id="cancel">Huỷ</button>
</div>
<script>
var body = document.body, fileId = null;
function say(text) { document.getElementById('status').textContent = text; }
function failed(error) { say('Chưa thực hiện được: ' + (error && error.message ? error.message : error)); }
document.getElementById('cancel').addEventListener('click', function () { google.script.host.close(); });
document.getElementById('write').addEventListener('click', function () {
  document.getElementById('actions').hidden = true;
  say('Đang ghi vào bảng tính…');
  google.script.run.withSuccessHandler(function (result) {
    say(result.ok ? result.value.message : result.message);
  }).withFailureHandler(failed).applyImport({ source: 'file', fileId: fileId });
});
function picked(data) {
  if (data.action === google.picker.Action.CANCEL) { google.script.host.close(); return; }
  if (data.action !== google.picker.Action.PICKED) return;
  fileId = data.docs[0].id;
  say('Đang đọc văn bản…');
  google.script.run.withSuccessHandler(function (result) {
    if (!result.ok) { say(result.message); return; }
    say(result.value.message);
    document.getElementById('actions').hidden = false;
  }).withFailureHandler(failed).previewImport({ source: 'file', fileId: fileId });
}
// Not named open: in the inline onload handler below, open would be document.open (a handler sees the document's properties first).
function openPicker() {
  var view = new google.picker.DocsView(google.picker.ViewId.DOCS).setMimeTypes('${GOOGLE_DOC},${WORD_DOCX}').setMode(google.picker.DocsViewMode.LIST);
  new google.picker.PickerBuilder()
    .addView(view)
    .setOAuthToken(body.dataset.token)
    .setDeveloperKey(body.dataset.key)
    .setAppId(body.dataset.app)
    .setOrigin(google.script.host.origin)
    .setLocale('vi')
    .setTitle('Chọn kế hoạch năm trước')
    .setCallback(picked)
    .build()
    .setVisible(true);
}
</script>
<script src="https://apis.google.com/js/api.js" onload="gapi.load('picker', { callback: window.openPicker })"></script>
</body></html>`;
}
