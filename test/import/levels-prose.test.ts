/**
 * A plan that states its levels only in sentences (issue 15, "levels from
 * prose"): what the sentences settle is written, what they do not is left
 * blank and reported with the figure the document gives, and the least
 * level a figure like `Mức 1: đạt 27/27` guarantees is reported too.
 */
import { describe, expect, it } from 'vitest';
import type { ContentBlock, DocumentContent } from '../../src/domain/import/content';
import { mapDocument } from '../../src/domain/import/map';
import { levelsByCode } from './helpers';

const TT17_TABS = ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Mức 4'];
const TT57_TABS = ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4'];

/** TT17 criteria whose highest level is Mức 2 (the framework's data); every other one reaches Mức 3. */
const TT17_TWO_LEVELS = ['1.2', '1.5', '1.7', '1.8', '1.9', '1.10', '3.4', '5.1'];

const paragraph = (text: string): ContentBlock => ({ type: 'paragraph', text });
const table = (rows: string[][]): ContentBlock => ({
  type: 'table',
  rows: rows.map((row) => row.map((text) => ({ paragraphs: text.split('\n'), colSpan: 1, rowSpan: 1 }))),
});

/** A TT17 plan whose improvement table carries no level: the levels are only in section II's sentences. */
function tt17Plan(sentences: string[]): DocumentContent {
  return {
    blocks: [
      paragraph('TRƯỜNG TIỂU HỌC PHƯỚC HÒA'),
      paragraph('KẾ HOẠCH'),
      paragraph('Cải tiến chất lượng giáo dục năm học 2025 - 2026'),
      paragraph('- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;'),
      paragraph('II. KẾT QUẢ TỰ ĐÁNH GIÁ'),
      ...sentences.map(paragraph),
      paragraph('III. KẾ HOẠCH CẢI TIẾN'),
      table([
        ['TT', 'Tiêu chí', 'Kết quả cần đạt', 'Công việc/giải pháp cần thực hiện', 'Chủ trì, phối hợp', 'Thời gian thực hiện'],
        [
          '1',
          'Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường',
          'Phương hướng được rà soát',
          'Rà soát phương hướng giai đoạn 2025-2030',
          'Hiệu trưởng',
          'Tháng 10/2025',
        ],
      ]),
    ],
  };
}

/** A TT57 Biểu 2 whose levels are in the prose of its first sections, figure first. */
function tt57Plan(sentences: string[]): DocumentContent {
  return {
    blocks: [
      paragraph('TRƯỜNG TIỂU HỌC BÌNH AN'),
      paragraph('KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC'),
      paragraph('Năm học 2026 - 2027'),
      paragraph('- Thông tư số 57/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo;'),
      ...sentences.map(paragraph),
      table([
        ['TT', 'Tiêu chí', 'Nội dung cải tiến', 'Mục tiêu cải tiến', 'Hoạt động/giải pháp', 'Thời gian thực hiện'],
        ['1', 'Tiêu chí 1.1', 'Kế hoạch chiến lược', 'Cập nhật kế hoạch', 'Tổ chức hội nghị lấy ý kiến', 'Tháng 10/2026'],
      ]),
    ],
  };
}

const allOf = (framework: 'TT17' | 'TT57'): string[] =>
  framework === 'TT17'
    ? [
        '1.1',
        '1.2',
        '1.3',
        '1.4',
        '1.5',
        '1.6',
        '1.7',
        '1.8',
        '1.9',
        '1.10',
        '2.1',
        '2.2',
        '2.3',
        '2.4',
        '3.1',
        '3.2',
        '3.3',
        '3.4',
        '3.5',
        '3.6',
        '4.1',
        '4.2',
        '5.1',
        '5.2',
        '5.3',
        '5.4',
        '5.5',
      ]
    : ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '3.5', '4.1', '4.2', '4.3'];

interface Case {
  name: string;
  content: DocumentContent;
  tabs: string[];
  /** Criterion (or `Mức 4/N`) → the level written; every other one is blank. */
  levels: Record<string, string>;
  /** Fragments each expected among the report's level notes. */
  notes: string[];
}

const threeLevels = allOf('TT17').filter((code) => !TT17_TWO_LEVELS.includes(code));

