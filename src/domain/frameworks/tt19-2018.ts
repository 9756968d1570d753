import type { Framework, Standard } from './types';
import { cumulativeLevelRule } from './rules';
import { tt17StandardColumns } from './tt17-tieu-hoc';
import { tt19Document } from './tt19-document';
import { standardWithLevels } from './catalog';

/**
 * Thông tư 19/2018/TT-BGDĐT: kiểm định chất lượng giáo dục and chuẩn quốc
 * gia for trường mầm non. Used for school years up to 2025-2026 (TT57/2026
 * Phụ lục I from 2026-2027).
 *
 * LOW-CONFIDENCE unless marked otherwise: the official text was not at
 * hand. The 25 criteria, their names and which have a Mức 3 come from ONE
 * public source that quotes each criterion's Mức 1/2/3 text
 * (docs/frameworks/tt19-2018.md, [M1]). Cross-checked in a school's
 * published report ([P7]): the names of 1.1 to 1.9 and standard 1. The tabs are the same as TT17's:
 * `Tiêu chuẩn 1` … `Tiêu chuẩn 5`, no `Mức 4` tab (see below).
 *
 * Cross-checked in [C1] (one author's mầm non app, a list amended by TT
 * 22/2024): the names of standards 1, 2, 4, 5 and of 1.1, 1.3, 1.4,
 * 1.6–1.10, 2.1–2.3, 4.1, 4.2, 5.1, 5.4. [C1] differs on 1.5, 5.2, 5.3 and
 * all of standard 3.
 *
 * TT19 has 4 levels; English summaries of its Điều 22 give the gist of
 * four of the five Mức 4 requirements ([P9], [P12]), but not their
 * Vietnamese wording, so they are not encoded: until then this framework
 * has Mức 1–3 and no `Mức 4` tab.
 *
 * These are the 2018 names. Thông tư 22/2024/TT-BGDĐT (in force
 * 25/01/2025, [P10], [P11]) amended the criteria; only [C1] gives the
 * amended list (22 criteria), so it is not encoded
 * (docs/frameworks/README.md, "Thông tư 22/2024").
 */

const standards: Standard[] = [
  standardWithLevels(1, 'Tổ chức và quản lý nhà trường', [
    ['1.1', 'Phương hướng, chiến lược xây dựng và phát triển nhà trường', 3],
    ['1.2', 'Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác', 2],
    ['1.3', 'Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường', 3],
    ['1.4', 'Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng', 3],
    ['1.5', 'Tổ chức nhóm trẻ và lớp mẫu giáo', 3],
    ['1.6', 'Quản lý hành chính, tài chính và tài sản', 3],
    ['1.7', 'Quản lý cán bộ, giáo viên và nhân viên', 2],
    ['1.8', 'Quản lý các hoạt động giáo dục', 2],
    ['1.9', 'Thực hiện quy chế dân chủ cơ sở', 2],
    ['1.10', 'Đảm bảo an ninh trật tự, an toàn trường học', 2],
  ]),
  // [M1] and [C1] both write "Cán bộ quản lý, giáo viên, nhân viên" (mầm non has no "học sinh" here).
  standardWithLevels(2, 'Cán bộ quản lý, giáo viên, nhân viên', [
    ['2.1', 'Đối với hiệu trưởng, phó hiệu trưởng', 3],
    ['2.2', 'Đối với giáo viên', 3],
    ['2.3', 'Đối với nhân viên', 3],
  ]),
  // LOW-CONFIDENCE: 3.1–3.6 rest on [M1] alone; [C1]'s amended standard 3 has three other criteria.
  standardWithLevels(3, 'Cơ sở vật chất và thiết bị dạy học', [
    ['3.1', 'Diện tích, khuôn viên và sân vườn', 3],
    ['3.2', 'Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập', 3],
    ['3.3', 'Khối phòng hành chính - quản trị', 3],
    ['3.4', 'Khối phòng tổ chức ăn', 3],
    ['3.5', 'Thiết bị, đồ dùng, đồ chơi', 3],
    ['3.6', 'Khu vệ sinh, hệ thống cấp thoát nước', 2],
  ]),
  standardWithLevels(4, 'Quan hệ giữa nhà trường, gia đình và xã hội', [
    ['4.1', 'Ban đại diện cha mẹ trẻ', 3],
    ['4.2', 'Công tác tham mưu cấp ủy đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường', 3],
  ]),
  // [M1] and [C1] both write "nuôi dưỡng, chăm sóc, giáo dục trẻ" (with commas).
  standardWithLevels(5, 'Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ', [
    // [M1] prints a "Mức 3:" heading for 5.1 but tags its two items as Mức 2; read here as Mức 3.
    ['5.1', 'Thực hiện Chương trình giáo dục mầm non', 3],
    // LOW-CONFIDENCE names: [C1] words 5.2 and 5.3 differently ("Kết quả nuôi dưỡng, chăm sóc sức khỏe").
    ['5.2', 'Tổ chức hoạt động nuôi dưỡng, chăm sóc và giáo dục trẻ', 3],
    ['5.3', 'Kết quả nuôi dưỡng và chăm sóc sức khỏe', 3],
    ['5.4', 'Kết quả giáo dục', 3],
  ]),
];

export const tt19: Framework = {
  id: 'TT19/2018',
  title: 'Thông tư 19/2018/TT-BGDĐT (mầm non)',
  aliases: [
    'TT19/2018',
    'TT19',
    'TT 19',
    'Thông tư 19/2018',
    'Thông tư 19',
    '19/2018/TT-BGDĐT',
    'Thông tư 19/2018/TT-BGDĐT',
    'Thong tu 19/2018',
    'Thong tu 19',
    'TT19 mầm non',
    'TT19 mam non',
  ],
  legalBasis: 'Thông tư số 19/2018/TT-BGDĐT của Bộ Giáo dục và Đào tạo',
  levels: [
    { level: 1, label: 'Mức 1' },
    { level: 2, label: 'Mức 2' },
    { level: 3, label: 'Mức 3' },
  ],
  standards,
  standardTabPrefix: 'Tiêu chuẩn',
  standardColumns: tt17StandardColumns,
  requirements: null,
  // Its Mức 4 requirements exist in the text, but no source of their wording was found (docs/frameworks): the add-on says so, never guesses them.
  requirementsNotEncoded: 'Điều 22',
  // Same structure as TT17 and TT18 (every criterion reaches Mức N or its highest level); single source.
  levelRule: cumulativeLevelRule,
  levelRuleData: { kind: 'cumulative' },
  describeSchoolLevel: (schoolLevel) => {
    // LOW-CONFIDENCE, one source ([P9]): Điều 37, Mức 2 → chuẩn quốc gia Mức độ 1; Mức 3 or 4 → Mức độ 2 (as TT17).
    if (schoolLevel >= 3) return 'đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia Mức độ 2';
    if (schoolLevel === 2) return 'đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia Mức độ 1';
    return 'chưa đủ điều kiện về kiểm định để đề nghị công nhận trường đạt chuẩn quốc gia';
  },
  everyCriterionNeedsAction: true,
  progressValues: [],
  extraTables: [],
  document: tt19Document,
  scope: { schoolTypes: ['mamNon'], firstSchoolYear: null, lastSchoolYear: 2025 },
};
