/**
 * The `Lịch sử` tab the add-on keeps (issue 19, item 2): one row per school
 * year, so that three years of data (khoản 1 Điều 16 TT57/2026) are in the
 * plan itself, not in old Word files. The rows of earlier years are read
 * back from the tab as written; the current year's row is always made anew
 * from the current workbook (history.ts `recordOf`). The tab is carried into
 * next year's spreadsheet, where the next row joins it.
 */
import type { Cell } from '../cell';
import type { LevelCount } from '../frameworks/types';
// This module is the reader of the `Lịch sử` tab, the one place its cells are parsed (no other reader sees that tab).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { parseSchoolYear } from '../parse/school-year';
import type { RawSheet } from '../workbook/raw';
import { cellText, foldKey } from '../text';
import { threeYearCondition, type SchoolHistory, type YearRecord } from './history';

export const HISTORY_TAB = 'Lịch sử';

export const HISTORY_HEADERS = [
  'Năm học',
  'Khung đánh giá',
  'Mức đạt theo từng mức',
  'Mức của trường',
  'Kinh phí dự kiến (đồng)',
  'Hoạt động hoàn thành',
  'Hoạt động chưa hoàn thành',
  'Đủ dữ liệu (Điều 16)',
  'Bảng tính',
  'Văn bản kế hoạch',
];

/** Where a year's spreadsheet and Doc are (links written as plain URLs). */
export interface YearLinks {
  spreadsheetUrl: string;
  documentUrl: string;
}

export interface HistoryYear {
  record: YearRecord;
  links: YearLinks;
  /** True for the year made from the current workbook; false for a row read back from the tab. */
  current: boolean;
  /** The row as the tab holds it (read back only). */
  row?: Cell[];
}

export interface HistoryView {
  years: HistoryYear[];
  threeYears: SchoolHistory['threeYears'];
  /** Rows of the tab that could not be read (Vietnamese, naming the cell). */
  warnings: string[];
  /** Those rows as written: kept at the bottom of the tab when it is rewritten, never dropped. */
  unread: Cell[][];
}

const DATA_YES = 'Có';

function rowOf(year: HistoryYear): Cell[] {
  const { record, links } = year;
  return [
    record.schoolYear,
    record.framework,
    record.levelsText,
    record.schoolLevelLabel,
    record.budgetTotalVnd,
    record.actionsFinished,
    record.actionsUnfinished,
    record.counts ? DATA_YES : `Chưa: ${record.whyNot}`,
    links.spreadsheetUrl,
    links.documentUrl,
  ];
}

/** `Mức 1: 18/18 (★ 8/8); Mức 2: 10/18 (★ 3/8)` back into counts (history.ts writes it). */
function levelsFromText(text: string): LevelCount[] {
  const levels: LevelCount[] = [];
  for (const match of text.matchAll(/Mức (\d+): (\d+)\/(\d+)(?: \(★ (\d+)\/(\d+)\))?/g)) {
    const met = Number(match[2]);
    const total = Number(match[3]);
    levels.push({
      level: Number(match[1]),
      met,
      total,
      percent: total === 0 ? 0 : Math.round((met / total) * 1000) / 10,
      ...(match[4] !== undefined ? { mandatory: { met: Number(match[4]), total: Number(match[5]) } } : {}),
    });
  }
  return levels;
}

