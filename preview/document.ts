/**
 * The generated document's preview (the offline HTML twin), when the
 * document work has landed: `src/render/html.ts` exporting a function that
 * turns a RawWorkbook into an HTML page. Found at run time, so the preview
 * works before and after that code exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RawWorkbook } from '../src/domain/workbook/raw';

export interface DocumentPreview {
  available: boolean;
  /** Vietnamese: why it is not available, or what it shows. */
  reason: string;
}

type Renderer = (workbook: RawWorkbook, ...rest: unknown[]) => unknown;

/** Export names tried first, then any exported function whose name says html. */
const PREFERRED = ['renderWorkbookHtml', 'renderWorkbookToHtml', 'workbookToHtml', 'renderPlanHtml', 'renderHtml', 'renderHtmlPage', 'render'];

export class DocumentRenderer {
  readonly #module: string;
  #renderer: Renderer | null = null;
  #error: string | null = null;

  constructor(root: string) {
    this.#module = join(root, 'src/render/html.ts');
  }

  status(): DocumentPreview {
    if (!existsSync(this.#module)) return { available: false, reason: 'Chưa có phần tạo văn bản (src/render/html.ts): bản xem trước văn bản sẽ có khi phần này được thêm vào.' };
    if (this.#error) return { available: false, reason: this.#error };
    return { available: true, reason: 'Bản HTML của văn bản kế hoạch, tạo từ cùng mô hình văn bản với Google Tài liệu.' };
  }

  async #load(): Promise<Renderer | null> {
    if (this.#renderer) return this.#renderer;
    if (!existsSync(this.#module)) return null;
    try {
      const mod = (await import(pathToFileURL(this.#module).href)) as Record<string, unknown>;
      const name =
        PREFERRED.find((candidate) => typeof mod[candidate] === 'function') ??
        Object.keys(mod).find((key) => typeof mod[key] === 'function' && /html/i.test(key));
      if (!name) {
        this.#error = 'src/render/html.ts không có hàm nào tạo HTML từ bảng tính.';
        return null;
      }
      this.#renderer = mod[name] as Renderer;
      this.#error = null;
      return this.#renderer;
    } catch (cause) {
      this.#error = `Không nạp được src/render/html.ts: ${(cause as Error).message.split('\n')[0]}`;
      return null;
    }
  }

  /** The page, or a Vietnamese explanation of why there is none (as HTML text, escaped). */
  async render(workbook: RawWorkbook, today: Date): Promise<{ ok: boolean; html: string }> {
    const renderer = await this.#load();
    if (!renderer) return { ok: false, html: messagePage(this.status().reason) };
    try {
      const todayParts = { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() };
      const output = await renderer(workbook, { today: todayParts });
      const html = typeof output === 'string' ? output : pickHtml(output);
      if (html) return { ok: true, html };
      return { ok: false, html: messagePage(describeRefusal(output)) };
    } catch (cause) {
      return { ok: false, html: messagePage(`Chưa tạo được văn bản: ${(cause as Error).message}`) };
    }
  }
}

function pickHtml(output: unknown): string | null {
  if (output && typeof output === 'object') {
    const record = output as Record<string, unknown>;
    if (typeof record.html === 'string') return record.html;
    if (record.ok === true && typeof record.value === 'string') return record.value;
    if (record.ok === true && record.value && typeof (record.value as { html?: unknown }).html === 'string') return (record.value as { html: string }).html;
  }
  return null;
}

function describeRefusal(output: unknown): string {
  if (output && typeof output === 'object') {
    const record = output as { message?: unknown; issues?: { message?: string; sheet?: string; cell?: string }[] };
    const lines: string[] = [];
    if (typeof record.message === 'string') lines.push(record.message);
    for (const issue of record.issues ?? []) lines.push(`${issue.sheet ?? ''} ${issue.cell ?? ''}: ${issue.message ?? ''}`);
    if (lines.length) return lines.join('\n');
  }
  return 'Chưa tạo được văn bản từ bảng tính này.';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A small page holding one message (the text escaped). */
export function messagePage(message: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Văn bản kế hoạch</title><style>body{font:15px/1.5 Arial,"Liberation Sans",sans-serif;color:#1f1f1f;margin:48px auto;max-width:560px;padding:0 16px}p{white-space:pre-line}</style></head><body><h1 style="font-size:18px">Bản xem trước văn bản</h1><p>${escapeHtml(message)}</p></body></html>`;
}
