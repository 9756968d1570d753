import { applyImport, previewImport } from '../server/import';
import { toResult } from '../server/errors';

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
