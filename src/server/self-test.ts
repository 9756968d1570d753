/**
 * "Kiểm tra cài đặt": a one-click check, for the school's IT admin, that the
 * Google side works on this account as the add-on needs. It makes a tiny Doc
 * with the same kind of batchUpdate as "Tạo văn bản" (page, text with the
 * characters Google strips, a table with a merged row, the style resets),
 * reads it back, exports it to PDF, and puts it in the trash. It shares
 * nothing and touches neither the spreadsheet nor its properties.
 *
 * Each step reports passed, failed (with Google's own message and what to
 * do) or skipped. The Doc goes to the trash whatever happened after it was
 * created (try/finally). Service calls when all goes well: Docs create,
 * batchUpdate, get; Drive export, update (trash) — 5.
 */
import { applyRequests, createDocumentReportingMode, documentUrl, readDocument, type DocumentReadBack } from '../adapters/docs';
import { buildRequests } from '../adapters/docs/requests';
import { docsText } from '../adapters/docs/text';
import { PdfExportError, exportPdf } from '../adapters/drive';
import { trashFile } from '../adapters/drive-trash';
import type { Paragraph, PlanDocument, Table } from '../domain/document/model';
import { mmToPt } from '../domain/document/model';
import { ND30, a4Page, paragraphStyle, runStyle } from '../domain/document/nd30';

export type StepStatus = 'passed' | 'failed' | 'skipped';

export interface SelfTestStep {
  title: string;
  status: StepStatus;
  /** What was seen (passed), or what failed, Google's message and what to do. */
  detail: string;
}

export interface SelfTestReport {
  ok: boolean;
  steps: SelfTestStep[];
  /** The whole report, for the dialog. */
  message: string;
}

const PROBE_TITLE = 'Kiểm tra cài đặt - Kế hoạch cải tiến (tự chuyển vào thùng rác)';

/**
 * Text sent as a school's pasted text arrives: a Wingdings bullet (Private
 * Use Area), a control character, a tab. The Doc must hold it exactly as
 * docsText() predicts, or every index of a real plan would be off.
 */
const PROBE_TEXT = '\uf0b7 Kiểm tra tiếng Việt: Trường Tiểu học, Mức 1–2\u0007\tđạt';

/** The adapter sends sizes rounded to 0.01 pt; half a point is still far below anything a reader would see. */
const TOLERANCE_PT = 0.5;

function paragraph(text: string, sizePt: number, bold = false): Paragraph {
  return { type: 'paragraph', runs: [{ text, style: runStyle(sizePt, bold ? { bold: true } : {}) }], style: paragraphStyle(sizePt) };
}

/** A tiny plan document: one paragraph, then a 2-column table with a merged group row. */
function probeDocument(): PlanDocument {
  const table: Table = {
    type: 'table',
    role: 'plan',
    columnsPt: [120, 347.7],
    borders: true,
    cellPaddingPt: 2,
    headerRows: 1,
    rows: [
      {
        kind: 'header',
        keepTogether: true,
        cells: [
          { colSpan: 1, paragraphs: [paragraph('TT', 12, true)] },
          { colSpan: 1, paragraphs: [paragraph('Tiêu chí', 12, true)] },
        ],
      },
      { kind: 'group', keepTogether: true, cells: [{ colSpan: 2, paragraphs: [paragraph('MỨC 1, 2, 3', 12, true)] }] },
      {
        kind: 'body',
        keepTogether: true,
        cells: [
          { colSpan: 1, paragraphs: [paragraph('1', 12)] },
          { colSpan: 1, paragraphs: [paragraph('Tiêu chí 1.1', 12)] },
        ],
      },
    ],
  };
  return {
    title: PROBE_TITLE,
    draft: false,
    page: a4Page('portrait'),
    fontFamily: ND30.fontFamily,
    baseSizePt: ND30.bodySizePt,
    blocks: [paragraph(PROBE_TEXT, ND30.bodySizePt), table],
  };
}

