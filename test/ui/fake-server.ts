/**
 * A fake of the add-on's server for sidebar tests: implements `ServerApi`
 * over an in-memory RawWorkbook with the real domain code (analyse +
 * overviewOf), so the sidebar sees realistic overviews without Apps
 * Script. Tests can slow it down, make the next call fail (as a Result or
 * as a thrown error), and read the calls it received.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CheckReport,
  DocumentLinks,
  DocumentReport,
  DocumentRequest,
  PlanOverview,
  Result,
  ServerApi,
  SetupProposal,
  SetupReport,
  SetupRequest,
  ShareReport,
  ShareRequest,
} from '../../src/server/api';
import { analysePlan } from '../../src/domain/analyse';
import { overviewOf } from '../../src/server/overview';
import type { RawWorkbook } from '../../src/domain/workbook/raw';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SAMPLE = join(ROOT, 'samples/truong-tieu-hoc-an-khang-2024-2025.json');
export const TT57_SAMPLE = join(ROOT, 'samples/truong-tieu-hoc-hoa-binh-2026-2027.json');

export function readSample(path = SAMPLE): RawWorkbook {
  return JSON.parse(readFileSync(path, 'utf8')) as RawWorkbook;
}

/** Every server function, checked complete against ServerApi. */
const SERVER_FUNCTION_SET: Record<keyof ServerApi, true> = {
  getOverview: true,
  proposeSetup: true,
  setupTabs: true,
  checkPlan: true,
  dismissWarnings: true,
  restoreWarnings: true,
  writeSummary: true,
  goToCell: true,
  createDocument: true,
  shareDocument: true,
};
const SERVER_FUNCTIONS = Object.keys(SERVER_FUNCTION_SET) as (keyof ServerApi)[];

export type Failure = { kind: 'result'; message: string } | { kind: 'throw'; message: string };

export interface FakeCall {
  name: keyof ServerApi;
  args: unknown[];
}

export class FakeServer implements ServerApi {
  readonly calls: FakeCall[] = [];
  /** Milliseconds each call takes (the browser sees the answer this late). */
  delayMs = 0;
  readonly #failures = new Map<string, Failure>();
  document: DocumentLinks | null = null;
  selection: { sheet: string; cell: string } | null = null;
  today = { day: 15, month: 11, year: 2024 };
  /** Like the real server: no document while the plan has errors. */
  blockOnErrors = true;

  constructor(public workbook: RawWorkbook = readSample()) {}

  /** The next call of `name` fails like this (once). */
  failNext(name: keyof ServerApi, failure: Failure): void {
    this.#failures.set(name, failure);
  }

