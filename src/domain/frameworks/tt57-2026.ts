import type { ColumnSpec, Framework, Standard } from './types';
import { mandatoryLevelRule } from './rules';
import { tt57Document } from './tt57-document';
import { standardWithMandatory } from './catalog';

/**
 * Thông tư 57/2026/TT-BGDĐT, Phụ lục II (cơ sở giáo dục phổ thông, incl.
 * tiểu học). In force since 07/7/2026.
 *
 * SOURCE CAVEAT: the official text was not at hand. Everything here comes
 * from ../shared/domain/tt57-2026.md, which transcribes two groups of public
 * repositories ([A] thg68/kiemdinh, [B] Schoolrecords/*). Codes, the 8 ★
 * criteria, the 2 levels and the rule are cross-checked in both; the
 * facts marked LOW-CONFIDENCE below are single-source: correct them here
 * when the official text is available.
 */

const standards: Standard[] = [
  standardWithMandatory(1, 'Quản trị nhà trường và bảo đảm chất lượng', [
    ['1.1', 'Tầm nhìn, sứ mạng/mục tiêu và kế hoạch phát triển', false],
    ['1.2', 'Cơ cấu tổ chức, phân công nhiệm vụ và phối hợp nội bộ', false],
    ['1.3', 'Quản lý kế hoạch, nguồn lực, thông tin và dữ liệu', true],
    // LOW-CONFIDENCE name: [A]'s seed; [B] writes "Tự đánh giá, cải tiến chất lượng, công khai…".
    ['1.4', 'Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình', true],
  ]),
  standardWithMandatory(2, 'Phát triển đội ngũ', [
    ['2.1', 'Cán bộ quản lý cơ sở giáo dục', true],
    ['2.2', 'Giáo viên', true],
    ['2.3', 'Nhân sự hỗ trợ giáo dục', false],
  ]),
  standardWithMandatory(3, 'Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển học sinh', [
    ['3.1', 'Tổ chức thực hiện chương trình giáo dục', true],
    ['3.2', 'Đổi mới phương pháp giáo dục và theo dõi, đánh giá sự phát triển, tiến bộ của học sinh', true],
    ['3.3', 'Tổ chức hoạt động giáo dục và phát triển toàn diện', false],
    ['3.4', 'Quản lý, theo dõi, hỗ trợ học sinh và giáo dục hòa nhập', false],
    ['3.5', 'Kết quả học tập, phát triển, rèn luyện và sự tiến bộ của học sinh', false],
  ]),
  standardWithMandatory(4, 'Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội', [
    // LOW-CONFIDENCE name: [A]'s seed; [B] ends at "…hạ tầng kỹ thuật".
    ['4.1', 'Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động giáo dục', true],
    ['4.2', 'Môi trường giáo dục an toàn, tích cực, hỗ trợ phát triển học sinh', true],
    ['4.3', 'Phối hợp với gia đình, cộng đồng và tổ chức liên quan', false],
  ]),
];

/**
 * Columns of the TT57 standard tabs: Biểu 2, Phụ lục V, section V's
 * columns (2)–(10). MEDIUM-CONFIDENCE long headings: [B1]'s template only;
 * the aliases are [B2]'s and [A]'s short labels.
 */
const tt57StandardColumns: ColumnSpec[] = [
  { key: 'tt', header: 'TT', aliases: ['STT'], width: 40, required: false },
  { key: 'criterion', header: 'Tiêu chí', aliases: [], width: 180, required: true },
  { key: 'currentLevel', header: 'Mức hiện tại', aliases: ['Kết quả tự đánh giá'], width: 90, required: true },
  { key: 'content', header: 'Nội dung cải tiến', aliases: ['Nội dung'], width: 200, required: false },
  { key: 'goal', header: 'Mục tiêu cải tiến', aliases: ['Mục tiêu'], width: 200, required: false },
  { key: 'actions', header: 'Hoạt động/giải pháp', aliases: ['Hoạt động, giải pháp'], width: 240, required: true },
  { key: 'indicator', header: 'Chỉ số đánh giá kết quả', aliases: [], width: 180, required: false },
  { key: 'time', header: 'Thời gian thực hiện', aliases: ['Thời gian'], width: 130, required: true },
  {
    key: 'responsible',
    header: 'Đơn vị/cá nhân phụ trách',
    aliases: ['Phụ trách'],
    width: 150,
    required: true,
  },
  { key: 'budget', header: 'Nguồn lực bảo đảm', aliases: ['Nguồn lực', 'Kinh phí'], width: 140, required: false },
  {
    key: 'evidence',
    header: 'Thông tin, dữ liệu hoặc minh chứng dự kiến',
    aliases: ['Minh chứng dự kiến'],
    width: 180,
    required: false,
  },
  { key: 'progress', header: 'Mức độ thực hiện', aliases: [], width: 130, required: false },
  { key: 'notes', header: 'Ghi chú', aliases: [], width: 120, required: false },
];

