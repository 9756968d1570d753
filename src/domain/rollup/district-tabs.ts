/**
 * The district spreadsheet's tabs (issue 16, district mode of the add-on):
 * `Các trường`, the list the specialist keeps (one school's plan spreadsheet
 * a row), and the two tabs the roll-up writes, `Tổng hợp các trường` (one
 * row per school, the columns of the CLI's CSV) and `Tổng hợp chung` (the
 * district's totals, with the table the chart of schools per level draws).
 * Pure values: src/adapters/district-sheets.ts writes them.
 */
import type { Cell } from '../cell';
import { isBlank } from '../text';
import { followUpText, PLAN_DOCUMENT_LABEL, STATUS_LABEL } from './labels';
import { priorityRows } from './report';
import type { DistrictRollup } from './rollup';
import type { SchoolRow } from './school-row';
import type { DistrictTotals } from './totals';

export const SCHOOLS_TAB = 'Các trường';
export const SCHOOLS_HEADERS = ['TT', 'Tên trường', 'Bảng tính kế hoạch', 'Ghi chú'] as const;
export const ROLLUP_TAB = 'Tổng hợp các trường';
export const TOTALS_TAB = 'Tổng hợp chung';

/** One school the specialist listed: where its plan is, or why it cannot be read. */
export interface ListedSchool {
  /** 1-based row of `Các trường`, for messages (`dòng 5`). */
  sheetRow: number;
  /** `Tên trường` as typed, else the link: how the school is named on its row of the roll-up. */
  label: string;
  /** The link (or id) as typed in `Bảng tính kế hoạch`. */
  link: string;
  /** Null when the cell holds no spreadsheet link: `problem` says why. */
  spreadsheetId: string | null;
  problem: string | null;
}

/**
 * A Sheets link's id: `https://docs.google.com/spreadsheets/d/<id>/edit…`,
 * or the bare id. Drive ids are letters, digits, `-` and `_`
 * (https://developers.google.com/workspace/drive/api/guides/about-files#characteristics).
 */
export function spreadsheetIdOf(text: string): string | null {
  const trimmed = text.trim();
  const inLink = /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/.exec(trimmed);
  if (inLink) return inLink[1];
  return /^[A-Za-z0-9_-]{10,}$/.test(trimmed) ? trimmed : null;
}

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/** Reads `Các trường` (header row first): blank rows are skipped, every other row is one school, in the sheet's order. */
export function listedSchools(values: readonly (readonly Cell[])[]): ListedSchool[] {
  const out: ListedSchool[] = [];
  values.slice(1).forEach((row, index) => {
    const name = String(row[1] ?? '').trim();
    const link = String(row[2] ?? '').trim();
    if (isBlank(name) && isBlank(link)) return;
    const sheetRow = index + 2;
    const spreadsheetId = spreadsheetIdOf(link);
    const label = name === '' ? link : name;
    const problem =
      spreadsheetId !== null
        ? null
        : link === ''
          ? `Chưa có bảng tính: ô C${sheetRow} của trang "${SCHOOLS_TAB}" đang trống. Hãy bấm "Thêm trường…" để chọn bảng tính kế hoạch của trường, hoặc dán đường liên kết của bảng tính vào ô đó.`
          : `Ô C${sheetRow} của trang "${SCHOOLS_TAB}" không phải đường liên kết tới một bảng tính Google ("${link}"). Hãy dán đường liên kết dạng https://docs.google.com/spreadsheets/d/… hoặc bấm "Thêm trường…" để chọn lại.`;
    out.push({ sheetRow, label, link, spreadsheetId, problem });
  });
  return out;
}

/** The rows `Thêm trường…` appends for the picked files: a file already listed (same id) is not added twice. */
export function schoolsToAppend(values: readonly (readonly Cell[])[], picked: { id: string; name: string }[]): Cell[][] {
  const listed = new Set(listedSchools(values).map((school) => school.spreadsheetId));
  const rows: Cell[][] = [];
  let number = values.length; // TT of the next row: the header is row 1
  for (const file of picked) {
    if (listed.has(file.id)) continue;
    listed.add(file.id);
    rows.push([number, file.name, spreadsheetUrl(file.id), '']);
    number++;
  }
  return rows;
}

/** What the roll-up keeps of one school between batches: its row, where it was read and when. */
export interface SchoolRead {
  row: SchoolRow;
  link: string;
  /** `15/01/2027 08:30`, the spreadsheet's clock. */
  readAt: string;
}

/** A tab's content: rectangular values and each cell's number format. */
export interface TabContent {
  values: Cell[][];
  numberFormats: string[][];
}

/**
 * Text cells are plain text (`@`), so Sheets keeps `13/15` and `2026-2027`
 * as written instead of reading a date, and a school name starting with `=`
 * is never run as a formula; numbers (counts, đồng) stay numbers with a
 * thousands separator, so the specialist can sum or sort them.
 */
function formatsOf(values: Cell[][]): string[][] {
  return values.map((row) => row.map((cell) => (typeof cell === 'number' ? '#,##0' : '@')));
}

const LEVELS = [1, 2, 3, 4];

