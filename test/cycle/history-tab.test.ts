/**
 * The `Lịch sử` tab (src/domain/cycle/history-tab.ts): each year's row is
 * written from the workbook of that year, read back the next year, and
 * three chained years meet khoản 1 Điều 16 from the tab alone.
 */
import { describe, expect, it } from 'vitest';
import { threeChainedYears } from '../../fixtures/cycle';
import type { Cell } from '../../src/domain/cell';
import { recordOf } from '../../src/domain/cycle/history';
import { HISTORY_HEADERS, HISTORY_TAB, historyTabValues, historyView, type HistoryYear } from '../../src/domain/cycle/history-tab';
import type { RawWorkbook } from '../../src/domain/workbook/raw';

// 2026-2027: 7 of the 15 criteria below Mức 2, an action each; 3 finished in the year, the other 4 carried (2 finished next year…).
const [year1, year2, year3] = threeChainedYears();
const TODAY = { day: 20, month: 7, year: 2029 };

function current(workbook: RawWorkbook, n: number): HistoryYear {
  return {
    record: recordOf({ label: `nam-${n}`, workbook }, TODAY),
    links: {
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/nam${n}/edit`,
      documentUrl: n === 1 ? 'https://docs.google.com/document/d/doc1/edit' : '',
    },
    current: true,
  };
}

/** The cycle as the add-on runs it: each year reads the tab the year before wrote, adds itself, writes it whole. */
function chain(): Cell[][][] {
  const written: Cell[][][] = [];
  let tab: Cell[][] = [];
  [year1, year2, year3].forEach((workbook, index) => {
    tab = historyTabValues(historyView({ name: HISTORY_TAB, values: tab }, current(workbook, index + 1)));
    written.push(tab);
  });
  return written;
}

describe('Lịch sử over three chained years', () => {
  const written = chain();
  const last = written[2];

  it('one row per year, oldest first, with the levels (★ for TT57), level, budget, actions and links', () => {
    expect(last[0]).toEqual(HISTORY_HEADERS);
    expect(last.slice(1).map((row) => [row[0], row[1], row[3], row[4], row[5], row[6], row[7]])).toEqual([
      ['2026-2027', 'TT57/2026', 'Mức 1', 70_000_000, 3, 4, 'Có'],
      ['2027-2028', 'TT57/2026', 'Mức 1', 40_000_000, 2, 2, 'Có'],
      ['2028-2029', 'TT57/2026', 'Mức 1', 20_000_000, 1, 1, 'Có'],
    ]);
    expect(last[1][2]).toBe('Mức 1: 15/15 (★ 8/8); Mức 2: 8/15 (★ 6/8)');
    // Year 1's links survive two rewrites.
    expect(last[1].slice(8)).toEqual(['https://docs.google.com/spreadsheets/d/nam1/edit', 'https://docs.google.com/document/d/doc1/edit']);
  });

  it('the years read back from the tab meet the three-year condition, with no current year at all', () => {
    const view = historyView({ name: HISTORY_TAB, values: last }, null);
    expect(view.years.map((year) => year.record.levels)).toEqual([year1, year2, year3].map((workbook) => recordOf({ label: '', workbook }, TODAY).levels));
    expect(view.threeYears.met).toBe(true);
    expect(view.threeYears.sentences[0]).toContain('đạt, với các năm học 2026-2027, 2027-2028, 2028-2029');
    expect(view.warnings).toEqual([]);
  });

  it('two years written so far: not met, and the sentence says which year is missing', () => {
    const view = historyView({ name: HISTORY_TAB, values: written[1] }, null);
    expect(view.threeYears.met).toBe(false);
    expect(view.threeYears.sentences[0]).toContain('mới có 2 năm học liên tiếp (2026-2027, 2027-2028); không có bảng tính năm học 2025-2026');
  });
});

describe('Lịch sử as the school may leave it', () => {
  const base = chain()[1];

  it.each<[string, (rows: Cell[][]) => void, string, number]>([
    ['a year typed wrong', (rows) => (rows[1][0] = 'năm ngoái'), 'Trang "Lịch sử", ô A2: không đọc được năm học "năm ngoái"', 1],
    ['the same year twice', (rows) => rows.push([...rows[2]]), 'Trang "Lịch sử", dòng 4: năm học 2027-2028 đã có ở một dòng trên', 2],
  ])('%s: warned, kept at the bottom as written, never dropped', (_name, spoil, warning, years) => {
    const rows = base.map((row) => [...row]);
    spoil(rows);
    const view = historyView({ name: HISTORY_TAB, values: rows }, null);
    expect(view.warnings[0]).toContain(warning);
    expect(view.years).toHaveLength(years);
    const rewritten = historyTabValues(view);
    expect(rewritten).toHaveLength(rows.length);
    expect(rewritten.at(-1)).toEqual(rows.find((row, index) => index > 0 && !view.years.some((year) => year.row === row)));
  });

  it('a year before the add-on, typed by hand (lower case, no levels): counts, and with two add-on years meets the condition', () => {
    const rows = base.map((row) => [...row]);
    rows.splice(1, 0, ['2025-2026', 'TT17 tiểu học', '', 'Mức 2', '', '', '', 'có', '', '']);
    const view = historyView({ name: HISTORY_TAB, values: rows }, null);
    expect(view.warnings).toEqual([]);
    expect(view.years.map((year) => [year.record.schoolYear, year.record.schoolLevel, year.record.counts])).toEqual([
      ['2025-2026', 2, true],
      ['2026-2027', 1, true],
      ['2027-2028', 1, true],
    ]);
    expect(view.threeYears.met).toBe(true);
  });

  it('the current year replaces its own earlier row, keeping the Doc link it had', () => {
    const again = current(year2, 2);
    const view = historyView({ name: HISTORY_TAB, values: base }, { ...again, links: { ...again.links, documentUrl: '' } });
    const rows = historyTabValues(view);
    expect(rows.map((row) => row[0])).toEqual(['Năm học', '2026-2027', '2027-2028']);
    expect(view.years[1].current).toBe(true);
  });
});
