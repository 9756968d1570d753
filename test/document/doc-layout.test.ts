/**
 * The page layout of issue 18 in the Google Doc: "Tạo văn bản" through the
 * built Code.js on the emulator, compared with the document model it comes
 * from. Tall rows may split (TableRowStyle.preventOverflow only on the rows
 * the model keeps whole), the column widths are the model's syllable-safe
 * ones, no page break is forced, the rules stand 3 pt below the letters, a
 * blank Cơ quan chủ quản closes up, a long school name is two balanced
 * paragraphs, and criteria without work are left out unless asked for.
 */
import { describe, expect, it } from 'vitest';
import type { DocView } from '../../emulator';
import type { Table } from '../../src/domain/document/model';
import { INCLUDE_ALL_OPTION } from '../../src/domain/document/build';
import type { DocumentReport } from '../../src/server/api';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { setInfo } from '../../fixtures/workbooks';
import { documentOf, tt17Clean, tt57Sample } from '../../fixtures/plans';
import { openAddOn } from '../addon/bundle';

function docOf(workbook: RawWorkbook): DocView {
  const addOn = openAddOn(workbook);
  const report: DocumentReport = addOn.value('createDocument', { newVersion: false });
  const doc = addOn.emu.drive.doc(report.links.docId);
  if (!doc) throw new Error(report.message);
  return doc;
}

function modelTables(workbook: RawWorkbook): Table[] {
  return documentOf(workbook).document.blocks.filter((block): block is Table => block.type === 'table');
}

describe.each([
  { plan: 'TT17 (An Khang)', workbook: tt17Clean },
  { plan: 'TT57 (Hòa Bình)', workbook: tt57Sample },
])('the Google Doc of the $plan plan, laid out as its model', ({ workbook }) => {
  const doc = docOf(workbook());
  const model = modelTables(workbook());

  it('has the model’s tables, each with its column widths', () => {
    expect(doc.tables().map((table) => table.rows)).toEqual(model.map((table) => table.rows.length));
    doc.tables().forEach((table, index) => expect(table.columnWidthsPt).toEqual(model[index].columnsPt));
  });

  it('prevents overflow on exactly the rows the model keeps whole; tall rows may continue on the next page', () => {
    doc.tables().forEach((table, index) => {
      const kept = model[index].rows.map((row) => row.keepTogether);
      const prevented = Array.from({ length: table.rows }, (_, row) => table.rowStyle(row).preventOverflow === true);
      expect(prevented).toEqual(kept);
    });
    expect(model.some((table) => table.rows.some((row) => !row.keepTogether))).toBe(true);
  });

  it('forces no page or section break', () => {
    const json = JSON.stringify(doc.json().body);
    expect(json).not.toContain('pageBreak');
    expect(json.match(/sectionBreak/g) ?? []).toHaveLength(1); // the body's opening one, always there
  });

  it('draws the three rules 3 pt below the letters', () => {
    const rules = doc.paragraphs().filter((paragraph) => paragraph.style.borderBottom);
    expect(rules).toHaveLength(3);
    for (const rule of rules) expect(rule.style.spaceAbove).toMatchObject({ magnitude: 3, unit: 'PT' });
  });
});

describe('the Doc’s header edge cases and the criteria it lists (TT17)', () => {
  it.each([
    { case: 'a blank Cơ quan chủ quản', label: 'Cơ quan chủ quản', value: '', cell: 'TRƯỜNG TIỂU HỌC AN KHANG\n' },
    { case: 'a long school name', label: 'Tên trường', value: 'Trường Tiểu học xã Thanh Hưng', cell: 'UBND XÃ AN KHANG\nTRƯỜNG TIỂU HỌC\nXÃ THANH HƯNG\n' },
  ])('$case: the left header cell reads as NĐ30 wants', ({ label, value, cell }) => {
    const workbook = tt17Clean();
    setInfo(workbook, label, value);
    expect(docOf(workbook).tables()[0].cells[0][0]).toBe(cell);
  });

  it.each([
    { asked: null, rows: 24 },
    { asked: 'Có', rows: 1 + 1 + 5 + 27 + 1 + 5 },
  ])('lists the criteria with work only, or all when Nội dung văn bản says $asked', ({ asked, rows }) => {
    const workbook = tt17Clean();
    if (asked)
      workbook.sheets.push({
        name: 'Nội dung văn bản',
        values: [
          ['Mục', 'Nội dung'],
          [INCLUDE_ALL_OPTION, asked],
        ],
      });
    const plan = docOf(workbook)
      .tables()
      .find((table) => table.columns === 9)!;
    expect(plan.rows).toBe(rows);
    expect(plan.cells.some((row) => row[1]?.startsWith('Tiêu chí 1.2:'))).toBe(asked !== null);
  });
});
