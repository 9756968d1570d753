import type { DocumentSpec, SectionSpec } from '../document/spec';
import { textSectionsOf } from '../document/spec';

/**
 * The TT17 plan (kế hoạch cải tiến chất lượng, tiểu học): A4 portrait with
 * the full 9-column table, as the real plans have it
 * (../shared/domain/nd30-document.md). Sections I–VI; the free text of I,
 * II, III, V and VI is a default the school may replace in `Nội dung văn
 * bản`. The legal bases cited below (TT17 of 22/8/2018 and CV 5932) come
 * from ../shared/domain/tt17-tieu-hoc.md: check them against the official
 * text before relying on the wording.
 */
const sections: SectionSpec[] = [
  {
    heading: 'I. MỤC ĐÍCH, YÊU CẦU',
    parts: [
      {
        kind: 'text',
        text: [
          '1. Mục đích',
          '- Cải tiến chất lượng giáo dục của nhà trường trên cơ sở kết quả tự đánh giá; phát huy điểm mạnh, khắc phục điểm yếu của từng tiêu chí.',
          '- Duy trì và nâng cao mức đạt kiểm định chất lượng giáo dục, từng bước đáp ứng các yêu cầu của trường đạt chuẩn quốc gia.',
          '- Làm căn cứ để nhà trường xây dựng kế hoạch năm học, huy động các nguồn lực và theo dõi, đánh giá việc thực hiện.',
          '2. Yêu cầu',
          '- Các nội dung cải tiến bám sát điểm yếu đã nêu trong báo cáo tự đánh giá, cụ thể, khả thi, phù hợp với điều kiện thực tế của nhà trường.',
          '- Mỗi công việc, giải pháp có người chủ trì, người phối hợp, thời gian thực hiện và hoàn thành, dự kiến kinh phí rõ ràng.',
          '- Cán bộ, giáo viên, nhân viên nhà trường nghiêm túc thực hiện; định kỳ rà soát, điều chỉnh kế hoạch cho phù hợp.',
        ],
      },
    ],
  },
  {
    heading: 'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
    parts: [
      {
        kind: 'text',
        text: [
          '- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường tiểu học;',
          '- Công văn số 5932/BGDĐT-QLCL của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài cơ sở giáo dục phổ thông;',
          '- Báo cáo tự đánh giá của {Tên trường};',
          '- Kế hoạch giáo dục năm học {Năm học} của {Tên trường}.',
        ],
      },
      { kind: 'levelSummary', intro: 'Kết quả tự đánh giá của nhà trường như sau:' },
    ],
  },
  {
    heading: 'III. MỤC TIÊU CẢI TIẾN',
    parts: [
      {
        kind: 'text',
        text: [
          '- Duy trì kết quả các tiêu chí đã đạt; khắc phục điểm yếu để các tiêu chí chưa đạt đạt mức cao hơn trong năm học {Năm học}.',
          '- Phấn đấu giữ vững và nâng cao mức đạt kiểm định chất lượng giáo dục, đáp ứng yêu cầu trường đạt chuẩn quốc gia.',
        ],
      },
      {
        kind: 'notMet',
        intro: 'Các tiêu chí cần tập trung cải tiến (theo kết quả tự đánh giá):',
        levelLabel: '- Chưa đạt Mức {level}: tiêu chí {codes};',
        requirementLabel: '- Chưa đạt Mức {level}: yêu cầu {codes} (Điều 22);',
        none: '- Các tiêu chí đều đã đạt mức cao nhất; nhà trường tập trung duy trì kết quả.',
      },
    ],
  },
  {
    heading: 'IV. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG',
    parts: [
      {
        kind: 'planTable',
        table: {
          // Widths in mm of the 165 mm between NĐ30 margins on A4 portrait.
          columns: [
            { header: 'TT', width: 8, source: { kind: 'number' }, align: 'center' },
            { header: 'Tiêu chí', width: 28, source: { kind: 'criterion' } },
            {
              header: 'Kết quả cần đạt (so với hiện trạng)',
              width: 26,
              source: {
                kind: 'field',
                keys: ['expectedResult'],
                levelNote: { change: 'Từ {current} lên {target}', same: 'Duy trì {current}', current: 'Hiện trạng: {current}' },
              },
            },
            { header: 'Công việc/giải pháp cần thực hiện', width: 31, source: { kind: 'field', keys: ['actions'] } },
            { header: 'Chủ trì và phối hợp thực hiện', width: 19, source: { kind: 'field', keys: ['responsible'] }, growInto: true },
            { header: 'Thời gian thực hiện và hoàn thành', width: 16, source: { kind: 'field', keys: ['time'] } },
            { header: 'Dự kiến kinh phí', width: 14, source: { kind: 'field', keys: ['budget'], money: true } },
            { header: 'Điều kiện hỗ trợ khác', width: 13, source: { kind: 'field', keys: ['support'] }, shrinkWhenEmpty: true },
            { header: 'Ghi chú', width: 10, source: { kind: 'field', keys: ['notes'] }, shrinkWhenEmpty: true },
          ],
          numberedHeadings: false,
          criteriaGroupLabel: 'MỨC 1, 2, 3',
          standardLabel: 'Tiêu chuẩn {number}. {name}',
          // Real plans list only the criteria they act on; section II already gives every criterion's result.
          include: 'withContent',
          emptyStandardNote: 'Không có tiêu chí nào của tiêu chuẩn này trong bảng tính.',
          requirementGroupLabel: 'MỨC 4',
          criterionLabel: 'Tiêu chí {code}: {name}',
          requirementLabel: 'Tiêu chí {number}: {text}',
        },
      },
    ],
  },
  {
    heading: 'V. KINH PHÍ THỰC HIỆN',
    parts: [
      { kind: 'budget', intro: '- Tổng kinh phí dự kiến: {total};', lineLabel: '- {label}: {amount};' },
      {
        kind: 'text',
        text: ['- Nguồn kinh phí: ngân sách nhà nước giao cho nhà trường, nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định.'],
      },
    ],
  },
  {
    heading: 'VI. TỔ CHỨC THỰC HIỆN',
    parts: [
      {
        kind: 'text',
        text: [
          '1. Hiệu trưởng',
          '- Chỉ đạo, phân công thực hiện kế hoạch; bố trí kinh phí, điều kiện cần thiết; định kỳ kiểm tra, đánh giá và điều chỉnh kế hoạch.',
          '2. Phó hiệu trưởng',
          '- Chỉ đạo các tổ chuyên môn thực hiện các nội dung cải tiến về hoạt động giáo dục; tổng hợp, báo cáo kết quả theo học kỳ.',
          '3. Tổ trưởng chuyên môn, tổ văn phòng',
          '- Xây dựng kế hoạch của tổ gắn với các nội dung cải tiến được phân công; theo dõi, báo cáo tiến độ thực hiện.',
          '4. Cán bộ, giáo viên, nhân viên',
          '- Thực hiện các công việc được giao trong kế hoạch; lưu giữ minh chứng phục vụ tự đánh giá năm học tiếp theo.',
          'Trên đây là Kế hoạch cải tiến chất lượng giáo dục năm học {Năm học} của {Tên trường}. Trong quá trình thực hiện, nếu có vướng mắc, các bộ phận báo cáo Hiệu trưởng để kịp thời điều chỉnh./.',
        ],
      },
    ],
  },
];

export const tt17Document: DocumentSpec = {
  orientation: 'portrait',
  subject: 'Cải tiến chất lượng giáo dục năm học {Năm học}',
  fileName: 'Kế hoạch cải tiến chất lượng năm học {Năm học} - {Tên trường}',
  signerTitle: 'HIỆU TRƯỞNG',
  sections,
  textSections: textSectionsOf(sections),
};
