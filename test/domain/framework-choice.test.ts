/**
 * The framework choice (src/domain/frameworks/choice.ts): `Khung đánh giá`
 * first, else `Năm học` with `Cấp học`, and the one reason text that names
 * both. Blank or tiểu học keeps the choice made before `Cấp học` existed.
 */
import { describe, expect, it } from 'vitest';
import { frameworks, tt18, tt19, tt57Gdtx } from '../../src/domain/frameworks';
import { chooseFramework, describeFrameworkChoice, switchHint } from '../../src/domain/frameworks/choice';
import { parseSchoolType } from '../../src/domain/frameworks/school-types';
import { summarize } from '../../src/domain/summary/summary';
import { readPlan } from '../../src/domain/workbook/read';
import { blankWorkbook } from '../../src/domain/workbook/template';
import { setInfo } from '../../fixtures/workbooks';

function chosen(frameworkText: string, schoolYear: number | null, schoolTypeText: string) {
  const result = chooseFramework({ frameworkText, startYear: schoolYear, schoolTypeText }, frameworks);
  return { id: result.framework.id, reason: describeFrameworkChoice({ framework: result.framework, frameworkChoice: result.choice }) };
}

describe('Năm học + Cấp học choose the framework when Khung đánh giá is blank', () => {
  it.each([
    // [Năm học start, Cấp học, framework id, words the reason must contain]
    [2024, 'THCS', 'TT18/2018', ['năm học 2024-2025', 'cấp học THCS', 'đến năm học 2025-2026']],
    [2024, 'THPT', 'TT18/2018', ['năm học 2024-2025', 'cấp học THPT']],
    [2024, 'Nhiều cấp học', 'TT18/2018', ['năm học 2024-2025', 'cấp học Nhiều cấp học']],
    [2025, 'TH&THCS', 'TT18/2018', ['năm học 2025-2026', 'cấp học Nhiều cấp học']],
    [2024, 'Mầm non', 'TT19/2018', ['năm học 2024-2025', 'cấp học Mầm non']],
    [2024, 'mam non', 'TT19/2018', ['cấp học Mầm non']],
    [2026, 'Mầm non', 'TT57/2026 mầm non', ['năm học 2026-2027', 'cấp học Mầm non', 'hiệu lực từ 07/7/2026']],
    [2026, 'GDTX', 'TT57/2026 GDTX', ['năm học 2026-2027', 'cấp học GDTX']],
    [2027, 'Trung tâm giáo dục thường xuyên', 'TT57/2026 GDTX', ['năm học 2027-2028', 'cấp học GDTX']],
    [2026, 'THCS', 'TT57/2026', ['năm học 2026-2027', 'cấp học THCS']],
    [2026, 'Nhieu cap hoc', 'TT57/2026', ['cấp học Nhiều cấp học']],
    // Tiểu học or blank: what the add-on chose before Cấp học existed.
    [2024, 'Tiểu học', 'TT17 tiểu học', ['năm học 2024-2025', 'cấp học Tiểu học']],
    [2024, '', 'TT17 tiểu học', ['năm học 2024-2025', 'ô "Cấp học" để trống nên tính là tiểu học']],
    [2025, '', 'TT17 tiểu học', ['năm học 2025-2026']],
    [2026, '', 'TT57/2026', ['năm học 2026-2027', 'hiệu lực từ 07/7/2026']],
    [2026, 'tieu hoc', 'TT57/2026', ['cấp học Tiểu học']],
    // Cấp học not understood: tiểu học, and the reason says what to type.
    [2024, 'Trường chuyên biệt', 'TT17 tiểu học', ['không hiểu cấp học "Trường chuyên biệt"', 'Mầm non, Tiểu học, THCS, THPT, Nhiều cấp học, GDTX']],
    // No framework for GDTX before TT57: the tiểu học one, said so, with how to choose another.
    [2024, 'GDTX', 'TT17 tiểu học', ['chưa có khung đánh giá cho cấp học GDTX năm học 2024-2025', 'ô "Khung đánh giá"']],
  ])('%i + "%s" → %s', (year, schoolType, id, words) => {
    const result = chosen('', year, schoolType);
    expect(result.id).toBe(id);
    for (const word of words) expect(result.reason).toContain(word);
  });
});

