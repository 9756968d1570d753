import type { Cell } from '../cell';
import { NEXT_YEAR_LINK_LABEL, PREVIOUS_YEAR_LINK_LABEL } from '../cycle/links';
import { cellText, foldKey } from '../text';
import { findSheet } from '../workbook/find-sheet';
import { SUMMARY_TAB } from '../workbook/plan';
import type { RawWorkbook } from '../workbook/raw';
import type { FollowUp } from '../followup';
import { formatVnd } from '../parse/budget';
import { formatPercent } from '../parse/percent';
import type { Issue } from '../validate/issue';
import type { LevelSummary } from './summary';

/** The `Tổng hợp` tab as a grid of values, and which of its rows are headings. */
export interface SummaryTabContent {
  values: Cell[][];
  /** 0-based rows to show bold. */
  boldRows: number[];
  width: number;
}

/** The other years' spreadsheets (issue 19): URLs, '' when there is none. */
export interface YearLinks {
  /** `Kế hoạch năm trước` of `Thông tin chung`. */
  previous: string;
  /** The spreadsheet "Lập kế hoạch năm học mới" made from this one. */
  next: string;
}

export const SUMMARY_TAB_NOTICE =
  'Trang này do tiện ích "Kế hoạch cải tiến" tạo và ghi đè mỗi lần bấm "Ghi tổng hợp". Không sửa tay: hãy sửa ở các trang Tiêu chuẩn rồi ghi lại.';

/**
 * The row of `Tổng hợp` that says where the plan's Google Doc is: the
 * Phòng GD&ĐT reads the school's spreadsheet, not its document properties
 * (where the add-on keeps the Doc's id), so this row is how the district
 * learns whether a final document exists, and its link.
 */
export const PLAN_DOCUMENT_KEY = 'Văn bản kế hoạch';
const NO_DOCUMENT = 'Chưa tạo';
const FINAL = 'Bản chính thức';
const DRAFT = 'Dự thảo';

/** The plan's Doc as the add-on last made it. */
export interface SummaryDocument {
  url: string;
  pdfUrl: string | null;
  draft: boolean;
  /** `dd/mm/yyyy HH:mm` in the spreadsheet's time zone. */
  madeAt: string;
}

export function planDocumentRow(document: SummaryDocument | null): Cell[] {
  if (!document) return [PLAN_DOCUMENT_KEY, NO_DOCUMENT];
  return [PLAN_DOCUMENT_KEY, document.url, document.draft ? DRAFT : FINAL, `Tạo lúc: ${document.madeAt}`, document.pdfUrl ?? ''];
}

/** What a school's `Tổng hợp` says of its plan's Doc: where the row is (0-based), and the Doc, or null when none was made. */
export interface SummaryDocumentRow {
  row: number;
  document: { url: string; final: boolean } | null;
}

/** The `Văn bản kế hoạch` row of a workbook's `Tổng hợp`, or null when the tab or the row is missing (never written). */
export function planDocumentOfSummary(workbook: RawWorkbook): SummaryDocumentRow | null {
  const tab = findSheet(workbook, SUMMARY_TAB);
  if (!tab) return null;
  const row = tab.values.findIndex((cells) => foldKey(cellText(cells[0] ?? null)) === foldKey(PLAN_DOCUMENT_KEY));
  if (row < 0) return null;
  const url = cellText(tab.values[row][1] ?? null);
  if (!/^https:\/\//.test(url)) return { row, document: null };
  return { row, document: { url, final: foldKey(cellText(tab.values[row][2] ?? null)) === foldKey(FINAL) } };
}

/**
 * What `Ghi tổng hợp` writes: the level table, the school's level and what
 * it means, the sentences, budgets per standard, the validation result and
 * when it ran, and (TT57) the follow-up counts. Every figure comes from the
 * same LevelSummary the sidebar and the document use.
 */
export function summaryTabContent(
  summary: LevelSummary,
  issues: Issue[],
  followUp: FollowUp,
  ranAt: string,
  links: YearLinks = { previous: '', next: '' },
  document: SummaryDocument | null = null,
): SummaryTabContent {
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const heading = (text: string) => {
    bold.push(rows.length);
    rows.push([text]);
  };
  const hasMandatory = summary.levels.some((count) => count.mandatory);

  heading('TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ VÀ KẾ HOẠCH CẢI TIẾN');
  rows.push([SUMMARY_TAB_NOTICE]);
  rows.push([`Cập nhật lúc: ${ranAt}`]);
  rows.push([summary.frameworkReason]);
  // Both years' spreadsheets point at each other here as well as in `Thông tin chung` (issue 19).
  if (links.previous) rows.push([PREVIOUS_YEAR_LINK_LABEL, links.previous]);
  if (links.next) rows.push([NEXT_YEAR_LINK_LABEL, links.next]);
  rows.push([]);

  heading('1. Kết quả đánh giá theo mức');
  bold.push(rows.length);
  rows.push(hasMandatory ? ['Mức', 'Tổng số tiêu chí', 'Số đạt', 'Tỉ lệ', 'Tiêu chí bắt buộc đạt'] : ['Mức', 'Tổng số', 'Số đạt', 'Tỉ lệ']);
  for (const count of summary.levels) {
    const row: Cell[] = [`Mức ${count.level}`, count.total, count.met, formatPercent(count.percent)];
    if (count.mandatory) row.push(`${count.mandatory.met}/${count.mandatory.total}`);
    rows.push(row);
  }
  rows.push(['Mức đạt của nhà trường', summary.schoolLevelLabel]);
  rows.push(['Chuẩn quốc gia', summary.nationalStandard]);
  // What blocks the next level (next-level.ts), under the level it explains.
  const [nextHeading, ...blockers] = summary.nextLevel.sentences;
  rows.push(['Để đạt mức tiếp theo', nextHeading]);
  for (const blocker of blockers) rows.push(['', blocker]);
  rows.push([]);

  heading('2. Kết quả tự đánh giá (lời văn dùng trong kế hoạch)');
  for (const sentence of summary.sentences) rows.push([sentence]);
  rows.push([]);

  heading('3. Dự kiến kinh phí');
  for (const line of summary.budgetLines) rows.push([line.label, line.vnd, formatVnd(line.vnd)]);
  rows.push(['Tổng cộng', summary.budgetTotalVnd, formatVnd(summary.budgetTotalVnd)]);
  rows.push([]);

  heading('4. Kết quả kiểm tra');
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  rows.push([errors === 0 ? 'Không có lỗi' : `${errors} lỗi`, `${warnings} cảnh báo`, `Kiểm tra lúc: ${ranAt}`]);
  rows.push(planDocumentRow(document));

  if (followUp.tracked) {
    rows.push([]);
    heading('5. Theo dõi thực hiện (mức độ thực hiện các hoạt động cải tiến)');
    const values = followUp.standards[0]?.counts.map((count) => count.value) ?? [];
    bold.push(rows.length);
    rows.push(['Tiêu chuẩn', ...values, 'Chưa cập nhật']);
    for (const standard of followUp.standards) {
      rows.push([`Tiêu chuẩn ${standard.standard}`, ...standard.counts.map((count) => count.count), standard.unmarked]);
    }
    rows.push(['Hoạt động quá hạn chưa hoàn thành', followUp.overdue.length]);
  }

  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill('')]);
  return { values, boldRows: bold, width };
}
