import { describe, expect, it } from 'vitest';
import { tt17TieuHoc } from '../../src/domain/frameworks';
import { ERROR_BACKGROUND, NOTE_MARKER, WARNING_BACKGROUND } from '../../src/domain/marks/marks';
import { servicesOf } from '../../emulator';
import { filledWorkbook, loadSample, TT17_SAMPLE } from '../../fixtures/workbooks';
import { openAddOn } from './bundle';

describe('install and open', () => {
  it('onInstall adds the Vietnamese add-on menu', () => {
    const { emu, call } = openAddOn();
    call('onInstall', { authMode: 'FULL' });
    expect(emu.ui.addonMenu()?.items.map((item) => ('caption' in item ? item.caption : '—'))).toEqual([
      'Mở bảng điều khiển',
      '—',
      'Tạo các trang tính',
      'Kiểm tra kế hoạch',
      'Ghi trang Tổng hợp',
      'Tạo văn bản kế hoạch (Google Docs)',
      'Xếp vào các tiêu chuẩn (từ trang Nhập)',
      'Nhập từ văn bản trên Drive…',
      'Lập kế hoạch năm học mới',
      'Tổng hợp các trường (Phòng GD&ĐT)',
      '—',
      'Kiểm tra cài đặt',
    ]);
  });

  it('onOpen in AuthMode.NONE builds the menu and touches no data', () => {
    const { emu, call } = openAddOn(loadSample(TT17_SAMPLE));
    call('onOpen', { authMode: 'NONE' });
    const services = Object.keys(emu.calls.byName()).map((key) => key.split('.')[0]);
    expect(new Set(services)).toEqual(new Set(['SpreadsheetApp', 'Ui', 'Menu']));
  });

  it('showSidebar serves the built Sidebar.html with a Vietnamese title', () => {
    const { emu, call } = openAddOn();
    call('showSidebar');
    expect(emu.ui.sidebars().at(-1)?.title).toBe('Kế hoạch cải tiến');
  });
});

describe('setup (Tạo các trang tính)', () => {
  it('creates the TT17 tabs with criteria, frozen header, dropdowns; running it twice changes nothing', () => {
    const addOn = openAddOn();
    const report = addOn.value('setupTabs', { framework: 'TT17 tiểu học' });
    expect(report.createdTabs).toEqual([
      'Thông tin chung',
      'Tiêu chuẩn 1',
      'Tiêu chuẩn 2',
      'Tiêu chuẩn 3',
      'Tiêu chuẩn 4',
      'Tiêu chuẩn 5',
      'Mức 4',
      'Nội dung văn bản',
      'Tổng hợp',
    ]);
    const standard1 = addOn.emu.workbook.sheet('Tiêu chuẩn 1')!;
    expect(standard1.frozenRows()).toBe(1);
    // TT and Tiêu chí stay in view when going to a far-right cell (issue 18, item 11).
    expect(standard1.frozenColumns()).toBe(2);
    expect(standard1.values()[2][1]).toBe('Tiêu chí 1.2: Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác');
    // 1.1 has Mức 3; 1.2 does not: the dropdown offers only the levels each criterion has.
    expect(standard1.validations()[1][2]?.values[0]).toEqual(['Chưa đạt', 'Mức 1', 'Mức 2', 'Mức 3']);
    expect(standard1.validations()[2][2]?.values[0]).toEqual(['Chưa đạt', 'Mức 1', 'Mức 2']);
    expect(addOn.emu.workbook.sheet('Mức 4')!.validations()[1][2]?.values[0]).toEqual(['Đạt', 'Không đạt']);

    const first = addOn.emu.workbook.snapshot();
    const again = addOn.value('setupTabs', { framework: 'TT17 tiểu học' });
    expect(again.createdTabs).toEqual([]);
    expect(again.message).toContain('không cần thay đổi');
    expect(addOn.emu.workbook.snapshot()).toEqual(first);
  });

  it('on existing tabs adds only missing columns at the end and missing criteria at the bottom, moving nothing', () => {
    const workbook = loadSample(TT17_SAMPLE);
    const tab = workbook.sheets.find((sheet) => sheet.name === 'Tiêu chuẩn 3')!;
    // The user deleted the "Ghi chú" column and added one of their own.
    tab.values = tab.values.map((row, index) => [...row.slice(0, 10), index === 0 ? 'Cột riêng của trường' : 'x']);
    const addOn = openAddOn(workbook);
    const before = addOn.emu.workbook.sheet('Tiêu chuẩn 3')!.values();
    const report = addOn.value('setupTabs', {});
    const after = addOn.emu.workbook.sheet('Tiêu chuẩn 3')!.values();
    expect(report.addedColumns).toContainEqual({ sheet: 'Tiêu chuẩn 3', headers: ['Ghi chú'] });
    expect(report.addedRows).toContainEqual({ sheet: 'Tiêu chuẩn 3', count: 1 });
    // Every value the user had is where it was.
    before.forEach((row, r) => row.forEach((value, c) => expect(after[r][c]).toEqual(value)));
    expect(after[0][11]).toBe('Ghi chú');
    expect(after[before.length][1]).toBe('Tiêu chí 3.4: Khu vệ sinh, hệ thống cấp thoát nước');
  });
});

