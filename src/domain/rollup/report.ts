/**
 * The Phòng GD&ĐT's report, "Báo cáo tổng hợp kế hoạch cải tiến chất lượng
 * giáo dục năm học …", as the same document model the schools' plans use
 * (../document/model.ts), so the HTML renderer (and later the Docs writer)
 * prints it unchanged. NĐ30 layout (../document/nd30.ts): the Phòng's
 * header beside the Quốc hiệu, the title, three parts (totals, every
 * school, the common priorities), then Nơi nhận and the signer. A4
 * landscape: the per-school table needs the width.
 */
import type { Block, Paragraph, ParagraphStyle, PlanDocument, RunStyle, Table, TableCell, TableRow } from '../document/model';
import { textWidthPt } from '../document/model';
import { ND30, a4Page, approxTextWidthPt, bodyStyle, paragraphStyle, runStyle } from '../document/nd30';
import { BLANK, BLANK_DATE, NBSP, headerTable, rule, signatureTable, upper } from '../document/nd30-blocks';
import { formatVnd } from '../parse/budget';
import { formatDateLong } from '../parse/date';
import type { SimpleDate } from '../parse/types';
import { followUpText, levelLines, STATUS_LABEL } from './labels';
import type { DistrictRollup } from './rollup';
import type { SchoolRow } from './school-row';
import type { DistrictTotals, Priority } from './totals';

/** What the roll-up cannot know: the Phòng's own header. Blank values print as dots to fill by hand, as NĐ30 forms do. */
export interface ReportHeader {
  /** Cơ quan chủ quản: `UBND HUYỆN PHÚ GIÁO`. */
  agency: string;
  /** Địa danh: `Phú Giáo`. */
  place: string;
  /** Ngày ban hành; null: `ngày … tháng … năm 20…`. */
  date: SimpleDate | null;
}

const OFFICE = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO';
/** How many criteria the priorities table lists per framework: the district's top concerns, not the whole framework. */
export const PRIORITIES_LISTED = 10;

function paragraph(text: string, style: ParagraphStyle, run: Omit<RunStyle, 'sizePt'> = {}): Paragraph {
  return { type: 'paragraph', runs: text === '' ? [] : [{ text, style: runStyle(style.sizePt, run) }], style };
}

function center(size: number, extra: Partial<ParagraphStyle> = {}): ParagraphStyle {
  return paragraphStyle(size, { align: 'center', ...extra });
}

function cell(lines: string[], align: ParagraphStyle['align'] = 'left', bold = false): TableCell {
  const style = paragraphStyle(ND30.tableSizePt, { align });
  return { colSpan: 1, paragraphs: (lines.length > 0 ? lines : ['']).map((line) => paragraph(line, style, bold ? { bold: true } : {})) };
}

/** A bordered table: a bold header row repeated on each page, then the body rows. */
function gridTable(widths: number[], textWidth: number, headers: string[], body: TableCell[][]): Table {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const columnsPt = widths.map((width) => Math.floor((width / total) * textWidth));
  return {
    type: 'table',
    role: 'extra',
    columnsPt,
    borders: true,
    cellPaddingPt: ND30.tableCellPaddingPt,
    headerRows: 1,
    rows: [
      { kind: 'header', keepTogether: true, cells: headers.map((header) => cell([header], 'center', true)) },
      ...body.map((cells): TableRow => ({ kind: 'body', keepTogether: true, cells })),
    ],
  };
}

/** The framework's sentence starts a table cell here, so its first letter is a capital. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `2026 - 2027` (NĐ30 title style), several years joined, dots when none was read. */
function yearsText(totals: DistrictTotals, spaced: boolean): string {
  if (totals.schoolYears.length === 0) return BLANK;
  return totals.schoolYears.map((year) => (spaced ? year.replace('-', ' - ') : year)).join(', ');
}

/** The Phòng's header: its governing body and `PHÒNG GIÁO DỤC VÀ ĐÀO TẠO` beside the Quốc hiệu (the plans' layout, nd30-blocks.ts). */
function reportHeader(header: ReportHeader, textWidth: number): Table {
  const date = header.date ? formatDateLong(header.date) : BLANK_DATE;
  return headerTable(
    {
      leftPt: Math.round(textWidth * 0.4),
      issuer: [
        { text: header.agency === '' ? `UBND ${BLANK}` : upper(header.agency), bold: false },
        { text: OFFICE, bold: true },
      ],
      issuerRulePt: approxTextWidthPt(OFFICE, ND30.agencySizePt, true) * 0.4,
      numberText: `Số: ${NBSP.repeat(6)}/BC-PGDĐT`,
      placeAndDate: `${header.place === '' ? BLANK : header.place}, ${date}`,
    },
    textWidth,
  );
}

