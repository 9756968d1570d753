import type { Framework, Standard } from './types';
import { cumulativeLevelRule } from './rules';
import { tt17StandardColumns } from './tt17-tieu-hoc';
import { tt18Document } from './tt18-document';
import { standardWithLevels } from './catalog';

/**
 * Thông tư 18/2018/TT-BGDĐT: kiểm định chất lượng giáo dục and chuẩn quốc
 * gia for trường THCS, trường THPT and trường phổ thông có nhiều cấp học.
 * Used for school years up to 2025-2026 (TT57/2026 from 2026-2027).
 *
 * LOW-CONFIDENCE unless marked otherwise: the official text was not at
 * hand. The 28 criteria, their names and which have a Mức 3 come from ONE
 * public source, a self-assessment report generator that quotes each
 * criterion's Mức 1/2/3 text (docs/frameworks/tt18-2018.md, [M1]).
 * Cross-checked in a second source: the 5 standard names ([P4]), the names
 * of 1.1 and 1.3 ([P5]), 5.1's name and its Mức 3 ([P6]). Correct here
 * against the official text; the README lists what to check.
 *
 * TT18 has 4 levels ([P9], [P13]), but its Mức 4 requirements (Điều 22)
 * were not found, in Vietnamese or in English, after two searches, so they
 * are not encoded: until then this framework has Mức 1–3 and no `Mức 4`
 * tab. TT17's five are not borrowed: TT19's Mức 4 differs from TT17's, so
 * the three texts do not share one list.
 *
 * These are the 2018 names. Thông tư 22/2024/TT-BGDĐT (in force
 * 25/01/2025, [P10], [P11]) revised the criteria; what it changed in this
 * list is not known (docs/frameworks/README.md, "Thông tư 22/2024").
 */

const standards: Standard[] = [
  standardWithLevels(1, 'Tổ chức và quản lý nhà trường', [
    ['1.1', 'Phương hướng, chiến lược xây dựng và phát triển nhà trường', 3],
    ['1.2', 'Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác', 2],
    ['1.3', 'Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường', 3],
    ['1.4', 'Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng', 3],
    // LOW-CONFIDENCE name: [M1] gives TT17's name here; its Mức 1–3 text is TT18's own (45 lớp, 40 học sinh THCS/THPT).
    ['1.5', 'Khối lớp và tổ chức lớp học', 3],
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
    ['3.1', 'Khuôn viên, khu sân chơi, bãi tập', 3],
    ['3.2', 'Phòng học, phòng học bộ môn và khối phục vụ học tập', 3],
    ['3.3', 'Khối hành chính - quản trị', 3],
    ['3.4', 'Khu vệ sinh, hệ thống cấp thoát nước', 2],
    ['3.5', 'Thiết bị', 3],
    ['3.6', 'Thư viện', 3],
  ]),
  standardWithLevels(4, 'Quan hệ giữa nhà trường, gia đình và xã hội', [
    ['4.1', 'Ban đại diện cha mẹ học sinh', 3],
    ['4.2', 'Công tác tham mưu cấp ủy đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường', 3],
  ]),
  standardWithLevels(5, 'Hoạt động giáo dục và kết quả giáo dục', [
    ['5.1', 'Thực hiện Chương trình giáo dục phổ thông', 3],
    ['5.2', 'Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn, học sinh có năng khiếu, học sinh gặp khó khăn trong học tập và rèn luyện', 3],
    ['5.3', 'Thực hiện nội dung giáo dục địa phương theo quy định', 2],
    ['5.4', 'Các hoạt động trải nghiệm và hướng nghiệp', 2],
    ['5.5', 'Hình thành, phát triển các kỹ năng sống cho học sinh', 3],
    // [M1] numbers this one "5.5" a second time; it is the sixth criterion of the standard (the real plan calls it 5.6).
    // Its Mức 3: also [P11] (khoản 4 Điều 21, the fourth Mức 3 criterion of standard 5).
    ['5.6', 'Kết quả giáo dục', 3],
  ]),
];

export const tt18: Framework = {
  id: 'TT18/2018',
  title: 'Thông tư 18/2018/TT-BGDĐT (THCS, THPT, nhiều cấp học)',
  aliases: [
    'TT18/2018',
    'TT18',
    'TT 18',
    'Thông tư 18/2018',
    'Thông tư 18',
    '18/2018/TT-BGDĐT',
    'Thông tư 18/2018/TT-BGDĐT',
    'Thong tu 18/2018',
    'Thong tu 18',
    'TT18 THCS',
    'TT18 THPT',
  ],
  legalBasis: 'Thông tư số 18/2018/TT-BGDĐT của Bộ Giáo dục và Đào tạo',
  levels: [
    { level: 1, label: 'Mức 1' },
    { level: 2, label: 'Mức 2' },
    { level: 3, label: 'Mức 3' },
  ],
  standards,
  standardTabPrefix: 'Tiêu chuẩn',
  // The plan form is the one TT17 schools use (same 2018 guidance for cơ sở giáo dục phổ thông).
  standardColumns: tt17StandardColumns,
  requirements: null,
  // Its Mức 4 requirements exist in the text, but no source of their wording was found (docs/frameworks): the add-on says so, never guesses them.
  requirementsNotEncoded: 'Điều 22',
  // Same structure as TT17 (Mức N when every criterion reaches Mức N or its highest level); single source.
  levelRule: cumulativeLevelRule,
  levelRuleData: { kind: 'cumulative' },
  // Điều 37: chuẩn quốc gia needs đánh giá ngoài from Mức 2 ([P4], [P9]); which Mức gives Mức độ 2 was not sourced.
  describeSchoolLevel: (schoolLevel) =>
    schoolLevel >= 2
      ? 'đủ điều kiện về kiểm định (từ Mức 2) để đề nghị công nhận trường đạt chuẩn quốc gia (Mức 4 chưa được tiện ích đánh giá)'
      : 'chưa đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia',
  everyCriterionNeedsAction: true,
  progressValues: [],
  extraTables: [],
  document: tt18Document,
  scope: { schoolTypes: ['thcs', 'thpt', 'nhieuCapHoc'], firstSchoolYear: null, lastSchoolYear: 2025 },
};
