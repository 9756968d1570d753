/**
 * Workbooks for tests, built from the same template setup writes, then
 * filled in the way a school would: by tab name and header text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cell } from '../../src/domain/cell';
import type { Framework } from '../../src/domain/frameworks/types';
import { allCriteria } from '../../src/domain/frameworks/types';
import { parseCriterionCode, parseRequirementNumber } from '../../src/domain/parse/criterion-code';
import { foldKey } from '../../src/domain/text';
import type { RawSheet, RawWorkbook } from '../../src/domain/workbook/raw';
import { blankWorkbook } from '../../src/domain/workbook/template';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TT17_SAMPLE = join(ROOT, 'samples', 'truong-tieu-hoc-an-khang-2024-2025.json');
export const TT57_SAMPLE = join(ROOT, 'samples', 'truong-tieu-hoc-hoa-binh-2026-2027.json');

export function loadSample(path: string): RawWorkbook {
  return JSON.parse(readFileSync(path, 'utf8')) as RawWorkbook;
}

export function sheet(workbook: RawWorkbook, name: string): RawSheet {
  const found = workbook.sheets.find((candidate) => foldKey(candidate.name) === foldKey(name));
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

function column(tab: RawSheet, header: string): number {
  const col = tab.values[0].findIndex((cell) => foldKey(String(cell)) === foldKey(header));
  if (col < 0) throw new Error(`no column ${header} on ${tab.name}`);
  return col;
}

/** Sets a cell of a row found by the value of its first matching column (`Tiêu chí`, `Mục`…). */
export function setByHeader(tab: RawSheet, row: number, header: string, value: Cell): void {
  const col = column(tab, header);
  while (tab.values[row].length <= col) tab.values[row].push('');
  tab.values[row][col] = value;
}

/** Data row (0-based in the tab) of a criterion on its standard tab. */
export function criterionRow(tab: RawSheet, code: string): number {
  const col = column(tab, 'Tiêu chí');
  const row = tab.values.findIndex((values, index) => index > 0 && parseCriterionCode(values[col] ?? null)?.code === code);
  if (row < 0) throw new Error(`no criterion ${code} on ${tab.name}`);
  return row;
}

export function setInfo(workbook: RawWorkbook, label: string, value: Cell): void {
  const tab = sheet(workbook, 'Thông tin chung');
  const row = tab.values.findIndex((values) => foldKey(String(values[0])) === foldKey(label));
  if (row < 0) throw new Error(`no info ${label}`);
  tab.values[row][1] = value;
}

export interface FillOptions {
  /** Level each criterion reaches; default: its highest level. */
  levelOf?: (code: string, maxLevel: number) => number | string;
  /** How many requirements (TT17 Mức 4) are met, from the first. */
  requirementsMet?: number;
  schoolYear?: string;
}

/**
 * A complete, valid plan of the framework: information filled in, each
 * criterion assessed, and one action row (who, when, budget) for each one
 * below its highest level.
 */
