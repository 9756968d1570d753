/**
 * The Google Picker for the district (issue 16): the specialist picks the
 * schools' plan spreadsheets, several at once, from "Shared with me" (the
 * schools share their files with the Phòng) or from their own Drive, and
 * the dialog sends the picked ids and names to `addDistrictSchools`.
 *
 * Picking is what grants access: a file picked in the Picker is granted to
 * the app under `drive.file`, so the add-on can read exactly those files
 * and nothing else of the specialist's Drive
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth#drive-file).
 * Multi-select is `Feature.MULTISELECT_ENABLED`, "Shared with me" is a
 * DocsView with `setOwnedByMe(false)`
 * (https://developers.google.com/workspace/drive/picker/reference/picker.docsview.setownedbyme).
 *
 * Like the import's Picker (picker-dialog.ts) it needs Google's servers,
 * the API key and the Cloud project's number (script properties
 * PICKER_API_KEY and PICKER_APP_ID, docs/import.md "The Picker"): it is NOT
 * run by the tests, which call addDistrictSchools with the ids a pick
 * would send.
 */
import { escapeHtml } from '../render/html';
import type { PickerConfig } from './picker-dialog';

const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

/** The dialog's page. The config travels in data attributes, never inside the script's text. */
export function districtPickerHtml(config: PickerConfig): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><style>
body { font: 14px/1.45 Arial, "Liberation Sans", sans-serif; color: #1f1f1f; margin: 12px; }
button { font: inherit; padding: 7px 12px; border-radius: 6px; border: 1px solid #747775; background: #fff; color: #0b57d0; font-weight: 600; cursor: pointer; }
#status { white-space: pre-line; }
</style></head><body data-token="${escapeHtml(config.oauthToken)}" data-key="${escapeHtml(config.developerKey)}" data-app="${escapeHtml(config.appId)}">
<p id="status" role="status">Đang mở hộp chọn tệp của Google Drive…</p>
<button type="button" id="close" hidden>Đóng</button>
<script>
var body = document.body;
function say(text) { document.getElementById('status').textContent = text; document.getElementById('close').hidden = false; }
document.getElementById('close').addEventListener('click', function () { google.script.host.close(); });
function picked(data) {
  if (data.action === google.picker.Action.CANCEL) { google.script.host.close(); return; }
  if (data.action !== google.picker.Action.PICKED) return;
  var files = data.docs.map(function (doc) { return { id: doc.id, name: doc.name || '' }; });
  say('Đang thêm ' + files.length + ' bảng tính vào trang "Các trường"…');
  google.script.run.withSuccessHandler(function (result) {
    say(result.ok ? result.value.message : result.message);
  }).withFailureHandler(function (error) {
    say('Chưa thêm được: ' + (error && error.message ? error.message : error) + ' Hãy bấm "Thêm trường…" lần nữa.');
  }).addDistrictSchools({ files: files });
}
function open() {
  var shared = new google.picker.DocsView(google.picker.ViewId.SPREADSHEETS).setOwnedByMe(false).setMode(google.picker.DocsViewMode.LIST);
  var mine = new google.picker.DocsView(google.picker.ViewId.SPREADSHEETS).setOwnedByMe(true).setMode(google.picker.DocsViewMode.LIST);
  new google.picker.PickerBuilder()
    .addView(shared)
    .addView(mine)
    .enableFeature(google.picker.Feature.MULTISELECT_ENABLED)
    .setSelectableMimeTypes('${SPREADSHEET}')
    .setOAuthToken(body.dataset.token)
    .setDeveloperKey(body.dataset.key)
    .setAppId(body.dataset.app)
    .setOrigin(google.script.host.origin)
    .setLocale('vi')
    .setTitle('Chọn bảng tính kế hoạch của các trường (giữ Ctrl để chọn nhiều tệp)')
    .setCallback(picked)
    .build()
    .setVisible(true);
}
</script>
<script src="https://apis.google.com/js/api.js" onload="gapi.load('picker', { callback: open })"></script>
</body></html>`;
}
