/**
 * The emulated Advanced Docs and Drive services: the Docs API's index
 * rules, what it rejects, all-or-nothing batches, drive.file visibility,
 * and counting.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator';
import type { docs_v1 } from '@googleapis/docs';

/** A request as the API takes it (Google's type: enums are plain strings, so invalid ones can be sent). */
type DocsRequest = docs_v1.Schema$Request;

function setup(): { emu: Emulator; docs: GoogleAppsScript.Docs; drive: GoogleAppsScript.Drive; id: string } {
  const emu = createEmulator({ now: new Date('2024-10-05T09:00:00+07:00') });
  const docs = emu.globals.Docs as GoogleAppsScript.Docs;
  const drive = emu.globals.Drive as GoogleAppsScript.Drive;
  const id = docs.Documents.create({ title: 'Thử' }).documentId!;
  return { emu, docs, drive, id };
}

function batch(docs: GoogleAppsScript.Docs, id: string, requests: DocsRequest[]): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
  return docs.Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id);
}

describe('emulated Docs: structure and indices', () => {
  it('creates a Letter-sized document whose body is one empty paragraph at index 1', () => {
    const { emu, id } = setup();
    const doc = emu.drive.doc(id)!;
    expect(doc.bodyEnd()).toBe(2);
    expect(doc.documentStyle().pageSize).toEqual({ width: { magnitude: 612, unit: 'PT' }, height: { magnitude: 792, unit: 'PT' } });
    const json = doc.json();
    expect(json.body!.content![0]).toMatchObject({ endIndex: 1, sectionBreak: {} });
    expect(json.body!.content![1]).toMatchObject({ startIndex: 1, endIndex: 2 });
    expect(emu.drive.file(id)!.mimeType).toBe('application/vnd.google-apps.document');
  });

  it('inserts a table after a new newline: table at 2, cells at 5, 7, 10, 12, next paragraph at 13', () => {
    const { emu, docs, id } = setup();
    batch(docs, id, [{ insertTable: { location: { index: 1 }, rows: 2, columns: 2 } }]);
    const json = emu.drive.doc(id)!.json();
    const [, before, table, after] = json.body!.content!;
    expect(before).toMatchObject({ startIndex: 1, endIndex: 2 });
    expect(table).toMatchObject({ startIndex: 2, endIndex: 13 });
    const cells = table.table!.tableRows!.flatMap((row) => row.tableCells!.map((cell) => cell.content![0].startIndex));
    expect(cells).toEqual([5, 7, 10, 12]);
    expect(after).toMatchObject({ startIndex: 13, endIndex: 14 });

    // Filling the cells last first keeps the earlier indices valid.
    batch(
      docs,
      id,
      [12, 10, 7, 5].map((index, k) => ({ insertText: { location: { index }, text: `ô ${4 - k}` } })),
    );
    expect(emu.drive.doc(id)!.tables()[0].cells).toEqual([
      ['ô 1', 'ô 2'],
      ['ô 3', 'ô 4'],
    ]);
    expect(emu.drive.doc(id)!.bodyEnd()).toBe(14 + 12);
  });

  it('splits paragraphs at inserted newlines, each keeping the paragraph style', () => {
    const { emu, docs, id } = setup();
    batch(docs, id, [
      { insertText: { location: { index: 1 }, text: 'một\nhai\nba' } },
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } },
    ]);
    const paragraphs = emu.drive.doc(id)!.paragraphs();
    expect(paragraphs.map((p) => [p.text, p.start, p.end])).toEqual([
      ['một', 1, 5],
      ['hai', 5, 9],
      ['ba', 9, 12],
    ]);
    expect(paragraphs.map((p) => p.style.alignment)).toEqual(['CENTER', 'START', 'START']);
  });

  it('rejects an index on a table, row or cell start, or past the end', () => {
    const { docs, id } = setup();
    batch(docs, id, [{ insertTable: { location: { index: 1 }, rows: 1, columns: 1 } }]);
    for (const index of [2, 3, 4]) {
      expect(() => batch(docs, id, [{ insertText: { location: { index }, text: 'x' } }])).toThrow(/inside the bounds of an existing paragraph/);
    }
    expect(() => batch(docs, id, [{ insertText: { location: { index: 7 }, text: 'x' } }])).toThrow(
      /must be less than the end index of the referenced segment, 7/,
    );
    expect(() => batch(docs, id, [{ insertText: { location: { index: 0 }, text: 'x' } }])).toThrow(/greater than or equal to 1/);
    expect(() => batch(docs, id, [{ insertTable: { location: { index: 2 }, rows: 1, columns: 1 } }])).toThrow(/inside the bounds of an existing paragraph/);
  });

  it('deletes whole tables but rejects the final newline, part of a table, and the newline before a table', () => {
    const { emu, docs, id } = setup();
    batch(docs, id, [{ insertText: { location: { index: 1 }, text: 'đầu\n' } }, { insertTable: { location: { index: 5 }, rows: 1, columns: 2 } }]);
    // Body: "đầu\n" [1,5), "\n" [5,6), table [6,12), "\n" [12,13).
    expect(emu.drive.doc(id)!.bodyEnd()).toBe(13);
    expect(() => batch(docs, id, [{ deleteContentRange: { range: { startIndex: 1, endIndex: 13 } } }])).toThrow(/newline character at the end of the segment/);
    expect(() => batch(docs, id, [{ deleteContentRange: { range: { startIndex: 4, endIndex: 9 } } }])).toThrow(/Cannot delete the requested range/);
    expect(() => batch(docs, id, [{ deleteContentRange: { range: { startIndex: 5, endIndex: 6 } } }])).toThrow(/newline before a table/);
    batch(docs, id, [{ deleteContentRange: { range: { startIndex: 1, endIndex: 12 } } }]);
    expect(emu.drive.doc(id)!.bodyEnd()).toBe(2);
    expect(emu.drive.doc(id)!.tables()).toEqual([]);
  });

  it('deletes text inside one cell but never the cell’s last newline', () => {
    const { emu, docs, id } = setup();
    batch(docs, id, [{ insertTable: { location: { index: 1 }, rows: 1, columns: 1 } }, { insertText: { location: { index: 5 }, text: 'abc' } }]);
    batch(docs, id, [{ deleteContentRange: { range: { startIndex: 5, endIndex: 7 } } }]);
    expect(emu.drive.doc(id)!.tables()[0].cells).toEqual([['c']]);
    expect(() => batch(docs, id, [{ deleteContentRange: { range: { startIndex: 5, endIndex: 7 } } }])).toThrow(/last newline of a table cell/);
  });

  it('applies a batch all or nothing', () => {
    const { emu, docs, id } = setup();
    expect(() =>
      batch(docs, id, [{ insertText: { location: { index: 1 }, text: 'sẽ mất' } }, { insertText: { location: { index: 99 }, text: 'sai' } }]),
    ).toThrow(/Invalid requests\[1\]\.insertText/);
    expect(emu.drive.doc(id)!.text()).toBe('');
  });

  it('rejects unknown request kinds, requests with two kinds, and style updates without fields', () => {
    const { docs, id } = setup();
    expect(() => batch(docs, id, [{ insertFancyText: {} } as unknown as DocsRequest])).toThrow(/Unknown name "insertFancyText" at 'requests\[0\]'/);
    expect(() =>
      batch(docs, id, [{ insertText: { location: { index: 1 }, text: 'a' }, insertTable: { location: { index: 1 }, rows: 1, columns: 1 } }]),
    ).toThrow(/exactly one kind/);
    expect(() => batch(docs, id, [{ updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bold: true } } }])).toThrow(
      /At least one field must be listed/,
    );
    expect(() => batch(docs, id, [{ updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bold: true }, fields: 'boldness' } }])).toThrow(
      /Invalid field: boldness/,
    );
    expect(() => batch(docs, id, [{ updateTextStyle: { range: { startIndex: 1, endIndex: 1 }, textStyle: { bold: true }, fields: 'bold' } }])).toThrow(
      /should not be empty/,
    );
  });

  it('rejects borders without all their properties, narrow columns and a wrong table location', () => {
    const { docs, id } = setup();
    batch(docs, id, [{ insertTable: { location: { index: 1 }, rows: 1, columns: 2 } }]);
    expect(() =>
      batch(docs, id, [
        {
          updateParagraphStyle: {
            range: { startIndex: 1, endIndex: 2 },
            paragraphStyle: { borderBottom: { width: { magnitude: 1, unit: 'PT' } } },
            fields: 'borderBottom',
          },
        },
      ]),
    ).toThrow(/color, width, padding and dashStyle/);
    expect(() =>
      batch(docs, id, [
        {
          updateTableCellStyle: {
            tableStartLocation: { index: 2 },
            tableCellStyle: { borderTop: { width: { magnitude: 1, unit: 'PT' } } },
            fields: 'borderTop',
          },
        },
      ]),
    ).toThrow(/color, width and dashStyle/);
    expect(() =>
      batch(docs, id, [
        {
          updateTableColumnProperties: {
            tableStartLocation: { index: 2 },
            columnIndices: [0],
            tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 4, unit: 'PT' } },
            fields: 'width,widthType',
          },
        },
      ]),
    ).toThrow(/at least 5 points/);
    expect(() => batch(docs, id, [{ pinTableHeaderRows: { tableStartLocation: { index: 3 }, pinnedHeaderRowsCount: 1 } }])).toThrow(
      /table start location is invalid/,
    );
  });

  it('merges cells and refuses a merge overlapping another one', () => {
    const { emu, docs, id } = setup();
    batch(docs, id, [{ insertTable: { location: { index: 1 }, rows: 2, columns: 3 } }]);
    const merge = (row: number, column: number, columnSpan: number): DocsRequest => ({
      mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: { index: 2 }, rowIndex: row, columnIndex: column }, rowSpan: 1, columnSpan } },
    });
    batch(docs, id, [merge(0, 0, 3)]);
    expect(emu.drive.doc(id)!.tables()[0].merges).toEqual([{ row: 0, column: 0, rowSpan: 1, columnSpan: 3 }]);
    expect(() => batch(docs, id, [merge(0, 1, 2)])).toThrow(/already merged/);
  });

  it('sets the page and refuses margins wider than the page', () => {
    const { emu, docs, id } = setup();
    const a4 = { width: { magnitude: 595.28, unit: 'PT' }, height: { magnitude: 841.89, unit: 'PT' } };
    batch(docs, id, [
      { updateDocumentStyle: { documentStyle: { pageSize: a4, marginLeft: { magnitude: 85.04, unit: 'PT' } }, fields: 'pageSize,marginLeft' } },
    ]);
    expect(emu.drive.doc(id)!.documentStyle()).toMatchObject({ pageSize: a4, marginLeft: { magnitude: 85.04 } });
    expect(() =>
      batch(docs, id, [
        {
          updateDocumentStyle: {
            documentStyle: { marginLeft: { magnitude: 400, unit: 'PT' }, marginRight: { magnitude: 300, unit: 'PT' } },
            fields: 'marginLeft,marginRight',
          },
        },
      ]),
    ).toThrow(/horizontal margins/);
  });

  it('counts each call once, and not the test-side inspection', () => {
    const { emu, docs, id } = setup();
    batch(docs, id, [{ insertText: { location: { index: 1 }, text: 'a' } }]);
    docs.Documents.get(id);
    emu.drive.doc(id)!.json();
    emu.drive.files();
    expect(emu.calls.byName()).toEqual({ 'Docs.Documents.create': 1, 'Docs.Documents.batchUpdate': 1, 'Docs.Documents.get': 1 });
    expect(emu.drive.doc(id)!.batches()).toEqual([{ requests: 1, bytes: expect.any(Number) }]);
  });
});

