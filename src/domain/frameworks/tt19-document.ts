import type { DocumentSpec } from '../document/spec';
import { textSectionsOf } from '../document/spec';
import { tt17Document } from './tt17-document';
import { withLegalBasis } from './tt18-document';

/**
 * The TT19 plan (trường mầm non): the same form as TT17/TT18, with section
 * II citing Thông tư 19/2018 of 22/8/2018 (its title and date: three pages
 * agree, docs/frameworks/tt19-2018.md).
 */
const sections = withLegalBasis([
  '- Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường mầm non;',
  // LOW-CONFIDENCE: one page ([P2]) names this letter as the mầm non guidance (5932 is the phổ thông one).
  '- Công văn số 5942/BGDĐT-QLCL của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài cơ sở giáo dục mầm non;',
  '- Báo cáo tự đánh giá của {Tên trường};',
  '- Kế hoạch giáo dục năm học {Năm học} của {Tên trường}.',
]);

export const tt19Document: DocumentSpec = {
  ...tt17Document,
  sections,
  textSections: textSectionsOf(sections),
};
