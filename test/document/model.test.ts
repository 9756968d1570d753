/**
 * The document model, built from plans: the NĐ30 header and signature, the
 * sections of each framework, the plan table's grouping, ordering and
 * numbering, formatting of dates and money, the school's own section text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INCLUDE_ALL_OPTION, balancedLines, buildPlanDocument } from '../../src/domain/document/build';
import { unbreakablePieces } from '../../src/domain/document/columns';
import { approxTextWidthPt } from '../../src/domain/document/nd30';
import type { Paragraph, PlanDocument, Table } from '../../src/domain/document/model';
import { allParagraphs, paragraphText, rowSpan, textWidthPt } from '../../src/domain/document/model';
import { tt17TieuHoc } from '../../src/domain/frameworks';
import type { Framework } from '../../src/domain/frameworks/types';
import { summarize } from '../../src/domain/summary/summary';
import { hasErrors, validatePlan } from '../../src/domain/validate';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { readPlan } from '../../src/domain/workbook/read';
import { setInfo, sheet } from '../../fixtures/workbooks';
import { addActionRow, documentOf, setCell, tt17Clean, tt57Sample } from '../../fixtures/plans';

/** `Nội dung văn bản` asking for every criterion in the plan table, those without improvement work included. */
function withEveryCriterion(workbook: RawWorkbook, answer = 'Có'): RawWorkbook {
  workbook.sheets.push({
    name: 'Nội dung văn bản',
    values: [
      ['Mục', 'Nội dung'],
      [INCLUDE_ALL_OPTION, answer],
    ],
  });
  return workbook;
}

function tables(document: PlanDocument, role: Table['role']): Table[] {
  return document.blocks.filter((block): block is Table => block.type === 'table' && block.role === role);
}

function cellLines(table: Table, row: number, cell: number): string[] {
  return table.rows[row].cells[cell].paragraphs.map(paragraphText);
}

function bodyTexts(document: PlanDocument): string[] {
  return document.blocks.filter((block): block is Paragraph => block.type === 'paragraph').map(paragraphText);
}

/** Rows of a table as `label` (group rows) or the first line of each cell. */
function rowSummaries(table: Table): string[] {
  return table.rows.map((row) =>
    row.kind === 'group'
      ? `# ${cellLines(table, table.rows.indexOf(row), 0).join(' ')}`
      : row.cells.map((cell) => cell.paragraphs.map(paragraphText)[0] ?? '').join(' | '),
  );
}

