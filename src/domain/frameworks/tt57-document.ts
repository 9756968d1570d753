import type { DocumentSpec, SectionSpec } from '../document/spec';
import { textSectionsOf } from '../document/spec';

/**
 * The TT57 plan: Biểu 2, Phụ lục V (Điều 10), A4 landscape for its
 * 10-column table. Source: ../shared/domain/tt57-2026.md §4.
 *
 * SOURCE CAVEAT (one place to correct when the official text is at hand):
 *  - the section sequence I–VIII and the table columns are cross-checked
 *    in [A] thg68/kiemdinh and [B] Schoolrecords (HIGH confidence);
 *  - the long column headings and the text of sections I–VIII are [B1]'s
 *    template only (MEDIUM confidence); the default texts below paraphrase
 *    it, except III.2.b, which is quoted as the note gives it;
 *  - the title of Thông tư 57/2026 in section II is from the note's summary
 *    of its subject, not from the official text.
 */
const sections: SectionSpec[] = [
  {
    heading: 'I. THÔNG TIN CHUNG',
    parts: [
      {
        kind: 'text',
        text: ['1. Tên cơ sở giáo dục: {Tên trường}.', '2. Loại hình: {Loại hình}.', '3. Địa chỉ: {Địa chỉ}.'],
      },
    ],
  },
  {
    heading: 'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
    parts: [
      {
        kind: 'text',
        text: [
          '- Thông tư số 57/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo về bảo đảm chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia;',
          '- Báo cáo tự đánh giá năm học {Năm học} của {Tên trường};',
          '- Kết quả rà soát việc thực hiện kế hoạch cải tiến chất lượng năm học trước;',
          '- Kế hoạch giáo dục năm học {Năm học} và kế hoạch phát triển nhà trường;',
          '- Các văn bản khác có liên quan (nếu có).',
        ],
      },
      { kind: 'levelSummary', intro: 'Kết quả tự đánh giá của nhà trường (khoản 3 Điều 5):' },
    ],
  },
  {
    heading: 'III. MỤC ĐÍCH, YÊU CẦU',
    parts: [
      {
        kind: 'text',
        text: [
          '1. Mục đích',
          'a) Cải tiến chất lượng giáo dục của nhà trường trên cơ sở kết quả tự đánh giá, tập trung vào các vấn đề ưu tiên;',
          'b) Duy trì, nâng cao mức bảo đảm chất lượng giáo dục của nhà trường;',
          'c) Làm căn cứ để theo dõi, giám sát, đánh giá việc thực hiện và xây dựng báo cáo tự đánh giá năm học tiếp theo.',
          '2. Yêu cầu',
          'a) Kế hoạch được xây dựng trên cơ sở kết quả tự đánh giá, phù hợp với điều kiện thực tế của nhà trường;',
          'b) Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên;',
          'c) Xác định rõ nội dung, mục tiêu, biện pháp, thời gian, nguồn lực, trách nhiệm thực hiện và kết quả cần đạt;',
          'd) Có chỉ số đánh giá kết quả và thông tin, dữ liệu, minh chứng dự kiến để theo dõi, đánh giá;',
          'đ) Được công khai đến cán bộ, giáo viên, nhân viên và được rà soát, điều chỉnh kịp thời.',
        ],
      },
    ],
  },
  {
    heading: 'IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN',
    parts: [
      {
        kind: 'extraTable',
        table: {
          tabName: 'Vấn đề trọng tâm',
          blankRows: 2,
          // Widths in mm of the 252 mm between NĐ30 margins on A4 landscape.
          columns: [
            { header: 'TT', width: 9, source: { kind: 'number' }, align: 'center' },
            { header: 'Tiêu chuẩn', width: 35, source: { kind: 'field', keys: ['standard'], standard: true } },
            { header: 'Tiêu chí liên quan (nếu có)', width: 30, source: { kind: 'field', keys: ['criteria'] } },
            { header: 'Đánh giá hiện trạng', width: 60, source: { kind: 'field', keys: ['status'] } },
            { header: 'Điểm hạn chế', width: 60, source: { kind: 'field', keys: ['weakness'] } },
            { header: 'Nguyên nhân của hạn chế', width: 58, source: { kind: 'field', keys: ['cause'] } },
          ],
        },
      },
      { kind: 'note', text: 'Ghi chú: Chỉ lựa chọn các vấn đề ưu tiên cần cải tiến, không liệt kê toàn bộ các tiêu chí.' },
    ],
  },
  {
    heading: 'V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG',
    parts: [
      {
        kind: 'planTable',
        table: {
          columns: [
            { header: 'TT', width: 9, source: { kind: 'number' }, align: 'center' },
            { header: 'Nội dung cải tiến', width: 34, source: { kind: 'field', keys: ['content'], leadWithCriterion: true } },
            { header: 'Mục tiêu cải tiến', width: 30, source: { kind: 'field', keys: ['goal'] } },
            { header: 'Hoạt động/giải pháp', width: 38, source: { kind: 'field', keys: ['actions'] } },
            { header: 'Chỉ số đánh giá kết quả', width: 28, source: { kind: 'field', keys: ['indicator'] } },
            { header: 'Thời gian thực hiện', width: 20, source: { kind: 'field', keys: ['time'] } },
            { header: 'Đơn vị/cá nhân phụ trách', width: 24, source: { kind: 'field', keys: ['responsible'] }, growInto: true },
            { header: 'Nguồn lực bảo đảm', width: 22, source: { kind: 'field', keys: ['budget'], money: true } },
            { header: 'Thông tin, dữ liệu hoặc minh chứng dự kiến', width: 27, source: { kind: 'field', keys: ['evidence'] }, shrinkWhenEmpty: true },
            { header: 'Mức độ thực hiện', width: 20, source: { kind: 'field', keys: ['progress'] }, shrinkWhenEmpty: true },
          ],
          numberedHeadings: true,
          criteriaGroupLabel: null,
          standardLabel: 'Tiêu chuẩn {number}. {name}',
          // Priorities only (Yêu cầu b): a criterion without an improvement row is left out.
          include: 'withContent',
          emptyStandardNote: null,
          requirementGroupLabel: null,
          criterionLabel: 'Tiêu chí {code}: {name}',
          requirementLabel: 'Tiêu chí {number}: {text}',
        },
      },
    ],
  },
  {
    heading: 'VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)',
    parts: [
      {
        kind: 'extraTable',
        table: {
          tabName: 'Theo dõi',
          blankRows: 2,
          columns: [
            { header: 'Thời điểm', width: 35, source: { kind: 'field', keys: ['when'] } },
            { header: 'Nội dung theo dõi', width: 70, source: { kind: 'field', keys: ['content'] } },
            { header: 'Kết quả thực hiện', width: 60, source: { kind: 'field', keys: ['result'] } },
            { header: 'Điều chỉnh (nếu có)', width: 50, source: { kind: 'field', keys: ['adjustment'] } },
            { header: 'Người đánh giá', width: 37, source: { kind: 'field', keys: ['reviewer'] } },
          ],
        },
      },
    ],
  },
  {
    heading: 'VII. TỔ CHỨC THỰC HIỆN',
    parts: [
      {
        kind: 'text',
        text: [
          '1. Người đứng đầu cơ sở giáo dục: chỉ đạo, phân công, bố trí nguồn lực thực hiện kế hoạch; chịu trách nhiệm về kết quả cải tiến chất lượng của nhà trường.',
          '2. Hội đồng tự đánh giá: theo dõi, giám sát việc thực hiện kế hoạch; tổng hợp kết quả, đề xuất điều chỉnh.',
          '3. Các tổ chuyên môn và bộ phận liên quan: triển khai các hoạt động, giải pháp được phân công; thu thập thông tin, dữ liệu, minh chứng; báo cáo kết quả thực hiện.',
        ],
      },
    ],
  },
  {
    heading: 'VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO',
    parts: [
      {
        kind: 'text',
        text: [
          'a) Việc thực hiện kế hoạch được rà soát, đánh giá ít nhất 02 lần trong năm học (cuối học kỳ I và cuối năm học);',
          'b) Kết quả thực hiện kế hoạch là căn cứ để xây dựng báo cáo tự đánh giá và kế hoạch cải tiến chất lượng năm học tiếp theo;',
          'c) Kết quả thực hiện được công khai, minh bạch; nhà trường thực hiện trách nhiệm giải trình theo quy định.',
          'Trên đây là Kế hoạch cải tiến chất lượng giáo dục năm học {Năm học} của {Tên trường}./.',
        ],
      },
    ],
  },
];

export const tt57Document: DocumentSpec = {
  orientation: 'landscape',
  subject: 'Cải tiến chất lượng giáo dục năm học {Năm học}',
  fileName: 'Kế hoạch cải tiến chất lượng năm học {Năm học} - {Tên trường}',
  signerTitle: 'HIỆU TRƯỞNG',
  sections,
  textSections: textSectionsOf(sections),
};