describe('Khung đánh giá comes first; no year falls back as before', () => {
  it.each([
    ['TT18', 2026, 'Mầm non', 'TT18/2018', 'theo ô "Khung đánh giá": TT18'],
    ['TT57 mầm non', 2024, 'THCS', 'TT57/2026 mầm non', 'theo ô "Khung đánh giá": TT57 mầm non'],
    ['Thong tu 18/2018', null, '', 'TT18/2018', 'theo ô "Khung đánh giá"'],
    // An unknown name: validation reports it; reading goes on by year and school type.
    ['Thông tư 99/2030', 2024, 'THCS', 'TT18/2018', 'cấp học THCS'],
    ['', null, '', 'TT17 tiểu học', 'mặc định, vì chưa có năm học và khung đánh giá'],
    ['', null, 'Tiểu học', 'TT17 tiểu học', 'mặc định'],
    ['', null, 'Mầm non', 'TT19/2018', 'Hãy ghi "Năm học" ở trang "Thông tin chung"'],
    ['', null, 'GDTX', 'TT57/2026 GDTX', 'theo cấp học GDTX'],
  ])('"%s", %s, "%s" → %s', (frameworkText, year, schoolType, id, words) => {
    const result = chosen(frameworkText, year, schoolType);
    expect(result.id).toBe(id);
    expect(result.reason).toContain(words);
  });
});

describe('Cấp học values', () => {
  it.each([
    ['Mầm non', 'mamNon'],
    ['MẦM NON', 'mamNon'],
    ['Trường mầm non', 'mamNon'],
    ['Tiểu học', 'tieuHoc'],
    ['THCS', 'thcs'],
    ['Trung hoc co so', 'thcs'],
    ['THPT', 'thpt'],
    ['Nhiều cấp học', 'nhieuCapHoc'],
    ['Liên cấp', 'nhieuCapHoc'],
    ['TH và THCS', 'nhieuCapHoc'],
    ['THCS&THPT', 'nhieuCapHoc'],
    ['GDTX', 'gdtx'],
    ['Giao duc thuong xuyen', 'gdtx'],
    ['', null],
    ['Đại học', null],
  ])('"%s" → %s', (text, type) => {
    expect(parseSchoolType(text)).toBe(type);
  });
});

describe("a blank Cấp học: the school's name says its type", () => {
  it.each([
    // [Tên trường, Năm học start, framework id]
    ['Trường Mầm non Hoa Sen', 2024, 'TT19/2018'],
    ['TRƯỜNG MẪU GIÁO SAO MAI', 2026, 'TT57/2026 mầm non'],
    ['Truong mam non Tuoi Hong', 2025, 'TT19/2018'],
    ['Trường MN Họa Mi', 2024, 'TT19/2018'],
    ['Trường TH&THCS Tân Hiệp', 2024, 'TT18/2018'],
    ['Trường PTDTBT TH và THCS Nậm Mười', 2025, 'TT18/2018'],
    ['Trường Tiểu học và Trung học cơ sở Phú Lợi', 2025, 'TT18/2018'],
    ['Trường THCS&THPT Võ Thị Sáu', 2024, 'TT18/2018'],
    ['Trường THCS Lê Lợi', 2024, 'TT18/2018'],
    ['Trường THPT Nguyễn Huệ', 2025, 'TT18/2018'],
    ['Trung tâm GDNN-GDTX huyện Phú Giáo', 2026, 'TT57/2026 GDTX'],
    ['Trường Tiểu học An Khang', 2024, 'TT17 tiểu học'],
    ['Trường TH Bình Minh', 2026, 'TT57/2026'],
  ])('"%s", %i → %s, and the reason names the school', (name, year, id) => {
    const result = chooseFramework({ frameworkText: '', startYear: year, schoolTypeText: '', schoolName: name }, frameworks);
    expect(result.framework.id).toBe(id);
    expect(describeFrameworkChoice({ framework: result.framework, frameworkChoice: result.choice })).toContain(`theo tên trường "${name}"`);
  });

  it.each([
    ['Trường Hòa Bình', 'ô "Cấp học" để trống nên tính là tiểu học'],
    ['', 'ô "Cấp học" để trống nên tính là tiểu học'],
  ])('"%s" says no type: tiểu học, as before', (name, words) => {
    const result = chooseFramework({ frameworkText: '', startYear: 2024, schoolTypeText: '', schoolName: name }, frameworks);
    expect(result.framework.id).toBe('TT17 tiểu học');
    expect(describeFrameworkChoice({ framework: result.framework, frameworkChoice: result.choice })).toContain(words);
  });

  it('a filled Cấp học wins over the name', () => {
    const result = chooseFramework({ frameworkText: '', startYear: 2024, schoolTypeText: 'Tiểu học', schoolName: 'Trường Mầm non Hoa Sen' }, frameworks);
    expect(result.framework.id).toBe('TT17 tiểu học');
  });

  it('through the reader: Tên trường in Thông tin chung decides', () => {
    const workbook = blankWorkbook(frameworks[0]);
    setInfo(workbook, 'Khung đánh giá', '');
    setInfo(workbook, 'Năm học', '2024-2025');
    setInfo(workbook, 'Tên trường', 'Trường Mầm non Hoa Sen');
    expect(readPlan(workbook).framework.id).toBe('TT19/2018');
  });
});