export const ROLLUP_HEADERS = [
  'TT',
  'Tên trường',
  'Bảng tính kế hoạch',
  'Tình trạng',
  'Năm học',
  'Khung đánh giá',
  'Mức đạt',
  'Ý nghĩa đối với chuẩn quốc gia',
  ...LEVELS.map((level) => `Mức ${level} (đạt/tổng, ★ bắt buộc)`),
  'Số lỗi',
  'Số cảnh báo',
  'Kinh phí (đồng)',
  'Hoàn thành',
  'Đang thực hiện',
  'Chưa hoàn thành',
  'Chưa ghi mức độ',
  'Quá hạn',
  'Văn bản kế hoạch',
  'Liên kết văn bản',
  'Đọc lúc',
  'Ghi chú',
];

function levelCell(row: SchoolRow, level: number): string {
  const result = row.figures?.levels.find((candidate) => candidate.level === level);
  if (!result) return '';
  const mandatory = result.mandatory ? ` (★ ${result.mandatory.met}/${result.mandatory.total})` : '';
  return `${result.met}/${result.total}${mandatory}`;
}

/** `Tổng hợp các trường`: the header, then one row per school in the order of `Các trường` (duplicates and unreadable files with their reason). */
export function rollupTabContent(rollup: DistrictRollup, reads: SchoolRead[]): TabContent {
  const body = rollup.rows.map((row, index): Cell[] => {
    const figures = row.figures;
    const followUp = figures?.followUp ?? null;
    const read = reads[index];
    return [
      index + 1,
      row.school === '' ? row.label : row.school,
      read?.link ?? '',
      STATUS_LABEL[row.status],
      row.schoolYear ?? '',
      figures?.frameworkId ?? '',
      figures?.schoolLevelLabel ?? '',
      figures?.nationalStandard ?? '',
      ...LEVELS.map((level) => levelCell(row, level)),
      figures?.errors ?? '',
      figures?.warnings ?? '',
      figures?.budgetVnd ?? '',
      followUp?.done ?? '',
      followUp?.inProgress ?? '',
      followUp?.notDone ?? '',
      followUp?.unmarked ?? '',
      followUp?.overdue ?? '',
      figures ? PLAN_DOCUMENT_LABEL[figures.planDocument.state] : '',
      figures?.planDocument.url ?? '',
      read?.readAt ?? '',
      row.reason ?? '',
    ];
  });
  const values = [ROLLUP_HEADERS, ...body];
  return { values, numberFormats: formatsOf(values) };
}

/** Where, in `Tổng hợp chung`, the chart of schools per level takes its data: 1-based rows, columns A (label) and B (count). */
export interface ChartSource {
  firstRow: number;
  lastRow: number;
}

const TOTALS_WIDTH = 5;

function padded(row: Cell[]): Cell[] {
  return [...row, ...new Array<Cell>(Math.max(0, TOTALS_WIDTH - row.length)).fill('')];
}

/**
 * `Tổng hợp chung`: the same figures as part I and III of the report, in
 * five columns. The schools-per-level table comes right after the header
 * line, its first two columns (`TT57/2026 · Mức 1`, count) being the chart's data.
 */
export function totalsTabContent(totals: DistrictTotals, stamp: string): TabContent & { chart: ChartSource } {
  const rows: Cell[][] = [];
  rows.push([`Tổng hợp chung các trường, cập nhật lúc ${stamp}`]);
  rows.push([
    `Đã đọc ${Object.values(totals.rows).reduce((sum, n) => sum + n, 0)} bảng tính, tổng hợp được ${totals.schools} trường (${totals.schoolsWithErrors} trường còn lỗi). Không tính: ${totals.rows.empty} trống, ${totals.rows.notAPlan} không phải kế hoạch, ${totals.rows.unreadable} không đọc được, ${totals.rows.duplicate} trùng${totals.rows.otherFramework > 0 ? `, ${totals.rows.otherFramework} khác khung đánh giá` : ''}.`,
  ]);
  rows.push([]);
  rows.push(['Số trường theo mức đạt', 'Số trường', 'Ý nghĩa đối với chuẩn quốc gia']);
  const firstRow = rows.length + 1;
  for (const level of totals.perLevel) rows.push([`${level.frameworkId} · ${level.label}`, level.schools, level.nationalStandard]);
  const lastRow = rows.length;
  rows.push([]);
  rows.push(['Các tiêu chí cần ưu tiên', 'Khung đánh giá', 'Tên tiêu chí', 'Số trường chưa đạt Mức 1', 'Số trường chưa đạt Mức 2']);
  for (const entry of priorityRows(totals)) {
    rows.push([`${entry.code}${entry.mandatory ? ' ★' : ''}`, entry.frameworkId, entry.name, `${entry.below1}/${entry.of}`, `${entry.below2}/${entry.of}`]);
  }
  rows.push([]);
  rows.push(['Kinh phí dự kiến theo tiêu chuẩn', 'Khung đánh giá', 'Kinh phí (đồng)']);
  for (const line of totals.budget) rows.push([line.name === '' ? line.label : `${line.label}. ${line.name}`, line.frameworkId, line.vnd]);
  rows.push(['Tổng cộng', '', totals.budgetVnd]);
  rows.push([]);
  rows.push(['Tiến độ thực hiện']);
  rows.push([
    totals.followUp.schools === 0
      ? 'Không có trường nào theo dõi mức độ thực hiện (chỉ khung Thông tư 57/2026 có cột này).'
      : `${totals.followUp.schools} trường theo dõi tiến độ: ${followUpText(totals.followUp)}.`,
  ]);
  const values = rows.map(padded);
  return { values, numberFormats: formatsOf(values), chart: { firstRow, lastRow } };
}