describe('TT17 plan document (fixed sample)', () => {
  const workbook = tt17Clean();
  const { plan, document } = documentOf(workbook);

  it('comes from a plan without errors', () => {
    expect(hasErrors(validatePlan(plan))).toBe(false);
  });

  it('is A4 portrait with NĐ30 margins and Times New Roman', () => {
    expect(document.page).toEqual({
      widthMm: 210,
      heightMm: 297,
      orientation: 'portrait',
      marginTopMm: 20,
      marginBottomMm: 20,
      marginLeftMm: 30,
      marginRightMm: 15,
    });
    expect(document.fontFamily).toBe('Times New Roman');
    expect(document.title).toBe('Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Khang');
  });

  it('opens with the two-column header: agency and school | Quốc hiệu and tiêu ngữ; number | place and date', () => {
    const [header] = tables(document, 'header');
    expect(header.borders).toBe(false);
    expect(cellLines(header, 0, 0)).toEqual(['UBND XÃ AN KHANG', 'TRƯỜNG TIỂU HỌC AN KHANG', '']);
    expect(cellLines(header, 0, 1)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '']);
    expect(cellLines(header, 1, 0)).toEqual(['Số: 45/KH-THAK']);
    expect(cellLines(header, 1, 1)).toEqual(['An Khang, ngày 05 tháng 10 năm 2024']);
    // Rules under the school name (1/3–1/2 of it) and under the motto (its length).
    const schoolRule = header.rows[0].cells[0].paragraphs[2].rule!;
    const mottoRule = header.rows[0].cells[1].paragraphs[2].rule!;
    expect(schoolRule.widthPt).toBeGreaterThan(40);
    expect(schoolRule.widthPt).toBeLessThan(header.columnsPt[0] / 2);
    expect(mottoRule.widthPt).toBeGreaterThan(140);
    // Styles: school bold, Quốc hiệu bold, date italic, all centred.
    expect(header.rows[0].cells[0].paragraphs[0].runs[0].style).toEqual({ sizePt: 12 });
    expect(header.rows[0].cells[0].paragraphs[1].runs[0].style).toEqual({ sizePt: 12, bold: true });
    expect(header.rows[0].cells[1].paragraphs[0].runs[0].style).toEqual({ sizePt: 12, bold: true });
    expect(header.rows[1].cells[1].paragraphs[0].runs[0].style).toEqual({ sizePt: 14, italic: true });
    expect(header.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs.map((p) => p.style.align)))).toEqual(Array(8).fill('center'));
    expect(header.columnsPt.reduce((a, b) => a + b, 0)).toBe(Math.floor(textWidthPt(document.page)));
  });

  it('has the title, the subject with the spaced school year, and sections I–VI in order', () => {
    const texts = bodyTexts(document);
    expect(texts.slice(0, 2)).toEqual(['KẾ HOẠCH', 'Cải tiến chất lượng giáo dục năm học 2024 - 2025']);
    const headings = texts.filter((text) => /^[IVX]+\. /.test(text));
    expect(headings).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
      'III. MỤC TIÊU CẢI TIẾN',
      'IV. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG',
      'V. KINH PHÍ THỰC HIỆN',
      'VI. TỔ CHỨC THỰC HIỆN',
    ]);
    const title = document.blocks.find((block): block is Paragraph => block.type === 'paragraph' && paragraphText(block) === 'KẾ HOẠCH')!;
    expect(title.style.align).toBe('center');
    expect(title.runs[0].style).toEqual({ sizePt: 14, bold: true });
  });

  it('puts the level summary sentences of the core in section II, word for word', () => {
    const summary = summarize(plan);
    const texts = bodyTexts(document);
    const section = texts.slice(texts.indexOf('II. CĂN CỨ XÂY DỰNG KẾ HOẠCH'), texts.indexOf('III. MỤC TIÊU CẢI TIẾN'));
    for (const sentence of summary.sentences) expect(section.some((text) => text.includes(sentence))).toBe(true);
    expect(section).toContain('- Mức 1: Tổng số 27 tiêu chí, trong đó số tiêu chí đạt 27/27, tỉ lệ 100%; tiêu chí không đạt: 0;');
    expect(section.some((text) => text.startsWith('- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018'))).toBe(true);
    expect(section).toContain('- Báo cáo tự đánh giá của Trường Tiểu học An Khang;');
  });

  it('lists in section III the criteria below each level, from the summary', () => {
    const texts = bodyTexts(document);
    expect(texts).toContain('- Chưa đạt Mức 2: tiêu chí 3.4;');
    expect(texts).toContain('- Chưa đạt Mức 4: yêu cầu 1, 3, 5 (Điều 22).');
  });

  it('writes the budget of section V in đồng from the summary', () => {
    const summary = summarize(plan);
    const texts = bodyTexts(document);
    expect(texts).toContain(`- Tổng kinh phí dự kiến: ${summary.budgetTotalVnd.toLocaleString('de-DE')} đồng;`);
    expect(texts).toContain('- Tiêu chuẩn 1: 5.000.000 đồng;');
  });

  describe('the plan table, every criterion asked for in Nội dung văn bản', () => {
    const [table] = tables(documentOf(withEveryCriterion(tt17Clean())).document, 'plan');

    it('has the 9 columns of the real plans, a repeated bold header, and fills the text width', () => {
      expect(table.columnsPt).toHaveLength(9);
      expect(cellLines(table, 0, 0)).toEqual(['TT']);
      expect(table.rows[0].cells.map((cell) => paragraphText(cell.paragraphs[0]))).toEqual([
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
      expect(table.headerRows).toBe(1);
      expect(table.rows[0].kind).toBe('header');
      expect(table.rows[0].cells.every((cell) => cell.paragraphs[0].runs[0].style.bold)).toBe(true);
      expect(table.borders).toBe(true);
      expect(table.columnsPt.reduce((a, b) => a + b, 0)).toBe(Math.floor(textWidthPt(document.page)));
      for (const row of table.rows) expect(rowSpan(row)).toBe(9);
    });

    it('groups MỨC 1, 2, 3 → Tiêu chuẩn N → one row per criterion in code order, then MỨC 4', () => {
      const groups = table.rows.filter((row) => row.kind === 'group').map((row) => paragraphText(row.cells[0].paragraphs[0]));
      expect(groups).toEqual([
        'MỨC 1, 2, 3',
        'Tiêu chuẩn 1. Tổ chức và quản lý nhà trường',
        'Tiêu chuẩn 2. Cán bộ quản lý, giáo viên, nhân viên và học sinh',
        'Tiêu chuẩn 3. Cơ sở vật chất và thiết bị dạy học',
        'Tiêu chuẩn 4. Quan hệ giữa nhà trường, gia đình và xã hội',
        'Tiêu chuẩn 5. Hoạt động giáo dục và kết quả giáo dục',
        'MỨC 4',
      ]);
      const body = table.rows.filter((row) => row.kind === 'body');
      expect(body).toHaveLength(27 + 5);
      const criteria = body.slice(0, 27).map((row) => /^Tiêu chí (\d+\.\d+):/.exec(paragraphText(row.cells[1].paragraphs[0]))?.[1]);
      expect(criteria).toEqual(allCodes(tt17TieuHoc));
      // TT: 1…27 for the criteria, then 1…5 under MỨC 4.
      expect(body.map((row) => paragraphText(row.cells[0].paragraphs[0]))).toEqual([...range(27), ...range(5)]);
      expect(paragraphText(body[27].cells[1].paragraphs[0])).toBe(
        'Tiêu chí 1: Kế hoạch giáo dục tham khảo chương trình giáo dục tiên tiến của các nước trong khu vực và thế giới theo quy định, phù hợp, hiệu quả.',
      );
    });

    it('keeps a criterion with several action rows in one row, one line per action', () => {
      const row = table.rows.find((candidate) => candidate.kind === 'body' && paragraphText(candidate.cells[1].paragraphs[0]).startsWith('Tiêu chí 2.2:'))!;
      const lines = row.cells[3].paragraphs.map(paragraphText);
      expect(lines).toEqual([
        'Cử giáo viên tham gia bồi dưỡng thường xuyên, dự thi giáo viên dạy giỏi cấp trường, cấp huyện',
        'Khuyến khích giáo viên học nâng chuẩn đại học',
      ]);
      expect(row.cells[5].paragraphs.map(paragraphText)).toEqual(['Năm học 2024-2025', 'Năm 2026']);
      expect(row.cells[4].paragraphs.map(paragraphText)).toEqual(['Phó hiệu trưởng; Tổ chuyên môn', 'Hiệu trưởng']);
    });

    it('keeps the lines of a multi-line cell', () => {
      const row = table.rows.find((candidate) => candidate.kind === 'body' && paragraphText(candidate.cells[1].paragraphs[0]).startsWith('Tiêu chí 1.4:'))!;
      expect(row.cells[3].paragraphs.map(paragraphText)).toEqual([
        'Tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học 2 lần/tháng',
        'Phó hiệu trưởng dự giờ, góp ý mỗi tổ ít nhất 1 lần/tháng',
      ]);
    });

    it('compares the level reached with the target in the expected-result column', () => {
      const find = (code: string) =>
        table.rows.find((row) => row.kind === 'body' && paragraphText(row.cells[1].paragraphs[0]).startsWith(`Tiêu chí ${code}:`))!;
      expect(paragraphText(find('1.1').cells[2].paragraphs[0])).toBe('Từ Mức 2 lên Mức 3');
      expect(find('1.1').cells[2].paragraphs[0].runs[0].style.italic).toBe(true);
      expect(paragraphText(find('1.3').cells[2].paragraphs[0])).toBe('Duy trì Mức 3');
      const mức4 = table.rows.filter((row) => row.kind === 'body').slice(27);
      expect(paragraphText(mức4[0].cells[2].paragraphs[0])).toBe('Hiện trạng: Không đạt');
      expect(paragraphText(mức4[1].cells[2].paragraphs[0])).toBe('Hiện trạng: Đạt');
    });
  });

  it('ends with Nơi nhận (ending - Lưu: VT.) | HIỆU TRƯỞNG and the name, without borders', () => {
    const [signature] = tables(document, 'signature');
    expect(document.blocks[document.blocks.length - 1]).toBe(signature);
    expect(signature.borders).toBe(false);
    expect(cellLines(signature, 0, 0)).toEqual([
      'Nơi nhận:',
      '- Phòng GD&ĐT (b/c);',
      '- Hội đồng trường;',
      '- Các tổ chuyên môn, văn phòng;',
      '- Website trường;',
      '- Lưu: VT.',
    ]);
    expect(signature.rows[0].cells[0].paragraphs[0].runs[0].style).toEqual({ sizePt: 12, bold: true, italic: true });
    expect(signature.rows[0].cells[0].paragraphs[1].runs[0].style).toEqual({ sizePt: 11 });
    expect(cellLines(signature, 0, 1)).toEqual(['HIỆU TRƯỞNG', 'Nguyễn Thị Minh Hạnh']);
    const name = signature.rows[0].cells[1].paragraphs[1];
    expect(name.runs[0].style).toEqual({ sizePt: 14, bold: true });
    expect(name.style.spaceBeforePt).toBeGreaterThanOrEqual(60);
  });

  it('keeps Vietnamese text composed (NFC), as typed', () => {
    for (const paragraph of allParagraphs(document)) {
      const text = paragraphText(paragraph);
      expect(text).toBe(text.normalize('NFC'));
    }
  });
});

