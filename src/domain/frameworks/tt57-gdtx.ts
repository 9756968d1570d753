import type { Framework, Standard } from './types';
import { tt57 } from './tt57-2026';
import { tt57Document } from './tt57-document';
import { standardWithMandatory } from './catalog';

/**
 * Thông tư 57/2026/TT-BGDĐT, Phụ lục III: cơ sở giáo dục thường xuyên
 * (trung tâm GDTX, GDNN-GDTX), from the 2026-2027 school year.
 *
 * LOW-CONFIDENCE, whole file, and lower than Phụ lục I: the names and ★
 * flags come from ONE source, the Phụ lục III seed of [A] thg68/kiemdinh
 * (docs/frameworks/tt57-gdtx.md), and the other group of sources ([B])
 * says Phụ lục III is the list of suggested evidence, not the GDTX
 * standards (../shared/domain/tt57-2026.md §1). Check which annex holds
 * the GDTX standards before relying on this file.
 *
 * Taken from Phụ lục II unchanged (not sourced for GDTX): the level rule
 * of khoản 3 Điều 5, the Biểu 2 form and its columns.
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
  standardWithMandatory(3, 'Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển người học', [
    ['3.1', 'Tổ chức thực hiện chương trình giáo dục', true],
    ['3.2', 'Đổi mới phương pháp dạy học và theo dõi, đánh giá sự phát triển, tiến bộ của người học', true],
    ['3.3', 'Tổ chức hoạt động giáo dục và phát triển toàn diện', false],
    ['3.4', 'Quản lý, theo dõi, hỗ trợ người học và giáo dục hòa nhập', false],
    ['3.5', 'Kết quả học tập, phát triển, rèn luyện và sự tiến bộ của người học', false],
  ]),
  standardWithMandatory(4, 'Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội', [
    ['4.1', 'Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động giáo dục', true],
    ['4.2', 'Môi trường giáo dục an toàn, sức khỏe và hạnh phúc', true],
    ['4.3', 'Phối hợp với gia đình, cộng đồng và tổ chức liên quan', false],
  ]),
];

export const tt57Gdtx: Framework = {
  ...tt57,
  id: 'TT57/2026 GDTX',
  title: 'Thông tư 57/2026/TT-BGDĐT, Phụ lục III (GDTX)',
  aliases: [
    'TT57/2026 GDTX',
    'TT57 GDTX',
    'TT 57 GDTX',
    'Thông tư 57/2026 GDTX',
    'Thông tư 57 GDTX',
    'Thong tu 57/2026 GDTX',
    'Thong tu 57 GDTX',
    'TT57 Phụ lục III',
    'TT57 phu luc III',
    'TT57 giáo dục thường xuyên',
    'TT57 giao duc thuong xuyen',
  ],
  standards,
  // A GDTX centre is led by a Giám đốc ([A]'s Phụ lục III evidence lists "quyết định của Giám đốc trung tâm"); single source.
  document: { ...tt57Document, signerTitle: 'GIÁM ĐỐC' },
  scope: { schoolTypes: ['gdtx'], firstSchoolYear: 2026, lastSchoolYear: null, inForceFrom: '07/7/2026' },
};