describe('emulated Docs: what Google does that the add-on must undo', () => {
  const a4 = { width: { magnitude: 595.28, unit: 'PT' }, height: { magnitude: 841.89, unit: 'PT' } };

  it('creates pageless Docs when the account makes new documents pageless; their page is not rendered', () => {
    const { emu, docs } = setup();
    emu.drive.setDefaultDocumentMode('PAGELESS');
    const created = docs.Documents.create({ title: 'Kế hoạch' });
    expect((created.documentStyle as { documentFormat?: unknown }).documentFormat).toEqual({ documentMode: 'PAGELESS' });
    const id = created.documentId!;
    // Page size and margins are set and read back, but a pageless Doc does not lay them out.
    batch(docs, id, [
      { updateDocumentStyle: { documentStyle: { pageSize: a4, marginLeft: { magnitude: 85.04, unit: 'PT' } }, fields: 'pageSize,marginLeft' } },
    ]);
    expect(emu.drive.doc(id)!.documentStyle().pageSize).toEqual(a4);
    expect(emu.drive.doc(id)!.page()).toEqual({ mode: 'PAGELESS' });

    batch(docs, id, [{ updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: 'PAGES' } }, fields: 'documentFormat' } }]);
    expect(emu.drive.doc(id)!.page()).toMatchObject({ mode: 'PAGES', widthPt: 595.28, heightPt: 841.89, margins: { left: 85.04 } });
  });

  it.each([
    ['documentFormat', 'PAGES', 'PAGES'],
    ['documentFormat.documentMode', 'PAGES', 'PAGES'],
    ['documentFormat', 'PAGELESS', 'PAGELESS'],
  ])('sets the document mode with the mask %s to %s', (fields, mode, expected) => {
    const { emu, docs, id } = setup();
    batch(docs, id, [{ updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: mode } }, fields } }]);
    expect(emu.drive.doc(id)!.page().mode).toBe(expected);
  });

  it('refuses an unknown document mode and the read-only header ids', () => {
    const { docs, id } = setup();
    expect(() =>
      batch(docs, id, [{ updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: 'PAGED' } }, fields: 'documentFormat' } }]),
    ).toThrow(/Invalid value for documentFormat.documentMode: PAGED/);
    expect(() => batch(docs, id, [{ updateDocumentStyle: { documentStyle: { defaultHeaderId: 'x' }, fields: 'defaultHeaderId' } }])).toThrow(
      /Invalid field: defaultHeaderId/,
    );
  });

  it.each([
    ['a Wingdings bullet pasted from Word', '\uf0b7 Bồi dưỡng giáo viên', ' Bồi dưỡng giáo viên'],
    ['Symbol and private-use characters', 'Tổ\ue000 chức\uf8ff', 'Tổ chức'],
    ['control characters U+0000–0008 and U+000C–001F', 'Thư\u0000 viện\u0008\u000c\u001f', 'Thư viện'],
    ['a carriage return (stripped, not a line break)', 'Học kỳ I\rHọc kỳ II', 'Học kỳ IHọc kỳ II'],
    ['tab and the vertical tab (kept)', 'Mục\tA\u000bB', 'Mục\tA\u000bB'],
    ['characters just outside the ranges (kept)', 'Điều\u007f 5\uf900', 'Điều\u007f 5\uf900'],
  ])('strips from inserted text exactly what Google strips: %s', (_what, sent, stored) => {
    const { emu, docs, id } = setup();
    batch(docs, id, [{ insertText: { location: { index: 1 }, text: sent } }]);
    const doc = emu.drive.doc(id)!;
    expect(doc.paragraphs()[0].text).toBe(stored);
    // Every later index moves by what was stripped.
    expect(doc.bodyEnd()).toBe(2 + stored.length);
  });

  it('gives inserted text the paragraph style and bullets of the paragraph it goes into', () => {
    const { emu, docs, id } = setup();
    batch(docs, id, [
      { insertText: { location: { index: 1 }, text: 'Việc cũ' } },
      { createParagraphBullets: { range: { startIndex: 1, endIndex: 2 }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } },
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { namedStyleType: 'HEADING_1' }, fields: 'namedStyleType' } },
      { insertText: { location: { index: 1 }, text: 'một\nhai\n' } },
    ]);
    const paragraphs = emu.drive.doc(id)!.paragraphs();
    expect(paragraphs.map((p) => p.text)).toEqual(['một', 'hai', 'Việc cũ']);
    for (const paragraph of paragraphs) {
      expect(paragraph.style.namedStyleType).toBe('HEADING_1');
      expect(paragraph.bullet).toMatchObject({ nestingLevel: 0 });
    }
  });

  it('keeps the style and bullets of the last paragraph when the whole body is deleted; deleteParagraphBullets removes them', () => {
    const { emu, docs, id } = setup();
    batch(docs, id, [
      { insertText: { location: { index: 1 }, text: 'Đầu\nCuối' } },
      { createParagraphBullets: { range: { startIndex: 5, endIndex: 6 }, bulletPreset: 'NUMBERED_DECIMAL_ALPHA_ROMAN' } },
      {
        updateTextStyle: {
          range: { startIndex: 5, endIndex: 10 },
          textStyle: { weightedFontFamily: { fontFamily: 'Arial' }, bold: true },
          fields: 'weightedFontFamily,bold',
        },
      },
    ]);
    const bodyEnd = emu.drive.doc(id)!.bodyEnd();
    batch(docs, id, [{ deleteContentRange: { range: { startIndex: 1, endIndex: bodyEnd - 1 } } }]);
    const [survivor] = emu.drive.doc(id)!.paragraphs();
    expect(survivor.text).toBe('');
    expect(survivor.bullet).not.toBeNull();
    expect(survivor.runs[0].style).toMatchObject({ bold: true, weightedFontFamily: { fontFamily: 'Arial' } });

    batch(docs, id, [{ deleteParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } }, { insertText: { location: { index: 1 }, text: 'Mới' } }]);
    expect(emu.drive.doc(id)!.paragraphs()[0]).toMatchObject({ text: 'Mới', bullet: null });
  });
});

