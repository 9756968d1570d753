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
import { filledWorkbook, loadSample, TT17_SAMPLE } from '../../fixtures/workbooks';

const TAB_NAMES = [
  'Thông tin chung',
  'Tiêu chuẩn 1',
  'Tiêu chuẩn 2',
  'Tiêu chuẩn 3',
  'Tiêu chuẩn 4',
  'Tiêu chuẩn 5',
  'Tiêu chuẩn 6',
  'Mức 4',
  'Vấn đề trọng tâm',
  'Theo dõi',
  'Nội dung văn bản',
  'Tổng hợp',
  'tiêu chuẩn 1'.normalize('NFD'),
  'Sheet1',
];
const HEADERS = [...tt17TieuHoc.standardColumns, ...tt57.standardColumns]
  .flatMap((column) => [column.header, ...column.aliases])
  .concat(['Mục', 'Nội dung', 'Tiêu chuẩn', 'Thời điểm']);
const TEXTS = [
  '1.1',
  'Tiêu chí 2. 2 Đối với giáo viên',
  'TC 3.5',
  'Mức 2',
  'Mức 3',
  'Đạt',
  'Không đạt',
  'Chưa đạt',
  'Tháng 9/2024',
  'Năm 2065',
  'Tháng 10/2024 - tháng 5/2025',
  'HK I',
  'Cả năm học',
  '10 triệu',
  '1,5 triệu',
  'Xã hội hóa',
  '2024 - 2025',
  '2026-2027',
  '31/02/2024',
  '05/10/2024',
  'TT57',
  'Năm học',
  'Khung đánh giá',
  'Email nhận',
  'a@b',
  'Cuối học kỳ I',
  'Hoàn thành',
  '=IMPORTXML("http://x","//a")',
  '<img src=x onerror=alert(1)>',
  '🏫📚',
  'Tiêu chí 1.1'.normalize('NFD'),
];

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
  const widths = new Map(workbook.sheets.map((sheet) => [sheet, Math.max(1, ...sheet.values.map((values) => values.length))]));
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
    expect(col).toBeLessThan(widths.get(sheet)!);
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
    fc.assert(
      fc.property(fc.array(tab, { maxLength: 8 }), (sheets) => analyse({ sheets })),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
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

  it('missing and duplicated headers, 10,000 rows: both are reported on the header row', () => {
    const workbook = blankWorkbook(tt17TieuHoc);
    const tab = workbook.sheets[1];
    tab.values[0] = [...tab.values[0], 'Tiêu chí', 'Thời gian'];
    tab.values[0].splice(tab.values[0].indexOf('Chủ trì, phối hợp'), 1);
    for (let i = 0; i < 10_000; i++)
      tab.values.push([
        i,
        i % 3 === 0 ? '' : `1.${i % 12}`,
        `Mức ${i % 5}`,
        null,
        'x',
        'Làm',
        'Ai',
        `Tháng ${i % 14}/2025`,
        i % 2 ? '5 triệu' : '=SUM(A1)',
        true,
      ]);
    analyse(workbook);
    const issues = validatePlan(readPlan(workbook)).filter((issue) => issue.sheet === tab.name);
    const width = tab.values[0].length;
    expect(issues.filter((issue) => issue.code === 'column-duplicate').map((issue) => issue.cell)).toEqual([
      `${String.fromCharCode(64 + width - 1)}1`,
      `${String.fromCharCode(64 + width)}1`,
    ]);
    expect(issues.filter((issue) => issue.code === 'column-missing').map((issue) => [issue.cell, issue.severity])).toEqual([['A1', 'warning']]);
  });
});

/** `Tiêu chuẩn 1` → `tieu chuan 1`, `\u200eTIÊU  CHUẨN 1\u00a0`, …: how the same name arrives typed without a Vietnamese keyboard or pasted. */
const mangle = fc.record({
  stripMarks: fc.boolean(),
  caseChange: fc.constantFrom('none', 'upper', 'lower'),
  before: fc.constantFrom('', ' ', '\u200b', '\u200e', '\u200f', '\u00a0', '\ufeff', '\u2066'),
  after: fc.constantFrom('', ' ', '\u200b', '\u200f', '\u00a0', '\u2069', '  '),
  doubleSpaces: fc.boolean(),
});
type Mangle = typeof mangle extends fc.Arbitrary<infer T> ? T : never;

function mangled(text: string, how: Mangle): string {
  let out = how.stripMarks
    ? text
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
    : text;
  if (how.caseChange === 'upper') out = out.toUpperCase();
  if (how.caseChange === 'lower') out = out.toLowerCase();
  if (how.doubleSpaces) out = out.replace(/ /g, '  ');
  return `${how.before}${out}${how.after}`;
}

