/**
 * When a school's next year falls under another framework (a TT17 plan of
 * 2025-2026, a TT57 plan for 2026-2027), its criteria do not map one to
 * one. This table says, for each old criterion, which new criterion an
 * unfinished action most likely serves, and how sure that is.
 *
 * SOURCE CAVEAT: no official correspondence between TT17/2018 and TT57/2026
 * was found (../shared/domain/tt57-2026.md §6: "None for the TT17
 * transition years"). Each line below is our reading of the two criteria's
 * names, nothing more:
 *  - `clear`: both name the same subject (`2.2 Đối với giáo viên` →
 *    `2.2 Giáo viên`); the new year's workbook suggests it;
 *  - `possible`: the old subject is part of the new one, or split over
 *    several; shown as a hint, never suggested;
 *  - no line: nothing in the new framework matches; the school decides.
 * Whatever the confidence, the school assigns the new criterion itself
 * (docs/cycle.md).
 */

export type MappingConfidence = 'clear' | 'possible';

export interface CriterionMapping {
  /** Old criterion code (`1.10`), or `Mức 4/N` for a requirement of the requirement tab. */
  from: string;
  /** New criterion code. */
  to: string;
  confidence: MappingConfidence;
}

export interface FrameworkTransition {
  /** Framework ids (Framework.id). */
  from: string;
  to: string;
  mappings: CriterionMapping[];
}

const clear = (from: string, to: string): CriterionMapping => ({ from, to, confidence: 'clear' });
const possible = (from: string, to: string): CriterionMapping => ({ from, to, confidence: 'possible' });

/** TT17 tiểu học (27 criteria) → TT57/2026 Phụ lục II (18 criteria), by name. */
const tt17ToTt57: FrameworkTransition = {
  from: 'TT17 tiểu học',
  to: 'TT57/2026',
  mappings: [
    clear('1.1', '1.1'), // Phương hướng, chiến lược → Tầm nhìn, sứ mạng/mục tiêu và kế hoạch phát triển
    possible('1.2', '1.2'), // Hội đồng trường → Cơ cấu tổ chức
    possible('1.3', '1.2'), // Tổ chức Đảng, đoàn thể → Cơ cấu tổ chức
    possible('1.4', '1.2'), // Hiệu trưởng, tổ chuyên môn → Cơ cấu tổ chức (or 2.1)
    possible('1.5', '1.2'), // Khối lớp và tổ chức lớp học → Cơ cấu tổ chức
    clear('1.6', '1.3'), // Quản lý hành chính, tài chính và tài sản → Quản lý kế hoạch, nguồn lực…
    possible('1.7', '2.2'), // Quản lý cán bộ, giáo viên và nhân viên → spread over Tiêu chuẩn 2
    possible('1.8', '3.1'), // Quản lý các hoạt động giáo dục → Tổ chức thực hiện chương trình
    possible('1.9', '1.4'), // Quy chế dân chủ cơ sở → công khai và trách nhiệm giải trình
    clear('1.10', '4.2'), // An ninh trật tự, an toàn trường học → Môi trường giáo dục an toàn
    clear('2.1', '2.1'), // Hiệu trưởng, phó hiệu trưởng → Cán bộ quản lý
    clear('2.2', '2.2'), // Giáo viên
    clear('2.3', '2.3'), // Nhân viên → Nhân sự hỗ trợ giáo dục
    possible('2.4', '3.4'), // Đối với học sinh → Quản lý, theo dõi, hỗ trợ học sinh
    clear('3.1', '4.1'), // Khuôn viên, sân chơi → Cơ sở vật chất
    clear('3.2', '4.1'), // Phòng học
    clear('3.3', '4.1'), // Khối phòng phục vụ học tập, hành chính
    clear('3.4', '4.1'), // Khu vệ sinh, cấp thoát nước
    clear('3.5', '4.1'), // Thiết bị
    clear('3.6', '4.1'), // Thư viện → học liệu và hạ tầng kỹ thuật
    clear('4.1', '4.3'), // Ban đại diện cha mẹ học sinh → Phối hợp với gia đình
    possible('4.2', '4.3'), // Tham mưu cấp ủy, phối hợp tổ chức, cá nhân → Phối hợp… tổ chức liên quan
    possible('5.1', '3.1'), // Kế hoạch giáo dục của nhà trường → Tổ chức thực hiện chương trình
    clear('5.2', '3.1'), // Thực hiện Chương trình GDPT → Tổ chức thực hiện chương trình giáo dục
    clear('5.3', '3.3'), // Các hoạt động giáo dục khác → Tổ chức hoạt động giáo dục và phát triển toàn diện
    // 5.4 Phổ cập giáo dục tiểu học: no TT57 criterion names it.
    clear('5.5', '3.5'), // Kết quả giáo dục → Kết quả học tập, phát triển…
    // Mức 4 requirements: no TT57 counterpart (TT57 has 2 levels).
  ],
};

export const frameworkTransitions: FrameworkTransition[] = [tt17ToTt57];

/** The table from one framework to another, or null when none is known (then nothing is suggested). */
export function transitionBetween(fromId: string, toId: string, known: FrameworkTransition[] = frameworkTransitions): FrameworkTransition | null {
  return known.find((transition) => transition.from === fromId && transition.to === toId) ?? null;
}
