/**
 * "Lập kế hoạch năm học mới" (issue 19, item 1): next school year's plan in
 * a NEW spreadsheet, made from this one by the domain (`nextYearWorkbook`:
 * carried actions, `Chuyển từ năm trước` across a framework change), with
 * `Lịch sử` carried over and both spreadsheets linked.
 *
 * This spreadsheet is only read, except two things the school asked for by
 * pressing the button: the `Kế hoạch năm sau` link cell of `Thông tin chung`
 * and the `Lịch sử` tab. Running it again does not make a second
 * spreadsheet without asking: the one made is remembered in the document
 * properties, and the report offers to open it or to make another
 * (`recreate`).
 *
 * Service calls, whatever the size of the plan: reading this workbook (one
 * getValues per tab), Drive.Files.get (this file's folder), Drive.Files.create
 * (twice when the folder refuses), Sheets.Spreadsheets.get, one
 * Sheets.Spreadsheets.batchUpdate, one Sheets.Spreadsheets.Values.batchUpdate,
 * then one setValues for `Lịch sử` and one for the link cell here.
 */
import { fileInfo, lookUpFile } from '../adapters/drive';
import { trashFile } from '../adapters/drive-trash';
import { checkSheetsService, createSpreadsheetFile, fillSpreadsheet, spreadsheetUrl } from '../adapters/spreadsheet-create';
import { readStoredNextYear, saveStoredNextYear, type StoredNextYear } from '../adapters/spreadsheet-create-store';
import { HISTORY_TAB, historyTabValues } from '../domain/cycle/history-tab';
import { NEXT_YEAR_LINK_LABEL, PREVIOUS_YEAR_LINK_LABEL, withLink } from '../domain/cycle/links';
import { spreadsheetLayout } from '../domain/cycle/new-spreadsheet';
import { nextYearWorkbook } from '../domain/cycle/next-year';
import { frameworkByName } from '../domain/frameworks';
import { INFO_TAB } from '../domain/workbook/plan';
import type { RawSheet } from '../domain/workbook/raw';
import type { NextYearReport, NextYearRequest } from './api';
import { activeSpreadsheet, currentWorkbook, today, withDocumentLock } from './context';
import { UserError } from './errors';
import { localTime } from './local-time';
import { currentHistory, writeHistoryTab, writeLinkCell } from './history-view';

/** The spreadsheet made before, when it still exists (not deleted, not in the trash). */
function existingNextYear(stored: StoredNextYear | null): StoredNextYear | null {
  if (!stored) return null;
  const lookup = lookUpFile(stored.id);
  // Forbidden: it exists, someone else's; still a reason to ask before making a second one.
  if (!lookup.found) return lookup.reason === 'forbidden' ? stored : null;
  return lookup.file.trashed ? null : stored;
}

function askReport(stored: StoredNextYear): NextYearReport {
  // The script's clock (Asia/Ho_Chi_Minh): the day the school pressed the button, not UTC's.
  const when = stored.createdAt ? ` lúc ${localTime(stored.createdAt)}` : '';
  return {
    existing: { url: spreadsheetUrl(stored.id), name: stored.name, schoolYear: stored.schoolYear, createdAt: stored.createdAt },
    created: null,
    fromYear: '',
    toYear: stored.schoolYear,
    fromFramework: '',
    toFramework: '',
    carried: 0,
    finished: 0,
    warnings: [],
    message: [
      `Bảng tính "${stored.name}" đã được tạo từ bảng tính này${when}. Chưa tạo thêm bảng tính nào.`,
      'Hãy chọn "Mở bảng tính đã tạo" để tiếp tục làm việc trên bảng tính đó, hoặc "Tạo lại" nếu muốn một bảng tính mới lập lại từ dữ liệu hiện nay (bảng tính cũ vẫn giữ nguyên, không bị xoá).',
    ].join('\n'),
  };
}

function discard(fileId: string): void {
  try {
    trashFile(fileId);
  } catch (cause) {
    console.error(cause);
  }
}

/** The folder of this spreadsheet, when the add-on may see it (under drive.file it usually may not). */
function parentsOf(spreadsheetId: string): string[] {
  try {
    return fileInfo(spreadsheetId)?.parents ?? [];
  } catch {
    return [];
  }
}

