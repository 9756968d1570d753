/**
 * The district roll-up at a province's size: 1,000 schools, each a
 * realistic plan (one of the district samples grown to 40 rows a standard
 * tab, with its own school name), from JSON text as the CLI reads files,
 * through rollUp, the report's document model and HTML, and the CSV.
 * Target: under 10 s in all on this machine. `npx tsx bench/rollup.ts`, or
 * section 6 of `npm run bench`. Measures; asserts nothing.
 */
import { pathToFileURL } from 'node:url';
import type { Cell } from '../src/domain/cell';
import type { Framework } from '../src/domain/frameworks/types';
import { analysePlan } from '../src/domain/analyse';
import { buildDistrictReport, rollUp, schoolsCsv, type SchoolInput } from '../src/domain/rollup';
import type { RawWorkbook } from '../src/domain/workbook/raw';
import { renderHtml } from '../src/render/html';
import { setInfo, sheet } from '../fixtures/workbooks';
import { districtSampleFiles } from '../scripts/make-district-samples';
import { ms } from './stats';

const SCHOOLS = 1000;
const ROWS_PER_TAB = 40;
const TODAY = { day: 15, month: 1, year: 2027 };

/**
 * A long real plan: more action rows under each standard's last criterion
 * (continuation rows), each with who, when inside the school year, a budget
 * and, where the framework tracks it, how far it has come.
 */
function grown(workbook: RawWorkbook, framework: Framework): RawWorkbook {
  const copy = JSON.parse(JSON.stringify(workbook)) as RawWorkbook;
  const column = (header: string[], key: string) => header.indexOf(framework.standardColumns.find((spec) => spec.key === key)?.header ?? '');
  const progress = framework.progressValues;
  for (const standard of framework.standards) {
    const tab = sheet(copy, `${framework.standardTabPrefix} ${standard.number}`);
    const header = tab.values[0].map(String);
    for (let n = 1; tab.values.length - 1 < ROWS_PER_TAB; n++) {
      const row: Cell[] = header.map(() => '');
      row[column(header, 'actions')] = `Hoạt động bổ sung số ${n} của tiêu chuẩn ${standard.number}`;
      row[column(header, 'responsible')] = 'Tổ chuyên môn';
      row[column(header, 'time')] = `Tháng ${(n % 4) + 9}/2026 - tháng 5/2027`;
      row[column(header, 'budget')] = `${n % 7} triệu`;
      if (progress.length > 0) row[column(header, 'progress')] = progress[n % progress.length];
      tab.values.push(row);
    }
  }
  return copy;
}

/** The district's twelve plans, each grown to ROWS_PER_TAB rows a standard tab, as JSON text. */
function samplePlans(): string[] {
  const plans: string[] = [];
  for (const content of districtSampleFiles().values()) {
    let workbook: RawWorkbook;
    try {
      workbook = JSON.parse(content) as RawWorkbook;
    } catch {
      continue;
    }
    const analysis = analysePlan(workbook);
    if (analysis.plan.standardTabs.length === 0 || analysis.plan.info.schoolName === '') continue;
    plans.push(JSON.stringify(grown(workbook, analysis.framework)));
  }
  return plans;
}

function step<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

export function benchRollup(): void {
  const plans = samplePlans();
  const texts = Array.from({ length: SCHOOLS }, (_, index) => plans[index % plans.length]);
  const rows = texts.reduce((sum, text) => sum + (JSON.parse(text) as RawWorkbook).sheets.reduce((n, tab) => n + tab.values.length, 0), 0);

  const read = step(() =>
    texts.map((text, index): SchoolInput => {
      const workbook = JSON.parse(text) as RawWorkbook;
      // Each its own school, so none is taken for a duplicate.
      setInfo(workbook, 'Tên trường', `Trường số ${index + 1}`);
      return { label: `truong-${index + 1}.json`, workbook };
    }),
  );
  const rolled = step(() => rollUp(read.result, { today: TODAY }));
  const issues = rolled.result.rows.reduce((sum, row) => sum + (row.figures ? row.figures.errors + row.figures.warnings : 0), 0);
  const report = step(() => renderHtml(buildDistrictReport(rolled.result, { agency: 'UBND TỈNH BÌNH DƯƠNG', place: 'Thủ Dầu Một', date: TODAY })));
  const csv = step(() => schoolsCsv(rolled.result.rows));
  const total = read.ms + rolled.ms + report.ms + csv.ms;

  console.log(`\n6. District roll-up: ${SCHOOLS} schools × a plan of ${ROWS_PER_TAB} rows a standard tab (${rows} rows in all)`);
  console.log(`   JSON → workbooks  ${ms(read.ms)}`);
  console.log(
    `   rollUp            ${ms(rolled.ms)} (${rolled.result.totals.schools} schools counted, ${(rolled.ms / SCHOOLS).toFixed(2)} ms a school, ${issues} issues in all)`,
  );
  console.log(`   report (HTML)     ${ms(report.ms)} (${(report.result.length / 1024).toFixed(0)} KB)`);
  console.log(`   CSV               ${ms(csv.ms)} (${(csv.result.length / 1024).toFixed(0)} KB)`);
  console.log(`   total             ${ms(total)} (target < 10 s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) benchRollup();