const cases: Case[] = [
  {
    name: 'TT17: Mức 1 all met, Mức 2 with its list, Mức 3 and Mức 4 as bare figures',
    content: tt17Plan([
      '- Mức 1: Tổng số 27 tiêu chí, đạt 27/27, tỉ lệ 100%;',
      '- Mức 2: Tổng số 27 tiêu chí, đạt 25/27; tiêu chí không đạt: 2 (tiêu chí 1.5, 3.4);',
      '- Mức 3: Tổng số 19 tiêu chí, đạt 12/19, tỉ lệ 63,2%;',
      '- Mức 4: Tổng số 5 yêu cầu, trong đó số yêu cầu đạt 2/5, tỉ lệ 40%.',
    ]),
    tabs: TT17_TABS,
    levels: { '1.5': 'Mức 1', '3.4': 'Mức 1', '1.2': 'Mức 2', '1.7': 'Mức 2', '1.8': 'Mức 2', '1.9': 'Mức 2', '1.10': 'Mức 2', '5.1': 'Mức 2' },
    notes: [
      'Mức 3: văn bản ghi đạt 12/19 tiêu chí nhưng không nêu tiêu chí nào chưa đạt',
      'Mức 4: văn bản ghi đạt 2/5 yêu cầu nhưng không nêu yêu cầu nào chưa đạt',
      `Tiêu chí ${threeLevels.join(', ')}: theo văn bản đạt ít nhất Mức 2`,
    ],
  },
  {
    name: 'TT17: only "Mức 1: đạt 27/27": no level is known, every criterion is at least Mức 1',
    content: tt17Plan(['Mức 1: đạt 27/27 tiêu chí.']),
    tabs: TT17_TABS,
    levels: {},
    notes: [`Tiêu chí ${allOf('TT17').join(', ')}: theo văn bản đạt ít nhất Mức 1`],
  },
  {
    name: 'TT17: "Mức 2: đạt 0/27" after all of Mức 1 settles every criterion at Mức 1',
    content: tt17Plan(['- Mức 1: đạt 27/27;', '- Mức 2: đạt 0/27;']),
    tabs: TT17_TABS.slice(0, 5),
    levels: Object.fromEntries(allOf('TT17').map((code) => [code, 'Mức 1'])),
    notes: [],
  },
  {
    name: 'TT57: "Số tiêu chí đạt Mức 1: 15/15" and "6/15 tiêu chí đạt Mức 2" in the prose',
    content: tt57Plan(['Kết quả tự đánh giá: số tiêu chí đạt Mức 1: 15/15; có 6/15 tiêu chí đạt Mức 2.']),
    tabs: TT57_TABS,
    levels: {},
    notes: [
      'Mức 2: văn bản ghi đạt 6/15 tiêu chí nhưng không nêu tiêu chí nào chưa đạt',
      `Tiêu chí ${allOf('TT57').join(', ')}: theo văn bản đạt ít nhất Mức 1`,
    ],
  },
  {
    name: 'TT57: both levels all met, figure first, settle every criterion at Mức 2',
    content: tt57Plan(['- 15/15 tiêu chí đạt Mức 1;', '- 15/15 tiêu chí đạt Mức 2.']),
    tabs: TT57_TABS,
    levels: Object.fromEntries(allOf('TT57').map((code) => [code, 'Mức 2'])),
    notes: [],
  },
];

describe('levels stated only in sentences', () => {
  it.each(cases)('$name', ({ content, tabs, levels, notes }) => {
    const { workbook, report } = mapDocument(content);
    const written = levelsByCode(workbook, tabs);
    const stated = Object.fromEntries(Object.entries(written).filter(([, level]) => level !== ''));
    expect(stated).toEqual(levels);
    // Every criterion not settled is listed as missing, and none that is.
    const missingCriteria = report.levelsMissing.filter((code) => !code.startsWith('Mức 4'));
    expect(missingCriteria.sort()).toEqual(
      Object.keys(written)
        .filter((code) => !code.startsWith('Mức 4') && written[code] === '')
        .sort(),
    );
    for (const note of notes)
      expect(
        report.levelNotes.some((line) => line.includes(note)),
        note,
      ).toBe(true);
    expect(report.levelNotes).toHaveLength(notes.length);
  });
});
