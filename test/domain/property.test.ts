/**
 * Whatever a school's spreadsheet holds, reading, validation and summary
 * never throw, and every issue points at a tab and a cell of the input
 * (or, for a missing tab, names that tab).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tt17TieuHoc, tt57 } from '../../src/domain/frameworks';
import { summarize } from '../../src/domain/summary/summary';
import { validatePlan, type Issue } from '../../src/domain/validate';
import { parseA1 } from '../../src/domain/workbook/a1';
import { readPlan } from '../../src/domain/workbook/read';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { blankWorkbook } from '../../src/domain/workbook/template';
import { foldKey } from '../../src/domain/text';

const TAB_NAMES = ['Thông tin chung', 'Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Tiêu chuẩn 6', 'Mức 4', 'Vấn đề trọng tâm', 'Theo dõi', 'Nội dung văn bản', 'Tổng hợp', 'tiêu chuẩn 1'.normalize('NFD'), 'Sheet1'];
const HEADERS = [...tt17TieuHoc.standardColumns, ...tt57.standardColumns].flatMap((column) => [column.header, ...column.aliases]).concat(['Mục', 'Nội dung', 'Tiêu chuẩn', 'Thời điểm']);
const TEXTS = ['1.1', 'Tiêu chí 2. 2 Đối với giáo viên', 'TC 3.5', 'Mức 2', 'Mức 3', 'Đạt', 'Không đạt', 'Chưa đạt', 'Tháng 9/2024', 'Năm 2065', 'Tháng 10/2024 - tháng 5/2025', 'HK I', 'Cả năm học', '10 triệu', '1,5 triệu', 'Xã hội hóa', '2024 - 2025', '2026-2027', '31/02/2024', '05/10/2024', 'TT57', 'Năm học', 'Khung đánh giá', 'Email nhận', 'a@b', 'Cuối học kỳ I', 'Hoàn thành', '=IMPORTXML("http://x","//a")', '<img src=x onerror=alert(1)>', '🏫📚', 'Tiêu chí 1.1'.normalize('NFD')];

const cell = fc.oneof(
  fc.constantFrom(...TEXTS, ...HEADERS),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant('x'.repeat(30_000)),
);

const tab = fc.record({
  name: fc.oneof(fc.constantFrom(...TAB_NAMES), fc.string()),
  values: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 25 }),
});

function checkIssues(workbook: RawWorkbook, issues: Issue[]): void {
  const names = new Set(workbook.sheets.map((sheet) => sheet.name));
  for (const issue of issues) {
    expect(parseA1(issue.cell), `${issue.code} at ${issue.cell}`).not.toBeNull();
    expect(issue.message.length).toBeGreaterThan(10);
    if (issue.code === 'tab-missing' || issue.code === 'info-tab-missing') {
      expect(workbook.sheets.some((sheet) => foldKey(sheet.name) === foldKey(issue.sheet))).toBe(false);
      continue;
    }
    expect(names.has(issue.sheet), `${issue.code} on ${issue.sheet}`).toBe(true);
    const sheet = workbook.sheets.find((candidate) => candidate.name === issue.sheet)!;
    const { row, col } = parseA1(issue.cell)!;
    if (row === 0 && col === 0) continue; // A1 exists on every tab
    expect(row, `${issue.code} ${issue.sheet}!${issue.cell}`).toBeLessThan(sheet.values.length);
    expect(col).toBeLessThan(Math.max(1, ...sheet.values.map((values) => values.length)));
  }
}

function analyse(workbook: RawWorkbook): void {
  const plan = readPlan(workbook);
  const issues = validatePlan(plan, { today: { day: 23, month: 11, year: 2026 } });
  summarize(plan);
  checkIssues(workbook, issues);
}

describe('random workbooks', () => {
  it('random tabs and cells never throw and issues point into the input', () => {
    fc.assert(fc.property(fc.array(tab, { maxLength: 8 }), (sheets) => analyse({ sheets })), { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) });
  });

  it('the real template with random cells written over it', () => {
    const edit = fc.record({ tab: fc.nat(), row: fc.nat({ max: 30 }), col: fc.nat({ max: 14 }), value: cell });
    fc.assert(
      fc.property(fc.constantFrom(tt17TieuHoc, tt57), fc.array(edit, { maxLength: 60 }), (framework, edits) => {
        const workbook = blankWorkbook(framework);
        for (const change of edits) {
          const sheet = workbook.sheets[change.tab % workbook.sheets.length];
          while (sheet.values.length <= change.row) sheet.values.push([]);
          sheet.values[change.row][change.col] = change.value;
        }
        analyse(workbook);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('missing and duplicated headers, 10,000 rows', () => {
    const workbook = blankWorkbook(tt17TieuHoc);
    const tab = workbook.sheets[1];
    tab.values[0] = [...tab.values[0], 'Tiêu chí', 'Thời gian'];
    tab.values[0].splice(tab.values[0].indexOf('Chủ trì, phối hợp'), 1);
    for (let i = 0; i < 10_000; i++) tab.values.push([i, i % 3 === 0 ? '' : `1.${i % 12}`, `Mức ${i % 5}`, null, 'x', 'Làm', 'Ai', `Tháng ${i % 14}/2025`, i % 2 ? '5 triệu' : '=SUM(A1)', true]);
    analyse(workbook);
  });
});
