/**
 * "Lập kế hoạch năm học mới" on the built bundle (issue 19, item 1): a new
 * spreadsheet in the emulated Drive, filled through the Advanced Sheets
 * service, with exactly what the domain's nextYearWorkbook makes; this
 * spreadsheet changed only in its link cell and `Lịch sử`; a second run asks
 * first; service calls constant in the plan's size.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  createEmulator,
  loadBundle,
  loadWorkbookJson,
  spreadsheetFile,
  spreadsheetFileIds,
  type CellValue,
  type Emulator,
  type JsonWorkbook,
} from '../../emulator';
import { ROOT, filledWorkbook, loadSample, setByHeader, setInfo, sheet, TT17_SAMPLE, TT57_SAMPLE, withRowsPerTab } from '../../fixtures/workbooks';
import type { Cell } from '../../src/domain/cell';
import { HISTORY_HEADERS, HISTORY_TAB } from '../../src/domain/cycle/history-tab';
import { nextYearWorkbook } from '../../src/domain/cycle/next-year';
import { TRANSFER_TAB } from '../../src/domain/cycle/transfer-tab';
import { tt57 } from '../../src/domain/frameworks';
import { allCriteria } from '../../src/domain/frameworks/types';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { CODE_JS, openAddOn } from './bundle';

const JULY_2027 = new Date('2027-07-15T09:00:00+07:00');
const TODAY_2027 = { day: 15, month: 7, year: 2027 };
const NEXT_YEAR_PROPERTY = 'nextYearSpreadsheet';

/** A block as a person sees it: trailing blank rows and columns gone, rows of one width. */
function grid(values: readonly (readonly (Cell | CellValue | undefined)[])[]): unknown[][] {
  const blank = (cell: unknown) => cell === '' || cell === null || cell === undefined;
  const rows = values.map((row) => [...row]);
  while (rows.length > 0 && rows[rows.length - 1].every(blank)) rows.pop();
  const width = Math.max(0, ...rows.map((row) => row.reduce<number>((last, cell, index) => (blank(cell) ? last : index + 1), 0)));
  return rows.map((row) => Array.from({ length: width }, (_, index) => (blank(row[index]) ? '' : row[index])));
}

function createdBook(emu: Emulator, id: string) {
  const book = spreadsheetFile(emu.env, id);
  if (!book) throw new Error(`no spreadsheet ${id}`);
  return book;
}

/** The TT57 sample with one progress nobody can read: it must be carried, with a warning. */
function tt57Sample(): { workbook: RawWorkbook; unreadableCell: string } {
  const workbook = loadSample(TT57_SAMPLE);
  const tab = sheet(workbook, 'Tiêu chuẩn 3');
  const actionCol = tab.values[0].indexOf('Hoạt động/giải pháp');
  const row = tab.values.findIndex((values, index) => index > 0 && values[actionCol] !== '');
  setByHeader(tab, row, 'Mức độ thực hiện', 'xong một nửa');
  const progressCol = tab.values[0].indexOf('Mức độ thực hiện');
  return { workbook, unreadableCell: `${String.fromCharCode(65 + progressCol)}${row + 1}` };
}

