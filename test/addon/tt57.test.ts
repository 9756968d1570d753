import { describe, expect, it } from 'vitest';
import { loadSample, TT17_SAMPLE, TT57_SAMPLE } from '../../fixtures/workbooks';
import { openAddOn } from './bundle';

describe('Thông tư 57/2026 in the add-on', () => {
  it('setup proposes TT57 for a 2026-2027 plan and creates its tabs', () => {
    const addOn = openAddOn(undefined, new Date('2026-11-23T09:00:00+07:00'));
    const proposal = addOn.value('proposeSetup');
    expect(proposal.proposed).toBe('TT57/2026');
    expect(proposal.reason).toContain('2026-2027');
    const report = addOn.value('setupTabs', { framework: proposal.proposed });
    expect(report.createdTabs).toEqual([
      'Thông tin chung',
      'Tiêu chuẩn 1',
      'Tiêu chuẩn 2',
      'Tiêu chuẩn 3',
      'Tiêu chuẩn 4',
      'Vấn đề trọng tâm',
      'Theo dõi',
      'Nội dung văn bản',
      'Tổng hợp',
    ]);
    expect(
      addOn.emu.workbook
        .sheet('Theo dõi')!
        .values()
        .map((row) => row[0]),
    ).toEqual(['Thời điểm', 'Cuối học kỳ I', 'Cuối năm học']);
    expect(addOn.emu.workbook.sheet('Tiêu chuẩn 1')!.validations()[1][2]?.values[0]).toEqual(['Chưa đạt', 'Mức 1', 'Mức 2']);
    expect(addOn.emu.workbook.sheet('Tiêu chuẩn 1')!.validations()[1][11]?.values[0]).toEqual(['Hoàn thành', 'Đang thực hiện', 'Chưa hoàn thành']);
  });

  it('the TT57 sample goes through check and summary: framework, mandatory counts, follow-up', () => {
    const addOn = openAddOn(loadSample(TT57_SAMPLE), new Date('2026-11-23T09:00:00+07:00'));
    const { overview } = addOn.value('checkPlan');
    expect(overview.framework.id).toBe('TT57/2026');
    expect(overview.framework.reason).toContain('năm học 2026-2027');
    expect(overview.errorCount).toBe(0);
    expect(overview.summary.levels[0]).toEqual({ level: 1, total: 15, met: 13, percent: 86.7, mandatory: { total: 8, met: 8 } });
    expect(overview.summary.schoolLevel).toBe(1);
    expect(overview.followUp.overdue).toBe(1);
    expect(overview.followUp.standards[1]).toEqual({
      number: 2,
      name: 'Phát triển đội ngũ',
      counts: [
        { value: 'Hoàn thành', count: 0 },
        { value: 'Đang thực hiện', count: 1 },
        { value: 'Chưa hoàn thành', count: 0 },
      ],
      unmarked: 2,
    });
    addOn.value('writeSummary');
    const rows = addOn.emu.workbook.sheet('Tổng hợp')!.values();
    expect(rows.find((row) => row[0] === 'Mức')).toContain('Tiêu chí bắt buộc đạt');
    expect(rows.find((row) => row[0] === 'Mức 1')).toEqual(['Mức 1', 15, 13, '86,7%', '8/8']);
    expect(rows.flat().join('\n')).toContain('Theo dõi thực hiện');
  });

  it('switching a TT17 workbook to TT57 keeps every value typed, adds what TT57 needs, and names what no longer fits', () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE), new Date('2026-11-23T09:00:00+07:00'));
    const before = addOn.emu.workbook.snapshot().sheets;
    const report = addOn.value('setupTabs', { framework: 'TT57/2026' });
    expect(report.createdTabs).toEqual(expect.arrayContaining(['Vấn đề trọng tâm', 'Theo dõi']));
    const after = addOn.emu.workbook.snapshot().sheets;
    for (const sheet of before) {
      const now = after.find((candidate) => candidate.name === sheet.name)!;
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (sheet.name === 'Thông tin chung' && value === 'TT17 tiểu học') expect(now.values[r][c]).toBe('TT57/2026');
          else expect(now.values[r][c]).toEqual(value);
        }),
      );
    }
    const { overview } = addOn.value('checkPlan');
    expect(overview.framework.id).toBe('TT57/2026');
    const codes = new Set(overview.issues.map((issue) => issue.code));
    expect(codes).toContain('tab-other-framework'); // Tiêu chuẩn 5 and Mức 4 are named, not used
    expect(codes).toContain('criterion-unknown'); // 1.5–1.10 do not exist in TT57
    expect(overview.issues.find((issue) => issue.sheet === 'Mức 4')?.message).toContain('không thuộc Thông tư 57/2026');
  });
});
