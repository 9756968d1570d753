/**
 * The district mode's globals (issue 16): the sidebar's server functions
 * and the menu item, a few lines each; the work is in src/server/district-*.
 */
import { pickerConfigOrExplain } from './picker-config';
import type { ServerApi } from '../server/api';
import { addDistrictSchools as add } from '../server/district-add';
import { getDistrictOverview as overview } from '../server/district-overview';
import { readDistrictBatch as read } from '../server/district-read';
import { createDistrictReport as report } from '../server/district-report';
import { addSchoolsRequestSchema, districtReportRequestSchema, districtShareRequestSchema, readBatchRequestSchema } from '../server/district-requests';
import { shareDistrictReport as share } from '../server/district-share';
import { setupDistrict as setup } from '../server/district-setup';
import { toResult } from '../server/errors';
import { parseRequest } from '../server/requests';
import { districtPickerHtml } from './district-picker';

export const getDistrictOverview: ServerApi['getDistrictOverview'] = () => toResult(overview);
export const setupDistrict: ServerApi['setupDistrict'] = () => toResult(setup);
export const addDistrictSchools: ServerApi['addDistrictSchools'] = (request) =>
  toResult(() => add(parseRequest(addSchoolsRequestSchema, request, 'Thêm trường')));
export const readDistrictBatch: ServerApi['readDistrictBatch'] = (request) =>
  toResult(() => read(parseRequest(readBatchRequestSchema, request, 'Đọc và tổng hợp')));
export const createDistrictReport: ServerApi['createDistrictReport'] = (request) =>
  toResult(() => report(parseRequest(districtReportRequestSchema, request, 'Tạo báo cáo tổng hợp')));

export const shareDistrictReport: ServerApi['shareDistrictReport'] = (request) =>
  toResult(() => share(parseRequest(districtShareRequestSchema, request, 'Chia sẻ báo cáo')));
export const openDistrictPicker: ServerApi['openDistrictPicker'] = () =>
  toResult(() => {
    showDistrictPicker();
    return null;
  });

/** Menu `Tổng hợp các trường (Phòng GD&ĐT)`: sets the open spreadsheet up as the Phòng's, then opens the sidebar on its district view. */
export function menuDistrict(): void {
  const ui = SpreadsheetApp.getUi();
  const result = toResult(setup);
  if (!result.ok) {
    ui.alert('Kế hoạch cải tiến', result.message, ui.ButtonSet.OK);
    return;
  }
  ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Kế hoạch cải tiến'));
}

/**
 * `Thêm trường…`: the Google Picker dialog (district-picker.ts). It needs
 * the same two script properties as the import's Picker; without them the
 * specialist is told to paste the links into `Các trường` instead.
 */
export function showDistrictPicker(): void {
  const config = pickerConfigOrExplain(
    'Thêm trường',
    'Trong lúc chờ, hãy dán đường liên kết bảng tính của từng trường vào cột C ("Bảng tính kế hoạch") của trang "Các trường". Lưu ý: khi dán đường liên kết, tiện ích chỉ đọc được tệp nếu tệp đã từng được chọn qua hộp chọn tệp.',
  );
  if (!config) return;
  const html = HtmlService.createHtmlOutput(districtPickerHtml(config)).setWidth(760).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, 'Chọn bảng tính kế hoạch của các trường');
}
