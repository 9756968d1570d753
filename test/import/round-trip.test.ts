/**
 * Round trip: workbook → `render` (the CLI's HTML, the offline twin of the
 * Google Doc) → import of that HTML → the same workbook, for every value
 * the document prints: `Thông tin chung`, each criterion's levels and the
 * lines of each column, `Mức 4`, the TT57 tabs; then the same summary and,
 * rendered again, the same page byte for byte. Continuation rows come back
 * as lines of one cell, since the document prints them so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/domain/cell';
import { mapDocument } from '../../src/domain/import/map';
import { parseCriterionCode, parseRequirementNumber } from '../../src/domain/parse/criterion-code';
import { parseDate } from '../../src/domain/parse/date';
import { parseLevel, parseMet } from '../../src/domain/parse/level';
import { parseSchoolYear } from '../../src/domain/parse/school-year';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { cellText } from '../../src/domain/text';
import { readHtml } from '../../src/import-readers/html';
import { ROOT, TT57_SAMPLE } from '../../fixtures/workbooks';
import { infoValues, sheetValues } from './helpers';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'cli', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'khct-import-'));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Keys the document prints, with how to compare their values. */
const PRINTED_INFO: [string, (cell: Cell) => unknown][] = [
  ['Cơ quan chủ quản', cellText],
  ['Tên trường', cellText],
  ['Ký hiệu trường', cellText],
  ['Số kế hoạch', cellText],
  ['Địa danh', cellText],
  ['Ngày ban hành', (cell) => parseDate(cell)],
  ['Năm học', (cell) => parseSchoolYear(cell)],
  ['Hiệu trưởng', cellText],
  ['Loại hình', cellText],
  ['Địa chỉ', cellText],
];

/** Per criterion (or requirement): level, target, and each column's non-blank lines over all its rows. */
function printedByCriterion(workbook: RawWorkbook, tab: string): Map<string, Record<string, unknown>> {
  const [header, ...rows] = sheetValues(workbook, tab);
  const criterionCol = header.indexOf('Tiêu chí');
  const out = new Map<string, Record<string, unknown>>();
  let current: Record<string, unknown> | null = null;
  for (const row of rows) {
    const label = row[criterionCol];
    const id = tab === 'Mức 4' ? parseRequirementNumber(label) : parseCriterionCode(label)?.code;
    if (id !== null && id !== undefined) {
      current = {};
      out.set(String(id), current);
      header.forEach((heading, col) => {
        if (heading === 'Mức hiện tại') current![String(heading)] = tab === 'Mức 4' ? parseMet(row[col]) : parseLevel(row[col]);
        if (heading === 'Mức phấn đấu') current![String(heading)] = parseLevel(row[col]);
      });
    }
    if (!current) continue;
    header.forEach((heading, col) => {
      if (['TT', 'Tiêu chí', 'Mức hiện tại', 'Mức phấn đấu'].includes(String(heading))) return;
      const lines = cellText(row[col])
        .split('\n')
        .filter((line) => line.trim() !== '');
      current![String(heading)] = [...((current![String(heading)] as string[] | undefined) ?? []), ...lines];
    });
  }
  return out;
}

const cases = [
  {
    name: 'TT17, An Khang (fixtures/an-khang-clean.json)',
    path: join(ROOT, 'fixtures', 'an-khang-clean.json'),
    tabs: ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Mức 4'],
    extra: [] as string[],
  },
  {
    name: 'TT57, Hòa Bình (samples)',
    path: TT57_SAMPLE,
    tabs: ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4'],
    extra: ['Vấn đề trọng tâm', 'Theo dõi'],
  },
];

describe('round trip: workbook → render HTML → import → the same cells', () => {
  cases.forEach((entry, index) => {
    describe(entry.name, () => {
      const original = JSON.parse(readFileSync(entry.path, 'utf8')) as RawWorkbook;
      const html = join(dir, `plan-${index}.html`);
      const imported = join(dir, `imported-${index}.json`);
      let workbook: RawWorkbook;
      const load = () => {
        if (!workbook) {
          expect(cli('render', entry.path, '--out', html).status).toBe(0);
          workbook = mapDocument(readHtml(readFileSync(html, 'utf8'))).workbook;
        }
        return workbook;
      };

      it('Thông tin chung: every printed value, and the Nơi nhận lines', () => {
        const before = infoValues(original);
        const after = infoValues(load());
        for (const [key, compare] of PRINTED_INFO) {
          if (before[key] === undefined) continue;
          expect([key, compare(after[key]?.[0] ?? null)]).toEqual([key, compare(before[key][0])]);
        }
        expect(after['Nơi nhận'].map(cellText)).toEqual(before['Nơi nhận'].map(cellText).filter((line) => !/^Lưu: VT\.?$/.test(line)));
      });

      for (const tab of [...entry.tabs]) {
        it(`${tab}: each criterion's levels and printed lines`, () => {
          const before = printedByCriterion(original, tab);
          const after = printedByCriterion(load(), tab);
          // A criterion without improvement work is left out of the plan table (issue 18): its target is not printed.
          const hasWork = (values: Record<string, unknown>) => Object.values(values).some((value) => Array.isArray(value) && value.length > 0);
          for (const values of [...before.values(), ...after.values()]) if (!hasWork(values)) delete values['Mức phấn đấu'];
          expect([...after.keys()]).toEqual([...before.keys()]);
          for (const [code, values] of before) expect([code, after.get(code)]).toEqual([code, values]);
        });
      }

      for (const tab of entry.extra) {
        it(`${tab}: the same rows`, () => {
          const rows = (workbook: RawWorkbook) =>
            sheetValues(workbook, tab)
              .slice(1)
              .map((row) => row.map(cellText));
          expect(rows(load())).toEqual(rows(original));
        });
      }

      it('summary --json gives the same figures, and render gives the same page byte for byte', () => {
        const again = join(dir, `again-${index}.html`);
        expect(cli('import', html, '--out', imported).status).toBe(0);
        const figures = (path: string) => {
          const { levels, schoolLevel, budgetTotalVnd, framework } = JSON.parse(cli('summary', path, '--json').stdout);
          return { levels, schoolLevel, budgetTotalVnd, framework };
        };
        expect(figures(imported)).toEqual(figures(entry.path));
        expect(cli('render', imported, '--out', again).status).toBe(0);
        expect(readFileSync(again, 'utf8')).toBe(readFileSync(html, 'utf8'));
      });
    });
  });
});
