/** The words the roll-up's outputs (report, CSV, later the district tab) share, so they never say a status two ways. */
import type { FollowUpCounts, PlanDocumentState, SchoolRow, SchoolStatus } from './school-row';

export const STATUS_LABEL: Record<SchoolStatus, string> = {
  plan: 'Đã tổng hợp',
  empty: 'Bảng tính trống',
  notAPlan: 'Không phải kế hoạch',
  unreadable: 'Không đọc được',
  duplicate: 'Trùng, không tính',
  otherFramework: 'Khác khung đánh giá',
};

/** `Mức 1: 13/15 (★ 8/8)` for each level of the school's framework. */
export function levelLines(row: SchoolRow): string[] {
  return (row.figures?.levels ?? []).map((level) => {
    const mandatory = level.mandatory ? ` (★ ${level.mandatory.met}/${level.mandatory.total})` : '';
    return `Mức ${level.level}: ${level.met}/${level.total}${mandatory}`;
  });
}

/** `Hoàn thành 2, đang thực hiện 3, chưa hoàn thành 0, chưa ghi 4, quá hạn 1`. */
export function followUpText(counts: FollowUpCounts): string {
  return `Hoàn thành ${counts.done}, đang thực hiện ${counts.inProgress}, chưa hoàn thành ${counts.notDone}, chưa ghi ${counts.unmarked}, quá hạn ${counts.overdue}`;
}

/** Whether a school's plan has its Google Doc, in the district's words. */
export const PLAN_DOCUMENT_LABEL: Record<PlanDocumentState['state'], string> = {
  final: 'Có (bản chính thức)',
  draft: 'Mới có dự thảo',
  none: 'Chưa tạo',
  unknown: 'Chưa rõ (trường chưa ghi trang Tổng hợp)',
};
