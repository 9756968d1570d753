/** Reading an imported workbook back in tests: a tab's rows as header → value, blank rows left out. */
import type { Cell } from '../../src/domain/cell';
import { parseCriterionCode, parseRequirementNumber } from '../../src/domain/parse/criterion-code';
import type { RawWorkbook } from '../../src/domain/workbook/raw';

export function sheetValues(workbook: RawWorkbook, name: string): Cell[][] {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.values;
}

/** `Thông tin chung` as key → values (several for `Nơi nhận`). */
export function infoValues(workbook: RawWorkbook): Record<string, Cell[]> {
  const out: Record<string, Cell[]> = {};
  for (const [key, value] of sheetValues(workbook, 'Thông tin chung').slice(1)) {
    const label = String(key);
    out[label] = [...(out[label] ?? []), value];
  }
  return out;
}

/**
 * The rows of a tab that hold more than the pre-filled criterion: each as
 * header → value, only the non-blank cells (the criterion and its levels
 * are asserted apart), so the expectations name every
 * value the import wrote and nothing else.
 */
export function filledRows(workbook: RawWorkbook, name: string, ignore: string[] = ['TT', 'Tiêu chí', 'Mức hiện tại', 'Mức phấn đấu']): Record<string, Cell>[] {
  const [header, ...rows] = sheetValues(workbook, name);
  return rows
    .filter((row) => row.some((value, col) => value !== '' && !ignore.includes(String(header[col]))))
    .map((row) =>
      Object.fromEntries(row.map((value, col) => [String(header[col]), value] as const).filter(([key, value]) => value !== '' && !ignore.includes(key))),
    );
}

/** `Mức hiện tại` of every row that names a criterion: `1.1` → `Mức 2`. */
export function levelsByCode(workbook: RawWorkbook, tabs: string[]): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const tab of tabs) {
    const [header, ...rows] = sheetValues(workbook, tab);
    const criterion = header.indexOf('Tiêu chí');
    const level = header.indexOf('Mức hiện tại');
    for (const row of rows) {
      const label = row[criterion];
      if (tab === 'Mức 4') {
        const number = parseRequirementNumber(label);
        if (number !== null) out[`Mức 4/${number}`] = row[level];
      } else {
        const code = parseCriterionCode(label);
        if (code) out[code.code] = row[level];
      }
    }
  }
  return out;
}
