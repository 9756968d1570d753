/**
 * The Apps Script entry points. The build turns each export into a
 * top-level function Apps Script can see (menu items, triggers and
 * `google.script.run` call them by name). Each is a few lines: the work is
 * in src/server.
 */
import type { ServerApi } from '../server/api';
import { checkPlan as check, getOverview as overview } from '../server/check';
import { createDocument as create } from '../server/document';
import { dismissWarnings as dismiss, restoreWarnings as restore } from '../server/dismiss';
import { toResult } from '../server/errors';
import { applyImport as applyImported, previewImport as preview } from '../server/import';
import { goToCell as go } from '../server/navigate';
import { getHistory as history, writeHistory as recordHistory } from '../server/history';
import { createNextYear as nextYear } from '../server/next-year';
import { confirmReassessed as reassessed } from '../server/reassess';
import {
  cellAddressSchema,
  dismissRequestSchema,
  documentRequestSchema,
  importRequestSchema,
  nextYearRequestSchema,
  parseRequest,
  reassessRequestSchema,
  setupRequestSchema,
  shareRequestSchema,
} from '../server/requests';
import { proposeSetup as propose, setupTabs as setup } from '../server/setup';
import { shareDocument as share } from '../server/share';
import { writeSummary as summary } from '../server/summary-tab';

export { menuImportFile, menuImportPaste } from './import-menu';
export {
  addDistrictSchools,
  createDistrictReport,
  getDistrictOverview,
  menuDistrict,
  openDistrictPicker,
  readDistrictBatch,
  setupDistrict,
  shareDistrictReport,
  showDistrictPicker,
} from './district';
export { onInstall, onOpen, showSidebar, menuCheck, menuSetup, menuSummary, menuCreateDocument, menuSelfTest } from './menu';
export { menuNextYear } from './menu';

// The sidebar's server functions. Typed against ServerApi: a rename or a
// retype on either side breaks the compile. Each request is checked against
// its schema (src/server/requests.ts) here, once, before any work.
export const getOverview: ServerApi['getOverview'] = () => toResult(overview);
export const proposeSetup: ServerApi['proposeSetup'] = () => toResult(propose);
export const setupTabs: ServerApi['setupTabs'] = (request) => toResult(() => setup(parseRequest(setupRequestSchema, request ?? {}, 'Tạo các trang tính')));
export const checkPlan: ServerApi['checkPlan'] = () => toResult(check);
export const dismissWarnings: ServerApi['dismissWarnings'] = (request) => toResult(() => dismiss(parseRequest(dismissRequestSchema, request, 'Bỏ qua')));
export const restoreWarnings: ServerApi['restoreWarnings'] = () => toResult(restore);
export const writeSummary: ServerApi['writeSummary'] = () => toResult(summary);
export const goToCell: ServerApi['goToCell'] = (sheet, cell) => toResult(() => go(...parseRequest(cellAddressSchema, [sheet, cell], 'Đến ô')));
export const createDocument: ServerApi['createDocument'] = (request) => toResult(() => create(parseRequest(documentRequestSchema, request, 'Tạo văn bản')));
export const shareDocument: ServerApi['shareDocument'] = (request) => toResult(() => share(parseRequest(shareRequestSchema, request, 'Chia sẻ')));
export const previewImport: ServerApi['previewImport'] = (request) => toResult(() => preview(parseRequest(importRequestSchema, request, 'Xem trước khi nhập')));
export const applyImport: ServerApi['applyImport'] = (request) => toResult(() => applyImported(parseRequest(importRequestSchema, request, 'Nhập kế hoạch')));
export const createNextYear: ServerApi['createNextYear'] = (request) =>
  toResult(() => nextYear(parseRequest(nextYearRequestSchema, request ?? {}, 'Lập kế hoạch năm học mới')));
export const getHistory: ServerApi['getHistory'] = () => toResult(history);
export const writeHistory: ServerApi['writeHistory'] = () => toResult(recordHistory);
export const confirmReassessed: ServerApi['confirmReassessed'] = (request) =>
  toResult(() => reassessed(parseRequest(reassessRequestSchema, request, 'Đã đánh giá lại')));