/** The message of what was thrown (errors of the advanced services are not always instances of this realm's Error). */
function googleMessage(cause: unknown): string {
  const message = (cause as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(cause);
}

function near(value: number | null, expected: number): boolean {
  return value !== null && Math.abs(value - expected) <= TOLERANCE_PT;
}

function pt(value: number | null): string {
  return value === null ? 'không có' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })} pt`;
}

/** What the read-back shows wrong, one sentence each; empty when all is as sent. */
function readBackProblems(document: PlanDocument, read: DocumentReadBack): string[] {
  const problems: string[] = [];
  if (read.documentMode === 'PAGELESS') {
    problems.push(
      'Văn bản vẫn ở chế độ không phân trang (pageless) dù tiện ích đã yêu cầu chế độ có trang: khổ giấy, lề và trang đầu không có số trang sẽ không được áp dụng. Hãy báo cho nhà phát triển tiện ích kèm thông báo này.',
    );
  }
  const page = document.page;
  const width = mmToPt(page.widthMm);
  const height = mmToPt(page.heightMm);
  if (!near(read.pageWidthPt, width) || !near(read.pageHeightPt, height)) {
    problems.push(`Khổ giấy đọc lại là ${pt(read.pageWidthPt)} × ${pt(read.pageHeightPt)}, không phải A4 (${pt(width)} × ${pt(height)}).`);
  }
  const margins: [keyof DocumentReadBack['margins'], string, number][] = [
    ['top', 'trên', page.marginTopMm],
    ['bottom', 'dưới', page.marginBottomMm],
    ['left', 'trái', page.marginLeftMm],
    ['right', 'phải', page.marginRightMm],
  ];
  for (const [key, name, mm] of margins) {
    if (!near(read.margins[key], mmToPt(mm)))
      problems.push(`Lề ${name} đọc lại là ${pt(read.margins[key])}, không phải ${mm} mm (${pt(mmToPt(mm))}) như NĐ30.`);
  }
  const expected = docsText(PROBE_TEXT);
  if (read.paragraphs[0] !== expected) {
    problems.push(
      `Google lưu dòng chữ thử khác với dự kiến (ký tự đặc biệt dán từ Word được xử lý khác với tài liệu của Google): đọc lại "${read.paragraphs[0] ?? ''}", dự kiến "${expected}". Văn bản kế hoạch có thể lệch định dạng; hãy báo cho nhà phát triển tiện ích kèm thông báo này.`,
    );
  }
  if (read.tables !== 1) problems.push(`Đọc lại ${read.tables} bảng, dự kiến 1 bảng.`);
  if (read.lastParagraphFont !== ND30.fontFamily) {
    problems.push(`Đoạn cuối của văn bản dùng phông ${read.lastParagraphFont ?? 'mặc định (Arial)'}, không phải ${ND30.fontFamily}.`);
  }
  return problems;
}

function pdfProblem(blob: GoogleAppsScript.Base.Blob): string | null {
  const head = blob
    .getBytes()
    .slice(0, 4)
    .map((byte) => String.fromCharCode(byte & 0xff))
    .join('');
  return head === '%PDF' ? null : `Tệp Google Drive xuất ra không phải PDF: nó bắt đầu bằng "${head}" thay vì "%PDF".`;
}

const FIX_SERVICES =
  'Cách khắc phục: trong dự án Google Cloud của tiện ích, bật Google Docs API và Google Drive API; trong Bảng điều khiển quản trị (admin.google.com), cho phép người dùng dùng Google Tài liệu và Google Drive.';

export function runSelfTest(): SelfTestReport {
  const steps: SelfTestStep[] = [];
  const made: { documentId: string | null } = { documentId: null };
  try {
    probe(steps, made);
  } finally {
    // Whatever happened after the Doc was made, even an error of our own.
    if (made.documentId !== null) steps.push(cleanUp(made.documentId));
  }
  return { ok: steps.every((step) => step.status === 'passed'), steps, message: reportMessage(steps) };
}

const CREATE = 'Tạo văn bản Google Tài liệu';
const FORMAT = 'Định dạng văn bản (A4, lề NĐ30, chế độ có trang, bảng, phông Times New Roman)';
const READ_BACK = 'Đọc lại khổ giấy, lề và chữ';
const EXPORT = 'Xuất PDF';

/** The steps up to the clean-up; records the Doc's id in `made` as soon as it exists. */
function probe(steps: SelfTestStep[], made: { documentId: string | null }): void {
  const record = (title: string, status: StepStatus, detail: string) => steps.push({ title, status, detail });
  const skip = (...titles: string[]) => titles.forEach((title) => record(title, 'skipped', 'Bỏ qua vì bước trước chưa đạt.'));
  const document = probeDocument();

  let documentId: string;
  try {
    const created = createDocumentReportingMode(PROBE_TITLE);
    documentId = created.documentId;
    made.documentId = documentId;
    const mode =
      created.documentMode === 'PAGELESS'
        ? 'Văn bản mới của tài khoản này mặc định không phân trang (pageless); tiện ích tự chuyển văn bản của mình sang chế độ có trang.'
        : 'Văn bản mới ở chế độ có trang.';
    record(CREATE, 'passed', mode);
  } catch (cause) {
    record(CREATE, 'failed', `Google báo: ${googleMessage(cause)}\n${FIX_SERVICES}`);
    skip(FORMAT, READ_BACK, EXPORT);
    return;
  }

  try {
    // The same builder as "Tạo văn bản", on a Doc whose body ends at 2 (a regeneration, so every request kind is sent).
    applyRequests(documentId, buildRequests(document, 2).requests);
    record(FORMAT, 'passed', 'Google nhận toàn bộ lệnh định dạng mà tiện ích dùng cho văn bản kế hoạch.');
  } catch (cause) {
    record(
      FORMAT,
      'failed',
      `Google từ chối lệnh định dạng mà tiện ích dùng để tạo văn bản kế hoạch. Google báo: ${googleMessage(cause)}\nHãy gửi nguyên văn thông báo này cho nhà phát triển tiện ích.`,
    );
    skip(READ_BACK, EXPORT);
    return;
  }

  try {
    const problems = readBackProblems(document, readDocument(documentId));
    if (problems.length === 0) record(READ_BACK, 'passed', 'A4 dọc, lề trên 20, dưới 20, trái 30, phải 15 mm; chữ tiếng Việt đúng từng ký tự.');
    else record(READ_BACK, 'failed', problems.join('\n'));
  } catch (cause) {
    record(READ_BACK, 'failed', `Google báo: ${googleMessage(cause)}`);
  }

  try {
    const problem = pdfProblem(exportPdf(documentId, `${PROBE_TITLE}.pdf`));
    if (problem === null) record(EXPORT, 'passed', 'Google Drive trả về tệp PDF.');
    else record(EXPORT, 'failed', `${problem} Hãy báo cho nhà phát triển tiện ích kèm thông báo này.`);
  } catch (cause) {
    if (cause instanceof PdfExportError) {
      record(EXPORT, 'failed', `Google Drive trả bản xuất PDF về dưới dạng chuỗi ký tự thay vì tệp (Blob). ${cause.message}`);
    } else {
      record(EXPORT, 'failed', `Google báo: ${googleMessage(cause)}`);
    }
  }
}

function cleanUp(documentId: string): SelfTestStep {
  const title = 'Chuyển văn bản thử vào thùng rác';
  try {
    trashFile(documentId);
    return { title, status: 'passed', detail: 'Không để lại tệp nào, không chia sẻ với ai.' };
  } catch (cause) {
    return {
      title,
      status: 'failed',
      detail: `Google báo: ${googleMessage(cause)}\nHãy tự xóa tệp "${PROBE_TITLE}" trong Google Drive: ${documentUrl(documentId)}`,
    };
  }
}

const MARK: Record<StepStatus, string> = { passed: 'ĐẠT', failed: 'CHƯA ĐẠT', skipped: 'BỎ QUA' };

export function reportMessage(steps: SelfTestStep[]): string {
  const failed = steps.filter((step) => step.status === 'failed').length;
  const head =
    failed === 0
      ? `Kiểm tra cài đặt: cả ${steps.length} bước đều đạt. Tiện ích tạo được văn bản kế hoạch và bản PDF trên tài khoản này.`
      : `Kiểm tra cài đặt: ${failed} bước chưa đạt. Xem từng bước dưới đây; gửi nguyên văn thông báo này cho người hỗ trợ nếu cần.`;
  const lines = steps.map((step, index) => `${index + 1}. ${step.title}: ${MARK[step.status]}. ${step.detail}`);
  return [head, ...lines].join('\n');
}
