/**
 * The actions that serve the blocking criteria (issue 19, item 3): for each
 * criterion that blocks the next level, exactly the rows of its block that
 * hold an action, found here again by walking the raw tab (header, then
 * rows down to the next criterion) so the reader and this test do not share
 * the walk.
 */
import { describe, expect, it } from 'vitest';
import { loadSample, setByHeader, sheet, TT17_SAMPLE, TT57_SAMPLE } from '../../fixtures/workbooks';
import { analysePlan } from '../../src/domain/analyse';
import { blockingCriteria } from '../../src/domain/cycle/blocking-actions';
import { cellText } from '../../src/domain/text';
import { a1 } from '../../src/domain/workbook/a1';
import type { RawWorkbook } from '../../src/domain/workbook/raw';

/** The action rows of criterion `code` on its tab, by walking the raw values. */
function rowsOnTab(workbook: RawWorkbook, tabName: string, code: string, actionsHeader: string) {
  const values = sheet(workbook, tabName).values;
  const header = values[0].map((cell) => cellText(cell));
  const criterionCol = header.indexOf('Tiêu chí');
  const actionsCol = header.indexOf(actionsHeader);
  const start = values.findIndex((row, index) => index > 0 && new RegExp(`^(Tiêu chí )?${code.replace('.', '\\.')}\\b`).test(cellText(row[criterionCol])));
  const found: string[] = [];
  for (let row = start; row < values.length; row++) {
    if (row > start && cellText(values[row][criterionCol]) !== '') break;
    if (cellText(values[row][actionsCol]).trim() !== '') found.push(a1(row, actionsCol));
  }
  return found;
}

describe('blockingCriteria', () => {
  it.each([
    ['TT57 sample (Mức 1 → 2: ★ criteria and a choice of others)', TT57_SAMPLE, 'Hoạt động/giải pháp'],
    ['TT17 sample (cumulative rule)', TT17_SAMPLE, 'Công việc, giải pháp'],
  ])('%s: each blocking criterion with exactly its rows holding an action', (_name, path, actionsHeader) => {
    const workbook = loadSample(path);
    const analysis = analysePlan(workbook);
    const blockers = analysis.summary.nextLevel.blockers;
    const criteria = blockingCriteria(analysis.plan, blockers);
    const expectedCodes = [...new Set(blockers.filter((blocker) => blocker.kind !== 'requirement').flatMap((blocker) => blocker.codes))];
    expect(criteria.filter((criterion) => criterion.label.startsWith('Tiêu chí ')).map((criterion) => criterion.label)).toEqual(
      expectedCodes.map((code) => `Tiêu chí ${code}`),
    );
    let withRows = 0;
    for (const criterion of criteria.filter((entry) => entry.label.startsWith('Tiêu chí '))) {
      const code = criterion.label.slice('Tiêu chí '.length);
      expect(criterion.rows.map((row) => row.cell)).toEqual(rowsOnTab(workbook, criterion.sheet, code, actionsHeader));
      if (criterion.rows.length > 0) withRows++;
      for (const blocker of criterion.blockers) expect(blockers[blocker].codes).toContain(code);
    }
    expect(withRows).toBeGreaterThan(0);
  });

  it('a criterion with its action cleared is still listed, with no rows and its own cell to add one', () => {
    const workbook = loadSample(TT57_SAMPLE);
    const analysis = analysePlan(workbook);
    const target = blockingCriteria(analysis.plan, analysis.summary.nextLevel.blockers).find((criterion) => criterion.rows.length > 0)!;
    const tab = sheet(workbook, target.sheet);
    for (const row of target.rows) setByHeader(tab, Number(row.cell.replace(/^[A-Z]+/, '')) - 1, 'Hoạt động/giải pháp', '');
    const again = analysePlan(workbook);
    const cleared = blockingCriteria(again.plan, again.summary.nextLevel.blockers).find((criterion) => criterion.label === target.label)!;
    expect(cleared.rows).toEqual([]);
    expect(cleared.sheet).toBe(target.sheet);
    expect(cellText(tab.values[Number(cleared.cell.slice(1)) - 1][0])).not.toBe('');
  });

  it('the responsible person and the time come with each row, as written', () => {
    const workbook = loadSample(TT57_SAMPLE);
    const analysis = analysePlan(workbook);
    const row = blockingCriteria(analysis.plan, analysis.summary.nextLevel.blockers).flatMap((criterion) => criterion.rows)[0];
    const values = sheet(workbook, row.sheet).values;
    const header = values[0].map((cell) => cellText(cell));
    const index = Number(row.cell.replace(/^[A-Z]+/, '')) - 1;
    expect(row.actions).toBe(cellText(values[index][header.indexOf('Hoạt động/giải pháp')]));
    expect(row.time).toBe(cellText(values[index][header.indexOf('Thời gian thực hiện')]));
    expect(row.responsible).toBe(cellText(values[index][header.indexOf('Đơn vị/cá nhân phụ trách')]));
    expect([row.time, row.responsible]).not.toContain('');
  });
});
