import { applyImport, previewImport } from '../server/import';
import { pickerConfigOrExplain } from './picker-config';
import { toResult } from '../server/errors';
import { pickerDialogHtml } from './picker-dialog';

const TITLE = 'Xếp vào các tiêu chuẩn';

/**
 * "Xếp vào các tiêu chuẩn" from the menu: the preview in a dialog, and the
 * write only when the user presses OK (Cancel writes nothing). The sidebar's
 * import panel does the same with named buttons.
 */
export function menuImportPaste(): void {
  const ui = SpreadsheetApp.getUi();
  const preview = toResult(() => previewImport({ source: 'paste' }));
  if (!preview.ok) {
    ui.alert(TITLE, preview.message, ui.ButtonSet.OK);
    return;
  }
  const question = preview.value.message.replace(
    /Bấm "Ghi vào bảng tính"[^\n]*$/,
    'Bấm OK để ghi vào bảng tính, hoặc Huỷ (Cancel) để thôi: chưa có gì được ghi.',
  );
  if (ui.alert(TITLE, question, ui.ButtonSet.OK_CANCEL) !== ui.Button.OK) return;
  const written = toResult(() => applyImport({ source: 'paste' }));
  ui.alert(TITLE, written.ok ? written.value.message : written.message, ui.ButtonSet.OK);
}

/**
 * "Nhập từ văn bản trên Drive…": the Google Picker in a dialog. It needs an
 * API key and the Cloud project's number in the script properties
 * (docs/import.md, "The Picker"); without them the user is told to paste.
 */
export function menuImportFile(): void {
  const config = pickerConfigOrExplain(
    'Nhập từ văn bản trên Drive',
    'Trong lúc chờ, hãy chép bảng cải tiến của kế hoạch năm trước, dán vào ô A1 của trang "Nhập", rồi chọn menu "Xếp vào các tiêu chuẩn (từ trang Nhập)".',
  );
  if (!config) return;
  const html = HtmlService.createHtmlOutput(pickerDialogHtml(config)).setWidth(760).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, 'Nhập từ văn bản trên Drive');
}