  /** Sets one cell, A1 address, on a tab (rows/columns grow as needed). */
  setCell(sheet: string, a1: string, value: string | number | boolean | null): void {
    const tab = this.workbook.sheets.find((s) => s.name === sheet);
    if (!tab) throw new Error(`no tab ${sheet}`);
    const match = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!match) throw new Error(`bad address ${a1}`);
    const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(match[2]) - 1;
    while (tab.values.length <= row) tab.values.push([]);
    const cells = tab.values[row];
    while (cells.length <= col) cells.push('');
    cells[col] = value;
  }

  overview(): PlanOverview {
    return overviewOf(analysePlan(this.workbook, { today: this.today }), this.document, new Date('2024-11-15T08:30:00+07:00').toISOString());
  }

  // ------------------------------------------------------------ ServerApi

  getOverview(): Result<PlanOverview> {
    return { ok: true, value: this.overview() };
  }

  proposeSetup(): Result<SetupProposal> {
    return {
      ok: true,
      value: {
        proposed: 'TT17 tiểu học',
        reason: 'Theo năm học 2024-2025 ở trang "Thông tin chung".',
        choices: [
          { id: 'TT17 tiểu học', title: 'Thông tư 17/2018/TT-BGDĐT (tiểu học)' },
          { id: 'TT57/2026', title: 'Thông tư 57/2026/TT-BGDĐT' },
        ],
        existing: true,
      },
    };
  }

  setupTabs(request: SetupRequest): Result<SetupReport> {
    return {
      ok: true,
      value: {
        framework: request.framework ?? 'TT17 tiểu học',
        createdTabs: [],
        addedColumns: [],
        addedRows: [],
        skippedTabs: [],
        message: `Đã kiểm tra các trang theo ${request.framework ?? 'TT17 tiểu học'}: không cần tạo thêm trang nào.`,
      },
    };
  }

  checkPlan(): Result<CheckReport> {
    const overview = this.overview();
    return { ok: true, value: { overview, marked: overview.issues.length, cleared: 0 } };
  }

  dismissWarnings(): Result<CheckReport> {
    return this.checkPlan();
  }

  restoreWarnings(): Result<CheckReport> {
    return this.checkPlan();
  }

  writeSummary(): Result<PlanOverview> {
    return { ok: true, value: this.overview() };
  }

  goToCell(sheet: string, cell: string): Result<null> {
    if (!this.workbook.sheets.some((s) => s.name === sheet)) return { ok: false, message: `Không tìm thấy trang "${sheet}".` };
    this.selection = { sheet, cell };
    return { ok: true, value: null };
  }

  createDocument(request: DocumentRequest): Result<DocumentReport> {
    const overview = this.overview();
    if (this.blockOnErrors && overview.errorCount > 0) {
      return { ok: false, message: `Kế hoạch còn ${overview.errorCount} lỗi, chưa tạo được văn bản. Hãy bấm Kiểm tra và sửa các lỗi trước.` };
    }
    const created = !this.document || request.newVersion;
    const id = created ? `doc-${this.calls.length}` : this.document!.docId;
    this.document = {
      docId: id,
      docUrl: `https://docs.google.com/document/d/${id}/edit`,
      pdfUrl: `https://drive.google.com/file/d/${id}-pdf/view`,
      title: `Kế hoạch cải tiến chất lượng năm học ${overview.schoolYear} - ${overview.schoolName}`,
      updatedAt: new Date('2024-11-15T08:35:00+07:00').toISOString(),
      draft: request.draft === true,
    };
    return {
      ok: true,
      value: { links: this.document, created, message: `${created ? 'Đã tạo' : 'Đã cập nhật'} văn bản.\nCòn một bước: Chèn → Số trang.`, decision: null, replacedEdits: false, pdfSaved: true },
    };
  }

  shareDocument(request: ShareRequest): Result<ShareReport> {
    if (!this.document) return { ok: false, message: 'Chưa có văn bản để chia sẻ. Hãy bấm Tạo văn bản trước.' };
    return {
      ok: true,
      value: {
        shared: request.emails,
        recipients: request.emails.map((email) => ({ email, status: 'shared' as const, notified: true, problem: null })),
        complete: true,
        links: this.document,
        message: `Đã chia sẻ văn bản với quyền ${request.role === 'reader' ? 'Người xem' : 'Người nhận xét'} cho ${request.emails.length} địa chỉ: ${request.emails.join(', ')}.`,
      },
    };
  }

  /** One call as google.script.run would make it: a Result, or a thrown error. */
  async run(name: string, args: unknown[]): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
    if (!SERVER_FUNCTIONS.includes(name as keyof ServerApi)) {
      return { ok: false, error: `Script function not found: ${name}` };
    }
    const key = name as keyof ServerApi;
    this.calls.push({ name: key, args });
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure = this.#failures.get(key);
    if (failure) {
      this.#failures.delete(key);
      if (failure.kind === 'throw') return { ok: false, error: failure.message };
      return { ok: true, value: { ok: false, message: failure.message } };
    }
    const method = (this as unknown as Record<string, (...a: unknown[]) => unknown>)[key];
    return { ok: true, value: JSON.parse(JSON.stringify(method.apply(this, args))) };
  }
}