describe('TT57 2026-2027 → a new spreadsheet for 2027-2028', () => {
  const { workbook, unreadableCell } = tt57Sample();
  const expected = nextYearWorkbook(structuredClone(workbook), { today: TODAY_2027 });
  if (!expected.ok) throw new Error(expected.message);
  const addOn = openAddOn(workbook, JULY_2027);
  const before = addOn.emu.workbook.snapshot();
  const report = addOn.value('createNextYear', {});
  const after = addOn.emu.workbook.snapshot();
  const [id] = spreadsheetFileIds(addOn.emu.env);
  const book = createdBook(addOn.emu, id);

  it('names the file after the new year and the school, in My Drive with a note (drive.file cannot see the folder)', () => {
    const schoolName = String(sheet(workbook, 'Thông tin chung').values.find((row) => row[0] === 'Tên trường')?.[1]);
    expect(report.created?.name).toBe(`Kế hoạch cải tiến 2027-2028 – ${schoolName}`);
    expect(addOn.emu.drive.file(id)?.name).toBe(report.created?.name);
    expect(report.created?.inFolder).toBe(false);
    expect(report.message).toContain('"Drive của tôi"');
    expect(report.existing).toBeNull();
    expect([report.fromYear, report.toYear, report.toFramework]).toEqual(['2026-2027', '2027-2028', 'TT57/2026']);
  });

  it('holds exactly the domain’s workbook (carried actions, levels, blanks), plus the link row and Lịch sử', () => {
    expect(book.sheetNames()).toEqual([...expected.workbook.sheets.map((tab) => tab.name), HISTORY_TAB]);
    for (const tab of expected.workbook.sheets) {
      const written = book.sheet(tab.name)!.values();
      if (tab.name === 'Thông tin chung') {
        expect(grid(written).slice(0, -1)).toEqual(grid(tab.values));
        expect(grid(written).at(-1)?.slice(0, 2)).toEqual(['Kế hoạch năm trước', expect.stringContaining('/spreadsheets/d/')]);
      } else {
        expect(grid(written)).toEqual(grid(tab.values));
      }
    }
    expect(report.carried).toBe(expected.carried.length);
    expect(report.finished).toBe(expected.finished.length);
    expect(report.carried).toBeGreaterThan(0);
    expect(report.finished).toBeGreaterThan(0);
  });

  it('keeps codes as text (RAW), freezes the headers, and gives the level and progress dropdowns', () => {
    const standard1 = book.sheet('Tiêu chuẩn 1')!;
    expect(standard1.frozenRows()).toBe(1);
    expect(standard1.frozenColumns()).toBe(2);
    expect(book.sheet('Thông tin chung')!.frozenRows()).toBe(1);
    const header = standard1.values()[0];
    expect(standard1.validations()[1][header.indexOf('Mức hiện tại')]?.values[0]).toEqual(['Chưa đạt', 'Mức 1', 'Mức 2']);
    expect(standard1.validations()[1][header.indexOf('Mức độ thực hiện')]?.values[0]).toEqual(tt57.progressValues);
    // Năm học stays the text 2027-2028, not a date or a subtraction.
    const info = book.sheet('Thông tin chung')!.values();
    expect(info.find((row) => row[0] === 'Năm học')?.[1]).toBe('2027-2028');
  });

  it('the unreadable progress is carried, and the warning names its tab and cell', () => {
    expect(report.warnings.some((warning) => warning.startsWith(`Trang "Tiêu chuẩn 3", ô ${unreadableCell}: mức độ thực hiện "xong một nửa"`))).toBe(true);
    const carried = book.sheet('Tiêu chuẩn 3')!.values();
    expect(carried.some((row) => row.some((cell) => cell === 'Chuyển từ năm học 2026-2027: mức độ thực hiện "xong một nửa"'))).toBe(true);
  });

  it('this spreadsheet changes only in the Kế hoạch năm sau cell and the Lịch sử tab', () => {
    const untouched = (snapshot: typeof before) => snapshot.sheets.filter((tab) => tab.name !== 'Thông tin chung' && tab.name !== HISTORY_TAB);
    expect(untouched(after)).toEqual(untouched(before));
    expect(after.sheets.map((tab) => tab.name)).toEqual([...before.sheets.map((tab) => tab.name), HISTORY_TAB]);
    const infoBefore = grid(addOnValues(before, 'Thông tin chung'));
    const infoAfter = grid(addOnValues(after, 'Thông tin chung'));
    expect(infoAfter.slice(0, infoBefore.length).map((row) => row.slice(0, infoBefore[0].length))).toEqual(infoBefore);
    expect(infoAfter.at(-1)?.slice(0, 2)).toEqual(['Kế hoạch năm sau', report.created?.url]);
    expect(infoAfter).toHaveLength(infoBefore.length + 1);
  });

  it('Lịch sử: this year’s row, with this spreadsheet’s link, in both spreadsheets', () => {
    const here = grid(addOn.emu.workbook.sheet(HISTORY_TAB)!.values());
    expect(here[0]).toEqual(HISTORY_HEADERS);
    expect(here.slice(1).map((row) => [row[0], row[1]])).toEqual([['2026-2027', 'TT57/2026']]);
    expect(String(here[1][8])).toContain('/spreadsheets/d/');
    expect(grid(book.sheet(HISTORY_TAB)!.values())).toEqual(here);
  });
});

function addOnValues(snapshot: ReturnType<Emulator['workbook']['snapshot']>, name: string): CellValue[][] {
  const tab = snapshot.sheets.find((candidate) => candidate.name === name);
  if (!tab) throw new Error(`no tab ${name}`);
  return tab.values as CellValue[][];
}