describe('check (Kiểm tra) in the sheet', () => {
  it('marks each offending cell once, with a Vietnamese note, and changes no value', () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE));
    const valuesBefore = addOn.emu.workbook.snapshot().sheets.map((sheet) => sheet.values);
    const report = addOn.value('checkPlan');
    expect(report.overview.errorCount).toBe(6);
    expect(report.overview.warningCount).toBe(3); // Tiêu chuẩn 2 H4 (past the school year) is a warning since 2376288
    expect(addOn.emu.workbook.snapshot().sheets.map((sheet) => sheet.values)).toEqual(valuesBefore);

    const standard1 = addOn.emu.workbook.sheet('Tiêu chuẩn 1')!;
    expect(standard1.cell('C3').style.background).toBe(ERROR_BACKGROUND);
    // The note says the issue's own Vietnamese message (the domain's words), after the marker line.
    const levelIssue = report.overview.issues.find((issue) => issue.sheet === 'Tiêu chuẩn 1' && issue.cell === 'C3')!;
    expect(levelIssue.message).toContain('Tiêu chí 1.2 không có Mức 3');
    expect(standard1.cell('C3').note).toBe(`${NOTE_MARKER}\nLỗi: ${levelIssue.message}`);
    expect(addOn.emu.workbook.sheet('Tiêu chuẩn 4')!.cell('I3').style.background).toBe(WARNING_BACKGROUND);
    // Exactly the issue cells carry a note.
    const noted = addOn.emu.workbook.sheets().flatMap((sheet) =>
      sheet
        .notes()
        .flat()
        .filter((note) => note !== ''),
    );
    expect(noted).toHaveLength(9);
  });

  it("keeps the user's own background and note, and takes off only its own marks when the error is fixed", () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE));
    const standard1 = addOn.emu.workbook.sheet('Tiêu chuẩn 1')!;
    // The user's own colour and notes, set as the user would in Sheets.
    const userSheet = servicesOf(addOn.emu).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tiêu chuẩn 1')!;
    userSheet.getRange('C3').setBackground('#ffff00').setNote('Cô Lan: xem lại minh chứng');
    userSheet.getRange('E5').setNote('Ghi chú của thầy Hùng');

    addOn.value('checkPlan');
    expect(standard1.cell('C3').style.background).toBe(ERROR_BACKGROUND);
    expect(standard1.cell('C3').note.startsWith(`Cô Lan: xem lại minh chứng\n\n${NOTE_MARKER}`)).toBe(true);

    standard1.setValues([['Mức 2']], { at: 'C3' });
    const second = addOn.value('checkPlan');
    expect(second.cleared).toBe(1);
    expect(standard1.cell('C3').style.background).toBe('#ffff00');
    expect(standard1.cell('C3').note).toBe('Cô Lan: xem lại minh chứng');
    expect(standard1.cell('E5').note).toBe('Ghi chú của thầy Hùng');
    expect(standard1.cell('B12').style.background).toBe(ERROR_BACKGROUND);
  });

  it('a second editor holding the lock gets a Vietnamese message and nothing is written', () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE));
    const release = addOn.emu.holdDocumentLockElsewhere();
    const before = addOn.emu.workbook.snapshot();
    const result = addOn.run('checkPlan');
    release();
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Một người khác đang cập nhật') });
    expect(addOn.emu.workbook.snapshot()).toEqual(before);
  });

  it('goToCell selects the cell of an issue', () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE));
    addOn.value('goToCell', 'Tiêu chuẩn 5', 'H6');
    expect(addOn.emu.workbook.selection()).toEqual({ sheet: 'Tiêu chuẩn 5', a1: 'H6' });
    expect(addOn.run('goToCell', 'Không có', 'A1')).toEqual({ ok: false, message: expect.stringContaining('Không tìm thấy trang tính') });
  });
});

describe('the Tổng hợp tab', () => {
  it('is written from the summary, protected with a warning', () => {
    const addOn = openAddOn(filledWorkbook(tt17TieuHoc, { requirementsMet: 2 }));
    addOn.value('setupTabs', {});
    const overview = addOn.value('writeSummary');
    expect(overview.summary.schoolLevel).toBe(3);
    const tab = addOn.emu.workbook.sheet('Tổng hợp')!;
    const text = tab.values().flat().join('\n');
    expect(text).toContain('Mức 1: Tổng số 27 tiêu chí, trong đó số tiêu chí đạt 27/27, tỉ lệ 100%; tiêu chí không đạt: 0');
    expect(text).toContain('Mức đạt của nhà trường\nMức 3');
    expect(tab.protections()).toEqual([expect.objectContaining({ warningOnly: true })]);
  });
});