/** The trích yếu under `BÁO CÁO`. */
export function reportSubject(totals: DistrictTotals): string {
  return `Tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học ${yearsText(totals, true)}`;
}

function heading(text: string): Paragraph {
  return paragraph(text, bodyStyle({ indentFirstLinePt: 0, keepWithNext: true, spaceBeforePt: 6 }), { bold: true });
}

function body(text: string): Paragraph {
  return paragraph(text, bodyStyle());
}

/** Part I's opening sentence: what was received, what was counted, what was not and why it matters. */
export function overviewSentence(rollup: DistrictRollup): string {
  const { totals, rows } = rollup;
  const notCounted = rows.length - totals.schools;
  const frameworks = totals.perFramework.map((entry) => `${entry.schools} trường theo ${entry.frameworkTitle}`).join('; ');
  const errors = totals.schoolsWithErrors > 0 ? `, trong đó ${totals.schoolsWithErrors} trường còn lỗi cần sửa trong bảng tính` : '';
  const skipped = notCounted > 0 ? ` ${notCounted} tệp không được tính (lý do ghi tại mục II).` : '';
  return `Phòng Giáo dục và Đào tạo đã nhận ${rows.length} bảng tính kế hoạch cải tiến, tổng hợp được ${totals.schools} trường${errors}${frameworks === '' ? '' : ` (${frameworks})`}.${skipped}`;
}

function levelTable(totals: DistrictTotals, textWidth: number): Table {
  const body = totals.perLevel.map((entry) => [
    cell([entry.frameworkId]),
    cell([entry.label]),
    cell([capitalised(entry.nationalStandard)]),
    cell([String(entry.schools)], 'center'),
  ]);
  return gridTable([2.4, 2, 10, 1.2], textWidth, ['Khung đánh giá', 'Mức đạt của trường', 'Ý nghĩa đối với chuẩn quốc gia', 'Số trường'], body);
}

function budgetTable(totals: DistrictTotals, textWidth: number): Table {
  const body = totals.budget.map((line) => [
    cell([line.frameworkId]),
    cell([line.name === '' ? line.label : `${line.label}. ${line.name}`]),
    cell([formatVnd(line.vnd)], 'right'),
  ]);
  body.push([cell(['Tổng cộng'], 'left', true), cell(['']), cell([formatVnd(totals.budgetVnd)], 'right', true)]);
  return gridTable([2, 5, 2], textWidth, ['Khung đánh giá', 'Tiêu chuẩn', 'Kinh phí dự kiến'], body);
}

function followUpSentence(totals: DistrictTotals): string {
  const counts = totals.followUp;
  if (counts.schools === 0) return 'Không có trường nào theo dõi mức độ thực hiện (chỉ khung Thông tư 57/2026 có cột này).';
  return `Mức độ thực hiện các hoạt động cải tiến của ${counts.schools} trường theo dõi tiến độ: ${followUpText(counts).replace(/^H/, 'h')}.`;
}

function schoolCells(row: SchoolRow, index: number): TableCell[] {
  const figures = row.figures;
  const name = row.school === '' ? row.label : row.school;
  if (!figures || row.status !== 'plan') {
    return [
      cell([String(index + 1)], 'center'),
      cell(row.school === '' ? [row.label] : [row.school, `(${row.label})`]),
      cell([row.schoolYear ?? '']),
      cell(['']),
      cell([STATUS_LABEL[row.status]]),
      cell(['']),
      cell(['']),
      cell(['']),
      cell([row.reason ?? '']),
    ];
  }
  return [
    cell([String(index + 1)], 'center'),
    cell([name]),
    cell([row.schoolYear ?? BLANK]),
    cell([figures.frameworkId]),
    cell([figures.schoolLevelLabel]),
    cell(levelLines(row)),
    cell([`${figures.errors} / ${figures.warnings}`], 'center'),
    cell([formatVnd(figures.budgetVnd)], 'right'),
    cell([figures.followUp ? followUpText(figures.followUp) : '']),
  ];
}

function schoolTable(rows: SchoolRow[], textWidth: number): Table {
  return gridTable(
    [12, 64, 30, 36, 34, 70, 22, 44, 88],
    textWidth,
    [
      'TT',
      'Trường',
      'Năm học',
      'Khung đánh giá',
      'Mức đạt',
      'Số tiêu chí đạt từng mức (★: bắt buộc)',
      'Lỗi / cảnh báo',
      'Kinh phí dự kiến',
      'Tiến độ / ghi chú',
    ],
    rows.map(schoolCells),
  );
}