export const tt57: Framework = {
  id: 'TT57/2026',
  title: 'Thông tư 57/2026/TT-BGDĐT',
  aliases: ['TT57/2026', 'TT57', 'TT 57', 'Thông tư 57/2026', 'Thông tư 57', '57/2026/TT-BGDĐT', 'Thông tư 57/2026/TT-BGDĐT'],
  legalBasis: 'Thông tư số 57/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo (hiệu lực từ ngày 07/7/2026)',
  levels: [
    { level: 1, label: 'Mức 1' },
    { level: 2, label: 'Mức 2' },
  ],
  standards,
  standardTabPrefix: 'Tiêu chuẩn',
  standardColumns: tt57StandardColumns,
  requirements: null,
  // khoản 3 Điều 5: all 8 ★ and at least 5 of the other 7 (cross-checked [A]+[B]).
  levelRule: mandatoryLevelRule(5),
  levelRuleData: { kind: 'mandatory', minOthers: 5 },
  describeSchoolLevel: (schoolLevel) => {
    // khoản 2 Điều 16 (single source [B]): Mức 1 ↔ chuẩn quốc gia Mức độ 1, Mức 2 ↔ Mức độ 2.
    if (schoolLevel >= 2) return 'đáp ứng điều kiện về mức bảo đảm chất lượng để xem xét công nhận trường đạt chuẩn quốc gia Mức độ 2';
    if (schoolLevel === 1) return 'đáp ứng điều kiện về mức bảo đảm chất lượng để xem xét công nhận trường đạt chuẩn quốc gia Mức độ 1';
    return 'chưa đủ điều kiện để xem xét công nhận trường đạt chuẩn quốc gia';
  },
  everyCriterionNeedsAction: false,
  // A UI choice of [B], not shown to be in the form (domain note §4).
  progressValues: ['Hoàn thành', 'Đang thực hiện', 'Chưa hoàn thành'],
  extraTables: [
    {
      tabName: 'Vấn đề trọng tâm',
      anchorKey: 'standard',
      requiredRows: null,
      columns: [
        { key: 'tt', header: 'TT', aliases: ['STT'], width: 40, required: false },
        { key: 'standard', header: 'Tiêu chuẩn', aliases: [], width: 120, required: true },
        { key: 'criteria', header: 'Tiêu chí liên quan', aliases: ['Tiêu chí liên quan (nếu có)'], width: 120, required: false },
        { key: 'status', header: 'Đánh giá hiện trạng', aliases: [], width: 220, required: true },
        { key: 'weakness', header: 'Điểm hạn chế', aliases: [], width: 220, required: true },
        { key: 'cause', header: 'Nguyên nhân', aliases: ['Nguyên nhân của hạn chế'], width: 220, required: false },
      ],
    },
    {
      tabName: 'Theo dõi',
      anchorKey: 'when',
      // Exactly two reviews a year (cross-checked [A]+[B]).
      requiredRows: { key: 'when', values: ['Cuối học kỳ I', 'Cuối năm học'] },
      columns: [
        { key: 'when', header: 'Thời điểm', aliases: [], width: 120, required: true },
        { key: 'content', header: 'Nội dung theo dõi', aliases: [], width: 240, required: true },
        { key: 'result', header: 'Kết quả thực hiện', aliases: [], width: 240, required: false },
        { key: 'adjustment', header: 'Điều chỉnh (nếu có)', aliases: ['Điều chỉnh'], width: 200, required: false },
        { key: 'reviewer', header: 'Người đánh giá', aliases: [], width: 150, required: false },
      ],
    },
  ],
  document: tt57Document,
  // Phụ lục II covers every cơ sở giáo dục phổ thông, multi-level schools included (../shared/domain/tt57-2026.md §2).
  scope: { schoolTypes: ['tieuHoc', 'thcs', 'thpt', 'nhieuCapHoc'], firstSchoolYear: 2026, lastSchoolYear: null, inForceFrom: '07/7/2026' },
};
