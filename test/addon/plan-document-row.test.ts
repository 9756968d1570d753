/**
 * Issue 16, "whether a final Doc exists (link)": the Phòng GD&ĐT reads a
 * school's spreadsheet through the Sheets API, never its document
 * properties where the add-on keeps the Doc's id. So the school's own
 * add-on records the Doc in `Tổng hợp` (`Văn bản kế hoạch`: link, bản
 * chính thức or dự thảo, when), `Tạo văn bản` keeps that row current, and
 * the district's table shows it.
 */
import { describe, expect, it } from 'vitest';
import { addSpreadsheetFile } from '../../emulator';
import { PLAN_DOCUMENT_KEY } from '../../src/domain/summary/summary-tab';
import { ROLLUP_HEADERS } from '../../src/domain/rollup';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { loadSample, setInfo, TT17_SAMPLE } from '../../fixtures/workbooks';
import { TT17_CLEAN } from '../../fixtures/plans';
import { openAddOn, type AddOn } from './bundle';

const NOW = new Date('2024-10-05T09:00:00+07:00');

function documentRow(addOn: AddOn): unknown[] | undefined {
  return addOn.emu.workbook
    .sheet('Tổng hợp')
    ?.values()
    .find((row) => row[0] === PLAN_DOCUMENT_KEY);
}

/** The school's spreadsheet as the Phòng's Picker would hand it over. */
function asSchoolFile(addOn: AddOn, district: AddOn, name: string): string {
  const snapshot = addOn.emu.workbook.snapshot();
  return addSpreadsheetFile(district.emu.env, { name, sheets: snapshot.sheets.map((tab) => ({ name: tab.name, values: tab.values })) });
}

function districtCells(schools: { addOn: AddOn; name: string }[]): Record<string, [unknown, unknown]> {
  const district = openAddOn(undefined, new Date('2024-12-01T08:00:00+07:00'));
  district.value('setupDistrict');
  const files = schools.map(({ addOn, name }) => ({ id: asSchoolFile(addOn, district, name), name }));
  district.value('addDistrictSchools', { files });
  let report = district.value('readDistrictBatch', { restart: true });
  while (!report.finished) report = district.value('readDistrictBatch', { restart: false });
  const rows = district.emu.workbook.sheet('Tổng hợp các trường')!.values();
  const state = ROLLUP_HEADERS.indexOf('Văn bản kế hoạch');
  const link = ROLLUP_HEADERS.indexOf('Liên kết văn bản');
  return Object.fromEntries(rows.slice(1).map((row) => [String(row[1]), [row[state], row[link]]]));
}

describe('Tổng hợp records the plan’s Doc', () => {
  it('Ghi tổng hợp before any Doc: "Chưa tạo"; Tạo văn bản then fills the row with the link, "Bản chính thức" and the time, and the PDF', () => {
    const addOn = openAddOn(loadSample(TT17_CLEAN), NOW);
    addOn.value('writeSummary');
    expect(documentRow(addOn)?.slice(0, 2)).toEqual([PLAN_DOCUMENT_KEY, 'Chưa tạo']);

    const before = addOn.emu.calls.byName();
    const report = addOn.value('createDocument', { newVersion: false });
    const after = addOn.emu.calls.byName();
    expect(documentRow(addOn)).toEqual([PLAN_DOCUMENT_KEY, report.links.docUrl, 'Bản chính thức', 'Tạo lúc: 05/10/2024 09:00', report.links.pdfUrl]);
    // The row costs one lookup of the tab and one write, whatever the plan's size.
    expect((after['Range.setValues'] ?? 0) - (before['Range.setValues'] ?? 0)).toBe(1);

    // Ghi tổng hợp again keeps the same row.
    addOn.value('writeSummary');
    expect(documentRow(addOn)?.slice(0, 3)).toEqual([PLAN_DOCUMENT_KEY, report.links.docUrl, 'Bản chính thức']);
  });

  it('a draft is recorded as "Dự thảo"', () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE), NOW);
    addOn.value('writeSummary');
    addOn.value('createDocument', { newVersion: false, draft: true });
    expect(documentRow(addOn)?.[2]).toBe('Dự thảo');
  });

  it('without a Tổng hợp tab, Tạo văn bản writes nothing into the spreadsheet', () => {
    const addOn = openAddOn(loadSample(TT17_CLEAN), NOW);
    const before = addOn.emu.workbook.snapshot();
    addOn.value('createDocument', { newVersion: false });
    expect(addOn.emu.workbook.snapshot().sheets.map((tab) => tab.values)).toEqual(before.sheets.map((tab) => tab.values));
    expect(addOn.emu.calls.byName()['Range.setValues'] ?? 0).toBe(0);
  });
});

describe('the district sees whether each school has its final Doc', () => {
  it('final with its link, draft, none made, and unknown (Tổng hợp never written)', () => {
    const named = (path: string, school: string): RawWorkbook => {
      const workbook = loadSample(path);
      setInfo(workbook, 'Tên trường', school);
      return workbook;
    };
    const final = openAddOn(named(TT17_CLEAN, 'Trường Tiểu học An Khang'), NOW);
    final.value('writeSummary');
    const made = final.value('createDocument', { newVersion: false });

    const draft = openAddOn(named(TT17_SAMPLE, 'Trường Tiểu học Bình An'), NOW);
    draft.value('writeSummary');
    draft.value('createDocument', { newVersion: false, draft: true });

    const none = openAddOn(named(TT17_CLEAN, 'Trường Tiểu học Chánh Phú'), NOW);
    none.value('writeSummary');

    const unknown = openAddOn(named(TT17_CLEAN, 'Trường Tiểu học Định Hòa'), NOW);

    const cells = districtCells([
      { addOn: final, name: 'final' },
      { addOn: draft, name: 'draft' },
      { addOn: none, name: 'none' },
      { addOn: unknown, name: 'unknown' },
    ]);
    expect(Object.values(cells)).toEqual([
      ['Có (bản chính thức)', made.links.docUrl],
      ['Mới có dự thảo', expect.stringMatching(/^https:\/\/docs\.google\.com\/document\/d\//)],
      ['Chưa tạo', ''],
      ['Chưa rõ (trường chưa ghi trang Tổng hợp)', ''],
    ]);
  });
});
