/**
 * Plans for the document tests: the TT17 sample with its deliberate errors
 * fixed (fixtures/an-khang-clean.json), the TT57 sample, and generated plans
 * of N action rows for the scale and pagination tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Cell } from '../../src/domain/cell';
import type { Framework } from '../../src/domain/frameworks/types';
import { allCriteria } from '../../src/domain/frameworks/types';
import { summarize } from '../../src/domain/summary/summary';
import type { Plan } from '../../src/domain/workbook/plan';
import type { RawSheet, RawWorkbook } from '../../src/domain/workbook/raw';
import { readPlan } from '../../src/domain/workbook/read';
import { buildPlanDocument } from '../../src/domain/document/build';
import type { PlanDocument } from '../../src/domain/document/model';
import { foldKey } from '../../src/domain/text';
import { TT57_SAMPLE, filledWorkbook, loadSample, sheet } from '../../fixtures/workbooks';

export const TT17_CLEAN = fileURLToPath(new URL('./fixtures/an-khang-clean.json', import.meta.url));

export function tt17Clean(): RawWorkbook {
  return loadSample(TT17_CLEAN);
}

export function tt57Sample(): RawWorkbook {
  return loadSample(TT57_SAMPLE);
}

export function documentOf(workbook: RawWorkbook): { plan: Plan; document: PlanDocument } {
  const plan = readPlan(workbook);
  return { plan, document: buildPlanDocument(plan, summarize(plan)) };
}

function col(tab: RawSheet, header: string): number {
  const index = tab.values[0].findIndex((cell) => foldKey(String(cell)) === foldKey(header));
  if (index < 0) throw new Error(`no column ${header} on ${tab.name}`);
  return index;
}

/** Sets a cell in the row whose `Tiêu chí` cell starts with `Tiêu chí <code>`. */
export function setCell(workbook: RawWorkbook, tabName: string, code: string, header: string, value: Cell): void {
  const tab = sheet(workbook, tabName);
  const criterion = col(tab, 'Tiêu chí');
  const row = tab.values.find((values) => String(values[criterion] ?? '').startsWith(`Tiêu chí ${code}`));
  if (!row) throw new Error(`no criterion ${code} on ${tabName}`);
  row[col(tab, header)] = value;
}

/** Inserts a continuation row (blank `Tiêu chí`) right under a criterion's rows. */
export function addActionRow(workbook: RawWorkbook, tabName: string, code: string, values: Record<string, Cell>): void {
  const tab = sheet(workbook, tabName);
  const criterion = col(tab, 'Tiêu chí');
  let at = tab.values.findIndex((row) => String(row[criterion] ?? '').startsWith(`Tiêu chí ${code}`));
  if (at < 0) throw new Error(`no criterion ${code} on ${tabName}`);
  at += 1;
  while (at < tab.values.length && String(tab.values[at][criterion] ?? '') === '') at += 1;
  const row: Cell[] = tab.values[0].map(() => '');
  for (const [header, value] of Object.entries(values)) row[col(tab, header)] = value;
  tab.values.splice(at, 0, row);
}

/**
 * A valid plan with `rows` action rows in all, spread over the criteria
 * (each criterion's own row first, then continuation rows), each with a
 * unique marker `Việc số 001` in the actions column.
 */
export function plannedWorkbook(framework: Framework, rows: number): RawWorkbook {
  const workbook = filledWorkbook(framework, { levelOf: (_code, max) => max - 1 });
  const criteria = allCriteria(framework);
  const actions = framework.standardColumns.find((column) => column.key === 'actions')!.header;
  const responsible = framework.standardColumns.find((column) => column.key === 'responsible')!.header;
  const time = framework.standardColumns.find((column) => column.key === 'time')!.header;
  const budget = framework.standardColumns.find((column) => column.key === 'budget')!.header;
  const start = Number(/(\d{4})/.exec(String(sheet(workbook, 'Thông tin chung').values.find((row) => row[0] === 'Năm học')?.[1]))?.[1]);
  for (let n = 1; n <= rows; n++) {
    const criterion = criteria[(n - 1) % criteria.length];
    const tabName = `${framework.standardTabPrefix} ${criterion.standard}`;
    const marker = `Việc số ${String(n).padStart(3, '0')}: tổ chức thực hiện giải pháp cải tiến tiêu chí ${criterion.code}`;
    if (n <= criteria.length) setCell(workbook, tabName, criterion.code, actions, marker);
    else addActionRow(workbook, tabName, criterion.code, { [actions]: marker, [responsible]: 'Phó hiệu trưởng', [time]: `Tháng 11/${start}`, [budget]: '1 triệu' });
  }
  return workbook;
}