describe('running it twice', () => {
  it('asks first (open the one made, or make another); "Tạo lại" makes a second and keeps the first', () => {
    const addOn = openAddOn(tt57Sample().workbook, JULY_2027);
    const first = addOn.value('createNextYear', {});
    const stored = addOn.emu.properties.document.get(NEXT_YEAR_PROPERTY);
    const afterFirst = addOn.emu.workbook.snapshot();

    const again = addOn.value('createNextYear', {});
    expect(again.created).toBeNull();
    expect(again.existing?.url).toBe(first.created?.url);
    expect(again.message).toContain('Chưa tạo thêm bảng tính nào');
    expect(spreadsheetFileIds(addOn.emu.env)).toHaveLength(1);
    expect(addOn.emu.workbook.snapshot()).toEqual(afterFirst);
    expect(addOn.emu.properties.document.get(NEXT_YEAR_PROPERTY)).toBe(stored);

    const recreated = addOn.value('createNextYear', { recreate: true });
    expect(recreated.created?.url).not.toBe(first.created?.url);
    expect(spreadsheetFileIds(addOn.emu.env)).toHaveLength(2);
    // The link cell now points at the new one; no second link row.
    const info = grid(addOn.emu.workbook.sheet('Thông tin chung')!.values());
    expect(info.filter((row) => row[0] === 'Kế hoạch năm sau').map((row) => row[1])).toEqual([recreated.created?.url]);
  });

  it('the spreadsheet made before is in the trash: a new one, without asking', () => {
    const addOn = openAddOn(tt57Sample().workbook, JULY_2027);
    const first = addOn.value('createNextYear', {});
    addOn.emu.drive.trash(spreadsheetFileIds(addOn.emu.env)[0]);
    const again = addOn.value('createNextYear', {});
    expect(again.existing).toBeNull();
    expect(again.created?.url).not.toBe(first.created?.url);
  });
});

describe('TT17 2024-2025 → TT17 2025-2026: a time nobody can read', () => {
  it('is carried under its criterion with a warning naming the cell, never dropped', () => {
    const workbook = loadSample(TT17_SAMPLE);
    const tab = sheet(workbook, 'Tiêu chuẩn 2');
    const timeCol = tab.values[0].indexOf('Thời gian');
    const actionCol = tab.values[0].indexOf('Công việc, giải pháp');
    const row = tab.values.findIndex((values, index) => index > 0 && values[actionCol] !== '');
    tab.values[row][timeCol] = 'khi có kinh phí';
    const action = String(tab.values[row][actionCol]);
    const addOn = openAddOn(workbook, new Date('2025-07-20T09:00:00+07:00'));
    const report = addOn.value('createNextYear', {});
    expect(report.toFramework).toBe('TT17 tiểu học');
    const cell = `${String.fromCharCode(65 + timeCol)}${row + 1}`;
    expect(report.warnings).toContain(
      `Trang "Tiêu chuẩn 2", ô ${cell}: không đọc được thời gian "khi có kinh phí". Hoạt động vẫn được chuyển sang năm học mới; nếu đã hoàn thành, hãy xoá dòng đó ở bảng năm mới.`,
    );
    const carried = createdBook(addOn.emu, spreadsheetFileIds(addOn.emu.env)[0]).sheet('Tiêu chuẩn 2')!.values();
    const again = carried.find((values) => values[actionCol] === action);
    expect(again?.[tab.values[0].indexOf('Ghi chú')]).toMatch(/^Chuyển từ năm học 2024-2025: thời gian "khi có kinh phí"/);
  });
});

describe('Thông tin chung laid out by the school', () => {
  it('a column of its own between Mục and Nội dung: the label and the link go to their columns, the column between stays blank', () => {
    const { workbook } = tt57Sample();
    const info = sheet(workbook, 'Thông tin chung');
    info.values = info.values.map((row, index) => [row[0], index === 0 ? 'Người cập nhật' : 'Cô Lan', ...row.slice(1)]);
    const addOn = openAddOn(workbook, JULY_2027);
    const report = addOn.value('createNextYear', {});
    const after = grid(addOn.emu.workbook.sheet('Thông tin chung')!.values());
    expect(after.at(-1)?.slice(0, 3)).toEqual(['Kế hoạch năm sau', '', report.created?.url]);
    expect(after.slice(0, info.values.length)).toEqual(grid(info.values));
  });
});

describe('from the menu', () => {
  it('makes the spreadsheet and says so in a dialog; the second time the dialog names the one made and makes nothing', () => {
    const addOn = openAddOn(tt57Sample().workbook, JULY_2027);
    addOn.call('menuNextYear');
    expect(addOn.emu.ui.alerts.at(-1)?.prompt).toContain('Đã tạo bảng tính "Kế hoạch cải tiến 2027-2028 –');
    // The warnings are in the dialog too, each naming its cell.
    expect(addOn.emu.ui.alerts.at(-1)?.prompt).toContain('mức độ thực hiện "xong một nửa" không đọc được');
    addOn.call('menuNextYear');
    expect(addOn.emu.ui.alerts.at(-1)?.prompt).toContain('Chưa tạo thêm bảng tính nào');
    expect(spreadsheetFileIds(addOn.emu.env)).toHaveLength(1);
  });
});

