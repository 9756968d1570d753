import { appendSchools, readSchoolsList } from '../adapters/district-sheets';
import { schoolsToAppend } from '../domain/rollup/district-tabs';
import { listedSchools } from '../domain/rollup/district-tabs';
import { activeSpreadsheet, withDocumentLock } from './context';
import type { AddSchoolsReport, AddSchoolsRequest } from './district-api';
import { districtOverviewOf, isDistrictSpreadsheet, NOT_A_DISTRICT, SCHOOLS_TAB } from './district-state';
import { UserError } from './errors';

/**
 * `Thêm trường…`: the spreadsheets picked in the Picker dialog are appended
 * to `Các trường`, one row each (TT, the file's name, its link). A file
 * already listed, or picked twice, is listed once; the rows already there
 * are never changed.
 */
export function addDistrictSchools(request: AddSchoolsRequest): AddSchoolsReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    if (!isDistrictSpreadsheet(spreadsheet)) throw new UserError(NOT_A_DISTRICT);
    const values = readSchoolsList(spreadsheet);
    const rows = schoolsToAppend(values, request.files);
    appendSchools(spreadsheet, rows);
    const alreadyListed = request.files.length - rows.length;
    const schools = listedSchools([...values, ...rows]);
    const again = alreadyListed > 0 ? ` ${alreadyListed} tệp đã có trong danh sách nên không thêm lần nữa.` : '';
    return {
      added: rows.length,
      alreadyListed,
      message: `Đã thêm ${rows.length} trường vào trang "${SCHOOLS_TAB}" (nay có ${schools.length} trường).${again} Bấm "Đọc và tổng hợp" để cập nhật số liệu.`,
      overview: districtOverviewOf(schools),
    };
  });
}
