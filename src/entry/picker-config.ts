/**
 * The Google Picker needs a browser API key and the Cloud project's number,
 * kept as script properties by whoever publishes the add-on (docs/import.md,
 * "The Picker"). Both Picker dialogs (the import's and the Phòng's) read
 * them here; when they are missing the user gets `fallback`, what to do
 * instead, and no dialog.
 */
import type { PickerConfig } from './picker-dialog';

export function pickerConfigOrExplain(title: string, fallback: string): PickerConfig | null {
  const properties = PropertiesService.getScriptProperties();
  const developerKey = properties.getProperty('PICKER_API_KEY') ?? '';
  const appId = properties.getProperty('PICKER_APP_ID') ?? '';
  if (developerKey === '' || appId === '') {
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      title,
      `Hộp chọn tệp của Google Drive chưa được người quản trị tiện ích cài đặt (thiếu PICKER_API_KEY hoặc PICKER_APP_ID). ${fallback}`,
      ui.ButtonSet.OK,
    );
    return null;
  }
  return { oauthToken: ScriptApp.getOAuthToken(), developerKey, appId };
}
