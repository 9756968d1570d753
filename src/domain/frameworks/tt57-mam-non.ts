import type { Framework, Standard } from './types';
import { tt57 } from './tt57-2026';
import { standardWithMandatory } from './catalog';

/**
 * Thông tư 57/2026/TT-BGDĐT, Phụ lục I: cơ sở giáo dục mầm non, from the
 * 2026-2027 school year.
 *
 * LOW-CONFIDENCE, whole file: the official text was not at hand. The names
 * and the ★ (mandatory) flags come from ONE source, the Phụ lục I seed of
 * [A] thg68/kiemdinh (docs/frameworks/tt57-mam-non.md). What is shared with
 * Phụ lục II (4 standards × 15 criteria, 2 levels, the same 8 ★ codes) is
 * stated by ../shared/domain/tt57-2026.md §2, also from [A].
 *
 * Not sourced for mầm non, so taken from Phụ lục II unchanged: the level
 * rule of khoản 3 Điều 5 (a rule of the Thông tư itself, not of an annex),
 * the Biểu 2 form and its columns, and the two review points of `Theo dõi`.
 */

const standards: Standard[] = [
  standardWithMandatory(1, 'Quản trị nhà trường và bảo đảm chất lượng', [
    ['1.1', 'Tầm nhìn, sứ mạng/mục tiêu và kế hoạch phát triển', false],
    ['1.2', 'Cơ cấu tổ chức, phân công nhiệm vụ và phối hợp nội bộ', false],
    ['1.3', 'Quản lý kế hoạch, nguồn lực, thông tin và dữ liệu', true],
    ['1.4', 'Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình', true],
  ]),
  standardWithMandatory(2, 'Phát triển đội ngũ', [
    ['2.1', 'Cán bộ quản lý cơ sở giáo dục', true],
    ['2.2', 'Giáo viên', true],
    ['2.3', 'Nhân sự hỗ trợ giáo dục', false],
  ]),
  standardWithMandatory(3, 'Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển trẻ em', [
    ['3.1', 'Tổ chức thực hiện chương trình giáo dục mầm non', true],
    ['3.2', 'Đổi mới phương pháp chăm sóc, giáo dục và theo dõi, đánh giá sự phát triển, tiến bộ của trẻ em', true],
    ['3.3', 'Tổ chức hoạt động giáo dục và phát triển toàn diện', false],
    ['3.4', 'Quản lý, theo dõi, hỗ trợ trẻ em và giáo dục hòa nhập', false],
    ['3.5', 'Kết quả phát triển và sự tiến bộ của trẻ', false],
  ]),
  standardWithMandatory(4, 'Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội', [
    ['4.1', 'Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động nuôi dưỡng, chăm sóc, giáo dục trẻ', true],
    ['4.2', 'Môi trường giáo dục an toàn, sức khỏe và hạnh phúc', true],
    ['4.3', 'Phối hợp với gia đình, cộng đồng và tổ chức liên quan', false],
  ]),
];

export const tt57MamNon: Framework = {
  ...tt57,
  id: 'TT57/2026 mầm non',
  title: 'Thông tư 57/2026/TT-BGDĐT, Phụ lục I (mầm non)',
  aliases: [
    'TT57/2026 mầm non',
    'TT57 mầm non',
    'TT 57 mầm non',
    'TT57 mam non',
    'TT57/2026 mam non',
    'Thông tư 57/2026 mầm non',
    'Thông tư 57 mầm non',
    'Thong tu 57/2026 mam non',
    'Thong tu 57 mam non',
    'TT57 Phụ lục I',
    'TT57 phu luc I',
  ],
  standards,
  scope: { schoolTypes: ['mamNon'], firstSchoolYear: 2026, lastSchoolYear: null, inForceFrom: '07/7/2026' },
};