function range(n: number): string[] {
  return Array.from({ length: n }, (_, index) => String(index + 1));
}

function allCodes(framework: Framework): string[] {
  return framework.standards.flatMap((standard) => standard.criteria.map((criterion) => criterion.code));
}

describe('TT17 document details', () => {
  it('writes the date with a leading zero for days below 10 and for months 1 and 2 only', () => {
    const january = tt17Clean();
    setInfo(january, 'Ngày ban hành', '3/1/2025');
    expect(cellLines(tables(documentOf(january).document, 'header')[0], 1, 1)).toEqual(['An Khang, ngày 03 tháng 01 năm 2025']);
    const march = tt17Clean();
    setInfo(march, 'Ngày ban hành', '2025-03-15');
    expect(cellLines(tables(documentOf(march).document, 'header')[0], 1, 1)).toEqual(['An Khang, ngày 15 tháng 3 năm 2025']);
  });

  it('leaves room for the number when there is none yet', () => {
    const workbook = tt17Clean();
    setInfo(workbook, 'Số kế hoạch', '');
    expect(cellLines(tables(documentOf(workbook).document, 'header')[0], 1, 0)[0]).toMatch(/^Số: \u00a0+\/KH-THAK$/);
  });

  it('writes a budget typed as a plain number in đồng, and keeps other budgets as typed', () => {
    const workbook = tt17Clean();
    setCell(workbook, 'Tiêu chuẩn 1', '1.6', 'Kinh phí', 5000000);
    setCell(workbook, 'Tiêu chuẩn 3', '3.5', 'Kinh phí', '20.000.000');
    const [table] = tables(documentOf(workbook).document, 'plan');
    const budget = (code: string) =>
      table.rows
        .find((row) => row.kind === 'body' && paragraphText(row.cells[1].paragraphs[0]).startsWith(`Tiêu chí ${code}:`))!
        .cells[6].paragraphs.map(paragraphText);
    expect(budget('1.6')).toEqual(['5.000.000 đồng']);
    expect(budget('3.5')).toEqual(['20.000.000 đồng']);
    expect(budget('3.1')).toEqual(['100 triệu đồng']);
    expect(budget('2.2')).toEqual(['10.000.000đ']);
  });

  it('orders criteria by code whatever their order on the tab', () => {
    const workbook = withEveryCriterion(tt17Clean());
    const tab = sheet(workbook, 'Tiêu chuẩn 1');
    const [header, ...rows] = tab.values;
    tab.values = [header, ...rows.reverse()];
    const [table] = tables(documentOf(workbook).document, 'plan');
    const codes = table.rows
      .filter((row) => row.kind === 'body')
      .slice(0, 10)
      .map((row) => /Tiêu chí (\S+):/.exec(paragraphText(row.cells[1].paragraphs[0]))?.[1]);
    expect(codes).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10']);
  });

  it('notes a standard with no criterion on its tab, and keeps numbering going', () => {
    const workbook = withEveryCriterion(tt17Clean());
    const tab = sheet(workbook, 'Tiêu chuẩn 4');
    tab.values = [tab.values[0]];
    const [table] = tables(documentOf(workbook).document, 'plan');
    const rows = rowSummaries(table);
    const at = rows.indexOf('# Tiêu chuẩn 4. Quan hệ giữa nhà trường, gia đình và xã hội');
    expect(rows[at + 1]).toBe('# Không có tiêu chí nào của tiêu chuẩn này trong bảng tính.');
    expect(rows[at + 2]).toBe('# Tiêu chuẩn 5. Hoạt động giáo dục và kết quả giáo dục');
    expect(rows[at + 3].startsWith('21 | Tiêu chí 5.1:')).toBe(true);
    expect(table.rows[at + 1].cells[0].paragraphs[0].runs[0].style.italic).toBe(true);
  });

  it('uses the school’s own text from `Nội dung văn bản` (heading with or without its numeral) and fills {placeholders}', () => {
    const workbook: RawWorkbook = tt17Clean();
    workbook.sheets.push({
      name: 'Nội dung văn bản',
      values: [
        ['Mục', 'Nội dung'],
        ['I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao chất lượng giáo dục của {Tên trường}.\n\n- Thực hiện trong năm học {Năm học}.'],
        ['Tổ chức thực hiện', '1. Hiệu trưởng: chỉ đạo chung./.'],
      ],
    });
    const texts = bodyTexts(documentOf(workbook).document);
    const first = texts.indexOf('I. MỤC ĐÍCH, YÊU CẦU');
    expect(texts.slice(first + 1, first + 3)).toEqual(['Nâng cao chất lượng giáo dục của Trường Tiểu học An Khang.', '- Thực hiện trong năm học 2024-2025.']);
    expect(texts[first + 3]).toBe('II. CĂN CỨ XÂY DỰNG KẾ HOẠCH');
    const last = texts.indexOf('VI. TỔ CHỨC THỰC HIỆN');
    expect(texts.slice(last + 1)).toEqual(['1. Hiệu trưởng: chỉ đạo chung./.']);
    const paragraph = documentOf(workbook)
      .document.blocks.filter((block): block is Paragraph => block.type === 'paragraph')
      .find((p) => paragraphText(p).startsWith('1. Hiệu trưởng:'))!;
    expect(paragraph.runs.map((run) => [run.text, run.style.bold === true])).toEqual([
      ['1. Hiệu trưởng:', true],
      [' chỉ đạo chung./.', false],
    ]);
  });

  it('keeps user text as text: markup in a cell is just characters in the model', () => {
    const workbook = tt17Clean();
    setCell(workbook, 'Tiêu chuẩn 1', '1.1', 'Ghi chú', '<img src=x onerror=alert(1)>');
    const [table] = tables(documentOf(workbook).document, 'plan');
    const row = table.rows.find((candidate) => candidate.kind === 'body' && paragraphText(candidate.cells[1].paragraphs[0]).startsWith('Tiêu chí 1.1:'))!;
    expect(row.cells[8].paragraphs.map(paragraphText)).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('adds a Lưu line when Nơi nhận has none, and keeps the school’s own', () => {
    const workbook = tt17Clean();
    addActionRow(workbook, 'Tiêu chuẩn 1', '1.1', {});
    const info = sheet(workbook, 'Thông tin chung');
    info.values.push(['Nơi nhận', '- Lưu: VT, HS.', '']);
    const [signature] = tables(documentOf(workbook).document, 'signature');
    expect(cellLines(signature, 0, 0).slice(-2)).toEqual(['- Website trường;', '- Lưu: VT, HS.']);
  });
});

describe('the builder reads the framework’s document data, never its name', () => {
  it('builds the same document for a framework that only differs by name', () => {
    const renamed: Framework = { ...tt17TieuHoc, id: 'Khung khác', title: 'Khung khác', aliases: ['Khung khác'] };
    const workbook = tt17Clean();
    const plan = readPlan(workbook);
    const original = buildPlanDocument(plan, summarize(plan));
    const other = { ...plan, framework: renamed };
    const copy = buildPlanDocument(other, summarize(other));
    const strip = (document: PlanDocument) => JSON.stringify(document).replace(/Thông tư 17\/2018\/TT-BGDĐT \(tiểu học\)|Khung khác/g, '');
    expect(strip(copy)).toBe(strip(original));
  });

  it('has no framework name or id in the builder’s code', () => {
    const source = readFileSync(new URL('../../src/domain/document/build.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/TT ?17|TT ?57|tt17|tt57|17\/2018|57\/2026|\.id ===|framework\.id/);
  });
});

describe('TT57 plan document (Biểu 2)', () => {
  const { plan, document } = documentOf(tt57Sample());
  const texts = bodyTexts(document);

  it('is A4 landscape with sections I–VIII', () => {
    expect(document.page.orientation).toBe('landscape');
    expect([document.page.widthMm, document.page.heightMm]).toEqual([297, 210]);
    expect(texts.filter((text) => /^[IVX]+\. /.test(text))).toEqual([
      'I. THÔNG TIN CHUNG',
      'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
      'III. MỤC ĐÍCH, YÊU CẦU',
      'IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN',
      'V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG',
      'VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)',
      'VII. TỔ CHỨC THỰC HIỆN',
      'VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO',
    ]);
  });

  it('fills section I from Thông tin chung and section II with the level summary (mandatory criteria counted apart)', () => {
    expect(texts).toContain('1. Tên cơ sở giáo dục: Trường Tiểu học Hòa Bình.');
    const summary = summarize(plan);
    for (const sentence of summary.sentences) expect(texts.some((text) => text.includes(sentence))).toBe(true);
    expect(summary.sentences[0]).toContain('tiêu chí bắt buộc');
    expect(texts).toContain('b) Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên;');
  });

  it('has the section IV table from Vấn đề trọng tâm, with the note under it', () => {
    const [issues, followUp] = tables(document, 'extra');
    expect(issues.rows[0].cells.map((cell) => paragraphText(cell.paragraphs[0]))).toEqual([
      'TT',
      'Tiêu chuẩn',
      'Tiêu chí liên quan (nếu có)',
      'Đánh giá hiện trạng',
      'Điểm hạn chế',
      'Nguyên nhân của hạn chế',
    ]);
    expect(issues.rows.length).toBe(1 + 3);
    expect(cellLines(issues, 1, 1)).toEqual(['Tiêu chuẩn 1']);
    const index = document.blocks.indexOf(issues);
    expect(paragraphText(document.blocks[index + 1] as Paragraph)).toMatch(/^Ghi chú: Chỉ lựa chọn các vấn đề ưu tiên/);
    expect(followUp.rows.slice(1).map((row) => paragraphText(row.cells[0].paragraphs[0]))).toEqual(['Cuối học kỳ I', 'Cuối năm học']);
    expect(followUp.columnsPt).toHaveLength(5);
  });

  it('has the 10-column plan table, headings numbered (1)–(10), grouped by standard, priorities only', () => {
    const [table] = tables(document, 'plan');
    expect(table.columnsPt).toHaveLength(10);
    expect(table.headerRows).toBe(2);
    expect(table.rows[0].cells.map((cell) => paragraphText(cell.paragraphs[0]))).toEqual([
      'TT',
      'Nội dung cải tiến',
      'Mục tiêu cải tiến',
      'Hoạt động/giải pháp',
      'Chỉ số đánh giá kết quả',
      'Thời gian thực hiện',
      'Đơn vị/cá nhân phụ trách',
      'Nguồn lực bảo đảm',
      'Thông tin, dữ liệu hoặc minh chứng dự kiến',
      'Mức độ thực hiện',
    ]);
    expect(table.rows[1].cells.map((cell) => paragraphText(cell.paragraphs[0]))).toEqual(range(10).map((n) => `(${n})`));
    const groups = table.rows.filter((row) => row.kind === 'group').map((row) => paragraphText(row.cells[0].paragraphs[0]));
    expect(groups.every((label) => label.startsWith('Tiêu chuẩn '))).toBe(true);
    const body = table.rows.filter((row) => row.kind === 'body');
    // Criteria with an improvement row only, each led by its name in bold.
    const withRows = plan.standardTabs.flatMap((tab) => tab.blocks).filter((block) => block.rows.some((row) => row.cells.get('actions')));
    expect(body.length).toBe(withRows.filter((block) => block.rows.some((row) => String(row.cells.get('actions') ?? '') !== '')).length);
    expect(body[0].cells[1].paragraphs[0].runs[0].style.bold).toBe(true);
    expect(paragraphText(body[0].cells[1].paragraphs[0])).toMatch(/^Tiêu chí \d\.\d: /);
    expect(body.map((row) => paragraphText(row.cells[0].paragraphs[0]))).toEqual(range(body.length));
  });

  it('is signed HIỆU TRƯỞNG with Nơi nhận ending - Lưu: VT.', () => {
    const [signature] = tables(document, 'signature');
    expect(cellLines(signature, 0, 0).at(-1)).toBe('- Lưu: VT.');
    expect(cellLines(signature, 0, 1)[0]).toBe('HIỆU TRƯỞNG');
  });
});

describe('page layout (issue 18)', () => {
  const planTable = (workbook: RawWorkbook) => tables(documentOf(workbook).document, 'plan')[0];
  const headerCell = (workbook: RawWorkbook) => tables(documentOf(workbook).document, 'header')[0].rows[0].cells[0];
  const rowOf = (table: Table, code: string) =>
    table.rows.find((row) => row.kind === 'body' && paragraphText(row.cells[1].paragraphs[0]).startsWith(`Tiêu chí ${code}:`));

  it.each([
    { rows: 'the header row', pick: (table: Table) => table.rows.filter((row) => row.kind === 'header'), kept: true },
    { rows: 'the group rows (Mức, Tiêu chuẩn)', pick: (table: Table) => table.rows.filter((row) => row.kind === 'group'), kept: true },
    { rows: 'a criterion with two actions (2.2)', pick: (table: Table) => [rowOf(table, '2.2')!], kept: false },
    { rows: 'a criterion with a long result (1.1)', pick: (table: Table) => [rowOf(table, '1.1')!], kept: false },
  ])('lets tall rows continue on the next page, keeps short ones whole: $rows → $kept', ({ pick, kept }) => {
    const rows = pick(planTable(withEveryCriterion(tt17Clean())));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.keepTogether).toBe(kept);
  });

  it('keeps the one-line rows of a blank form whole (TT57 Theo dõi with no row yet)', () => {
    const workbook = tt57Sample();
    const followUp = sheet(workbook, 'Theo dõi');
    followUp.values = [followUp.values[0]];
    const form = tables(documentOf(workbook).document, 'extra').find((table) => paragraphText(table.rows[0].cells[0].paragraphs[0]) === 'Thời điểm')!;
    const blank = form.rows.filter((row) => row.kind === 'body');
    expect(blank.length).toBeGreaterThan(0);
    for (const row of blank) expect(row.keepTogether).toBe(true);
  });

  it.each([
    { text: 'Hiệu trưởng/chính quyền địa phương', pieces: ['Hiệu', 'trưởng/', 'chính', 'quyền', 'địa', 'phương'] },
    { text: 'Ban ĐDCMHS,Tổ CM', pieces: ['Ban', 'ĐDCMHS,', 'Tổ', 'CM'] },
    { text: 'Tháng 9/2024 - 12/2024', pieces: ['Tháng', '9/2024', '-', '12/2024'] },
    { text: 'Phòng GD&ĐT; 1,5 triệu', pieces: ['Phòng', 'GD&ĐT;', '1,5', 'triệu'] },
  ])('breaks “$text” only at spaces and after / or , before a letter', ({ text, pieces }) => {
    expect(unbreakablePieces(text)).toEqual(pieces);
  });

  it.each([
    { plan: 'TT17 sample', document: () => documentOf(tt17Clean()).document },
    { plan: 'TT17 sample with a long name in Chủ trì', document: () => documentOf(longResponsible(tt17Clean())).document },
    { plan: 'TT57 sample', document: () => documentOf(tt57Sample()).document },
  ])('sizes every column of the $plan tables so that no syllable must break', ({ document }) => {
    const grid = document().blocks.filter((block): block is Table => block.type === 'table' && block.borders);
    expect(grid.length).toBeGreaterThan(0);
    for (const table of grid) {
      expect(table.columnsPt.reduce((a, b) => a + b, 0)).toBe(Math.floor(textWidthPt(document().page)));
      for (const row of table.rows) {
        if (row.cells.length !== table.columnsPt.length) continue;
        row.cells.forEach((cell, column) => {
          for (const run of cell.paragraphs.flatMap((p) => p.runs)) {
            for (const piece of unbreakablePieces(run.text)) {
              const room = table.columnsPt[column] - 2 * table.cellPaddingPt;
              expect(approxTextWidthPt(piece, run.style.sizePt, run.style.bold === true), `${piece} in a ${room} pt column`).toBeLessThanOrEqual(room);
            }
          }
        });
      }
    }
  });

  it('widens Chủ trì và phối hợp with the room of Ghi chú and Điều kiện hỗ trợ khác when both are empty in the whole plan', () => {
    const filled = planTable(tt17Clean()).columnsPt;
    const emptied = tt17Clean();
    for (const name of ['Tiêu chuẩn 1', 'Tiêu chuẩn 2', 'Tiêu chuẩn 3', 'Tiêu chuẩn 4', 'Tiêu chuẩn 5', 'Mức 4']) {
      const tab = sheet(emptied, name);
      for (const header of ['Ghi chú', 'Điều kiện hỗ trợ khác']) {
        const column = tab.values[0].findIndex((cell) => String(cell) === header);
        expect(column, `${header} on ${name}`).toBeGreaterThan(0);
        for (const row of tab.values.slice(1)) row[column] = '';
      }
    }
    const widened = planTable(emptied).columnsPt;
    const [responsible, support, notes] = [4, 7, 8];
    expect(widened[support]).toBeLessThan(filled[support]);
    expect(widened[notes]).toBeLessThanOrEqual(filled[notes]);
    expect(widened[responsible]).toBeGreaterThan(filled[responsible]);
    // The empty columns keep just the width of their headings' longest syllables (`Điều`, `chú`).
    expect(widened[support]).toBe(Math.ceil(approxTextWidthPt('Điều', 12, true) * 1.1) + 5);
  });

  it('draws the rules apart from the letters: a short rule under the school name, one as long as the motto, one under the subject', () => {
    const { document } = documentOf(tt17Clean());
    const [header] = tables(document, 'header');
    const rules = [...header.rows[0].cells.flatMap((cell) => cell.paragraphs), ...document.blocks.filter((b): b is Paragraph => b.type === 'paragraph')].filter(
      (p) => p.rule,
    );
    expect(rules).toHaveLength(3);
    for (const rule of rules) expect(rule.style.spaceBeforePt).toBeGreaterThanOrEqual(3);
    const school = approxTextWidthPt('TRƯỜNG TIỂU HỌC AN KHANG', 12, true);
    expect(rules[0].rule!.widthPt / school).toBeGreaterThanOrEqual(1 / 3);
    expect(rules[0].rule!.widthPt / school).toBeLessThanOrEqual(1 / 2);
    expect(rules[1].rule!.widthPt).toBe(Math.round(approxTextWidthPt('Độc lập - Tự do - Hạnh phúc', 13, true)));
  });

  it.each([
    { agency: 'UBND XÃ AN KHANG', lines: ['UBND XÃ AN KHANG', 'TRƯỜNG TIỂU HỌC AN KHANG'] },
    { agency: '', lines: ['TRƯỜNG TIỂU HỌC AN KHANG'] },
    { agency: '   ', lines: ['TRƯỜNG TIỂU HỌC AN KHANG'] },
  ])('closes up a blank Cơ quan chủ quản (“$agency”): no empty first line', ({ agency, lines }) => {
    const workbook = tt17Clean();
    setInfo(workbook, 'Cơ quan chủ quản', agency);
    expect(
      headerCell(workbook)
        .paragraphs.filter((p) => !p.rule)
        .map(paragraphText),
    ).toEqual(lines);
  });

  it.each([
    { name: 'Trường Tiểu học An Khang', lines: ['TRƯỜNG TIỂU HỌC AN KHANG'] },
    { name: 'Trường Tiểu học xã Thanh Hưng', lines: ['TRƯỜNG TIỂU HỌC', 'XÃ THANH HƯNG'] },
    { name: 'Trường Tiểu học Nguyễn Thị Minh Khai', lines: ['TRƯỜNG TIỂU HỌC', 'NGUYỄN THỊ MINH KHAI'] },
    { name: 'Trường Phổ thông Dân tộc bán trú Tiểu học Sà Dề Phìn', lines: ['TRƯỜNG PHỔ THÔNG DÂN TỘC', 'BÁN TRÚ TIỂU HỌC SÀ DỀ PHÌN'] },
  ])('wraps a long school name in balanced lines: $name', ({ name, lines }) => {
    const workbook = tt17Clean();
    setInfo(workbook, 'Tên trường', name);
    const cell = headerCell(workbook);
    const school = cell.paragraphs.filter((p) => !p.rule).slice(1);
    expect(school.map(paragraphText)).toEqual(lines);
    for (const line of school) expect(line.runs[0].style.bold).toBe(true);
  });

  it('finds the most even cut of a long name, and never leaves one word alone', () => {
    expect(balancedLines('TRƯỜNG TIỂU HỌC XÃ THANH HƯNG', 150, 12, true)).toEqual(['TRƯỜNG TIỂU HỌC', 'XÃ THANH HƯNG']);
    expect(balancedLines('TRƯỜNG TIỂU HỌC AN KHANG', 300, 12, true)).toEqual(['TRƯỜNG TIỂU HỌC AN KHANG']);
    expect(balancedLines('TRƯỜNGTIỂUHỌCANKHANGDÀI', 50, 12, true)).toEqual(['TRƯỜNGTIỂUHỌCANKHANGDÀI']);
  });

  it.each([
    { label: 'Số kế hoạch', value: '', row: 1, cell: 0, expected: /^Số: \u00a0{6}\/KH-THAK$/ },
    { label: 'Ngày ban hành', value: '', row: 1, cell: 1, expected: /^An Khang, ngày\u00a0{6}tháng\u00a0{6}năm 20…$/ },
  ])('prints the NĐ30 blanks for a missing $label', ({ label, value, row, cell, expected }) => {
    const workbook = tt17Clean();
    setInfo(workbook, label, value);
    expect(cellLines(tables(documentOf(workbook).document, 'header')[0], row, cell)[0]).toMatch(expected);
  });

  it.each([
    { answer: null, every: false },
    { answer: 'Có', every: true },
    { answer: 'In', every: true },
    { answer: 'có, in cả các tiêu chí duy trì', every: true },
    { answer: 'Không', every: false },
  ])('lists only criteria with improvement work unless Nội dung văn bản asks for all (answer $answer)', ({ answer, every }) => {
    const workbook = answer === null ? tt17Clean() : withEveryCriterion(tt17Clean(), answer);
    const table = planTable(workbook);
    const codes = table.rows.filter((row) => row.kind === 'body').map((row) => /^Tiêu chí (\S+):/.exec(paragraphText(row.cells[1].paragraphs[0]))?.[1]);
    expect(codes.includes('1.2')).toBe(every); // Duy trì Mức 2, nothing to do
    expect(codes.includes('1.1')).toBe(true); // Từ Mức 2 lên Mức 3, with its work
    // No printed row is only the level note: every kept row has work in a field column.
    if (!every) for (const row of table.rows.filter((r) => r.kind === 'body')) expect(row.cells.slice(3).some((c) => c.paragraphs.length > 0)).toBe(true);
    expect(rowOf(table, '1.2') === undefined).toBe(!every);
  });

  it('leaves a standard whose criteria need no work out of the table, without the missing-tab note', () => {
    const workbook = tt17Clean();
    const tab = sheet(workbook, 'Tiêu chuẩn 4');
    // TT, Tiêu chí and the two levels (columns A–D) stay; the work (E onwards) goes.
    for (const row of tab.values.slice(1)) for (let column = 4; column < row.length; column++) row[column] = '';
    const rows = rowSummaries(planTable(workbook));
    expect(rows.some((row) => row.startsWith('# Tiêu chuẩn 4.'))).toBe(false);
    expect(rows.some((row) => row.startsWith('# Không có tiêu chí'))).toBe(false);
    expect(rows.some((row) => row.startsWith('# Tiêu chuẩn 5.'))).toBe(true);
  });
});

/** `Chủ trì và phối hợp` with the long names issue 18 saw cut inside a syllable. */
function longResponsible(workbook: RawWorkbook): RawWorkbook {
  setCell(workbook, 'Tiêu chuẩn 1', '1.1', 'Chủ trì, phối hợp', 'Hiệu trưởng/chính quyền địa phương; Ban ĐDCMHS; Tổ trưởng/các tổ CM');
  return workbook;
}