function numberOf(cell: Cell | undefined): number {
  if (typeof cell === 'number') return cell;
  const digits = cellText(cell).replace(/[.\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : 0;
}

/** The earlier years as the tab holds them; a row whose `Năm học` cannot be read is named, not guessed. */
export function readHistoryTab(sheet: RawSheet | undefined): { years: HistoryYear[]; warnings: string[]; unread: Cell[][] } {
  if (!sheet || sheet.values.length === 0) return { years: [], warnings: [], unread: [] };
  const header = sheet.values[0].map((cell) => foldKey(cellText(cell)));
  const col = (title: string) => header.indexOf(foldKey(title));
  const at = (row: Cell[], title: string) => (col(title) >= 0 ? row[col(title)] : undefined);
  const years: HistoryYear[] = [];
  const warnings: string[] = [];
  const unread: Cell[][] = [];
  sheet.values.slice(1).forEach((row, index) => {
    if (row.every((cell) => cellText(cell) === '')) return;
    const yearText = cellText(at(row, 'Năm học'));
    const year = parseSchoolYear(yearText);
    if (!year) {
      warnings.push(
        `Trang "${HISTORY_TAB}", ô A${index + 2}: không đọc được năm học "${yearText}" (ví dụ đúng: 2025-2026); dòng này không được tính vào lịch sử. Hãy sửa năm học ở ô đó.`,
      );
      unread.push(row);
      return;
    }
    const dataText = cellText(at(row, 'Đủ dữ liệu (Điều 16)'));
    const counts = foldKey(dataText) === foldKey(DATA_YES);
    const levelsText = cellText(at(row, 'Mức đạt theo từng mức'));
    const schoolLevelLabel = cellText(at(row, 'Mức của trường'));
    const levelMatch = /^Mức (\d+)/.exec(schoolLevelLabel);
    years.push({
      record: {
        label: `Trang "${HISTORY_TAB}", dòng ${index + 2}`,
        schoolName: '',
        schoolYear: `${year.startYear}-${year.endYear}`,
        startYear: year.startYear,
        framework: cellText(at(row, 'Khung đánh giá')),
        levels: levelsFromText(levelsText),
        levelsText,
        schoolLevel: levelMatch ? Number(levelMatch[1]) : 0,
        schoolLevelLabel,
        budgetTotalVnd: numberOf(at(row, 'Kinh phí dự kiến (đồng)')),
        actionsFinished: numberOf(at(row, 'Hoạt động hoàn thành')),
        actionsUnfinished: numberOf(at(row, 'Hoạt động chưa hoàn thành')),
        assessed: counts,
        followUpRecorded: null,
        counts,
        whyNot: counts ? '' : dataText.replace(/^Chưa:\s*/, '') || 'chưa ghi',
      },
      links: { spreadsheetUrl: cellText(at(row, 'Bảng tính')), documentUrl: cellText(at(row, 'Văn bản kế hoạch')) },
      current: false,
      row,
    });
  });
  return { years, warnings, unread };
}

/**
 * The tab's years with the current one made anew: a row of the same school
 * year is replaced (its links kept when the current year has none), the
 * others kept as written; oldest first.
 */
export function historyView(sheet: RawSheet | undefined, current: HistoryYear | null): HistoryView {
  const stored = readHistoryTab(sheet);
  const years = stored.years.filter((year) => year.record.startYear !== current?.record.startYear);
  const twin = stored.years.find((year) => year.record.startYear === current?.record.startYear);
  const warnings = [...stored.warnings];
  const unread = [...stored.unread];
  if (current) {
    years.push({
      ...current,
      links: {
        spreadsheetUrl: current.links.spreadsheetUrl || (twin?.links.spreadsheetUrl ?? ''),
        documentUrl: current.links.documentUrl || (twin?.links.documentUrl ?? ''),
      },
    });
  }
  const seen = new Set<number>();
  const unique = years.filter((year) => {
    const start = year.record.startYear ?? 0;
    if (seen.has(start)) {
      warnings.push(`${year.record.label}: năm học ${year.record.schoolYear} đã có ở một dòng trên; dòng này không được tính. Hãy xoá dòng trùng.`);
      if (year.row) unread.push(year.row);
      return false;
    }
    seen.add(start);
    return true;
  });
  unique.sort((a, b) => (a.record.startYear ?? 0) - (b.record.startYear ?? 0));
  return { years: unique, threeYears: threeYearCondition(unique.map((year) => year.record)), warnings, unread };
}

/**
 * The whole tab, header first, rows of the same width: written in one go.
 * Rows that could not be read come last, as written, for the school to fix.
 */
export function historyTabValues(view: HistoryView): Cell[][] {
  const width = HISTORY_HEADERS.length;
  const fit = (row: Cell[]) => Array.from({ length: width }, (_, index) => row[index] ?? '');
  return [HISTORY_HEADERS, ...view.years.map(rowOf), ...view.unread.map(fit)];
}