describe('the reader and the summary use the same choice', () => {
  it.each([
    ['2024-2025', 'Nhiều cấp học', 'TT18/2018'],
    ['2026-2027', 'Mầm non', 'TT57/2026 mầm non'],
    ['2024-2025', '', 'TT17 tiểu học'],
  ])('Năm học %s, Cấp học "%s" in Thông tin chung → %s, and Tổng hợp says why', (year, schoolType, id) => {
    // A workbook whose Khung đánh giá is blank, as a school that never set it.
    const workbook = blankWorkbook(frameworks[0]);
    setInfo(workbook, 'Khung đánh giá', '');
    setInfo(workbook, 'Năm học', year);
    setInfo(workbook, 'Cấp học', schoolType);
    const plan = readPlan(workbook);
    expect(plan.framework.id).toBe(id);
    const reason = summarize(plan).frameworkReason;
    expect(reason).toContain(`năm học ${year}`);
    expect(reason).toBe(describeFrameworkChoice(plan));
  });

  it('a blank Cấp học leaves the recorded choice exactly as before the key existed', () => {
    const workbook = blankWorkbook(frameworks[0]);
    setInfo(workbook, 'Khung đánh giá', '');
    setInfo(workbook, 'Năm học', '2026-2027');
    expect(readPlan(workbook).frameworkChoice).toEqual({ source: 'schoolYear', startYear: 2026 });
  });
});

describe('switchHint: how to move a plan to the framework that has a criterion', () => {
  it.each([
    [
      tt18,
      2024,
      'nếu trường là THCS, THPT hoặc Nhiều cấp học, hãy ghi ô "Cấp học" là THCS, THPT hoặc Nhiều cấp học (hoặc ghi "TT18/2018" vào ô "Khung đánh giá" ở trang "Thông tin chung")',
    ],
    [tt19, null, 'nếu trường là Mầm non, hãy ghi ô "Cấp học" là Mầm non (hoặc ghi "TT19/2018" vào ô "Khung đánh giá" ở trang "Thông tin chung")'],
    // In 2026-2027 Cấp học THCS would choose TT57, so only the name is offered.
    [tt18, 2026, 'hãy ghi "TT18/2018" vào ô "Khung đánh giá" ở trang "Thông tin chung"'],
    [tt57Gdtx, 2026, 'nếu trường là GDTX, hãy ghi ô "Cấp học" là GDTX (hoặc ghi "TT57/2026 GDTX" vào ô "Khung đánh giá" ở trang "Thông tin chung")'],
  ] as const)('%s in %s', (framework, year, hint) => {
    expect(switchHint(framework, year)).toBe(hint);
  });
});