/** Every tab name and every text cell of the workbook, each mangled its own way. */
function mangleWorkbook(workbook: RawWorkbook, hows: Mangle[]): RawWorkbook {
  let i = 0;
  const next = () => hows[i++ % hows.length];
  return {
    sheets: workbook.sheets.map((sheet) => ({
      name: mangled(sheet.name, next()),
      // E-mail addresses are not names: the e-mail rule refuses invisible marks in them on purpose (issue 14).
      values: sheet.values.map((row) =>
        row.map((value) => (typeof value === 'string' && value !== '' && !value.includes('@') ? mangled(value, next()) : value)),
      ),
    })),
  };
}

function issueShape(issues: Issue[]): string[] {
  return issues.map((issue) => `${foldKey(issue.sheet)}!${issue.cell} ${issue.severity} ${issue.code}`).sort();
}

describe('names and values typed without diacritics or with invisible marks (workbook spec)', () => {
  const plans = [
    filledWorkbook(tt17TieuHoc, { levelOf: (code, max) => (code.startsWith('2') ? max - 1 : max), requirementsMet: 3 }),
    filledWorkbook(tt57, { levelOf: (code) => (code === '3.2' ? 1 : 2) }),
    loadSample(TT17_SAMPLE),
  ];

  it('give the same summary and the same issues, cell for cell, as the workbook typed properly', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2), fc.array(mangle, { minLength: 1, maxLength: 40 }), (which, hows) => {
        const original = plans[which];
        const variant = mangleWorkbook(original, hows);
        const [a, b] = [readPlan(original), readPlan(variant)];
        expect(b.framework.id).toBe(a.framework.id);
        const [sa, sb] = [summarize(a), summarize(b)];
        expect(sb.levels).toEqual(sa.levels);
        expect(sb.schoolLevel).toBe(sa.schoolLevel);
        expect(sb.budgetTotalVnd).toBe(sa.budgetTotalVnd);
        const today = { day: 23, month: 11, year: 2026 };
        expect(issueShape(validatePlan(b, { today }))).toEqual(issueShape(validatePlan(a, { today })));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });
});

describe('properties that break when the rules break', () => {
  it("a template filled at every criterion's highest level has no error and every criterion met", () => {
    fc.assert(
      fc.property(fc.constantFrom(tt17TieuHoc, tt57), fc.nat({ max: 5 }), (framework, met) => {
        const plan = readPlan(filledWorkbook(framework, { requirementsMet: met }));
        expect(validatePlan(plan).filter((issue) => issue.severity === 'error')).toEqual([]);
        const summary = summarize(plan);
        for (const level of summary.levels) {
          if (framework.requirements && level.level === framework.requirements.level) expect(level.met).toBe(Math.min(met, level.total));
          else expect(level.met).toBe(level.total);
        }
      }),
      { numRuns: 20 },
    );
  });

  it("removing any criterion's row is an error on that tab naming the criterion, and lowers the summary", () => {
    const criteria = tt17TieuHoc.standards.flatMap((standard) => standard.criteria.map((criterion) => criterion.code));
    fc.assert(
      fc.property(fc.constantFrom(...criteria), (code) => {
        const workbook = filledWorkbook(tt17TieuHoc);
        const tab = workbook.sheets.find((sheet) => sheet.name === `Tiêu chuẩn ${code.split('.')[0]}`)!;
        const row = tab.values.findIndex((values) => typeof values[1] === 'string' && values[1].startsWith(`Tiêu chí ${code}:`));
        tab.values.splice(row, 1);
        const plan = readPlan(workbook);
        const missing = validatePlan(plan).filter((issue) => issue.code === 'criterion-missing');
        expect(missing.map((issue) => [issue.sheet, issue.severity])).toEqual([[tab.name, 'error']]);
        expect(missing[0].message).toContain(`Thiếu tiêu chí ${code}`);
        expect(summarize(plan).levels[0].met).toBe(criteria.length - 1);
      }),
      { numRuns: 27 },
    );
  });

  it('duplicating any header of a standard tab is a column-duplicate warning on the copy', () => {
    fc.assert(
      fc.property(fc.constantFrom(tt17TieuHoc, tt57), fc.nat(), (framework, pick) => {
        const workbook = filledWorkbook(framework);
        const tab = workbook.sheets.find((sheet) => sheet.name === 'Tiêu chuẩn 1')!;
        const header = tab.values[0][pick % tab.values[0].length] as string;
        tab.values[0].push(header);
        const duplicates = validatePlan(readPlan(workbook)).filter((issue) => issue.code === 'column-duplicate');
        expect(duplicates.map((issue) => [issue.sheet, issue.cell, issue.severity])).toEqual([
          [tab.name, `${String.fromCharCode(64 + tab.values[0].length)}1`, 'warning'],
        ]);
      }),
      { numRuns: 30 },
    );
  });
});