export function filledWorkbook(framework: Framework, options: FillOptions = {}): RawWorkbook {
  const workbook = blankWorkbook(framework);
  const schoolYear = options.schoolYear ?? (framework.requirements ? '2024-2025' : '2026-2027');
  const startYear = Number(schoolYear.slice(0, 4));
  setInfo(workbook, 'Cơ quan chủ quản', 'UBND HUYỆN PHÚ GIÁO');
  setInfo(workbook, 'Tên trường', 'Trường Tiểu học An Thái');
  setInfo(workbook, 'Ký hiệu trường', 'THAT');
  setInfo(workbook, 'Số kế hoạch', '12');
  setInfo(workbook, 'Địa danh', 'An Thái');
  setInfo(workbook, 'Ngày ban hành', `05/10/${startYear}`);
  setInfo(workbook, 'Năm học', schoolYear);
  setInfo(workbook, 'Hiệu trưởng', 'Lê Thị Thu');
  setInfo(workbook, 'Nơi nhận', 'Phòng GD&ĐT (b/c);');

  for (const criterion of allCriteria(framework)) {
    const tab = sheet(workbook, `${framework.standardTabPrefix} ${criterion.standard}`);
    const row = criterionRow(tab, criterion.code);
    const level = options.levelOf ? options.levelOf(criterion.code, criterion.maxLevel) : criterion.maxLevel;
    const levelText = typeof level === 'string' ? level : level === 0 ? 'Chưa đạt' : `Mức ${level}`;
    setByHeader(tab, row, 'Mức hiện tại', levelText);
    if (typeof level === 'number' && level < criterion.maxLevel) {
      const actions = framework.standardColumns.find((spec) => spec.key === 'actions')!.header;
      const responsible = framework.standardColumns.find((spec) => spec.key === 'responsible')!.header;
      const time = framework.standardColumns.find((spec) => spec.key === 'time')!.header;
      const budget = framework.standardColumns.find((spec) => spec.key === 'budget')!.header;
      setByHeader(tab, row, actions, `Thực hiện các giải pháp để tiêu chí ${criterion.code} đạt Mức ${criterion.maxLevel}`);
      setByHeader(tab, row, responsible, 'Hiệu trưởng; Tổ chuyên môn');
      setByHeader(tab, row, time, `Tháng 10/${startYear} - tháng 5/${startYear + 1}`);
      setByHeader(tab, row, budget, '10 triệu');
    }
  }

  const requirements = framework.requirements;
  if (requirements) {
    const tab = sheet(workbook, requirements.tabName);
    const col = column(tab, 'Tiêu chí');
    tab.values.forEach((values, row) => {
      const number = row > 0 ? parseRequirementNumber(values[col] ?? null) : null;
      if (number === null) return;
      setByHeader(tab, row, 'Mức hiện tại', number <= (options.requirementsMet ?? 0) ? 'Đạt' : 'Không đạt');
    });
  }

  for (const spec of framework.extraTables) {
    if (spec.requiredRows) continue;
    const tab = sheet(workbook, spec.tabName);
    tab.values.push(spec.columns.map((columnSpec) => {
      if (columnSpec.key === 'standard') return 'Tiêu chuẩn 1';
      if (columnSpec.key === 'criteria') return '1.3, 1.4';
      if (columnSpec.key === 'tt') return 1;
      return `Nội dung ${columnSpec.header.toLowerCase()}`;
    }));
  }
  const followUpTab = framework.extraTables.find((spec) => spec.requiredRows);
  if (followUpTab) {
    const tab = sheet(workbook, followUpTab.tabName);
    for (let row = 1; row < tab.values.length; row++) setByHeader(tab, row, 'Nội dung theo dõi', 'Rà soát tiến độ các hoạt động cải tiến');
  }
  return workbook;
}

/**
 * The same plan grown to `rowsPerTab` data rows on each standard tab: the
 * extra rows are continuation rows (more actions of the last criterion),
 * each with who, when and budget, as a long real plan has.
 */
export function withRowsPerTab(workbook: RawWorkbook, framework: Framework, rowsPerTab: number): RawWorkbook {
  const copy: RawWorkbook = JSON.parse(JSON.stringify(workbook));
  const header = (tab: RawSheet, key: string) => {
    const spec = framework.standardColumns.find((column) => column.key === key)!;
    return tab.values[0].indexOf(spec.header);
  };
  const startYear = 2024;
  for (const standard of framework.standards) {
    const tab = sheet(copy, `${framework.standardTabPrefix} ${standard.number}`);
    let n = 0;
    while (tab.values.length - 1 < rowsPerTab) {
      n++;
      const row: Cell[] = tab.values[0].map(() => '');
      row[header(tab, 'actions')] = `Hoạt động bổ sung số ${n} của tiêu chuẩn ${standard.number}`;
      row[header(tab, 'responsible')] = 'Tổ chuyên môn';
      row[header(tab, 'time')] = `Tháng ${(n % 9) + 1}/${startYear + 1}`;
      row[header(tab, 'budget')] = `${n % 7} triệu`;
      tab.values.push(row);
    }
  }
  return copy;
}