/** One row per criterion: schools below Mức 1 and below Mức 2, the most frequent first, at most PRIORITIES_LISTED per framework. */
export function priorityRows(
  totals: DistrictTotals,
): { frameworkId: string; code: string; name: string; mandatory: boolean; below1: number; below2: number; of: number }[] {
  const merged = new Map<string, { frameworkId: string; code: string; name: string; mandatory: boolean; below1: number; below2: number; of: number }>();
  const add = (priority: Priority) => {
    const key = `${priority.frameworkId}|${priority.code}`;
    const entry = merged.get(key) ?? {
      frameworkId: priority.frameworkId,
      code: priority.code,
      name: priority.name,
      mandatory: priority.mandatory,
      below1: 0,
      below2: 0,
      of: priority.of,
    };
    if (priority.level === 1) entry.below1 = priority.schools;
    else entry.below2 = priority.schools;
    merged.set(key, entry);
  };
  totals.priorities.forEach(add);
  const out = [];
  for (const framework of totals.perFramework) {
    const ofFramework = [...merged.values()].filter((entry) => entry.frameworkId === framework.frameworkId);
    out.push(...ofFramework.sort((a, b) => b.below1 - a.below1 || b.below2 - a.below2).slice(0, PRIORITIES_LISTED));
  }
  return out;
}

function priorityTable(totals: DistrictTotals, textWidth: number): Table {
  const body = priorityRows(totals).map((entry) => [
    cell([entry.frameworkId]),
    cell([`${entry.code}${entry.mandatory ? ' ★' : ''}`], 'center'),
    cell([entry.name]),
    cell([`${entry.below1}/${entry.of}`], 'center'),
    cell([`${entry.below2}/${entry.of}`], 'center'),
  ]);
  return gridTable([2, 1, 6, 2, 2], textWidth, ['Khung đánh giá', 'Tiêu chí', 'Tên tiêu chí', 'Số trường chưa đạt Mức 1', 'Số trường chưa đạt Mức 2'], body);
}

/** The report's file name: `Báo cáo tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học 2026-2027`. */
export function reportTitle(totals: DistrictTotals): string {
  return `Báo cáo tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học ${yearsText(totals, false)}`;
}

export function buildDistrictReport(rollup: DistrictRollup, header: ReportHeader): PlanDocument {
  const page = a4Page('landscape');
  const textWidth = Math.floor(textWidthPt(page));
  const { totals } = rollup;
  const subject = reportSubject(totals);
  const blocks: Block[] = [
    reportHeader(header, textWidth),
    paragraph('BÁO CÁO', center(ND30.titleSizePt, { spaceBeforePt: 18, keepWithNext: true }), { bold: true }),
    paragraph(subject, center(ND30.titleSizePt, { keepWithNext: true }), { bold: true }),
    rule(approxTextWidthPt(subject, ND30.titleSizePt, true) / 3),
    paragraph('', paragraphStyle(ND30.bodySizePt, { spaceAfterPt: 6 })),
    heading('I. TỔNG HỢP CHUNG'),
    body(overviewSentence(rollup)),
    heading('1. Số trường theo mức đạt'),
    levelTable(totals, textWidth),
    heading('2. Kinh phí dự kiến theo tiêu chuẩn'),
    budgetTable(totals, textWidth),
    heading('3. Tiến độ thực hiện'),
    body(followUpSentence(totals)),
    heading('II. KẾT QUẢ TỪNG TRƯỜNG'),
    schoolTable(rollup.rows, textWidth),
    heading('III. CÁC TIÊU CHÍ CẦN ƯU TIÊN CẢI TIẾN TRÊN ĐỊA BÀN'),
    body('Các tiêu chí có nhiều trường chưa đạt nhất, theo từng khung đánh giá (★: tiêu chí bắt buộc); đây là các nội dung Phòng đề nghị ưu tiên hỗ trợ.'),
    priorityTable(totals, textWidth),
    signatureTable({ recipients: ['- Sở GD&ĐT (b/c);', '- Các trường trực thuộc;', '- Lưu: VT.'], signer: 'TRƯỞNG PHÒNG', name: '' }, textWidth),
  ];
  return { title: reportTitle(totals), draft: false, page, fontFamily: ND30.fontFamily, baseSizePt: ND30.bodySizePt, blocks };
}
