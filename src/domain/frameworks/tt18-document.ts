import type { DocumentSpec, SectionSpec } from '../document/spec';
import { textSectionsOf } from '../document/spec';
import { tt17Document } from './tt17-document';

/**
 * The TT18 plan (THCS, THPT, trường phổ thông có nhiều cấp học). The form
 * is the one TT17 schools use: A4 portrait, the 9-column table grouped
 * `MỨC 1, 2, 3` → standards. Only the legal basis in section II differs;
 * the other default texts are TT17's, which name no school type.
 *
 * Title and date of Thông tư 18/2018 (22/8/2018, in force 10/10/2018): two
 * law-portal pages agree (docs/frameworks/tt18-2018.md, [P1], [P2]).
 * Công văn 5932/BGDĐT-QLCL (28/12/2018) guides self-assessment of every cơ
 * sở giáo dục phổ thông, THCS and THPT included ([P2]; also cited for TT17).
 * No Mức 4 group: TT18's Mức 4 requirements are not encoded (tt18-2018.ts).
 */
export const TT18_BASIS = [
  '- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;',
  '- Công văn số 5932/BGDĐT-QLCL của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài cơ sở giáo dục phổ thông;',
  '- Báo cáo tự đánh giá của {Tên trường};',
  '- Kế hoạch giáo dục năm học {Năm học} của {Tên trường}.',
];

/** TT17's sections with section II's legal basis replaced, and without the Mức 4 group. */
export function withLegalBasis(basis: string[]): SectionSpec[] {
  return tt17Document.sections.map((section): SectionSpec => ({
    heading: section.heading,
    parts: section.parts.map((part) => {
      if (part.kind === 'text' && section.heading === 'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH') return { kind: 'text', text: basis };
      if (part.kind === 'planTable') return { kind: 'planTable', table: { ...part.table, requirementGroupLabel: null } };
      return part;
    }),
  }));
}

const sections = withLegalBasis(TT18_BASIS);

export const tt18Document: DocumentSpec = {
  ...tt17Document,
  sections,
  textSections: textSectionsOf(sections),
};
