/**
 * What Sheets does to the add-on's writes and reads on a real account
 * (issue 13.5 and 13.6): text that begins like a formula must be written as
 * text, and date cells must be read in the spreadsheet's time zone.
 */
import { describe, expect, it } from 'vitest';
import { tt17TieuHoc, tt57 } from '../../src/domain/frameworks';
import { workbookTemplate } from '../../src/domain/workbook/template';
import { tt17Clean } from '../../fixtures/plans';
import { openAddOn } from './bundle';

describe('setup writes text as text (Sheets reads "- ..." as a formula)', () => {
  it.each([
    ['TT17 tiểu học', tt17TieuHoc],
    ['TT57/2026', tt57],
  ] as const)('%s: every pre-filled cell reads back as the template wrote it, no #ERROR!', (id, framework) => {
    const addOn = openAddOn();
    addOn.value('setupTabs', { framework: id });
    const templates = workbookTemplate(framework).filter((tab) => tab.columns.length > 0);
    const startsLikeFormula = templates.flatMap((tab) => tab.rows.flat()).filter((cell) => typeof cell === 'string' && /^[-+=@]/.test(cell));
    // The guard below only means something if the template has such texts (the default texts of Nội dung văn bản begin with "- ").
    expect(startsLikeFormula.length).toBeGreaterThan(0);
    for (const tab of templates) {
      const values = addOn.emu.workbook.sheet(tab.name)!.values();
      expect(values.flat(), tab.name).not.toContain('#ERROR!');
      tab.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell === 'string' && cell !== '') expect(values[r + 1][c], `${tab.name} row ${r + 2}`).toBe(cell);
        }),
      );
    }
  });
});

describe('the Tổng hợp tab is written as plain text', () => {
  it('every written cell is formatted @, so a sentence beginning with "-" or a ratio like 8/8 stays as written', () => {
    const addOn = openAddOn(tt17Clean());
    addOn.value('writeSummary');
    const tab = addOn.emu.workbook.sheet('Tổng hợp')!;
    const values = tab.values();
    const formats = tab.numberFormats(`A1:${String.fromCharCode(64 + values[0].length)}${values.length}`);
    expect(new Set(formats.flat())).toEqual(new Set(['@']));
    expect(values.flat()).not.toContain('#ERROR!');
  });
});

describe("dates are read in the spreadsheet's time zone, not the script's", () => {
  it.each(['America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Honolulu'])(
    'Ngày ban hành 05/10/2024 typed in a Hà Nội sheet is 05/10/2024 in the Doc, script in %s',
    (scriptZone) => {
      const addOn = openAddOn(tt17Clean(), new Date('2024-10-06T09:00:00+07:00'), { scriptTimeZone: scriptZone });
      addOn.emu.workbook.setTimeZone('Asia/Ho_Chi_Minh');
      const info = addOn.emu.workbook.sheet('Thông tin chung')!;
      const row = info.values().findIndex((line) => line[0] === 'Ngày ban hành');
      info.setValues([['05/10/2024']], { at: `B${row + 1}`, asTyped: true });
      // The sheet holds a Date: midnight in Hà Nội, the evening before in New York.
      expect((info.cell(`B${row + 1}`).value as Date).toISOString()).toBe('2024-10-04T17:00:00.000Z');

      const report = addOn.value('createDocument', { newVersion: false });
      expect(addOn.emu.drive.doc(report.links.docId)!.text()).toContain('ngày 05 tháng 10 năm 2024');
    },
  );

  it('a zone Intl does not know (GMT+07:00) is read through Utilities.formatDate, once per distinct date', () => {
    const addOn = openAddOn(tt17Clean(), new Date('2024-10-06T09:00:00+07:00'), { scriptTimeZone: 'America/New_York' });
    addOn.emu.workbook.setTimeZone('GMT+07:00');
    const info = addOn.emu.workbook.sheet('Thông tin chung')!;
    const row = info.values().findIndex((line) => line[0] === 'Ngày ban hành');
    info.setValues([['05/10/2024']], { at: `B${row + 1}`, asTyped: true });
    addOn.emu.calls.reset();
    const report = addOn.value('createDocument', { newVersion: false });
    expect(addOn.emu.drive.doc(report.links.docId)!.text()).toContain('ngày 05 tháng 10 năm 2024');
    expect(addOn.emu.calls.byName()['Utilities.formatDate']).toBe(1);
  });
});

describe("times shown are in the spreadsheet's time zone, everywhere the same (issue 18, item 10)", () => {
  it('the check time in the sidebar and the Tổng hợp stamp follow the sheet (Hà Nội), not the script (New York)', () => {
    const addOn = openAddOn(tt17Clean(), new Date('2024-10-06T09:05:00+07:00'), { scriptTimeZone: 'America/New_York' });
    addOn.emu.workbook.setTimeZone('Asia/Ho_Chi_Minh');
    const overview = addOn.value('writeSummary');
    expect(overview.checkedAtText).toBe('09:05, 06/10/2024');
    const summary = addOn.emu.workbook.sheet('Tổng hợp')!.values().flat().map(String);
    expect(summary.some((text) => text.includes('06/10/2024 09:05'))).toBe(true);
    expect(summary.some((text) => text.includes('05/10/2024 22:05'))).toBe(false);
  });
});
