/**
 * The Phòng GD&ĐT's district mode on the built bundle (issue 16): setup of
 * the district spreadsheet, schools added as the Picker dialog adds them,
 * each school's spreadsheet read through the emulated Advanced Sheets
 * service (two calls per school, whatever its size), the roll-up tabs, the
 * chart, batches that resume after an interruption, and the report's Doc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSpreadsheetFile, chartsOf } from '../../emulator';
import { tt57 } from '../../src/domain/frameworks';
import { ROLLUP_HEADERS, rollUp, rollupTabContent, type SchoolInput } from '../../src/domain/rollup';

import { rawWorkbookSchema, type RawWorkbook } from '../../src/domain/workbook/raw';
import type { DistrictBatchReport } from '../../src/server/district-api';
import { DISTRICT_SAMPLES } from '../../scripts/make-district-samples';
import { filledWorkbook, loadSample, setInfo, TT17_SAMPLE, withRowsPerTab } from '../../fixtures/workbooks';
import { openAddOn, type AddOn } from './bundle';

/** 15/01/2027 08:00 in Hà Nội: the day the samples' follow-up is counted from (test/rollup). */
const READ_AT = ROLLUP_HEADERS.indexOf('Đọc lúc');
const NOTE = ROLLUP_HEADERS.indexOf('Ghi chú');
const NOW = new Date('2027-01-15T08:00:00+07:00');
const TODAY = { day: 15, month: 1, year: 2027 };

interface SampleFile {
  name: string;
  workbook: RawWorkbook | null;
}

/** The sample district: each .json a school's spreadsheet, the truncated one a file the Phòng can no longer open. */
function sampleFiles(): SampleFile[] {
  return readdirSync(DISTRICT_SAMPLES)
    .sort()
    .map((name) => {
      try {
        return { name, workbook: rawWorkbookSchema.parse(JSON.parse(readFileSync(join(DISTRICT_SAMPLES, name), 'utf8'))) };
      } catch {
        return { name, workbook: null };
      }
    });
}

/** A school's spreadsheet in the emulated Drive, picked (readable) or not (no longer shared): its id. */
function putInDrive(addOn: AddOn, name: string, workbook: RawWorkbook | null): string {
  return addSpreadsheetFile(addOn.emu.env, {
    name: name.replace(/\.json$/, ''),
    sheets: workbook?.sheets.map((tab) => ({ name: tab.name, values: tab.values })) ?? [{ name: 'Trang tính1', values: [] }],
    picked: workbook !== null,
  });
}

function openDistrict(): AddOn {
  const addOn = openAddOn(undefined, NOW);
  addOn.value('setupDistrict');
  return addOn;
}

/** Drives the batches as the sidebar does, until finished; the reports of each call. */
function readAll(addOn: AddOn, restart = false, framework?: string): DistrictBatchReport[] {
  const reports: DistrictBatchReport[] = [];
  let report = addOn.value('readDistrictBatch', { restart, framework });
  reports.push(report);
  while (!report.finished) {
    report = addOn.value('readDistrictBatch', { restart: false, framework });
    reports.push(report);
  }
  return reports;
}

function sheetsApiCalls(addOn: AddOn): Record<string, number> {
  return Object.fromEntries(Object.entries(addOn.emu.calls.byName()).filter(([name]) => name.startsWith('Sheets.')));
}

