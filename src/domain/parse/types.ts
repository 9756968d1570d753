/**
 * Results of the Vietnamese parsers. Every parser takes a raw cell and
 * returns one of these, or `null` when the text cannot be understood
 * (blank cells are handled by the caller, see each parser's doc).
 */

/** A criterion code read from a cell: `1.1`, `Tiêu chí 2. 2 Đối với giáo viên`, `TC 3.5`. */
export interface CriterionCode {
  /** Tiêu chuẩn number, e.g. 2 */
  standard: number;
  /** Number inside the standard, e.g. 2 */
  index: number;
  /** Canonical code `standard.index`, e.g. `2.2` */
  code: string;
}

/**
 * A level read from a cell. `0` means "Chưa đạt" (not even Mức 1).
 * On the `Mức 4` tab values are met / not met instead.
 */
export type LevelValue = { kind: 'level'; level: number } | { kind: 'met'; met: boolean };

/** A month, counted as `year * 12 + (month - 1)` so that ranges compare with `<`. */
export type MonthIndex = number;

/** Khoảng thời gian (time window) of an action, as months from..to inclusive. */
export interface TimeWindow {
  start: MonthIndex;
  end: MonthIndex;
  /** `ongoing` for `Thường xuyên` / `Cả năm học` (the whole school year). */
  kind: 'range' | 'ongoing';
  /**
   * Written as whole years (`Năm 2025`, `Giai đoạn 2025-2030`): the start
   * is January only because no month was given, so it says nothing about
   * starting before the school year's August.
   */
  yearOnly?: true;
}

/** Năm học, e.g. 2024-2025 (its window, August to July, is in school-year.ts). */
export interface SchoolYear {
  startYear: number;
  endYear: number;
}

/** A calendar date (ngày tháng năm) without time zone. */
export interface SimpleDate {
  day: number;
  month: number;
  year: number;
}

/** Dự kiến kinh phí. */
export type Budget =
  | { kind: 'amount'; vnd: number }
  /** `Không`, `0`, `-`: explicitly no money. */
  | { kind: 'none' }
  /** A funding source with no amount: `Ngân sách nhà nước`, `Xã hội hóa`. */
  | { kind: 'source'; text: string };
