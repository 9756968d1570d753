/**
 * Import in the add-on (issue 15), on the built bundle in the emulator:
 * the improvement table of a Word plan pasted into the `Nhập` tab goes
 * through the same mapper as the CLI, is previewed without a write, and
 * is written without ever changing a non-empty cell of the school's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, failConvertedDocuments, loadBundle, pickFile, WORD_DOCX } from '../../emulator';
import { driveStore } from '../../emulator/docs/store';
import type { Cell } from '../../src/domain/cell';
import { mapDocument, type ContentTable, type DocumentContent } from '../../src/domain/import';
import { tableGrid } from '../../src/domain/import/content';
import { cellText } from '../../src/domain/text';
import { readDocx } from '../../src/import-readers/docx';
import { anPhuPlan, binhMinhPlan, buildPlanDocx, hungThanhPlan, longPlan, tanLongPlan, type PlanFixture } from '../../fixtures/docx-plans';
import { tt17Clean } from '../../fixtures/plans';
import { tt17TieuHoc } from '../../src/domain/frameworks';
import { pickerDialogHtml } from '../../src/entry/picker-dialog';
import { docsDocumentOfContent, docxAsDocsDocument } from '../../src/node/docx-as-docs';
import { ROOT } from '../../fixtures/workbooks';
import { filledRows, infoValues, levelsByCode } from '../import/helpers';
import { CODE_JS, openAddOn, type AddOn } from './bundle';

const TT17_TABS = ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5'];
const TT57_TABS = ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4'];

/** The plan's improvement table (the one whose heading names the actions), with Word's merges. */
async function improvementTable(plan: PlanFixture): Promise<ContentTable> {
  const content = readDocx(await buildPlanDocx(plan));
  const tables = content.blocks.filter((block): block is ContentTable => block.type === 'table');
  const table = tables.find((candidate) =>
    tableGrid(candidate)
      .slice(0, 3)
      .some((row) => row.some((cell) => /công việc|hoạt động|cong viec/i.test(cell.text))),
  );
  if (!table) throw new Error(`${plan.name}: no improvement table`);
  return table;
}

/**
 * What Sheets makes of the table pasted from Word: each cell's text at its
 * top-left position, blank where a merge covered the cell (no merges kept).
 */
function pasted(table: ContentTable): string[][] {
  return tableGrid(table).map((row) => row.map((cell) => cell.text));
}

function withPasteTab(addOn: AddOn, values: Cell[][]): void {
  addOn.emu.workbook.addSheet('Nhập', values);
}

function valuesOf(addOn: AddOn, tab: string): Cell[][] {
  return addOn.emu.workbook.sheet(tab)!.values() as Cell[][];
}

/** The workbook as the add-on reads it: a date cell as the `dd/mm/yyyy` it shows (the emulator runs in Hà Nội's zone). */
function workbookOf(addOn: AddOn) {
  const shown = (cell: Cell) => (cell instanceof Date ? cellText(cell) : cell);
  return { sheets: addOn.emu.workbook.sheetNames().map((name) => ({ name, values: valuesOf(addOn, name).map((row) => row.map(shown)) })) };
}

const writes = (calls: Record<string, number>) =>
  Object.entries(calls)
    .filter(([name]) => /\.(set|insert|append|delete|clear)/.test(name))
    .reduce((sum, [, n]) => sum + n, 0);

