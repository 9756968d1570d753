import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARNING_BACKGROUND } from '../../src/domain/marks/marks';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { loadSample, ROOT, TT17_SAMPLE } from '../../fixtures/workbooks';
import { openAddOn } from './bundle';

function realPlan(name: string): RawWorkbook {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'real-plans', `${name}.json`), 'utf8')) as RawWorkbook;
}

describe('Tạo văn bản while errors remain: the draft', () => {
  it('refuses the final document, naming the errors and offering the draft', () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE));
    const result = addOn.run('createDocument', { newVersion: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('Chưa tạo được văn bản chính thức: bảng tính còn 6 lỗi');
    expect(result.message).toContain('bản dự thảo');
    expect(addOn.emu.drive.files()).toHaveLength(0);
  });

  it('makes the draft: DỰ THẢO in the file name and top right of page 1; sharing it is refused', () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE));
    const report = addOn.value('createDocument', { newVersion: false, draft: true });
    expect(report.links.draft).toBe(true);
    expect(report.links.title).toBe('DỰ THẢO - Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Khang');
    expect(report.message).toContain('Đây là bản DỰ THẢO: bảng tính còn 6 lỗi');
    const text = addOn.emu.drive.doc(report.links.docId)!.text();
    expect(text.startsWith('DỰ THẢO\n')).toBe(true);

    const share = addOn.run('shareDocument', { emails: ['phonggd@example.edu.vn'], role: 'reader', message: '' });
    expect(share.ok).toBe(false);
    if (!share.ok) expect(share.message).toContain('bản DỰ THẢO');
    expect(addOn.emu.drive.file(report.links.docId)!.permissions.filter((permission) => permission.emailAddress === 'phonggd@example.edu.vn')).toEqual([]);
  });

  it('a final document replaces the draft once the errors are fixed, and can then be shared', () => {
    const addOn = openAddOn(realPlan('binh-minh-nhieu-nam'));
    const draft = addOn.value('createDocument', { newVersion: false, draft: true });
    expect(draft.links.draft).toBe(true);
    addOn.emu.workbook.sheet('Mức 4')!.setValues([['Năm 2026']], { at: 'G4' });
    const final = addOn.value('createDocument', { newVersion: false, onEdited: 'overwrite' });
    expect(final.links.draft).toBe(false);
    expect(final.links.docId).toBe(draft.links.docId);
    expect(final.links.title).toBe('Kế hoạch cải tiến chất lượng năm học 2025-2026 - Trường Tiểu học Bình Minh');
    expect(addOn.emu.drive.doc(final.links.docId)!.text()).not.toContain('DỰ THẢO');
    expect(addOn.value('shareDocument', { emails: ['phonggd@example.edu.vn'], role: 'reader', message: '' }).complete).toBe(true);
  });
});

describe('Bỏ qua: dismissed warnings', () => {
  /** Bình Minh 2025-2026 has three `Năm 2027` warnings (after the school year) and one error. */
  const open = () => openAddOn(realPlan('binh-minh-nhieu-nam'));

  it('a dismissed warning leaves the list, its mark and note go; the summary does not change', () => {
    const addOn = open();
    const checked = addOn.value('checkPlan');
    expect(addOn.emu.workbook.sheet('Tiêu chuẩn 2')!.backgrounds('H4')[0][0]).toBe(WARNING_BACKGROUND);
    const report = addOn.value('dismissWarnings', { sheet: 'Tiêu chuẩn 2', cell: 'H4', code: 'time-after-school-year', similar: false });
    expect(report.overview.warningCount).toBe(checked.overview.warningCount - 1);
    expect(report.overview.dismissed.map((issue) => `${issue.sheet}!${issue.cell}`)).toEqual(['Tiêu chuẩn 2!H4']);
    expect(report.overview.summary).toEqual(checked.overview.summary);
    const tab = addOn.emu.workbook.sheet('Tiêu chuẩn 2')!;
    expect(tab.backgrounds('H4')[0][0]).not.toBe(WARNING_BACKGROUND);
    expect(tab.notes('H4')[0][0]).toBe('');
  });

  it("comes back when the cell's value changes", () => {
    const addOn = open();
    addOn.value('dismissWarnings', { sheet: 'Tiêu chuẩn 2', cell: 'H4', code: 'time-after-school-year', similar: false });
    addOn.emu.workbook.sheet('Tiêu chuẩn 2')!.setValues([['Năm 2028']], { at: 'H4' });
    const overview = addOn.value('getOverview');
    expect(overview.dismissed).toEqual([]);
    expect(overview.issues.some((issue) => issue.sheet === 'Tiêu chuẩn 2' && issue.cell === 'H4')).toBe(true);
  });

  it('"similar" dismisses every warning with the same code and text at once (the three `Năm 2027`)', () => {
    const addOn = open();
    const report = addOn.value('dismissWarnings', { sheet: 'Tiêu chuẩn 2', cell: 'H4', code: 'time-after-school-year', similar: true });
    expect(report.overview.dismissed.map((issue) => `${issue.sheet}!${issue.cell}`)).toEqual(['Tiêu chuẩn 2!H4', 'Tiêu chuẩn 3!H4', 'Tiêu chuẩn 5!H7']);
    expect(report.overview.warningCount).toBe(0);
    expect(report.overview.errorCount).toBe(1);
  });

  it('an error cannot be dismissed; Hiện lại brings every dismissed warning back', () => {
    const addOn = open();
    const refused = addOn.run('dismissWarnings', { sheet: 'Mức 4', cell: 'G4', code: 'time-beyond-horizon', similar: false });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('Chỉ bỏ qua được cảnh báo');
    addOn.value('dismissWarnings', { sheet: 'Tiêu chuẩn 2', cell: 'H4', code: 'time-after-school-year', similar: true });
    const restored = addOn.value('restoreWarnings');
    expect(restored.overview.dismissed).toEqual([]);
    expect(restored.overview.warningCount).toBe(3);
  });
});

describe('setup on a workbook typed without diacritics', () => {
  it('completes "Tieu chuan 1"… and "Thong tin chung" instead of adding duplicates beside them', () => {
    const typed = realPlan('tan-hoa-khong-dau');
    const addOn = openAddOn(typed);
    const report = addOn.value('setupTabs', { framework: 'TT17 tiểu học' });
    expect(report.createdTabs.filter((name) => name.startsWith('Tiêu chuẩn') || name === 'Thông tin chung' || name === 'Mức 4')).toEqual([]);
    const names = addOn.emu.workbook.sheetNames();
    expect(names.filter((name) => /^(tieu chuan|tiêu chuẩn) 1$/i.test(name))).toEqual(['Tieu chuan 1']);
    // Every value the school typed is still where it was.
    for (const tab of typed.sheets) {
      const now = addOn.emu.workbook.sheet(tab.name)!.values();
      tab.values.forEach((row, r) =>
        row.forEach((value, c) => expect(`${tab.name}!${r},${c}=${String(now[r][c])}`).toBe(`${tab.name}!${r},${c}=${String(value ?? '')}`)),
      );
    }
    expect(addOn.value('getOverview').errorCount).toBe(0);
  });
});
