/**
 * The new school types in the built add-on (Code.js on the emulator):
 * setup proposes the framework of the workbook's Năm học + Cấp học and
 * offers every framework; the check and Tổng hợp use the same choice.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSample, ROOT } from '../../fixtures/workbooks';
import { openAddOn } from './bundle';

const sample = (name: string) => loadSample(join(ROOT, 'samples', name));

describe('every school type in the add-on', () => {
  it.each([
    ['truong-th-thcs-tan-hiep-2024-2025.json', 'TT18/2018', 'cấp học Nhiều cấp học'],
    ['truong-mam-non-hoa-sen-2024-2025.json', 'TT19/2018', 'cấp học Mầm non'],
    ['truong-mam-non-sao-mai-2026-2027.json', 'TT57/2026 mầm non', 'cấp học Mầm non'],
    ['trung-tam-gdtx-binh-minh-2026-2027.json', 'TT57/2026 GDTX', 'cấp học GDTX'],
  ])('%s: setup proposes %s and offers every framework; the check agrees', (file, id, words) => {
    const addOn = openAddOn(sample(file), new Date('2026-11-23T09:00:00+07:00'));
    const proposal = addOn.value('proposeSetup');
    expect(proposal.proposed).toBe(id);
    expect(proposal.reason).toContain(words);
    expect(proposal.choices.map((choice: { id: string }) => choice.id)).toEqual([
      'TT17 tiểu học',
      'TT18/2018',
      'TT19/2018',
      'TT57/2026',
      'TT57/2026 mầm non',
      'TT57/2026 GDTX',
    ]);
    const { overview } = addOn.value('checkPlan');
    expect(overview.framework.id).toBe(id);
    expect(overview.framework.reason).toContain(words);
    expect(overview.errorCount).toBe(0);
  });

  it('a blank workbook with only Cấp học = Mầm non and Năm học 2024-2025 gets the TT19 tabs from setup', () => {
    const addOn = openAddOn(
      {
        sheets: [
          {
            name: 'Thông tin chung',
            values: [
              ['Mục', 'Nội dung'],
              ['Năm học', '2024-2025'],
              ['Cấp học', 'Mầm non'],
            ],
          },
        ],
      },
      new Date('2024-10-01T09:00:00+07:00'),
    );
    expect(addOn.value('proposeSetup').proposed).toBe('TT19/2018');
    const report = addOn.value('setupTabs', {});
    expect(report.framework).toBe('TT19/2018');
    expect(report.createdTabs).toEqual(['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Nội dung văn bản', 'Tổng hợp']);
    expect(
      addOn.emu.workbook
        .sheet('Tiêu chuẩn 3')!
        .values()
        .map((row) => row[1]),
    ).toEqual([
      'Tiêu chí',
      'Tiêu chí 3.1: Diện tích, khuôn viên và sân vườn',
      'Tiêu chí 3.2: Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập',
      'Tiêu chí 3.3: Khối phòng hành chính - quản trị',
      'Tiêu chí 3.4: Khối phòng tổ chức ăn',
      'Tiêu chí 3.5: Thiết bị, đồ dùng, đồ chơi',
      'Tiêu chí 3.6: Khu vệ sinh, hệ thống cấp thoát nước',
    ]);
    // 3.6 has no Mức 3 in TT19: its dropdown stops at Mức 2.
    expect(addOn.emu.workbook.sheet('Tiêu chuẩn 3')!.validations()[6][2]?.values[0]).toEqual(['Chưa đạt', 'Mức 1', 'Mức 2']);
    expect(addOn.emu.workbook.sheet('Tiêu chuẩn 3')!.validations()[1][2]?.values[0]).toEqual(['Chưa đạt', 'Mức 1', 'Mức 2', 'Mức 3']);
  });
});