describe('when Sheets refuses the write', () => {
  it('the half-made spreadsheet goes to the trash, this one is untouched, nothing is remembered, and the message says what to do', () => {
    const addOn = openAddOn(tt57Sample().workbook, JULY_2027);
    const sheets = addOn.emu.globals.Sheets as { Spreadsheets: { Values: { batchUpdate: unknown } } };
    sheets.Spreadsheets.Values.batchUpdate = () => {
      throw new Error('API call to sheets.spreadsheets.values.batchUpdate failed with error: Internal error encountered.');
    };
    const before = addOn.emu.workbook.snapshot();
    const result = addOn.run('createNextYear', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Chưa tạo được bảng tính năm học 2027-2028: .*thùng rác; bảng tính này không thay đổi gì\. Hãy thử lại/);
    expect(addOn.emu.workbook.snapshot()).toEqual(before);
    expect(addOn.emu.drive.file(spreadsheetFileIds(addOn.emu.env)[0])?.trashed).toBe(true);
    expect(addOn.emu.properties.document.get(NEXT_YEAR_PROPERTY)).toBeNull();
  });
});

describe('the Sheets service not enabled (a manifest without it)', () => {
  it('says so for the admin, and makes no file at all', () => {
    const emu = createEmulator({ htmlDir: join(ROOT, 'build'), now: JULY_2027, services: { Sheets: () => undefined } });
    loadWorkbookJson(emu, tt57Sample().workbook as JsonWorkbook);
    const bundle = loadBundle(CODE_JS, emu);
    const result = bundle.call('createNextYear', {}) as { ok: boolean; message?: string };
    expect(result).toEqual({ ok: false, message: 'Tiện ích chưa bật dịch vụ Google Sheets (Sheets API). Hãy báo cho người quản trị tiện ích.' });
    expect(emu.drive.files().filter((file) => file.mimeType === 'application/vnd.google-apps.spreadsheet')).toEqual([]);
  });
});

describe('TT17 2025-2026 → TT57 2026-2027', () => {
  it('every action is either carried to Chuyển từ năm trước (with a criteria dropdown) or finished', () => {
    const workbook = loadSample(TT17_SAMPLE);
    setInfo(workbook, 'Năm học', '2025-2026');
    const addOn = openAddOn(workbook, new Date('2026-07-15T09:00:00+07:00'));
    const report = addOn.value('createNextYear', {});
    expect([report.fromFramework, report.toFramework]).toEqual(['TT17 tiểu học', 'TT57/2026']);
    const book = createdBook(addOn.emu, spreadsheetFileIds(addOn.emu.env)[0]);
    const transfer = book.sheet(TRANSFER_TAB)!;
    const rows = grid(transfer.values());
    expect(rows.length - 1).toBe(report.carried);
    const expected = nextYearWorkbook(workbook, { today: { day: 15, month: 7, year: 2026 } });
    if (!expected.ok) throw new Error(expected.message);
    expect(report.carried + report.finished).toBe(expected.carried.length + expected.finished.length);
    const col = rows[0].indexOf('Tiêu chí năm nay');
    const firstCriterion = allCriteria(tt57)[0];
    expect(transfer.validations()[1][col]?.values[0]).toContain(`${firstCriterion.code}: ${firstCriterion.name}`);
    expect(transfer.validations()[1][col]?.values[0]).toHaveLength(allCriteria(tt57).length);
    // A TT17 code such as 1.10 stays text in the new spreadsheet.
    expect(rows.slice(1).every((row) => typeof row[0] === 'string')).toBe(true);
  });
});

describe('service calls do not grow with the plan', () => {
  function calls(rowsPerTab: number): Record<string, number> {
    const workbook = withRowsPerTab(filledWorkbook(tt57, { levelOf: (_code, max) => max - 1 }), tt57, rowsPerTab);
    const addOn = openAddOn(workbook, JULY_2027);
    addOn.emu.calls.reset();
    const result = addOn.call('createNextYear', {}) as { ok: boolean; value: { carried: number } };
    expect(result.ok).toBe(true);
    return addOn.emu.calls.byName();
  }

  it('10 and 500 rows per tab: the same calls, one batchUpdate and one values.batchUpdate', () => {
    const small = calls(10);
    const large = calls(500);
    expect(large).toEqual(small);
    expect(small['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(small['Sheets.Spreadsheets.Values.batchUpdate']).toBe(1);
    expect(small['Sheets.Spreadsheets.get']).toBe(1);
    expect(small['Drive.Files.create']).toBe(1);
    expect(small['Range.setValues']).toBe(2); // Lịch sử, and the link cell
    const total = Object.values(small).reduce((sum, n) => sum + n, 0);
    // 9 tabs read (getName, getDataRange, getValues each), Drive 2, Sheets 3, lock 3, properties 6, the two writes here and Lịch sử's sizing.
    expect(total).toBe(61);
    console.info(`createNextYear: ${total} service calls (10 and 500 rows per tab)`, small);
  });
});
