/**
 * "Tạo văn bản" in the emulator, through the built Code.js: the Google Doc
 * (page, margins, fonts, tables), regeneration of the same Doc, a new
 * version on request, a deleted Doc, the PDF copy, refusal on errors, the
 * document lock, and service calls that do not grow with the plan.
 */
import { describe, expect, it } from 'vitest';
import type { DocView, Emulator } from '../../emulator';
import { mmToPt } from '../../src/domain/document/model';
import { tt17TieuHoc, tt57 } from '../../src/domain/frameworks';
import type { DocumentReport } from '../../src/server/api';
import { loadSample, TT17_SAMPLE, setInfo } from '../../fixtures/workbooks';
import { openAddOn, type AddOn } from '../addon/bundle';
import { plannedWorkbook, setCell, tt17Clean, tt57Sample } from '../../fixtures/plans';

const TITLE = 'Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Khang';

function generate(addOn: AddOn, newVersion = false): DocumentReport {
  return addOn.value('createDocument', { newVersion });
}

function theDoc(emu: Emulator, report: DocumentReport): DocView {
  const doc = emu.drive.doc(report.links.docId);
  if (!doc) throw new Error('no doc');
  return doc;
}

const pt = (mm: number) => Math.round(mmToPt(mm) * 100) / 100;

describe('the Google Doc of the TT17 plan', () => {
  const addOn = openAddOn(tt17Clean());
  const report = generate(addOn);
  const doc = theDoc(addOn.emu, report);

  it('is created, named after the year and the school, with its links', () => {
    expect(report.created).toBe(true);
    expect(report.links.title).toBe(TITLE);
    expect(addOn.emu.drive.file(report.links.docId)!.name).toBe(TITLE);
    expect(report.links.docUrl).toBe(`https://docs.google.com/document/d/${report.links.docId}/edit`);
    expect(report.links.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/.+\/view$/);
    expect(report.message).toContain(`Đã tạo văn bản "${TITLE}"`);
    expect(report.message).toContain('Chèn → Số trang');
  });

  it('is A4 portrait with NĐ30 margins, no page number on page 1', () => {
    expect(doc.documentStyle()).toMatchObject({
      pageSize: { width: { magnitude: pt(210), unit: 'PT' }, height: { magnitude: pt(297), unit: 'PT' } },
      marginTop: { magnitude: pt(20) },
      marginBottom: { magnitude: pt(20) },
      marginLeft: { magnitude: pt(30) },
      marginRight: { magnitude: pt(15) },
      useFirstPageHeaderFooter: true,
    });
  });

  it('is in Times New Roman throughout, body text at 14 pt', () => {
    const runs = doc.paragraphs().flatMap((paragraph) => paragraph.runs);
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.filter((run) => run.style.weightedFontFamily?.fontFamily !== 'Times New Roman')).toEqual([]);
    const body = doc.paragraphs().find((paragraph) => paragraph.text.startsWith('- Cải tiến chất lượng giáo dục'))!;
    expect(body.runs[0].style.fontSize).toEqual({ magnitude: 14, unit: 'PT' });
    expect(body.style).toMatchObject({ alignment: 'JUSTIFIED', indentFirstLine: { magnitude: 36 }, spaceBelow: { magnitude: 6 } });
  });

  it('has the NĐ30 header: bold school name, bold Quốc hiệu, italic date, borderless, with rules', () => {
    const [header] = doc.tables();
    expect(header.cells).toEqual([
      ['UBND XÃ AN KHANG\nTRƯỜNG TIỂU HỌC AN KHANG\n', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'],
      ['Số: 45/KH-THAK', 'An Khang, ngày 05 tháng 10 năm 2024'],
    ]);
    expect(header.cellStyle(0, 0).borderTop?.width?.magnitude).toBe(0);
    const paragraph = (text: string) => doc.paragraphs().find((p) => p.text === text)!;
    expect(paragraph('TRƯỜNG TIỂU HỌC AN KHANG').runs[0].style).toMatchObject({ bold: true, fontSize: { magnitude: 12 } });
    expect(paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').runs[0].style).toMatchObject({ bold: true });
    expect(paragraph('An Khang, ngày 05 tháng 10 năm 2024').runs[0].style).toMatchObject({ italic: true, bold: false, fontSize: { magnitude: 14 } });
    expect(paragraph('An Khang, ngày 05 tháng 10 năm 2024').style.alignment).toBe('CENTER');
    // The rules: empty paragraphs with a bottom border, indented to their length.
    const rules = doc.paragraphs().filter((p) => p.style.borderBottom);
    expect(rules).toHaveLength(3);
    for (const rule of rules) expect(rule.style.borderBottom).toMatchObject({ width: { magnitude: 0.75 }, dashStyle: 'SOLID' });
  });

  it('has the title and the subject, bold and centred', () => {
    const title = doc.paragraphs().find((p) => p.text === 'KẾ HOẠCH')!;
    const subject = doc.paragraphs().find((p) => p.text === 'Cải tiến chất lượng giáo dục năm học 2024 - 2025')!;
    for (const paragraph of [title, subject]) {
      expect(paragraph.style.alignment).toBe('CENTER');
      expect(paragraph.runs[0].style).toMatchObject({ bold: true, fontSize: { magnitude: 14 } });
    }
  });

  it('has the 9-column plan table: one row per criterion, group rows merged, header pinned, rows kept whole', () => {
    const plan = doc.tables().find((table) => table.columns === 9)!;
    expect(plan.cells[0]).toEqual([
      'TT',
      'Tiêu chí',
      'Kết quả cần đạt (so với hiện trạng)',
      'Công việc/giải pháp cần thực hiện',
      'Chủ trì và phối hợp thực hiện',
      'Thời gian thực hiện và hoàn thành',
      'Dự kiến kinh phí',
      'Điều kiện hỗ trợ khác',
      'Ghi chú',
    ]);
    // Header + MỨC 1, 2, 3 + 5 standards + the 13 criteria with work + MỨC 4 + the 3 requirements with work (issue 18).
    expect(plan.rows).toBe(1 + 1 + 5 + 13 + 1 + 3);
    expect(plan.pinnedHeaderRows).toBe(1);
    // Group rows kept whole; a tall criterion row may continue on the next page (issue 18).
    expect(plan.rowStyle(1).preventOverflow).toBe(true);
    expect(plan.rowStyle(5).preventOverflow).not.toBe(true);
    expect(plan.merges).toHaveLength(7);
    expect(plan.merges.every((merge) => merge.columnSpan === 9 && merge.column === 0)).toBe(true);
    expect(plan.cells[1][0]).toBe('MỨC 1, 2, 3');
    expect(plan.cells[2][0]).toBe('Tiêu chuẩn 1. Tổ chức và quản lý nhà trường');
    expect(plan.cells[3].slice(0, 2)).toEqual(['1', 'Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường']);
    const widths = plan.columnWidthsPt as number[];
    expect(widths.every((width) => width >= 5)).toBe(true);
    expect(Math.abs(widths.reduce((a, b) => a + b, 0) - mmToPt(165))).toBeLessThan(1.5);
    expect(plan.cellStyle(3, 3).borderLeft).toMatchObject({ width: { magnitude: 0.5 }, dashStyle: 'SOLID' });
    const headerCell = doc.paragraphs().find((p) => p.inTable && p.text === 'Công việc/giải pháp cần thực hiện')!;
    expect(headerCell.runs[0].style).toMatchObject({ bold: true, fontSize: { magnitude: 12 } });
    const actionLine = doc.paragraphs().find((p) => p.text === 'Khuyến khích giáo viên học nâng chuẩn đại học')!;
    expect(actionLine.inTable).toBe(true);
    expect(actionLine.runs[0].style).toMatchObject({ bold: false, fontSize: { magnitude: 12 } });
  });

  it('has the level summary and the signature block, borderless', () => {
    expect(doc.text()).toContain('- Mức 3: Tổng số 19 tiêu chí, trong đó số tiêu chí đạt');
    const signature = doc.tables().at(-1)!;
    expect(signature.cells[0][0].split('\n')).toEqual([
      'Nơi nhận:',
      '- Phòng GD&ĐT (b/c);',
      '- Hội đồng trường;',
      '- Các tổ chuyên môn, văn phòng;',
      '- Website trường;',
      '- Lưu: VT.',
    ]);
    expect(signature.cells[0][1]).toBe('HIỆU TRƯỞNG\nNguyễn Thị Minh Hạnh');
    expect(signature.cellStyle(0, 1).borderBottom?.width?.magnitude).toBe(0);
  });

  it('saves a PDF copy beside the Doc and remembers both', () => {
    const pdfs = addOn.emu.drive.files().filter((file) => file.mimeType === 'application/pdf');
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0].name).toBe(`${TITLE}.pdf`);
    expect(pdfs[0].parents).toEqual(addOn.emu.drive.file(report.links.docId)!.parents);
    expect(pdfs[0].text()).toContain('Cải tiến chất lượng giáo dục năm học 2024 - 2025');
    const stored = JSON.parse(addOn.emu.properties.document.get('planDocument')!);
    expect(stored).toMatchObject({ docId: report.links.docId, pdfId: pdfs[0].id, title: TITLE });
  });

  it('is built with one batchUpdate', () => {
    expect(doc.batches()).toHaveLength(1);
  });
});