export function createNextYear(request: NextYearRequest): NextYearReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const stored = existingNextYear(readStoredNextYear());
    if (stored && request.recreate !== true) return askReport(stored);

    const workbook = currentWorkbook(spreadsheet);
    const outcome = nextYearWorkbook(workbook, { today: today() });
    if (!outcome.ok) throw new UserError(outcome.message);
    const framework = frameworkByName(outcome.toFramework);
    if (!framework) throw new Error(`Unknown framework ${outcome.toFramework}`);

    const history = currentHistory(spreadsheet, workbook);
    const historyValues = historyTabValues(history);
    const thisUrl = spreadsheet.getUrl();
    const sheets: RawSheet[] = outcome.workbook.sheets.map((sheet) => (sheet.name === INFO_TAB ? withLink(sheet, PREVIOUS_YEAR_LINK_LABEL, thisUrl) : sheet));
    sheets.push({ name: HISTORY_TAB, values: historyValues });

    const schoolName = history.years.find((year) => year.current)?.record.schoolName ?? '';
    const name = schoolName ? `Kế hoạch cải tiến ${outcome.toYear} – ${schoolName}` : `Kế hoạch cải tiến ${outcome.toYear}`;
    checkSheetsService();
    const created = createSpreadsheetFile(name, parentsOf(spreadsheet.getId()));
    try {
      fillSpreadsheet(created.id, spreadsheetLayout({ sheets }, framework));
    } catch (cause) {
      // A half-filled spreadsheet would pass for next year's plan: it goes to the trash, and this one stays untouched.
      discard(created.id);
      console.error(cause);
      throw new UserError(
        `Chưa tạo được bảng tính năm học ${outcome.toYear}: Google Trang tính từ chối ghi nội dung (${cause instanceof Error ? cause.message : String(cause)}). Bảng tính dở dang đã được chuyển vào thùng rác; bảng tính này không thay đổi gì. Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy gửi thông báo này cho bộ phận hỗ trợ.`,
      );
    }

    // This spreadsheet: only the link cell and `Lịch sử`, after the new one is complete.
    const linkTab = writeLinkCell(spreadsheet, workbook, NEXT_YEAR_LINK_LABEL, created.url);
    writeHistoryTab(spreadsheet, historyValues);
    saveStoredNextYear({ id: created.id, name, schoolYear: outcome.toYear, createdAt: new Date().toISOString() });

    const where = created.inFolder
      ? 'Bảng tính mới nằm cùng thư mục với bảng tính này.'
      : 'Bảng tính mới nằm trong "Drive của tôi" (tiện ích chỉ làm việc với tệp do chính nó tạo, nên không thấy hoặc không được ghi vào thư mục của bảng tính này): hãy chuyển nó vào thư mục của trường nếu cần (chuột phải → Sắp xếp → Di chuyển).';
    const links = linkTab
      ? `Hai bảng tính liên kết với nhau: dòng "${NEXT_YEAR_LINK_LABEL}" ở trang "${linkTab}" của bảng tính này, dòng "${PREVIOUS_YEAR_LINK_LABEL}" ở trang "${INFO_TAB}" của bảng tính mới.`
      : `Bảng tính này không có trang "${INFO_TAB}" nên chưa ghi được dòng "${NEXT_YEAR_LINK_LABEL}"; đường liên kết sang bảng tính mới ở đầu thông báo này.`;
    const message = [
      `Đã tạo bảng tính "${name}": ${created.url}`,
      where,
      ...outcome.sentences,
      links,
      `Trang "${HISTORY_TAB}" (ở cả hai bảng tính) ghi lại từng năm học. Bảng tính này không thay đổi gì khác.`,
      ...(outcome.warnings.length > 0
        ? [`Có ${outcome.warnings.length} cảnh báo, xem danh sách bên dưới (hoạt động không đọc được thời gian hoặc mức độ thực hiện vẫn được chuyển sang).`]
        : []),
    ].join('\n');
    return {
      existing: null,
      created: { url: created.url, name, inFolder: created.inFolder },
      fromYear: outcome.fromYear,
      toYear: outcome.toYear,
      fromFramework: outcome.fromFramework,
      toFramework: outcome.toFramework,
      carried: outcome.carried.length,
      finished: outcome.finished.length,
      warnings: [...outcome.warnings, ...history.warnings],
      message,
    };
  });
}