describe('setup of a district spreadsheet', () => {
  it('creates Các trường with its header and the two roll-up tabs, and a second run changes nothing', () => {
    const addOn = openDistrict();
    expect(addOn.emu.workbook.sheet('Các trường')?.values()).toEqual([['TT', 'Tên trường', 'Bảng tính kế hoạch', 'Ghi chú']]);
    expect(addOn.emu.workbook.sheet('Tổng hợp các trường')).toBeDefined();
    expect(addOn.emu.workbook.sheet('Tổng hợp chung')).toBeDefined();
    const names = addOn.emu.workbook.sheetNames();
    addOn.value('setupDistrict');
    expect(addOn.emu.workbook.sheetNames()).toEqual(names);
  });

  it('the sidebar recognises it: getDistrictOverview is null for a school plan, the district view for the Phòng', () => {
    const school = openAddOn(loadSample(TT17_SAMPLE), NOW);
    expect(school.value('getDistrictOverview')).toBeNull();
    expect(school.value('getOverview').district).toBeUndefined();
    const district = openDistrict();
    expect(district.value('getDistrictOverview')).toEqual({
      schools: 0,
      problems: [],
      run: null,
      last: null,
      report: null,
      frameworks: expect.arrayContaining([{ id: 'TT57/2026', title: expect.stringContaining('57') }]),
    });
    // The sidebar's first call says so, from the tabs it reads anyway: no extra service call for a school.
    expect(district.value('getOverview').district).toBe(true);
  });

  it('reading before any school is listed says what to do, in Vietnamese', () => {
    const result = openDistrict().run('readDistrictBatch', { restart: false });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Trang "Các trường" chưa có trường nào. Hãy bấm "Thêm trường…"') });
  });

  it('on a school plan, the district functions refuse with the way to make a district spreadsheet', () => {
    const school = openAddOn(loadSample(TT17_SAMPLE), NOW);
    const result = school.run('addDistrictSchools', { files: [{ id: '1Filxxxxxxxxxxxxxxxxxxx', name: 'x' }] });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('chưa có trang "Các trường"') });
    expect(school.emu.workbook.sheet('Các trường')).toBeUndefined();
  });
});

describe('the menu and the Picker dialog', () => {
  it('Tổng hợp các trường (Phòng GD&ĐT) sets a blank spreadsheet up and opens the sidebar', () => {
    const addOn = openAddOn(undefined, NOW);
    addOn.call('menuDistrict');
    expect(addOn.emu.workbook.sheet('Các trường')?.values()).toEqual([['TT', 'Tên trường', 'Bảng tính kế hoạch', 'Ghi chú']]);
    expect(addOn.emu.ui.sidebars().at(-1)?.title).toBe('Kế hoạch cải tiến');
  });

  it('Thêm trường… without the Picker set up tells the specialist to paste links; set up, it opens the multi-select Picker', () => {
    const addOn = openDistrict();
    addOn.value('openDistrictPicker');
    expect(addOn.emu.ui.dialogs()).toEqual([]);
    expect(addOn.emu.ui.alerts.at(-1)!.prompt).toContain('thiếu PICKER_API_KEY hoặc PICKER_APP_ID');
    addOn.emu.properties.script.set('PICKER_API_KEY', 'khoa-"<thu>"');
    addOn.emu.properties.script.set('PICKER_APP_ID', '123456789012');
    addOn.value('openDistrictPicker');
    const [dialog] = addOn.emu.ui.dialogs();
    expect(dialog.dialogTitle).toBe('Chọn bảng tính kế hoạch của các trường');
    expect(dialog.content).toContain('enableFeature(google.picker.Feature.MULTISELECT_ENABLED)');
    expect(dialog.content).toContain('setOwnedByMe(false)');
    expect(dialog.content).toContain("setSelectableMimeTypes('application/vnd.google-apps.spreadsheet')");
    expect(dialog.content).toContain('.addDistrictSchools({ files: files })');
    // The key travels escaped in an attribute, never inside the script.
    expect(dialog.content).toContain('data-key="khoa-&#34;&#60;thu&#62;&#34;"');
  });
});

describe('adding schools (what the Picker dialog sends)', () => {
  it('appends one row per picked file; the same file picked twice, or again later, is listed once', () => {
    const addOn = openDistrict();
    const an = putInDrive(addOn, 'th-an-thai-2026-2027.json', filledWorkbook(tt57));
    const binh = putInDrive(addOn, 'th-binh-an-2026-2027.json', filledWorkbook(tt57));
    const first = addOn.value('addDistrictSchools', {
      files: [
        { id: an, name: 'Kế hoạch TH An Thái' },
        { id: binh, name: 'Kế hoạch TH Bình An' },
        { id: an, name: 'Kế hoạch TH An Thái' },
      ],
    });
    expect([first.added, first.alreadyListed]).toEqual([2, 1]);
    const again = addOn.value('addDistrictSchools', { files: [{ id: binh, name: 'Kế hoạch TH Bình An' }] });
    expect([again.added, again.alreadyListed, again.overview.schools]).toEqual([0, 1, 2]);
    expect(addOn.emu.workbook.sheet('Các trường')?.values()).toEqual([
      ['TT', 'Tên trường', 'Bảng tính kế hoạch', 'Ghi chú'],
      [1, 'Kế hoạch TH An Thái', `https://docs.google.com/spreadsheets/d/${an}/edit`, ''],
      [2, 'Kế hoạch TH Bình An', `https://docs.google.com/spreadsheets/d/${binh}/edit`, ''],
    ]);
  });

  it('a row typed by hand without a spreadsheet link is named in the overview, with its cell', () => {
    const addOn = openDistrict();
    addOn.emu.workbook.sheet('Các trường')!.setValues([[1, 'Trường Tiểu học Tân Định', 'chưa gửi']], { at: 'A2' });
    const overview = addOn.value('getDistrictOverview')!;
    expect(overview.schools).toBe(1);
    expect(overview.problems).toEqual([{ row: 2, message: expect.stringContaining('Ô C2 của trang "Các trường" không phải đường liên kết') }]);
  });
});