describe('emulated Drive under drive.file', () => {
  it('sees only the files the add-on created', () => {
    const { emu, docs, drive } = setup();
    const folder = emu.drive.addForeignFolder('Hồ sơ của cô Hạnh');
    expect(() => drive.Files.get(folder)).toThrow(/File not found/);
    expect(() => docs.Documents.get(folder)).toThrow(/Requested entity was not found/);
    expect(() => drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'a@example.edu.vn' }, folder)).toThrow(/File not found/);
  });

  it('exports a Doc to PDF only with alt=media, and stores uploads', () => {
    const { emu, docs, drive, id } = setup();
    batch(docs, id, [{ insertText: { location: { index: 1 }, text: 'Nội dung' } }]);
    type Export = (fileId: string, mimeType: string, args?: object) => GoogleAppsScript.Base.Blob;
    const exportFile = (drive.Files.export as unknown as Export).bind(drive.Files);
    expect(() => exportFile(id, 'application/pdf')).toThrow(/Export requires alt=media/);
    const blob = exportFile(id, 'application/pdf', { alt: 'media' });
    expect(blob.getContentType()).toBe('application/pdf');
    const pdf = drive.Files.create({ name: 'Thử.pdf', mimeType: 'application/pdf' }, blob);
    expect(emu.drive.file(pdf.id!)!.text()).toMatch(/^%PDF-1\.4[\s\S]*Nội dung/);
    const folder = emu.drive.addForeignFolder('Thư mục riêng');
    expect(() => drive.Files.create({ name: 'y.pdf', parents: [folder] }, blob)).toThrow(/File not found/);
  });

  it('records permissions and notification emails', () => {
    const { emu, drive, id } = setup();
    drive.Permissions.create({ type: 'user', role: 'commenter', emailAddress: 'a@example.edu.vn' }, id, {
      sendNotificationEmail: true,
      emailMessage: 'Kính gửi',
    });
    expect(() => drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'khong-hop-le' }, id)).toThrow(/Invalid email address/);
    expect(emu.drive.file(id)!.permissions.map((p) => [p.type, p.role, p.emailAddress])).toEqual([
      ['user', 'owner', 'user@example.com'],
      ['user', 'commenter', 'a@example.edu.vn'],
    ]);
    expect(emu.drive.notifications()).toEqual([{ fileId: id, to: 'a@example.edu.vn', role: 'commenter', message: 'Kính gửi' }]);
  });
});