describe('generating again', () => {
  it('rewrites the same Doc and PDF (same links), with the new content and name', () => {
    const addOn = openAddOn(tt17Clean());
    const first = generate(addOn);
    addOn.emu.workbook.sheet('Thông tin chung')!.setValues([['Trường Tiểu học An Khang B']], { at: 'B3' });
    addOn.emu.calls.reset();
    const second = generate(addOn);
    expect(second.created).toBe(false);
    expect(second.links.docId).toBe(first.links.docId);
    expect(second.links.pdfUrl).toBe(first.links.pdfUrl);
    expect(second.message).toContain('Đã cập nhật văn bản');
    const doc = theDoc(addOn.emu, second);
    expect(doc.title).toContain('Trường Tiểu học An Khang B');
    expect(addOn.emu.drive.file(second.links.docId)!.name).toBe('Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Khang B');
    expect(doc.text().match(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/g)).toHaveLength(1);
    expect(doc.tables()).toHaveLength(3);
    expect(addOn.emu.drive.files().filter((file) => file.mimeType === 'application/pdf')).toHaveLength(1);
    const calls = addOn.emu.calls.byName();
    expect(calls['Docs.Documents.create'] ?? 0).toBe(0);
    expect(calls['Docs.Documents.batchUpdate']).toBe(1);
  });

  it('keeps the sharing of the Doc', () => {
    const addOn = openAddOn(tt17Clean());
    const first = generate(addOn);
    addOn.value('shareDocument', { emails: [], role: 'commenter', message: '' });
    generate(addOn);
    expect(addOn.emu.drive.file(first.links.docId)!.permissions.filter((p) => p.role === 'commenter')).toHaveLength(2);
  });

  it('makes a new Doc when asked for a new version, and leaves the old one', () => {
    const addOn = openAddOn(tt17Clean());
    const first = generate(addOn);
    const second = generate(addOn, true);
    expect(second.created).toBe(true);
    expect(second.links.docId).not.toBe(first.links.docId);
    expect(addOn.emu.drive.doc(first.links.docId)).not.toBeNull();
    expect(addOn.value('getOverview').document?.docId).toBe(second.links.docId);
  });

  it.each([
    ['deleted for good', (emu: Emulator, id: string) => emu.drive.delete(id), 'đã bị xóa hẳn'],
    ['in the trash', (emu: Emulator, id: string) => emu.drive.trash(id), 'đang nằm trong thùng rác'],
  ])('makes a new Doc, and says so, when the old one was %s', (_what, remove, said) => {
    const addOn = openAddOn(tt17Clean());
    const first = generate(addOn);
    remove(addOn.emu, first.links.docId);
    const second = generate(addOn);
    expect(second.created).toBe(true);
    expect(second.links.docId).not.toBe(first.links.docId);
    expect(second.message).toContain(said);
    expect(theDoc(addOn.emu, second).text()).toContain('KẾ HOẠCH');
  });

  it('does not make a second Doc when Drive fails for another reason (it reports the failure)', () => {
    const addOn = openAddOn(tt17Clean());
    generate(addOn);
    const files = addOn.emu.globals.Drive as { Files: { get: (...args: unknown[]) => unknown } };
    files.Files.get = () => {
      throw new Error('API call to drive.files.get failed with error: Rate Limit Exceeded');
    };
    const result = addOn.run('createDocument', { newVersion: false });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Rate Limit Exceeded') });
    expect(addOn.emu.drive.files().filter((file) => file.mimeType === 'application/vnd.google-apps.document')).toHaveLength(1);
  });

  it('saves the PDF in My Drive when the user moved the Doc into a folder the add-on cannot write to', () => {
    const addOn = openAddOn(tt17Clean());
    const first = generate(addOn);
    const folder = addOn.emu.drive.addForeignFolder('Hồ sơ kiểm định');
    addOn.emu.drive.move(first.links.docId, folder);
    const pdfId = /\/d\/([^/]+)\//.exec(first.links.pdfUrl!)![1];
    addOn.emu.drive.delete(pdfId);
    const second = generate(addOn);
    expect(second.links.docId).toBe(first.links.docId);
    expect(second.links.pdfUrl).not.toBe(first.links.pdfUrl);
    const pdf = addOn.emu.drive.files().find((file) => file.mimeType === 'application/pdf')!;
    expect(pdf.parents).not.toContain(folder);
  });
});