describe('the sample district, read through the Sheets API', () => {
  const samples = sampleFiles();

  function sampleDistrict(grow?: (workbook: RawWorkbook) => RawWorkbook): AddOn {
    const addOn = openDistrict();
    const files = samples.map((file) => ({ id: putInDrive(addOn, file.name, file.workbook && grow ? grow(file.workbook) : file.workbook), name: file.name }));
    addOn.value('addDistrictSchools', { files });
    return addOn;
  }

  it('writes Tổng hợp các trường with the same rows as the offline roll-up of the same files', () => {
    const addOn = sampleDistrict();
    const reports = readAll(addOn);
    expect(reports.map((report) => [report.next, report.total, report.finished])).toEqual([[16, 16, true]]);
    expect(reports[0].message).toBe(
      'Đã tổng hợp 12/16 trường (2 trường còn lỗi; 4 bảng tính không tính, lý do ở cột Ghi chú). Xem trang "Tổng hợp các trường" và "Tổng hợp chung".',
    );

    const offline = rollUp(
      samples.map((file): SchoolInput => (file.workbook ? { label: file.name, workbook: file.workbook } : { label: file.name, unreadable: 'x' })),
      { today: TODAY },
    );
    const expected = rollupTabContent(offline, []).values;
    const written = addOn.emu.workbook.sheet('Tổng hợp các trường')!.values();
    expect(written[0]).toEqual(ROLLUP_HEADERS);
    // Every column but the link, the time read and the reason (the add-on's own words for a file it cannot open) is the CLI's.
    const comparable = (row: unknown[]) => row.filter((_, column) => ![2, READ_AT, NOTE].includes(column));
    expect(written.slice(1).map(comparable)).toEqual(expected.slice(1).map(comparable));
    const truncated = written.find((row) => row[1] === 'th-tam-lap-bi-loi.json')!;
    expect(truncated[3]).toBe('Không đọc được');
    expect(truncated[NOTE]).toContain('Không mở được bảng tính: tệp đã bị xoá, hoặc tiện ích chưa được cấp quyền với tệp này. Hãy bấm "Thêm trường…"');
    expect(truncated[NOTE]).toContain('(dòng 14 trang "Các trường")');
    expect(written.every((row, index) => index === 0 || row[READ_AT] === '08:00, 15/01/2027')).toBe(true);
  });

  it('a date the school typed as a real date cell reads as the same day (FORMATTED_STRING), not as a serial number', () => {
    // The same plans twice: dates as text (as in the samples), then as date cells, midnight in Hà Nội.
    const plans = samples.filter((file) => file.workbook && JSON.stringify(file.workbook).match(/"\d\d\/\d\d\/20\d\d"/));
    expect(plans.length).toBeGreaterThan(5);
    const asDates = (workbook: RawWorkbook): RawWorkbook => ({
      ...workbook,
      sheets: workbook.sheets.map((tab) => ({
        name: tab.name,
        values: tab.values.map((row) =>
          row.map((cell) => {
            const day = typeof cell === 'string' ? /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(cell) : null;
            return day ? new Date(`${day[3]}-${day[2]}-${day[1]}T00:00:00+07:00`) : cell;
          }),
        ),
      })),
    });
    const tabOf = (convert: (workbook: RawWorkbook) => RawWorkbook) => {
      const addOn = openDistrict();
      const files = plans.map((file) => ({ id: putInDrive(addOn, file.name, convert(file.workbook!)), name: file.name }));
      addOn.value('addDistrictSchools', { files });
      readAll(addOn);
      return addOn.emu.workbook
        .sheet('Tổng hợp các trường')!
        .values()
        .map((row) => row.filter((_, column) => column !== 2));
    };
    const typed = tabOf((workbook) => workbook);
    expect(tabOf(asDates)).toEqual(typed);
    // Every plan counted but the one sent twice (th-an-thai-ban-gui-lai.json).
    expect(typed.slice(1).filter((row) => row[2] !== 'Đã tổng hợp')).toEqual([expect.arrayContaining(['Truong Tieu hoc An Thai', 'Trùng, không tính'])]);
  });

  it('rolling up TT57/2026 only: the other frameworks are rows with the reason, not counted; every framework again counts them', () => {
    const addOn = sampleDistrict();
    const only = readAll(addOn, false, 'TT57/2026');
    expect(only.at(-1)!.message).toMatch(/^Đã tổng hợp 7\/16 trường/);
    const rows = addOn.emu.workbook.sheet('Tổng hợp các trường')!.values();
    const other = rows.filter((row) => row[3] === 'Khác khung đánh giá').map((row) => [row[1], row[5]]);
    expect(other).toEqual([
      ['Trường Mầm non Hoa Mai', 'TT57/2026 mầm non'],
      ['Trường Mầm non Sen Hồng', 'TT57/2026 mầm non'],
      ['Trường Tiểu học Phước Vĩnh', 'TT17 tiểu học'],
      ['Trường Tiểu học Tân Bình', 'TT17 tiểu học'],
      ['Trường Tiểu học Vĩnh Hòa', 'TT17 tiểu học'],
    ]);
    expect(rows.find((row) => row[1] === 'Trường Tiểu học Tân Bình')![NOTE]).toMatch(
      /^Kế hoạch theo .+, không phải .+ mà Phòng đang tổng hợp, nên không tính\./,
    );
    // The choice is part of the run: every framework again is a new run, counting the 12 plans.
    expect(readAll(addOn, false).at(-1)!.message).toMatch(/^Đã tổng hợp 12\/16 trường/);
  });

  it('reads each school with exactly 2 Sheets API calls, the same for plans of 10 and 400 rows per tab', () => {
    const counts = [10, 400].map((rows) => {
      const addOn = sampleDistrict((workbook) =>
        workbook.sheets.some((tab) => tab.name === 'Tiêu chuẩn 1') ? withRowsPerTab(workbook, tt57, rows) : workbook,
      );
      addOn.emu.calls.reset();
      readAll(addOn);
      return { sheets: sheetsApiCalls(addOn), all: addOn.emu.calls.total() };
    });
    // 15 readable spreadsheets: get + batchGet each; the unpicked one fails at get.
    expect(counts[0].sheets).toEqual({ 'Sheets.Spreadsheets.get': 16, 'Sheets.Spreadsheets.Values.batchGet': 15 });
    expect(counts[1]).toEqual(counts[0]);
  });

  it('writes Tổng hợp chung with one setValues, and one column chart of schools per level drawn from it', () => {
    const addOn = sampleDistrict();
    addOn.emu.calls.reset();
    readAll(addOn);
    expect(addOn.emu.calls.byName()['Range.setValues']).toBe(3); // the kept rows, Tổng hợp các trường, Tổng hợp chung
    const totals = addOn.emu.workbook.sheet('Tổng hợp chung')!.values();
    expect(totals[0][0]).toBe('Tổng hợp chung các trường, cập nhật lúc 08:00, 15/01/2027');
    const charts = chartsOf(addOn.emu, 'Tổng hợp chung');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: 'COLUMN', options: { title: 'Số trường theo mức đạt' } });
    const [range] = charts[0].ranges;
    const drawn = totals.slice(range.row - 1, range.row - 1 + range.rows).map((row) => row.slice(0, 2));
    // The same figures as the CLI's roll-up of these files (test/rollup/district-samples.test.ts).
    expect(drawn).toEqual([
      ['TT17 tiểu học · Chưa đạt Mức 1', 0],
      ['TT17 tiểu học · Mức 1', 1],
      ['TT17 tiểu học · Mức 2', 1],
      ['TT17 tiểu học · Mức 3', 1],
      ['TT17 tiểu học · Mức 4', 0],
      ['TT57/2026 · Không đạt Mức 1', 1],
      ['TT57/2026 · Mức 1', 5],
      ['TT57/2026 · Mức 2', 1],
      ['TT57/2026 mầm non · Không đạt Mức 1', 0],
      ['TT57/2026 mầm non · Mức 1', 1],
      ['TT57/2026 mầm non · Mức 2', 1],
    ]);
    // Read again: the chart is replaced, never doubled.
    readAll(addOn, true);
    expect(chartsOf(addOn.emu, 'Tổng hợp chung')).toHaveLength(1);
  });

  it('makes the report as a Google Doc with one batchUpdate, and rewrites the same Doc the second time', () => {
    const addOn = sampleDistrict();
    readAll(addOn);
    addOn.emu.calls.reset();
    const report = addOn.value('createDistrictReport', { agency: 'UBND huyện Phú Giáo', place: 'Phú Giáo' });
    expect(report.title).toBe('Báo cáo tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học 2026-2027');
    expect(addOn.emu.calls.byName()['Docs.Documents.batchUpdate']).toBe(1);
    expect(addOn.emu.calls.byName()['Sheets.Spreadsheets.get'] ?? 0).toBe(0); // the schools are not read again
    const docId = /\/d\/([^/]+)\//.exec(report.docUrl)![1];
    const text = addOn.emu.drive.doc(docId)!.text();
    expect(text).toContain('UBND HUYỆN PHÚ GIÁO');
    expect(text).toContain('Phòng Giáo dục và Đào tạo đã nhận 16 bảng tính kế hoạch cải tiến, tổng hợp được 12 trường, trong đó 2 trường còn lỗi cần sửa');
    // The PDF twin beside it, in the same call.
    expect(addOn.emu.calls.byName()['Drive.Files.export']).toBe(1);
    const pdfId = /\/d\/([^/]+)\//.exec(report.pdfUrl!)![1];
    expect(addOn.emu.drive.file(pdfId)).toMatchObject({ name: `${report.title}.pdf`, mimeType: 'application/pdf' });
    const again = addOn.value('createDistrictReport', { agency: '', place: '' });
    expect([again.docUrl, again.pdfUrl]).toEqual([report.docUrl, report.pdfUrl]);
    expect(addOn.value('getDistrictOverview')!.report).toMatchObject({ docUrl: report.docUrl, pdfUrl: report.pdfUrl });
  });

  it('shares the report and its PDF with each address typed, as viewers; one bad address and nothing is shared', () => {
    const addOn = sampleDistrict();
    readAll(addOn);
    expect(addOn.run('shareDistrictReport', { emails: ['sogd@example.edu.vn'], role: 'reader', message: '' })).toEqual({
      ok: false,
      message: 'Chưa có báo cáo để chia sẻ. Hãy bấm "Tạo báo cáo tổng hợp" trước.',
    });
    const report = addOn.value('createDistrictReport', { agency: 'UBND huyện Phú Giáo', place: 'Phú Giáo' });
    const docId = /\/d\/([^/]+)\//.exec(report.docUrl)![1];
    const pdfId = /\/d\/([^/]+)\//.exec(report.pdfUrl!)![1];
    const readers = (id: string) =>
      addOn.emu.drive
        .file(id)!
        .permissions.filter((permission) => permission.role === 'reader')
        .map((permission) => permission.emailAddress);

    const refused = addOn.run('shareDistrictReport', { emails: ['sogd@example.edu.vn, th-anthai@example'], role: 'reader', message: '' });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('Địa chỉ "th-anthai@example" trong ô "Gửi cho" chưa đúng') });
    expect(readers(docId)).toEqual([]);

    const shared = addOn.value('shareDistrictReport', {
      emails: ['SoGD@example.edu.vn; phong.khaothi@example.edu.vn'],
      role: 'reader',
      message: 'Báo cáo tổng hợp',
    });
    expect(shared).toEqual({
      shared: ['sogd@example.edu.vn', 'phong.khaothi@example.edu.vn'],
      failed: [],
      message: 'Đã chia sẻ báo cáo và bản PDF với sogd@example.edu.vn, phong.khaothi@example.edu.vn.',
    });
    expect(readers(docId)).toEqual(['sogd@example.edu.vn', 'phong.khaothi@example.edu.vn']);
    expect(readers(pdfId)).toEqual(['sogd@example.edu.vn', 'phong.khaothi@example.edu.vn']);
  });
});

