/**
 * The menu's framework question as a small dialog with one named button
 * per framework and a "Huỷ". `Ui.alert` only offers the fixed button sets
 * OK / OK_CANCEL / YES_NO / YES_NO_CANCEL
 * (https://developers.google.com/apps-script/reference/base/button-set),
 * so mapping "Có/Không" to two frameworks made a user who meant "no"
 * switch framework. A modal HTML dialog
 * (https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String))
 * names each choice; its button calls the same `setupTabs` the sidebar
 * calls, through google.script.run, then shows the report's message;
 * Huỷ and Đóng use google.script.host.close()
 * (https://developers.google.com/apps-script/guides/html/reference/host#close()).
 */
import { escapeHtml } from '../render/html';
import type { SetupProposal } from '../server/api';

/** `Thông tư 17/2018/TT-BGDĐT (tiểu học)` → `Thông tư 17/2018 (tiểu học)`: the name a principal says. */
export function frameworkButtonLabel(title: string): string {
  return title.replace('/TT-BGDĐT', '');
}

/** The dialog's page. Framework ids travel in data attributes, never inside the script's text. */
export function frameworkDialogHtml(proposal: SetupProposal): string {
  const ordered = [...proposal.choices].sort((a, b) => Number(b.id === proposal.proposed) - Number(a.id === proposal.proposed));
  const buttons = ordered
    .map((choice) => {
      const label = frameworkButtonLabel(choice.title) + (choice.id === proposal.proposed ? ' (đề xuất)' : '');
      const cls = choice.id === proposal.proposed ? ' class="primary"' : '';
      return `<button type="button"${cls} data-framework="${escapeHtml(choice.id)}">${escapeHtml(label)}</button>`;
    })
    .join('\n');
  const keep = proposal.existing
    ? 'Bảng tính đã có các trang của kế hoạch: tiện ích chỉ thêm cột, tiêu chí và trang còn thiếu, không xoá hay sửa dữ liệu đã nhập.'
    : 'Tiện ích sẽ tạo các trang của kế hoạch, điền sẵn các tiêu chí và danh sách chọn mức.';
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><style>
body { font: 14px/1.45 Arial, "Liberation Sans", sans-serif; color: #1f1f1f; margin: 12px; }
p { margin: 0 0 10px; }
.choices { display: flex; flex-direction: column; gap: 6px; }
button { font: inherit; text-align: left; padding: 7px 12px; border-radius: 6px; border: 1px solid #747775; background: #fff; color: #0b57d0; font-weight: 600; cursor: pointer; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button:disabled { color: #5e5e5e; background: #e8eaed; border-color: #c7c7c7; }
#status { margin-top: 10px; white-space: pre-line; }
[hidden] { display: none !important; }
</style></head><body>
<p><strong>Tạo các trang tính theo khung đánh giá nào?</strong></p>
<p>${escapeHtml(proposal.reason)}</p>
<p>${escapeHtml(keep)}</p>
<div class="choices">
${buttons}
<button type="button" id="cancel">Huỷ</button>
</div>
<p id="status" role="status"></p>
<div id="freeze" class="choices" hidden>
<button type="button" class="primary" data-freeze="yes">Có, cố định cột TT và Tiêu chí</button>
<button type="button" data-freeze="no">Không, giữ nguyên</button>
</div>
<script>
var all = document.querySelectorAll('button');
function busy(on) { for (var i = 0; i < all.length; i++) all[i].disabled = on; }
function say(text) { document.getElementById('status').textContent = text; }
document.getElementById('cancel').addEventListener('click', function () { google.script.host.close(); });
var picks = document.querySelectorAll('button[data-framework]');
for (var i = 0; i < picks.length; i++) {
  picks[i].addEventListener('click', function () {
    var framework = this.getAttribute('data-framework');
    chosen = framework;
    busy(true);
    say('Đang tạo các trang tính…');
    google.script.run
      .withSuccessHandler(done)
      .withFailureHandler(lost)
      .setupTabs({ framework: framework });
  });
}
var chosen = null;
function done(result) {
  if (!(result && result.ok)) {
    say((result && result.message) || 'Chưa tạo được các trang tính. Hãy thử lại.');
    busy(false);
    return;
  }
  var cancel = document.getElementById('cancel');
  cancel.textContent = 'Đóng';
  cancel.disabled = false;
  var question = result.value.freezeQuestion;
  // Setup asks once before freezing columns on tabs the user already had: the same question as the sidebar's.
  if (question) {
    say(result.value.message + '\\n\\n' + question.question);
    document.getElementById('freeze').hidden = false;
    var answers = document.querySelectorAll('button[data-freeze]');
    for (var k = 0; k < answers.length; k++) answers[k].disabled = false;
    answers[0].focus();
  } else {
    say(result.value.message);
    document.getElementById('freeze').hidden = true;
  }
}
function lost() {
  say('Chưa tạo được các trang tính: mất kết nối hoặc hết thời gian. Dữ liệu đã nhập không bị thay đổi; hãy thử lại.');
  busy(false);
}
var answers = document.querySelectorAll('button[data-freeze]');
for (var j = 0; j < answers.length; j++) {
  answers[j].addEventListener('click', function () {
    var freeze = this.getAttribute('data-freeze') === 'yes';
    busy(true);
    say('Đang ghi lựa chọn…');
    google.script.run.withSuccessHandler(done).withFailureHandler(lost).setupTabs({ framework: chosen, freezeColumns: freeze });
  });
}
</script>
</body></html>`;
}