describe('refusals', () => {
  it('refuses while the plan has errors, listing them with their cells, and creates nothing', () => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE));
    const result = addOn.run('createDocument', { newVersion: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The sample's deliberate errors: 6 (Tiêu chuẩn 2!H4, past the school year, is a warning; test/addon/flow.test.ts).
    expect(result.message).toMatch(/^Chưa tạo được văn bản[^:]*: bảng tính còn 6 lỗi\./);
    expect(result.message).toContain('- Tiêu chuẩn 1!C3: Tiêu chí 1.2 không có Mức 3');
    expect(result.message).toContain('… và 1 lỗi khác');
    expect(addOn.emu.drive.files()).toEqual([]);
    expect(addOn.emu.calls.totalFor('Docs.')).toBe(0);
    expect(addOn.emu.calls.totalFor('Drive.')).toBe(0);
  });

  it('builds from text the Docs API would refuse as is (control characters pasted into a cell)', () => {
    const workbook = tt17Clean();
    setCell(workbook, 'Tiêu chuẩn 1', '1.1', 'Ghi chú', 'Theo dõi\u0007 hằng tháng\u000b');
    const addOn = openAddOn(workbook);
    const doc = theDoc(addOn.emu, generate(addOn));
    expect(doc.text()).toContain('Theo dõi hằng tháng');
  });

  it('does not block on warnings', () => {
    const workbook = tt17Clean();
    setInfo(workbook, 'Hiệu trưởng', '');
    const addOn = openAddOn(workbook);
    const report = generate(addOn);
    expect(report.message).toMatch(/cảnh báo không chặn/);
  });

  it('waits for the document lock, and gives up with a message while another editor holds it', () => {
    const addOn = openAddOn(tt17Clean());
    const release = addOn.emu.holdDocumentLockElsewhere();
    const result = addOn.run('createDocument', { newVersion: false });
    release();
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Một người khác đang cập nhật bảng tính này') });
    expect(addOn.emu.drive.files()).toEqual([]);
  });
});