describe('paste into Nhập, then Xếp vào các tiêu chuẩn, on a blank spreadsheet', () => {
  it.each<[string, PlanFixture, string[]]>([
    ['TT17, criterion cells merged down (An Phú)', anPhuPlan, TT17_TABS],
    ['TT57 Biểu 2 (Bình Minh)', binhMinhPlan, TT57_TABS],
    ['TT17 typed without diacritics (Tân Long)', tanLongPlan, TT17_TABS],
    ['TT17 with an extra column in another order (Hưng Thạnh)', hungThanhPlan, TT17_TABS],
  ])('%s: the tabs get the rows the CLI gets from the same table with its merges', async (_name, plan, tabs) => {
    const table = await improvementTable(plan);
    const offline = mapDocument({ blocks: [table] } satisfies DocumentContent);
    const addOn = openAddOn();
    withPasteTab(addOn, pasted(table));

    addOn.emu.calls.reset();
    const preview = addOn.value('previewImport', { source: 'paste' });
    expect(writes(addOn.emu.calls.byName())).toBe(0); // the preview writes nothing
    expect(addOn.emu.workbook.sheetNames()).toEqual(['Sheet1', 'Nhập']);
    expect(preview.written).toBe(false);
    expect(preview.framework).toBe(offline.report.framework);
    expect(preview.source).toBe('trang "Nhập"');
    expect(preview.message).toContain('Bấm "Ghi vào bảng tính" để ghi');

    const written = addOn.value('applyImport', { source: 'paste' });
    expect(written.written).toBe(true);
    // The preview counted exactly what was written.
    expect(written.tabs).toEqual(preview.tabs);
    for (const tab of tabs) {
      expect(filledRows(workbookOf(addOn), tab), tab).toEqual(filledRows(offline.workbook, tab));
    }
    expect(levelsByCode(workbookOf(addOn), tabs)).toEqual(levelsByCode(offline.workbook, tabs));
    expect(written.levelsFound).toBe(offline.report.levelsFound);
    // The pasted tab is the school's: left exactly as pasted.
    expect(valuesOf(addOn, 'Nhập')).toEqual(pasted(table));
  });

  it('the rows of a criterion come right under it, in the order of the document', async () => {
    const addOn = openAddOn();
    withPasteTab(addOn, pasted(await improvementTable(anPhuPlan)));
    addOn.value('applyImport', { source: 'paste' });
    const tab = valuesOf(addOn, 'Tiêu chuẩn 1');
    const criterion = tab[0].indexOf('Tiêu chí');
    const actions = tab[0].indexOf('Công việc, giải pháp');
    const first = tab.findIndex((row) => String(row[criterion]).startsWith('Tiêu chí 1.1'));
    expect(tab[first][actions]).toBe('Rà soát phương hướng, chiến lược giai đoạn 2025-2030');
    expect(tab[first + 1][criterion]).toBe(''); // a continuation row of 1.1
    expect(tab[first + 1][actions]).toBe('Lấy ý kiến giáo viên, cha mẹ học sinh\nCông khai trên cổng thông tin của trường');
    const next = tab.findIndex((row, index) => index > first && row[criterion] !== '');
    expect(String(tab[next][criterion])).toMatch(/^Tiêu chí 1\.2/);
    // Every row between 1.1 and 1.2 is one of 1.1's actions, as in the document.
    const offline = mapDocument({ blocks: [await improvementTable(anPhuPlan)] });
    const offlineTab = offline.workbook.sheets.find((sheet) => sheet.name === 'Tiêu chuẩn 1')!.values;
    const offlineFirst = offlineTab.findIndex((row) => String(row[criterion]).startsWith('Tiêu chí 1.1'));
    expect(tab.slice(first, next).map((row) => row[actions])).toEqual(offlineTab.slice(offlineFirst, offlineFirst + next - first).map((row) => row[actions]));
  });
});

describe('the tabs the import creates are dressed as "Tạo các trang tính" dresses them', () => {
  it('each criterion row keeps its own level dropdown; its continuation rows have none', async () => {
    const addOn = openAddOn();
    withPasteTab(addOn, pasted(await improvementTable(anPhuPlan)));
    addOn.value('applyImport', { source: 'paste' });
    const tab = addOn.emu.workbook.sheet('Tiêu chuẩn 1')!;
    const values = tab.values();
    const criterion = values[0].indexOf('Tiêu chí');
    const current = values[0].indexOf('Mức hiện tại');
    const choicesAt = (row: number) => tab.validations()[row]?.[current]?.values[0] ?? null;
    // 1.1 reaches Mức 3, 1.2 only Mức 2 (TT17): each criterion row has its own list, as setup gives it.
    const row11 = values.findIndex((row) => String(row[criterion]).startsWith('Tiêu chí 1.1'));
    const row12 = values.findIndex((row) => String(row[criterion]).startsWith('Tiêu chí 1.2'));
    expect(choicesAt(row11)).toEqual(['Chưa đạt', 'Mức 1', 'Mức 2', 'Mức 3']);
    expect(choicesAt(row12)).toEqual(['Chưa đạt', 'Mức 1', 'Mức 2']);
    expect(row12 - row11).toBeGreaterThan(1); // 1.1 has continuation rows…
    for (let row = row11 + 1; row < row12; row++) expect(choicesAt(row), `row ${row + 1}`).toBeNull(); // …without a level list
    expect(addOn.emu.workbook.sheet('Mức 4')!.validations()[1][current]?.values[0]).toEqual(['Đạt', 'Không đạt']);
  });
});

