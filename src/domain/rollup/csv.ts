/**
 * The per-school table as CSV, for Excel, Looker Studio or BigQuery when a
 * province outgrows a spreadsheet. RFC 4180 (comma, CRLF, quotes doubled
 * inside quoted fields: https://www.rfc-editor.org/rfc/rfc4180), UTF-8 with
 * a byte-order mark because Excel opens a BOM-less CSV in the machine's
 * legacy code page and garbles Vietnamese. Text that a spreadsheet would
 * take for a formula (= + - @, and tab or CR that some programs strip
 * first) is prefixed with ' (OWASP "CSV injection"): a school name comes
 * from a school's sheet, and the specialist opens the file.
 */
import { PLAN_DOCUMENT_LABEL, STATUS_LABEL } from './labels';
import type { SchoolRow } from './school-row';

const BOM = '\ufeff';
/** Levels the columns cover: TT17 has 4, TT18/TT19 3, TT57 2. */
const LEVELS = [1, 2, 3, 4];

type CsvValue = string | number | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADERS = [
  'TT',
  'Tệp',
  'Tình trạng',
  'Tên trường',
  'Năm học',
  'Khung đánh giá',
  'Mức đạt',
  'Chuẩn quốc gia',
  ...LEVELS.flatMap((level) => [`Mức ${level} đạt`, `Mức ${level} tổng`, `Mức ${level} bắt buộc đạt`, `Mức ${level} bắt buộc tổng`]),
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
  'Ghi chú',
];

function rowValues(row: SchoolRow, index: number): CsvValue[] {
  const figures = row.figures;
  const levelCells = LEVELS.flatMap((level): CsvValue[] => {
    const result = figures?.levels.find((candidate) => candidate.level === level);
    if (!result) return [null, null, null, null];
    return [result.met, result.total, result.mandatory?.met ?? null, result.mandatory?.total ?? null];
  });
  const followUp = figures?.followUp ?? null;
  return [
    index + 1,
    row.label,
    STATUS_LABEL[row.status],
    row.school,
    row.schoolYear,
    figures?.frameworkId ?? null,
    figures?.schoolLevelLabel ?? null,
    figures?.nationalStandard ?? null,
    ...levelCells,
    figures?.errors ?? null,
    figures?.warnings ?? null,
    figures?.budgetVnd ?? null,
    followUp?.done ?? null,
    followUp?.inProgress ?? null,
    followUp?.notDone ?? null,
    followUp?.unmarked ?? null,
    followUp?.overdue ?? null,
    figures ? PLAN_DOCUMENT_LABEL[figures.planDocument.state] : null,
    figures?.planDocument.url ?? null,
    row.reason,
  ];
}

/** One line a school, in the order of the rows (duplicates and unreadable files included, with their Ghi chú). */
export function schoolsCsv(rows: SchoolRow[]): string {
  const lines = [CSV_HEADERS.map(csvField).join(','), ...rows.map((row, index) => rowValues(row, index).map(csvField).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}
