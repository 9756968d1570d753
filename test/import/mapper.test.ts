/**
 * The pure mapper on small contents: the `Thông tin chung` lines as real
 * plans write them, the level sentences, the framework decision, and that
 * no content, however odd, makes it throw or lose a row of an unknown table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentBlock, DocumentContent } from '../../src/domain/import/content';
import { extractInfo, type ImportedInfo } from '../../src/domain/import/info';
import { levelFromSentences, readLevelSentences } from '../../src/domain/import/levels';
import { mapDocument, UNPLACED_TAB } from '../../src/domain/import/map';
import { rawWorkbookSchema } from '../../src/domain/workbook/raw';
import { infoValues, sheetValues } from './helpers';

describe('Thông tin chung from the header, title and signature lines', () => {
  const cases: { name: string; lines: string[]; expected: Partial<ImportedInfo> }[] = [
    {
      name: 'NĐ30 header with a number and a date',
      lines: [
        'UBND HUYỆN PHÚ GIÁO',
        'TRƯỜNG TIỂU HỌC AN THÁI',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 12/KH-THAT',
        'An Thái, ngày 5 tháng 9 năm 2024',
        'KẾ HOẠCH',
        'Cải tiến chất lượng năm học 2024 – 2025',
      ],
      expected: {
        governingBody: 'UBND HUYỆN PHÚ GIÁO',
        schoolName: 'Trường Tiểu học An Thái',
        schoolCode: 'THAT',
        planNumber: '12',
        place: 'An Thái',
        issueDate: '05/09/2024',
        schoolYear: '2024-2025',
      },
    },
    {
      name: 'number and day left to fill by hand',
      lines: ['PHÒNG GD&ĐT THỊ XÃ TÂN UYÊN', 'TRƯỜNG TIỂU HỌC KHÁNH BÌNH', 'Số:  …… /KH-THKB', 'Khánh Bình, ngày …… tháng 10 năm 2025'],
      expected: {
        governingBody: 'PHÒNG GD&ĐT THỊ XÃ TÂN UYÊN',
        schoolName: 'Trường Tiểu học Khánh Bình',
        schoolCode: 'THKB',
        planNumber: '',
        place: 'Khánh Bình',
        issueDate: '',
      },
    },
    {
      name: 'the school in normal case in the prose wins over title case',
      lines: ['UBND XÃ HÒA LỢI', 'TRƯỜNG TH HÒA LỢI', 'Báo cáo tự đánh giá của Trường TH Hòa Lợi năm học 2023-2024'],
      expected: { schoolName: 'Trường TH Hòa Lợi', schoolYear: '2023-2024' },
    },
    {
      name: 'KT. signature, with a note between title and name; recipients with + bullets',
      lines: ['Nơi nhận:', '+ Phòng GD&ĐT;', '+ Lưu: VT.', 'KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', '(Ký, ghi rõ họ tên)', 'Trần Thị Mai'],
      expected: { principal: 'Trần Thị Mai', recipients: ['Phòng GD&ĐT;'] },
    },
    {
      name: 'nothing stated: everything blank, nothing invented',
      lines: ['Kế hoạch của tổ chuyên môn'],
      expected: { governingBody: '', schoolName: '', schoolCode: '', planNumber: '', place: '', issueDate: '', schoolYear: '', principal: '', recipients: [] },
    },
  ];
  for (const entry of cases) {
    it(entry.name, () => {
      expect(extractInfo(entry.lines)).toMatchObject(entry.expected);
    });
  }
});

describe('levels from the summary sentences', () => {
  const sentences = readLevelSentences([
    '- Mức 1: Tổng số 27 tiêu chí, trong đó số tiêu chí đạt 27/27, tỉ lệ 100%; tiêu chí không đạt: 0;',
    '- Mức 2: Tổng số 27 tiêu chí, trong đó số tiêu chí đạt 26/27, tỉ lệ 96,3%; tiêu chí không đạt: 1 (tiêu chí 3.4);',
    '- Mức 3: Tổng số 19 tiêu chí, đạt 17/19.',
  ]);
  const cases: { code: string; maxLevel: number; level: number | null; why: string }[] = [
    { code: '3.4', maxLevel: 2, level: 1, why: 'listed as not met at Mức 2' },
    { code: '1.2', maxLevel: 2, level: 2, why: 'met at Mức 1 and 2, its highest' },
    { code: '1.1', maxLevel: 3, level: null, why: '"đạt 17/19" does not say which' },
  ];
  for (const entry of cases) {
    it(`${entry.code}: ${entry.why}`, () => {
      expect(levelFromSentences(entry.code, entry.maxLevel, sentences)).toBe(entry.level);
    });
  }

  it('lists written with "và", TC prefixes and leading zeros', () => {
    const read = readLevelSentences([
      '- Mức 3: đạt 16/19; tiêu chí không đạt: 3 (tiêu chí 1.1; TC 2.2 và 03.01)',
      '- Mức 4: đạt 2/5; yêu cầu không đạt: 3 (yêu cầu 1, 3 và 5)',
    ]);
    expect(read.get(3)?.notMet).toEqual(['1.1', '2.2', '3.1']);
    expect(read.get(4)?.notMet).toEqual(['1', '3', '5']);
  });

  it('without diacritics, and "Mức 4: đạt 2/5" settles no requirement', () => {
    const read = readLevelSentences(['Muc 1: dat 14/15; tieu chi khong dat: 1 (tieu chi 2.3)', 'Mức 4: đạt 2/5']);
    expect(read.get(1)).toEqual({ level: 1, met: 14, total: 15, notMet: ['2.3'] });
    expect(read.get(4)).toEqual({ level: 4, met: 2, total: 5, notMet: null });
  });
});

const paragraph = (text: string): ContentBlock => ({ type: 'paragraph', text });
const table = (rows: string[][]): ContentBlock => ({
  type: 'table',
  rows: rows.map((row) => row.map((text) => ({ paragraphs: text.split('\n'), colSpan: 1, rowSpan: 1 }))),
});

describe('framework', () => {
  const cases: { name: string; blocks: ContentBlock[]; framework: string }[] = [
    { name: 'cited TT57, no table', blocks: [paragraph('Căn cứ Thông tư số 57/2026/TT-BGDĐT')], framework: 'TT57/2026' },
    { name: 'cited TT17, no table', blocks: [paragraph('Căn cứ Thông tư 17/2018/TT-BGDĐT')], framework: 'TT17 tiểu học' },
    {
      name: 'nothing cited, a Biểu 2 table',
      blocks: [
        paragraph('năm học 2024-2025'),
        table([['TT', 'Nội dung cải tiến', 'Mục tiêu cải tiến', 'Hoạt động/giải pháp', 'Chỉ số đánh giá kết quả', 'Thời gian thực hiện']]),
      ],
      framework: 'TT57/2026',
    },
    { name: 'nothing cited, no table: by the school year', blocks: [paragraph('Kế hoạch năm học 2027-2028')], framework: 'TT57/2026' },
  ];
  for (const entry of cases) {
    it(entry.name, () => {
      expect(mapDocument({ blocks: entry.blocks }).report.framework).toBe(entry.framework);
    });
  }
});

describe('a table Word split at a page break', () => {
  const heading = ['TT', 'Tiêu chí', 'Kết quả cần đạt', 'Công việc, giải pháp', 'Chủ trì, phối hợp', 'Thời gian'];
  const first = table([
    heading,
    ['1', 'Tiêu chí 2.2: Đối với giáo viên', 'Giáo viên dạy giỏi cấp huyện', 'Dự thi giáo viên dạy giỏi', 'Phó hiệu trưởng', 'HK I'],
  ]);
  const second = table([['', '', '', 'Bồi dưỡng thường xuyên', 'Tổ trưởng', 'Cả năm học']]);
  const cases: { name: string; between: ContentBlock[]; actions: string[]; unplaced: number }[] = [
    {
      name: 'goes on under the criterion above when only blank paragraphs separate the parts',
      between: [paragraph('')],
      actions: ['Dự thi giáo viên dạy giỏi', 'Bồi dưỡng thường xuyên'],
      unplaced: 0,
    },
    {
      name: 'is not joined across text: the rows go to Nhập – chưa xếp',
      between: [paragraph('Ghi chú: bảng phụ')],
      actions: ['Dự thi giáo viên dạy giỏi'],
      unplaced: 1,
    },
  ];
  for (const entry of cases) {
    it(entry.name, () => {
      const { workbook, report } = mapDocument({ blocks: [paragraph('Thông tư 17/2018/TT-BGDĐT'), first, ...entry.between, second] });
      const [header, ...rows] = sheetValues(workbook, 'Tiêu chuẩn 2');
      const actions = header.indexOf('Công việc, giải pháp');
      expect(rows.map((row) => row[actions]).filter((value) => value !== '')).toEqual(entry.actions);
      expect(report.unplaced).toBe(entry.unplaced);
    });
  }
});

describe('column-number rows under the headings are not data', () => {
  const heading = ['TT', 'Tiêu chí', 'Kết quả cần đạt', 'Công việc, giải pháp', 'Chủ trì, phối hợp', 'Thời gian'];
  const data = ['1', 'Tiêu chí 3.6: Thư viện', 'Thư viện đạt chuẩn', 'Bổ sung sách', 'Nhân viên thư viện', 'Năm 2025'];
  for (const numbers of [
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ['1', '2', '3', '4', '5', '6'],
  ]) {
    it(numbers.join(' '), () => {
      const { report, workbook } = mapDocument({ blocks: [paragraph('Thông tư 17/2018/TT-BGDĐT'), table([heading, numbers, data])] });
      expect(report.unplaced).toBe(0);
      expect(report.rowsPerTab.find((tab) => tab.tab === 'Tiêu chuẩn 3')?.rows).toBe(1);
      expect(workbook.sheets.some((sheet) => sheet.name === UNPLACED_TAB)).toBe(false);
    });
  }
});

describe('odd content never throws and never loses an unknown table', () => {
  const cell = fc.record({
    paragraphs: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    colSpan: fc.integer({ min: -2, max: 100_000 }),
    rowSpan: fc.integer({ min: -2, max: 50 }),
  });
  const block: fc.Arbitrary<ContentBlock> = fc.oneof(
    fc.record({ type: fc.constant('paragraph' as const), text: fc.string({ maxLength: 40 }) }),
    fc.record({ type: fc.constant('table' as const), rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }) }),
  );
  it('any paragraphs and tables, any spans: a valid workbook', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        const { workbook } = mapDocument({ blocks } as DocumentContent);
        expect(rawWorkbookSchema.safeParse(workbook).success).toBe(true);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });

  it('a table that is not a plan table goes to Nhập – chưa xếp, row by row', () => {
    const { workbook, report } = mapDocument({
      blocks: [
        table([
          ['Họ tên', 'Chức vụ'],
          ['Nguyễn Văn A', 'Tổ trưởng'],
        ]),
      ],
    });
    expect(report.unplaced).toBe(2);
    expect(
      sheetValues(workbook, UNPLACED_TAB)
        .slice(1)
        .map((row) => row.slice(2)),
    ).toEqual([
      ['Họ tên', 'Chức vụ'],
      ['Nguyễn Văn A', 'Tổ trưởng'],
    ]);
    expect(infoValues(workbook)['Khung đánh giá']).toEqual(['TT17 tiểu học']);
  });
});
