/**
 * A spreadsheet the add-on made in the emulated Drive ("Lập kế hoạch năm
 * học mới", issue 19), as a read-only page the preview opens in a second
 * browser tab: one table per tab, every value escaped (a cell is text,
 * never markup), the dropdown choices shown under a cell that has them.
 */
import { spreadsheetFile, type Emulator } from '../emulator/index';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STYLE = `body{font:13px/1.4 system-ui,sans-serif;margin:16px;color:#202124}
h1{font-size:18px}h2{font-size:15px;margin-top:24px}
table{border-collapse:collapse}td,th{border:1px solid #dadce0;padding:2px 6px;vertical-align:top;white-space:pre-wrap;max-width:320px}
tr.frozen td{background:#f1f3f4;font-weight:600}.choices{color:#5f6368;font-size:11px}`;

/** The page, or null when the emulated Drive has no spreadsheet of this id. */
export function spreadsheetHtml(emu: Emulator, id: string): string | null {
  const book = spreadsheetFile(emu.env, id);
  if (!book) return null;
  const name = emu.drive.file(id)?.name ?? id;
  const tabs = book.sheets().map((sheet) => {
    const validations = sheet.validations();
    const frozen = sheet.frozenRows();
    const rows = sheet.values().map((row, r) => {
      const cells = row.map((cell, c) => {
        const choices = validations[r]?.[c]?.values[0];
        const list = Array.isArray(choices) ? `<div class="choices">▾ ${escape(choices.map(String).join(' | '))}</div>` : '';
        return `<td>${escape(String(cell ?? ''))}${list}</td>`;
      });
      return `<tr${r < frozen ? ' class="frozen"' : ''}>${cells.join('')}</tr>`;
    });
    return `<h2>${escape(sheet.name)}</h2><table>${rows.join('')}</table>`;
  });
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(name)}</title><style>${STYLE}</style></head><body><h1>${escape(name)}</h1><p>Bảng tính do tiện ích tạo trong Drive mô phỏng (chỉ xem).</p>${tabs.join('')}</body></html>`;
}
