/**
 * The preview's document view: the plan document as the offline HTML twin
 * (src/render/html.ts, the same document model as the Google Doc), built
 * from the emulated workbook as it is now. While the plan has errors, the
 * draft (marked DỰ THẢO), as the add-on makes it.
 */
import type { SimpleDate } from '../src/domain/parse/types';
import type { RawWorkbook } from '../src/domain/workbook/raw';
import { analysePlan, planDocument } from '../src/domain/analyse';
import { renderHtml } from '../src/render/html';

export interface DocumentPreview {
  available: boolean;
  /** Vietnamese: what the view shows. */
  reason: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const PAGE_STYLE =
  'body{font:15px/1.5 Arial,"Liberation Sans",sans-serif;color:#1f1f1f;margin:40px auto;max-width:640px;padding:0 16px}' +
  'h1{font-size:18px}p{white-space:pre-line}li{margin:6px 0}.where{font-weight:700}.error .where{color:#b3261e}.warning .where{color:#7a4b00}';

/** A small page holding a message and, optionally, the issues (all text escaped). */
export function messagePage(message: string, issues: { severity: string; sheet: string; cell: string; message: string }[] = []): string {
  const list = issues.length
    ? `<ol>${issues
        .map(
          (issue) =>
            `<li class="${issue.severity === 'error' ? 'error' : 'warning'}"><span class="where">${issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo'} · ${escapeHtml(issue.sheet)} · ô ${escapeHtml(issue.cell)}</span><br>${escapeHtml(issue.message)}</li>`,
        )
        .join('')}</ol>`
    : '';
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Văn bản kế hoạch</title><style>${PAGE_STYLE}</style></head><body><h1>Bản xem trước văn bản</h1><p>${escapeHtml(message)}</p>${list}</body></html>`;
}

export class DocumentRenderer {
  status(): DocumentPreview {
    return {
      available: true,
      reason: 'Bản HTML của văn bản kế hoạch (khổ A4, in được), tạo từ cùng mô hình văn bản với Google Tài liệu, theo bảng tính hiện tại.',
    };
  }

  render(workbook: RawWorkbook, today: Date): { ok: boolean; html: string } {
    const day: SimpleDate = { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() };
    try {
      const analysis = analysePlan(workbook, { today: day });
      const outcome = planDocument(analysis, { draft: analysis.finalRefusal !== null });
      if (outcome.ok) return { ok: true, html: renderHtml(outcome.document) };
      return {
        ok: false,
        html: messagePage(
          outcome.message,
          analysis.issues.filter((issue) => issue.severity === 'error'),
        ),
      };
    } catch (cause) {
      return { ok: false, html: messagePage(`Chưa tạo được văn bản: ${(cause as Error).message.split('\n')[0]}`) };
    }
  }
}