describe('what a real account does that the add-on must undo', () => {
  it.each([
    ['TT17, A4 portrait', tt17Clean, new Date('2024-10-05T09:00:00+07:00'), 210, 297],
    ['TT57, A4 landscape', tt57Sample, new Date('2026-10-12T09:00:00+07:00'), 297, 210],
  ])('an account whose new documents are pageless still gets pages (%s, NĐ30 margins, page 1 apart)', (_what, workbook, now, widthMm, heightMm) => {
    const addOn = openAddOn(workbook(), now);
    addOn.emu.drive.setDefaultDocumentMode('PAGELESS');
    const doc = theDoc(addOn.emu, generate(addOn));
    expect(doc.page()).toEqual({
      mode: 'PAGES',
      widthPt: pt(widthMm),
      heightPt: pt(heightMm),
      margins: { top: pt(20), bottom: pt(20), left: pt(30), right: pt(15) },
      firstPageHeaderApart: true,
    });
  });

  it('builds the Doc right around characters Google strips (Wingdings bullets pasted from Word, control characters)', () => {
    const workbook = tt17Clean();
    workbook.sheets.push({
      name: 'Nội dung văn bản',
      values: [
        ['Mục', 'Nội dung'],
        ['I. MỤC ĐÍCH, YÊU CẦU', '\uf0b7 Nâng cao chất lượng giáo dục của {Tên trường}.\n\uf0a7 Thực hiện\u001f trong năm học {Năm học}.'],
      ],
    });
    setCell(workbook, 'Tiêu chuẩn 1', '1.1', 'Ghi chú', '\uf0d8 Theo dõi hằng tháng');
    const addOn = openAddOn(workbook);
    const doc = theDoc(addOn.emu, generate(addOn));
    const texts = doc.paragraphs().map((paragraph) => paragraph.text);
    expect(texts).toContain(' Nâng cao chất lượng giáo dục của Trường Tiểu học An Khang.');
    expect(texts).toContain(' Thực hiện trong năm học 2024-2025.');
    // Everything after the stripped characters is where it was computed to be: headings bold, tables whole.
    const heading = doc.paragraphs().find((paragraph) => paragraph.text === 'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH')!;
    expect(heading.runs[0].text).toBe('II. CĂN CỨ XÂY DỰNG KẾ HOẠCH');
    expect(heading.runs[0].style).toMatchObject({ bold: true, fontSize: { magnitude: 14 } });
    const plan = doc.tables().find((table) => table.columns === 9)!;
    expect(plan.cells[3][8]).toBe(' Theo dõi hằng tháng');
    expect(plan.merges).toHaveLength(7);
    const signature = doc.tables().at(-1)!;
    expect(signature.cells[0][1]).toBe('HIỆU TRƯỞNG\nNguyễn Thị Minh Hạnh');
    const director = doc.paragraphs().find((paragraph) => paragraph.text === 'HIỆU TRƯỞNG')!;
    expect(director.runs[0].style).toMatchObject({ bold: true });
  });

  it('leaves the final paragraph in Times New Roman, Normal text and 1 pt (it cannot spill onto a page of its own)', () => {
    const addOn = openAddOn(tt17Clean());
    const doc = theDoc(addOn.emu, generate(addOn));
    const last = doc.paragraphs().at(-1)!;
    expect(last.inTable).toBe(false);
    expect(last.text).toBe('');
    expect(last.runs[0].style).toMatchObject({ weightedFontFamily: { fontFamily: 'Times New Roman' }, fontSize: { magnitude: 1 } });
    expect(last.style).toMatchObject({ namedStyleType: 'NORMAL_TEXT', spaceAbove: { magnitude: 0 }, spaceBelow: { magnitude: 0 } });
  });

  it('regenerates as Normal text without bullets, links or colours after the user restyled the end of the Doc', () => {
    const addOn = openAddOn(tt17Clean());
    const first = generate(addOn);
    // The user types a bulleted Heading 1 line in blue with a link at the end of the Doc.
    const docs = addOn.emu.globals.Docs as GoogleAppsScript.Docs;
    const end = theDoc(addOn.emu, first).bodyEnd();
    const requests = [
      { insertText: { location: { index: end - 1 }, text: 'Ghi chú thêm của hiệu trưởng' } },
      { createParagraphBullets: { range: { startIndex: end - 1, endIndex: end }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } },
      {
        updateParagraphStyle: {
          range: { startIndex: end - 1, endIndex: end },
          paragraphStyle: { namedStyleType: 'HEADING_1', shading: { backgroundColor: { color: { rgbColor: { red: 1 } } } } },
          fields: 'namedStyleType,shading',
        },
      },
      {
        updateTextStyle: {
          range: { startIndex: end - 1, endIndex: end + 28 },
          textStyle: {
            foregroundColor: { color: { rgbColor: { blue: 1 } } },
            link: { url: 'https://example.edu.vn' },
            weightedFontFamily: { fontFamily: 'Arial' },
          },
          fields: 'foregroundColor,link,weightedFontFamily',
        },
      },
    ];
    docs.Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, first.links.docId);
    expect(theDoc(addOn.emu, first).paragraphs().at(-1)!.bullet).not.toBeNull();

    const doc = theDoc(addOn.emu, generate(addOn));
    const paragraphs = doc.paragraphs();
    expect(paragraphs.filter((paragraph) => paragraph.bullet !== null).map((paragraph) => paragraph.text)).toEqual([]);
    expect(paragraphs.filter((paragraph) => paragraph.style.namedStyleType !== 'NORMAL_TEXT').map((paragraph) => paragraph.text)).toEqual([]);
    expect(paragraphs.filter((paragraph) => paragraph.style.shading).map((paragraph) => paragraph.text)).toEqual([]);
    const runs = paragraphs.flatMap((paragraph) => paragraph.runs);
    expect(runs.filter((run) => run.style.link || run.style.foregroundColor).map((run) => run.text)).toEqual([]);
    expect(runs.filter((run) => run.style.weightedFontFamily?.fontFamily !== 'Times New Roman').map((run) => run.text)).toEqual([]);
    expect(doc.text()).not.toContain('Ghi chú thêm của hiệu trưởng');
  });
});

