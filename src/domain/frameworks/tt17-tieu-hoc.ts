import type { ColumnSpec, Framework, Standard } from './types';
import { cumulativeLevelRule } from './rules';
import { tt17Document } from './tt17-document';
import { standardWithLevels } from './catalog';

/**
 * Thông tư 17/2018/TT-BGDĐT, cấp tiểu học (amended by TT 22/2024).
 * Source: ../shared/domain/tt17-tieu-hoc.md. 27 criteria, all with Mức 1
 * and Mức 2; the 19 marked `3` also have Mức 3.
 */

const standards: Standard[] = [
  standardWithLevels(1, 'Tổ chức và quản lý nhà trường', [
    ['1.1', 'Phương hướng, chiến lược xây dựng và phát triển nhà trường', 3],
    ['1.2', 'Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác', 2],
    ['1.3', 'Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường', 3],
    ['1.4', 'Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng', 3],
    ['1.5', 'Khối lớp và tổ chức lớp học', 2],
    ['1.6', 'Quản lý hành chính, tài chính và tài sản', 3],
    ['1.7', 'Quản lý cán bộ, giáo viên và nhân viên', 2],
    ['1.8', 'Quản lý các hoạt động giáo dục', 2],
    ['1.9', 'Thực hiện quy chế dân chủ cơ sở', 2],
    ['1.10', 'Đảm bảo an ninh trật tự, an toàn trường học', 2],
  ]),
  standardWithLevels(2, 'Cán bộ quản lý, giáo viên, nhân viên và học sinh', [
    ['2.1', 'Đối với hiệu trưởng, phó hiệu trưởng', 3],
    ['2.2', 'Đối với giáo viên', 3],
    ['2.3', 'Đối với nhân viên', 3],
    ['2.4', 'Đối với học sinh', 3],
  ]),
  standardWithLevels(3, 'Cơ sở vật chất và thiết bị dạy học', [
    ['3.1', 'Khuôn viên, khu sân chơi, sân tập', 3],
    ['3.2', 'Phòng học', 3],
    ['3.3', 'Khối phòng phục vụ học tập và khối phòng hành chính - quản trị', 3],
    ['3.4', 'Khu vệ sinh, hệ thống cấp thoát nước', 2],
    ['3.5', 'Thiết bị', 3],
    ['3.6', 'Thư viện', 3],
  ]),
  standardWithLevels(4, 'Quan hệ giữa nhà trường, gia đình và xã hội', [
    ['4.1', 'Ban đại diện cha mẹ học sinh', 3],
    ['4.2', 'Công tác tham mưu cấp ủy Đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường', 3],
  ]),
  standardWithLevels(5, 'Hoạt động giáo dục và kết quả giáo dục', [
    ['5.1', 'Kế hoạch giáo dục của nhà trường', 2],
    ['5.2', 'Thực hiện Chương trình giáo dục phổ thông cấp tiểu học', 3],
    ['5.3', 'Thực hiện các hoạt động giáo dục khác', 3],
    ['5.4', 'Công tác phổ cập giáo dục tiểu học', 3],
    ['5.5', 'Kết quả giáo dục', 3],
  ]),
];

