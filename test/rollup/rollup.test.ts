/** The roll-up's rules on small hand-made districts: who is the same school, what is never counted, and that nothing throws. */
import { describe, expect, it } from 'vitest';
import { tt17TieuHoc, tt57 } from '../../src/domain/frameworks';
import { identityOf, rollUp, type SchoolInput } from '../../src/domain/rollup';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { filledWorkbook, loadSample, setInfo, TT57_SAMPLE } from '../../fixtures/workbooks';

function school(name: string, year: string, framework = tt57): RawWorkbook {
  const workbook = filledWorkbook(framework, { schoolYear: year });
  setInfo(workbook, 'Tên trường', name);
  if (framework === tt17TieuHoc) setInfo(workbook, 'Khung đánh giá', 'TT17');
  return workbook;
}

describe('identityOf: the same school is the same folded name and năm học', () => {
  const cases: [string, string, string | null, string][] = [
    ['a.json', 'Trường Tiểu học Hòa Bình', '2026-2027', 'truong tieu hoc hoa binh|2026-2027'],
    ['b.json', '  TRƯỜNG TIỂU HỌC  HOÀ BÌNH ', '2026-2027', 'truong tieu hoc hoa binh|2026-2027'],
    ['c.json', 'Truong Tieu hoc Hoa Binh', '2026-2027', 'truong tieu hoc hoa binh|2026-2027'],
    ['d.json', 'Trường Tiểu học Hòa Bình', null, 'truong tieu hoc hoa binh|'],
    ['e.json', '', '2026-2027', 'tệp:e.json'],
  ];
  for (const [label, name, year, identity] of cases) {
    it(`"${name}" ${year ?? '(no year)'} → ${identity}`, () => expect(identityOf(label, name, year)).toBe(identity));
  }
});

describe('rollUp', () => {
  it('counts the same school and year once, keeps another year and another school apart', () => {
    const inputs: SchoolInput[] = [
      { label: '1.json', workbook: school('Trường Tiểu học Hòa Bình', '2026-2027') },
      { label: '2.json', workbook: school('TRƯỜNG TIỂU HỌC HOÀ BÌNH', '2026-2027') },
      { label: '3.json', workbook: school('Trường Tiểu học Hòa Bình', '2027-2028') },
      { label: '4.json', workbook: school('Trường Tiểu học Hòa Lợi', '2026-2027') },
    ];
    const { rows, totals } = rollUp(inputs);
    expect(rows.map((row) => row.status)).toEqual(['plan', 'duplicate', 'plan', 'plan']);
    expect(rows[1].reason).toContain('Trùng với "1.json"');
    expect(totals.schools).toBe(3);
    expect(totals.schoolYears).toEqual(['2026-2027', '2027-2028']);
  });

  it('never merges two plans without a school name', () => {
    const unnamed = () => school('', '2026-2027');
    const { rows } = rollUp([
      { label: 'x.json', workbook: unnamed() },
      { label: 'y.json', workbook: unnamed() },
    ]);
    expect(rows.map((row) => row.status)).toEqual(['plan', 'plan']);
    expect(rows.map((row) => row.figures!.errors > 0)).toEqual([true, true]);
  });

  const notCounted: [string, SchoolInput, string, RegExp][] = [
    ['no tab at all', { label: 'a', workbook: { sheets: [] } }, 'empty', /^Bảng tính trống/],
    ['tabs with only blanks', { label: 'b', workbook: { sheets: [{ name: 'Trang tính1', values: [['', null, '  ']] }] } }, 'empty', /^Bảng tính trống/],
    [
      'another spreadsheet',
      { label: 'c', workbook: { sheets: [{ name: 'Danh sách lớp', values: [['Họ tên'], ['Lê Văn Bình']] }] } },
      'notAPlan',
      /"Danh sách lớp"/,
    ],
    ['a file that could not be read', { label: 'd', unreadable: 'Tệp "d" không tồn tại. Hãy kiểm tra lại đường dẫn.' }, 'unreadable', /không tồn tại/],
  ];
  for (const [what, input, status, reason] of notCounted) {
    it(`${what}: one row "${status}" with its reason, not counted`, () => {
      const { rows, totals } = rollUp([input, { label: 'ok', workbook: school('Trường Tiểu học An Phú', '2026-2027') }]);
      expect(rows[0].status).toBe(status);
      expect(rows[0].reason).toMatch(reason);
      expect(rows[0].figures).toBeNull();
      expect(totals.schools).toBe(1);
      expect(totals.rows[status as 'empty']).toBe(1);
    });
  }

  it('never throws: a failure inside the analysis is an unreadable row and the next school is still counted', () => {
    const { rows } = rollUp(
      [
        { label: 'a', workbook: loadSample(TT57_SAMPLE) },
        { label: 'b', workbook: loadSample(TT57_SAMPLE) },
      ],
      { known: [] },
    );
    expect(rows.map((row) => row.status)).toEqual(['unreadable', 'unreadable']);
    expect(rows[0].reason).toMatch(/^Không phân tích được bảng tính/);
  });

  it('keeps frameworks apart: TT17 1.1 and TT57 1.1 are different priorities', () => {
    const { totals } = rollUp([
      { label: 'a', workbook: filledWorkbook(tt57, { levelOf: (code, max) => (code === '1.1' ? 1 : max) }) },
      { label: 'b', workbook: school('Trường Tiểu học Vĩnh Lợi', '2025-2026', tt17TieuHoc) },
    ]);
    expect(totals.perFramework.map((entry) => entry.frameworkId)).toEqual(['TT17 tiểu học', 'TT57/2026']);
    expect(totals.priorities.map((priority) => `${priority.frameworkId} ${priority.code} <Mức ${priority.level}`)).toEqual(['TT57/2026 1.1 <Mức 2']);
  });
});