describe('importing into a workbook that already has a plan', () => {
  it('never changes a non-empty cell: the school’s rows stay, in order, and the new rows are inserted between them', async () => {
    const before = tt17Clean();
    const addOn = openAddOn(before);
    withPasteTab(addOn, pasted(await improvementTable(anPhuPlan)));
    const preview = addOn.value('previewImport', { source: 'paste' });
    const report = addOn.value('applyImport', { source: 'paste' });
    expect(report.tabs).toEqual(preview.tabs);
    for (const tab of TT17_TABS) {
      const old = before.sheets.find((sheet) => sheet.name === tab)!.values;
      const now = valuesOf(addOn, tab);
      // Every old row, with its non-empty cells unchanged, in the same order (the inserted rows come between them).
      let at = 0;
      for (const row of old) {
        while (at < now.length && !row.every((cell, col) => cell === '' || cell === null || String(now[at][col]) === String(cell))) at++;
        expect(at, `${tab}: row ${JSON.stringify(row).slice(0, 80)} still there`).toBeLessThan(now.length);
        at++;
      }
      const outcome = report.tabs.find((candidate) => candidate.tab === tab)!;
      expect(now.length - old.length, tab).toBe(outcome.newRows);
    }
    expect(report.tabs.reduce((sum, tab) => sum + tab.newRows, 0)).toBeGreaterThan(0);
  });

  it('a workbook setup must also complete (an old Thông tin chung): set up first, then imported; the school’s values stay', async () => {
    const table = await improvementTable(anPhuPlan);
    const offline = mapDocument({ blocks: [table] });
    const info: Cell[][] = [
      ['Mục', 'Nội dung'],
      ['Tên trường', 'Trường Tiểu học An Phú'],
      ['Hiệu trưởng', 'Lê Văn Bình'],
      ['Khung đánh giá', 'TT17'],
    ];
    const addOn = openAddOn({ sheets: [{ name: 'Thông tin chung', values: info }] });
    withPasteTab(addOn, pasted(table));
    const report = addOn.value('applyImport', { source: 'paste' });
    expect(report.written).toBe(true);
    const now = valuesOf(addOn, 'Thông tin chung');
    expect(now[0].slice(0, 3)).toEqual(['Mục', 'Nội dung', 'Gợi ý']); // setup's completion
    for (const row of info.slice(1)) expect(now.find((candidate) => candidate[0] === row[0])?.[1], String(row[0])).toBe(row[1]);
    for (const tab of TT17_TABS) expect(filledRows(workbookOf(addOn), tab), tab).toEqual(filledRows(offline.workbook, tab));
  });

  it('a level that differs is a conflict: the school’s level is kept, and the cell is named', async () => {
    const addOn = openAddOn(tt17Clean());
    withPasteTab(addOn, pasted(await improvementTable(anPhuPlan)));
    const report = addOn.value('applyImport', { source: 'paste' });
    expect(report.conflicts.length).toBeGreaterThan(0);
    for (const conflict of report.conflicts) {
      const match = /^([A-Z]+)(\d+)$/.exec(conflict.cell)!;
      const col = match[1].charCodeAt(0) - 65;
      expect(String(valuesOf(addOn, conflict.sheet)[Number(match[2]) - 1][col])).toBe(conflict.kept);
      expect(conflict.imported).not.toBe(conflict.kept);
      expect(report.message).toContain(`Trang "${conflict.sheet}", ô ${conflict.cell}: bảng tính ghi "${conflict.kept}", văn bản ghi "${conflict.imported}"`);
    }
  });

  it('a second import writes nothing: every row is already there', async () => {
    const table = await improvementTable(anPhuPlan);
    const addOn = openAddOn();
    withPasteTab(addOn, pasted(table));
    addOn.value('applyImport', { source: 'paste' });
    const snapshot = JSON.stringify(workbookOf(addOn));
    addOn.emu.calls.reset();
    const second = addOn.value('applyImport', { source: 'paste' });
    expect(writes(addOn.emu.calls.byName())).toBe(0);
    expect(JSON.stringify(workbookOf(addOn))).toBe(snapshot);
    expect(second.tabs.every((tab) => tab.newRows === 0 && tab.filledCells === 0)).toBe(true);
    // Every imported row with content was found word for word.
    const offline = mapDocument({ blocks: [table] });
    expect(second.alreadyThere).toBe(offline.report.rowsPerTab.reduce((sum, tab) => sum + tab.rows, 0));
    expect(second.message).toContain('Bảng tính đã có đủ nội dung của văn bản');
  });

  it('a TT57 document into a TT17 workbook is refused, naming both and the cell to change', async () => {
    const addOn = openAddOn(tt17Clean());
    withPasteTab(addOn, pasted(await improvementTable(binhMinhPlan)));
    const snapshot = JSON.stringify(workbookOf(addOn));
    const result = addOn.run('applyImport', { source: 'paste' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('Văn bản là kế hoạch theo');
      expect(result.message).toContain('"Khung đánh giá" ở trang "Thông tin chung"');
    }
    expect(JSON.stringify(workbookOf(addOn))).toBe(snapshot);
  });
});

describe('bad input never throws and never writes', () => {
  it.each<[string, Cell[][] | null, string]>([
    ['no Nhập tab', null, 'Chưa có trang "Nhập"'],
    [
      'an empty Nhập tab',
      [
        ['', ''],
        ['', ''],
      ],
      'Trang "Nhập" đang trống',
    ],
    [
      'a table with no heading the add-on knows',
      [
        ['Họ và tên', 'Lớp'],
        ['Nguyễn Văn An', '3A'],
      ],
      'Không tìm thấy bảng cải tiến trong trang "Nhập"',
    ],
  ])('%s', (_name, values, message) => {
    const addOn = openAddOn();
    if (values) withPasteTab(addOn, values);
    const names = addOn.emu.workbook.sheetNames();
    for (const name of ['previewImport', 'applyImport'] as const) {
      const result = addOn.run(name, { source: 'paste' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(message);
    }
    expect(addOn.emu.workbook.sheetNames()).toEqual(names);
  });

  it('a request of the wrong shape is refused in Vietnamese', () => {
    const addOn = openAddOn();
    const result = addOn.call('applyImport', { source: 'clipboard' }) as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message).toContain('Yêu cầu "Nhập kế hoạch"');
  });
});

describe('service calls do not grow with the plan', () => {
  async function countCalls(actions: number, name: 'previewImport' | 'applyImport', existing: boolean) {
    const table = await improvementTable(longPlan(actions));
    const addOn = openAddOn();
    if (existing) addOn.value('setupTabs', { framework: 'TT17 tiểu học' });
    withPasteTab(addOn, pasted(table));
    addOn.emu.calls.reset();
    const report = addOn.value(name, { source: 'paste' });
    return { calls: addOn.emu.calls.byName(), report, total: Object.values(addOn.emu.calls.byName()).reduce((sum, n) => sum + n, 0) };
  }
  const rowsOf = (report: { tabs: { newRows: number }[] }) => report.tabs.reduce((sum, tab) => sum + tab.newRows, 0);

  it('previewImport: the one read of the tabs, nothing else (27 and 810 action rows)', async () => {
    const small = await countCalls(1, 'previewImport', false);
    const large = await countCalls(30, 'previewImport', false);
    expect(rowsOf(large.report)).toBeGreaterThan(rowsOf(small.report));
    expect(large.calls).toEqual(small.calls);
    expect(small.total).toBe(9);
  });

  // 1 action per criterion (27 rows), 3 (81 rows: 21 pages printed) and 30 (810 rows).
  it('applyImport on a blank spreadsheet: each tab created with its rows in one setValues, no row inserted, whatever the length', async () => {
    const runs = [await countCalls(1, 'applyImport', false), await countCalls(3, 'applyImport', false), await countCalls(30, 'applyImport', false)];
    expect(rowsOf(runs[1].report)).toBeGreaterThan(rowsOf(runs[0].report));
    expect(rowsOf(runs[2].report)).toBeGreaterThan(rowsOf(runs[1].report));
    for (const run of runs.slice(1)) expect(run.calls).toEqual(runs[0].calls);
    const { calls, total } = runs[0];
    console.info(`applyImport (blank spreadsheet): ${total} service calls for 27, 81 and 810 action rows`, JSON.stringify(calls));
    // Fixed: the lock (3), the one read of the workbook (2 tabs: 9). No second read, no row inserted.
    expect([calls['LockService.getDocumentLock'], calls['Lock.tryLock'], calls['Lock.releaseLock']]).toEqual([1, 1, 1]);
    expect(calls['Range.getValues']).toBe(2);
    expect(calls['Range.getFormulas'] ?? 0).toBe(0);
    expect(calls['Sheet.insertRowsAfter'] ?? 0).toBe(0);
    // One write of values per tab: Thông tin chung, the 5 standards, Mức 4, Nội dung văn bản (Tổng hợp is created empty).
    expect(calls['Spreadsheet.insertSheet']).toBe(9);
    expect(calls['Range.setValues']).toBe(8);
    // The rest is setup's dressing of the 8 tabs, the same as "Tạo các trang tính": 70 column widths, 11 dropdown columns…
    expect(calls['Sheet.setColumnWidth']).toBe(70);
    expect(calls['Range.setDataValidations']).toBe(11);
    expect(total).toBe(257);
  });

  it('applyImport into tabs already set up (81 and 810 action rows): one insertRowsAfter per criterion that gets rows, one setValues per tab', async () => {
    const small = await countCalls(3, 'applyImport', true);
    const large = await countCalls(30, 'applyImport', true);
    expect(rowsOf(large.report)).toBeGreaterThan(rowsOf(small.report));
    expect(large.calls).toEqual(small.calls);
    const { calls, total } = small;
    console.info(`applyImport (tabs set up): ${total} service calls for 81 and 810 action rows`, JSON.stringify(calls));
    // One write of values per changed tab: the 5 standard tabs.
    expect(calls['Range.setValues']).toBe(small.report.tabs.filter((tab) => tab.newRows + tab.filledCells > 0).length);
    expect(calls['Range.setValues']).toBe(5);
    // Rows go under their criterion: one insertion per criterion with more than its first row, whatever its number of rows.
    expect(calls['Sheet.insertRowsAfter']).toBe(27);
    // The 11 tabs read once, then per written tab one read of the block's values and formulas (the school's dates and formulas are written back as they are).
    expect(calls['Range.getValues']).toBe(11 + 5);
    expect(calls['Range.getFormulas']).toBe(5);
    expect(total).toBe(91);
  });
});

// ---------------------------------------------------------------- the Picker path

/** The add-on in an emulator whose Drive converts .docx with the offline reader (as the preview does). */
function openWithConverter(): AddOn {
  const emu = createEmulator({ htmlDir: join(ROOT, 'build'), now: new Date('2025-10-10T09:00:00+07:00'), convertDocx: docxAsDocsDocument });
  const bundle = loadBundle(CODE_JS, emu);
  const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args);
  const value = (name: string, ...args: unknown[]) => {
    const result = bundle.call(name, ...args) as { ok: boolean; message?: string; value?: unknown };
    if (!result.ok) throw new Error(`${name} failed: ${result.message}`);
    return result.value;
  };
  return { emu, run: call, value, call } as unknown as AddOn;
}

/** Files whose name says they are the import's temporary copy, and whether each is in the trash. */
function temporaryCopies(addOn: AddOn): { name: string; trashed: boolean }[] {
  return [...driveStore(addOn.emu.env).files.values()]
    .filter((file) => file.name.endsWith('(bản tạm để nhập)'))
    .map((file) => ({ name: file.name, trashed: file.trashed }));
}

describe('a picked Word file or Google Doc, read through Drive and the Docs API', () => {
  it.each<[string, PlanFixture, string[]]>([
    ['TT17 (An Phú)', anPhuPlan, TT17_TABS],
    ['TT57 Biểu 2 (Bình Minh)', binhMinhPlan, TT57_TABS],
  ])('%s .docx: converted to a temporary Doc, read, trashed; the workbook is the CLI’s import of the same file', async (_name, plan, tabs) => {
    const bytes = await buildPlanDocx(plan);
    const offline = mapDocument(readDocx(bytes));
    const addOn = openWithConverter();
    const fileId = pickFile(addOn.emu.env, { name: `${plan.name}.docx`, mimeType: WORD_DOCX, bytes });

    addOn.emu.calls.reset();
    const preview = addOn.value('previewImport', { source: 'file', fileId });
    expect(preview.source).toBe(`văn bản "${plan.name}.docx"`);
    const calls = addOn.emu.calls.byName();
    expect([calls['Drive.Files.get'], calls['Drive.Files.copy'], calls['Docs.Documents.get'], calls['Drive.Files.update']]).toEqual([1, 1, 1, 1]);
    expect(temporaryCopies(addOn)).toEqual([{ name: `${plan.name}.docx (bản tạm để nhập)`, trashed: true }]);

    addOn.value('applyImport', { source: 'file', fileId });
    const workbook = workbookOf(addOn);
    for (const tab of tabs) expect(filledRows(workbook, tab), tab).toEqual(filledRows(offline.workbook, tab));
    expect(levelsByCode(workbook, tabs)).toEqual(levelsByCode(offline.workbook, tabs));
    const info = infoValues(workbook);
    for (const [key, values] of Object.entries(infoValues(offline.workbook))) {
      if (key === 'Khung đánh giá') continue; // setup writes its own alias; the same framework
      const stated = values.filter((value) => value !== '');
      expect(
        info[key].filter((value) => value !== ''),
        key,
      ).toEqual(stated);
    }
    // A date and a number with a leading zero stay the text the document has (never a locale's date, never 7 for 07).
    const raw = valuesOf(addOn, 'Thông tin chung');
    for (const key of ['Ngày ban hành', 'Số kế hoạch']) {
      expect(raw.find((row) => row[0] === key)?.[1], key).toBe(infoValues(offline.workbook)[key][0]);
    }
    expect(temporaryCopies(addOn).every((copy) => copy.trashed)).toBe(true);
  });

  it('the document’s own section text fills Nội dung văn bản; the sections it does not have keep the default text', async () => {
    const bytes = await buildPlanDocx(anPhuPlan);
    const offline = mapDocument(readDocx(bytes));
    const addOn = openWithConverter();
    const fileId = pickFile(addOn.emu.env, { name: 'ke-hoach.docx', mimeType: WORD_DOCX, bytes });
    const report = addOn.value('applyImport', { source: 'file', fileId });
    const text = Object.fromEntries(
      valuesOf(addOn, 'Nội dung văn bản')
        .slice(1)
        .map((row) => [String(row[0]), String(row[1])]),
    );
    const stated = offline.workbook.sheets.find((sheet) => sheet.name === 'Nội dung văn bản')!.values.slice(1);
    expect(stated.map((row) => row[0])).toEqual(['II. CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'VI. TỔ CHỨC THỰC HIỆN']);
    for (const [heading, value] of stated) expect(text[String(heading)], String(heading)).toBe(value);
    const defaults = tt17TieuHoc.document.textSections.filter((section) => !stated.some((row) => row[0] === section.heading));
    for (const section of defaults) expect(text[section.heading], section.heading).toBe(section.text.join('\n'));
    expect(report.tabs.find((tab) => tab.tab === 'Nội dung văn bản')).toMatchObject({ created: true, filledCells: 2 });
    // "Mức 4: … đạt 2/5" says how many requirements, not which: reported with its figure, the cells left blank.
    expect(report.levelNotes).toEqual(['Mức 4: văn bản ghi đạt 2/5 yêu cầu nhưng không nêu yêu cầu nào chưa đạt, nên chưa biết yêu cầu nào đạt Mức 4.']);
    expect(report.message).toContain(report.levelNotes[0]);
  });

  it('a picked Google Doc is read as it is: no copy', async () => {
    const content = readDocx(await buildPlanDocx(anPhuPlan));
    const addOn = openWithConverter();
    const fileId = pickFile(addOn.emu.env, {
      name: 'Kế hoạch cải tiến 2025-2026',
      mimeType: 'application/vnd.google-apps.document',
      document: docsDocumentOfContent(content, 'x'),
    });
    addOn.emu.calls.reset();
    const preview = addOn.value('previewImport', { source: 'file', fileId });
    expect(addOn.emu.calls.byName()['Drive.Files.copy'] ?? 0).toBe(0);
    expect(preview.framework).toBe('TT17 tiểu học');
    expect(preview.levelsFound).toBe(mapDocument(content).report.levelsFound);
  });

  it('when reading the converted copy fails, the copy is still trashed and the school reads why', async () => {
    const addOn = openWithConverter();
    const fileId = pickFile(addOn.emu.env, { name: 'ke-hoach.docx', mimeType: WORD_DOCX, bytes: await buildPlanDocx(anPhuPlan) });
    failConvertedDocuments(addOn.emu.env, 'Internal error encountered.');
    const names = addOn.emu.workbook.sheetNames();
    const result = addOn.run('applyImport', { source: 'file', fileId });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('Không mở được văn bản "ke-hoach.docx"');
    expect(temporaryCopies(addOn)).toEqual([{ name: 'ke-hoach.docx (bản tạm để nhập)', trashed: true }]);
    expect(addOn.emu.workbook.sheetNames()).toEqual(names);
  });

  it.each<[string, { source: 'file'; fileId?: string }, string]>([
    ['no file chosen', { source: 'file' }, 'Chưa chọn văn bản nào'],
    ['a file the add-on may not open', { source: 'file', fileId: '1FilNotPickedxxxxxxxxxxxxxxxxxxxx' }, 'Không mở được văn bản'],
  ])('%s', (_name, request, message) => {
    const addOn = openWithConverter();
    const result = addOn.run('previewImport', request);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('a picked PDF is refused, saying which files can be imported', () => {
    const addOn = openWithConverter();
    const fileId = pickFile(addOn.emu.env, { name: 'ke-hoach.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    const result = addOn.run('previewImport', { source: 'file', fileId });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('"ke-hoach.pdf" không phải Google Tài liệu hay tệp Word .docx');
  });
});

describe('the menu items', () => {
  it('Xếp vào các tiêu chuẩn: the preview in a dialog; Cancel writes nothing, OK writes', async () => {
    const table = await improvementTable(anPhuPlan);
    const addOn = openAddOn();
    withPasteTab(addOn, pasted(table));
    addOn.emu.ui.answerAlerts('CANCEL');
    addOn.call('menuImportPaste');
    expect(addOn.emu.workbook.sheetNames()).toEqual(['Sheet1', 'Nhập']);
    const question = addOn.emu.ui.alerts.at(-1)!;
    expect(question.prompt).toContain('Bấm OK để ghi vào bảng tính, hoặc Huỷ (Cancel) để thôi');
    expect(question.prompt).toContain('Trang "Tiêu chuẩn 1": sẽ');

    addOn.emu.ui.answerAlerts('OK');
    addOn.call('menuImportPaste');
    expect(addOn.emu.workbook.sheetNames()).toContain('Tiêu chuẩn 1');
    expect(addOn.emu.ui.alerts.at(-1)!.prompt).toContain('Bấm "Kiểm tra" để xem lỗi và cảnh báo');
  });

  it('Nhập từ văn bản trên Drive… without the Picker set up says so, and offers the paste', () => {
    const addOn = openAddOn();
    addOn.call('menuImportFile');
    expect(addOn.emu.ui.dialogs()).toEqual([]);
    expect(addOn.emu.ui.alerts.at(-1)!.prompt).toContain('thiếu PICKER_API_KEY hoặc PICKER_APP_ID');
    expect(addOn.emu.ui.alerts.at(-1)!.prompt).toContain('dán vào ô A1 của trang "Nhập"');
  });
});

describe('the Picker dialog page', () => {
  it('carries the token, key and app id as escaped attributes, never inside the script', () => {
    const html = pickerDialogHtml({ oauthToken: 'ya29.a"b<c', developerKey: 'AIzaKey', appId: '123456789012' });
    expect(html).toContain('data-token="ya29.a&#34;b&#60;c"');
    expect(html).toContain('data-app="123456789012"');
    expect(html).not.toContain('ya29.a"b<c');
    expect(html).toContain("previewImport({ source: 'file', fileId: fileId })");
    expect(html).toContain('Ghi vào bảng tính');
  });
});