describe('the Google Doc of the TT57 plan (Biểu 2)', () => {
  const addOn = openAddOn(tt57Sample(), new Date('2026-10-12T09:00:00+07:00'));
  const report = generate(addOn);
  const doc = theDoc(addOn.emu, report);

  it('is A4 landscape', () => {
    expect(doc.documentStyle().pageSize).toEqual({ width: { magnitude: pt(297), unit: 'PT' }, height: { magnitude: pt(210), unit: 'PT' } });
  });

  it('has the 10-column table with numbered headings pinned, and the section IV and VI tables', () => {
    const tables = doc.tables();
    const plan = tables.find((table) => table.columns === 10)!;
    expect(plan.cells[1]).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']);
    expect(plan.pinnedHeaderRows).toBe(2);
    expect(tables.find((table) => table.columns === 6)!.cells[0][5]).toBe('Nguyên nhân của hạn chế');
    expect(
      tables
        .find((table) => table.columns === 5)!
        .cells.slice(1)
        .map((row) => row[0]),
    ).toEqual(['Cuối học kỳ I', 'Cuối năm học']);
    expect(doc.text()).toContain('VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO');
  });
});

describe('service calls do not grow with the plan', () => {
  function callsFor(framework: typeof tt17TieuHoc, rows: number) {
    const now = framework === tt57 ? new Date('2026-10-12T09:00:00+07:00') : undefined;
    const addOn = openAddOn(plannedWorkbook(framework, rows), now);
    addOn.emu.calls.reset();
    const report = generate(addOn);
    const doc = theDoc(addOn.emu, report);
    const calls = addOn.emu.calls.byName();
    const docsCalls = addOn.emu.calls.totalFor('Docs.') + addOn.emu.calls.totalFor('Drive.');
    return { calls, docsCalls, batch: doc.batches()[0], jsonBytes: doc.jsonBytes(), text: doc.text() };
  }

  it.each([
    ['TT17', tt17TieuHoc],
    ['TT57', tt57],
  ] as const)('%s: 30, 150 and 600 rows take the same calls', (name, framework) => {
    const sizes = [30, 150, 600];
    const results = sizes.map((rows) => callsFor(framework, rows));
    expect(results[1].calls).toEqual(results[0].calls);
    expect(results[2].calls).toEqual(results[0].calls);
    expect(results[0].calls['Docs.Documents.batchUpdate']).toBe(1);
    expect(results[2].text).toContain('Việc số 600:');
    results.forEach((result, index) =>
      console.info(
        `${name} ${sizes[index]} rows: ${Object.values(result.calls).reduce((a, b) => a + b, 0)} service calls (${result.docsCalls} Docs/Drive), ` +
          `batchUpdate ${result.batch.requests} requests / ${(result.batch.bytes / 1024).toFixed(0)} KB, Doc JSON ${(result.jsonBytes / 1024).toFixed(0)} KB`,
      ),
    );
  });
});