/** Columns of `Tiêu chuẩn N` tabs (workbook spec, "Standard tabs and Mức 4"). */
export const tt17StandardColumns: ColumnSpec[] = [
  { key: 'tt', header: 'TT', aliases: ['STT'], width: 40, required: false },
  { key: 'criterion', header: 'Tiêu chí', aliases: [], width: 200, required: true },
  {
    key: 'currentLevel',
    header: 'Mức hiện tại',
    aliases: ['Mức đạt được', 'Kết quả tự đánh giá'],
    width: 90,
    required: true,
  },
  { key: 'targetLevel', header: 'Mức phấn đấu', aliases: ['Mức cần đạt'], width: 90, required: false },
  {
    key: 'expectedResult',
    header: 'Kết quả cần đạt',
    aliases: ['Kết quả cần đạt (so với hiện trạng)'],
    width: 220,
    required: false,
  },
  {
    key: 'actions',
    header: 'Công việc, giải pháp',
    aliases: ['Công việc/giải pháp cần thực hiện', 'Giải pháp'],
    width: 260,
    required: true,
  },
  {
    key: 'responsible',
    header: 'Chủ trì, phối hợp',
    aliases: ['Chủ trì và phối hợp thực hiện', 'Người thực hiện'],
    width: 160,
    required: true,
  },
  {
    key: 'time',
    header: 'Thời gian',
    aliases: ['Thời gian thực hiện và hoàn thành', 'Thời gian thực hiện'],
    width: 140,
    required: true,
  },
  { key: 'budget', header: 'Kinh phí', aliases: ['Dự kiến kinh phí'], width: 110, required: false },
  {
    key: 'support',
    header: 'Điều kiện hỗ trợ khác',
    aliases: ['Điều kiện hỗ trợ'],
    width: 140,
    required: false,
  },
  { key: 'notes', header: 'Ghi chú', aliases: [], width: 120, required: false },
];

/** Columns of the `Mức 4` tab: the same, with `Đạt` / `Không đạt` as the level. */
const tt17RequirementColumns: ColumnSpec[] = tt17StandardColumns.filter((column) => column.key !== 'targetLevel');

export const tt17TieuHoc: Framework = {
  id: 'TT17 tiểu học',
  title: 'Thông tư 17/2018/TT-BGDĐT (tiểu học)',
  aliases: ['TT17 tiểu học', 'TT17', 'TT 17', 'Thông tư 17/2018', 'Thông tư 17', '17/2018/TT-BGDĐT', 'Thông tư 17/2018/TT-BGDĐT'],
  legalBasis: 'Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo',
  levels: [
    { level: 1, label: 'Mức 1' },
    { level: 2, label: 'Mức 2' },
    { level: 3, label: 'Mức 3' },
    { level: 4, label: 'Mức 4' },
  ],
  standards,
  standardTabPrefix: 'Tiêu chuẩn',
  standardColumns: tt17StandardColumns,
  requirements: {
    tabName: 'Mức 4',
    level: 4,
    columns: tt17RequirementColumns,
    items: [
      {
        number: 1,
        text: 'Kế hoạch giáo dục tham khảo chương trình giáo dục tiên tiến của các nước trong khu vực và thế giới theo quy định, phù hợp, hiệu quả.',
      },
      {
        number: 2,
        text: '100% học sinh có hoàn cảnh khó khăn, học sinh có năng khiếu hoàn thành mục tiêu giáo dục dành cho từng cá nhân.',
      },
      {
        number: 3,
        text: 'Thư viện có hạ tầng công nghệ thông tin hiện đại, kết nối Internet; tài liệu truyền thống và tài liệu số phong phú.',
      },
      {
        number: 4,
        text: 'Trong 05 năm liên tiếp, hoàn thành tất cả các mục tiêu theo phương hướng, chiến lược phát triển nhà trường.',
      },
      {
        number: 5,
        text: 'Trong 05 năm liên tiếp, có ít nhất 02 năm có kết quả giáo dục, các hoạt động khác vượt trội so với các trường có điều kiện tương đồng, được ghi nhận.',
      },
    ],
  },
  levelRule: cumulativeLevelRule,
  levelRuleData: { kind: 'cumulative' },
  describeSchoolLevel: (schoolLevel) => {
    // Điều 37: kiểm định Mức 2 → chuẩn quốc gia Mức độ 1; Mức 3 or 4 → Mức độ 2.
    if (schoolLevel >= 3) return 'đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia Mức độ 2';
    if (schoolLevel === 2) return 'đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia Mức độ 1';
    return 'chưa đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia';
  },
  everyCriterionNeedsAction: true,
  progressValues: [],
  extraTables: [],
  document: tt17Document,
  // Past school years up to 2025-2026; TT57/2026 takes over from 2026-2027 (../shared/domain/tt57-2026.md).
  scope: { schoolTypes: ['tieuHoc'], firstSchoolYear: null, lastSchoolYear: 2025 },
};
