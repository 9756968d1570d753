/**
 * `Thông tin chung` of next year's workbook: the school's details carried
 * over as written, `Năm học` one year on, `Số kế hoạch` and `Ngày ban hành`
 * left blank (a new plan gets a new number and date), the framework the
 * new year falls under.
 */
import type { Cell } from '../cell';
import { INFO_KEYS } from '../workbook/info';
import type { PlanInfo } from '../workbook/plan';
import type { RawSheet } from '../workbook/raw';

/** Keys copied as the school wrote them (every row: `Nơi nhận` may have several). */
const CARRIED_KEYS = [
  'governingBody',
  'schoolName',
  'schoolCode',
  'place',
  'principal',
  'recipients',
  'shareEmails',
  'educationLevel',
  'schoolType',
  'address',
];

/**
 * Fills the template's `Thông tin chung` (label, value, hint rows under a
 * header) with the old values. A key with several old rows gets one row
 * each, right under its label's row.
 */
export function carryInfo(template: RawSheet, oldInfo: PlanInfo): RawSheet {
  const values: Cell[][] = [];
  for (const row of template.values) {
    const key = INFO_KEYS.find((candidate) => candidate.label === row[0]);
    const old = key && CARRIED_KEYS.includes(key.key) ? (oldInfo.entries.get(key.key) ?? []) : [];
    if (!key || old.length === 0) {
      values.push([...row]);
      continue;
    }
    values.push([row[0], old[0].cell, row[2] ?? '']);
    for (const more of old.slice(1)) values.push([key.label, more.cell, '']);
  }
  return { name: template.name, values };
}