/** `count` distinct TT57 schools (each its own name, so none is a duplicate), listed in Các trường. */
function bigDistrict(count: number): AddOn {
  const addOn = openDistrict();
  const plan = filledWorkbook(tt57, { schoolYear: '2026-2027' });
  const files = Array.from({ length: count }, (_, index) => {
    const workbook: RawWorkbook = JSON.parse(JSON.stringify(plan));
    setInfo(workbook, 'Tên trường', `Trường Tiểu học Số ${index + 1}`);
    return { id: putInDrive(addOn, `truong-${index + 1}`, workbook), name: `Trường Tiểu học Số ${index + 1}` };
  });
  addOn.value('addDistrictSchools', { files });
  return addOn;
}

describe('scale: batches of 20 schools, resumed after an interruption', () => {
  it('60 schools: one run of 3 calls, 2 Sheets API calls per school', () => {
    const addOn = bigDistrict(60);
    addOn.emu.calls.reset();
    const reports = readAll(addOn);
    expect(reports.map((report) => `${report.next}/${report.total}`)).toEqual(['20/60', '40/60', '60/60']);
    expect(reports.map((report) => report.finished)).toEqual([false, false, true]);
    expect(sheetsApiCalls(addOn)).toEqual({ 'Sheets.Spreadsheets.get': 60, 'Sheets.Spreadsheets.Values.batchGet': 60 });
    expect(addOn.emu.workbook.sheet('Tổng hợp các trường')!.values()).toHaveLength(61);
  });

  it('1,000 schools across 50 calls, cut off after 7 and resumed in a new execution; the same calls per batch', () => {
    const addOn = bigDistrict(1000);
    const perBatch: number[] = [];
    const batch = () => {
      addOn.emu.calls.reset();
      const report = addOn.value('readDistrictBatch', { restart: false });
      perBatch.push(addOn.emu.calls.total());
      return report;
    };
    for (let i = 0; i < 7; i++) batch();
    addOn.emu.endExecution(); // the sidebar was closed: the position is in the document properties
    expect(addOn.value('getDistrictOverview')!.run).toMatchObject({ next: 140, total: 1000 });
    let report = batch();
    expect(report.next).toBe(160);
    while (!report.finished) report = batch();
    expect(perBatch).toHaveLength(50);
    // Every batch but the first (it clears the previous run) and the last (it writes the tabs) costs the same.
    expect(new Set(perBatch.slice(1, -1)).size).toBe(1);
    const rows = addOn.emu.workbook.sheet('Tổng hợp các trường')!.values();
    expect(rows).toHaveLength(1001);
    expect(rows[1000].slice(0, 4)).toEqual([
      1000,
      'Trường Tiểu học Số 1000',
      expect.stringContaining('https://docs.google.com/spreadsheets/d/'),
      'Đã tổng hợp',
    ]);
    expect(addOn.value('getDistrictOverview')).toMatchObject({ run: null, last: { total: 1000, counted: 1000 } });
  }, 240_000);

  it('a working tab deleted by hand during a run: the last batch says so and the next run reads again, never a roll-up with schools missing', () => {
    const addOn = bigDistrict(30);
    addOn.value('readDistrictBatch', { restart: false });
    addOn.emu.workbook.removeSheet('Dữ liệu tổng hợp (tiện ích)');
    expect(addOn.run('readDistrictBatch', { restart: false })).toEqual({
      ok: false,
      message: expect.stringContaining('Số liệu đã đọc của các trường (trang ẩn "Dữ liệu tổng hợp (tiện ích)") đã bị xoá'),
    });
    expect(addOn.emu.workbook.sheet('Tổng hợp các trường')!.values()).toEqual([['']]);
    const reports = readAll(addOn);
    expect(reports.map((report) => report.next)).toEqual([20, 30]);
    expect(addOn.emu.workbook.sheet('Tổng hợp các trường')!.values()).toHaveLength(31);
  });

  it('a changed list of schools starts the run again instead of mixing two lists', () => {
    const addOn = bigDistrict(30);
    expect(addOn.value('readDistrictBatch', { restart: false }).next).toBe(20);
    addOn.value('addDistrictSchools', { files: [{ id: putInDrive(addOn, 'truong-moi', filledWorkbook(tt57)), name: 'Trường mới' }] });
    const report = addOn.value('readDistrictBatch', { restart: false });
    expect([report.next, report.total]).toEqual([20, 31]);
  });
});
