/**
 * The district roll-up (issue 16): many schools' workbooks → one row per
 * school and the district's totals. The one entry for the CLI, the bench
 * and, later, the add-on's district mode. Never throws: each school that
 * cannot be counted is a row with its reason.
 */
import type { Framework } from '../frameworks/types';
import type { SimpleDate } from '../parse/types';
import { schoolRow, type SchoolInput, type SchoolRow } from './school-row';
import { districtTotals, type DistrictTotals } from './totals';

export interface RollupOptions {
  /** Today, for the follow-up's overdue rows (as the school's sidebar counts them). */
  today?: SimpleDate;
  /** Frameworks `Khung đánh giá` may name (tests add their own). */
  known?: Framework[];
}

export interface DistrictRollup {
  /** In the order given; duplicates stay listed with status `duplicate`, pointing at the row counted. */
  rows: SchoolRow[];
  totals: DistrictTotals;
}

/**
 * The same school and năm học given twice is counted once: the first one
 * given (the CLI sorts files by name, so the choice does not depend on the
 * file system's order). The later one is listed as `duplicate` with the
 * label of the one counted, so the specialist can check they agree.
 */
export function rollUp(inputs: SchoolInput[], options: RollupOptions = {}): DistrictRollup {
  return rollUpRows(
    inputs.map((input) => schoolRow(input, options.today, options.known)),
    options.known,
  );
}

/**
 * The same roll-up from rows already made one school at a time: the
 * add-on reads a district in batches (one execution cannot read a whole
 * province) and keeps each batch's rows, then counts them all here at the
 * end, so duplicates are found across batches exactly as in one run.
 */
export function rollUpRows(schoolRows: SchoolRow[], known?: Framework[]): DistrictRollup {
  const seen = new Map<string, SchoolRow>();
  const rows: SchoolRow[] = [];
  for (const row of schoolRows) {
    const first = row.status === 'plan' ? seen.get(row.identity) : undefined;
    if (first) {
      rows.push({
        ...row,
        status: 'duplicate',
        reason: `Trùng với "${first.label}" (cùng tên trường "${first.school}", năm học ${first.schoolYear ?? 'chưa điền'}): chỉ tính một lần. Nếu hai tệp khác nhau, hãy hỏi trường bản nào là bản đúng và bỏ bản còn lại.`,
      });
      continue;
    }
    if (row.status === 'plan') seen.set(row.identity, row);
    rows.push(row);
  }
  return { rows, totals: known ? districtTotals(rows, known) : districtTotals(rows) };
}
