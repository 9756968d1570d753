/**
 * Column widths for the document's tables. Vietnamese words must never be
 * cut inside a syllable ("trường/ch|ính", issue 18), so a line may break
 * only at a space and after `/` or `,` before a letter; the HTML twin puts a
 * zero-width break there (src/render/html.ts) and the Google Doc, which
 * breaks only at spaces and after `/`, gets columns wide enough instead.
 *
 * The framework's relative widths are the start; then a column that is
 * empty in the whole plan and may shrink (`Ghi chú`, `Điều kiện hỗ trợ
 * khác`) gives its room to the column that should grow (`Chủ trì và phối
 * hợp`); last, each column is widened to its longest syllable, taken from
 * the columns with room to spare, the growing one last.
 */
import type { TableRow } from './model';
import { approxTextWidthPt } from './nd30';
import type { DocumentColumn } from './spec';

/** After `/` or `,` directly followed by a letter: `trường/chính`, `GV,NV` (not `9/2024` nor `1,5`). */
export const BREAK_AFTER = /([/,])(?=\p{L})/gu;

/**
 * approxTextWidthPt is a rough sum of letter widths; real Times New Roman
 * runs up to a few percent wider on some syllables (`ĐDCMHS`): a margin so
 * the real text still fits.
 */
const SAFETY = 1.1;

/** The pieces a line can break into: words, split again after `/` and `,`. */
export function unbreakablePieces(text: string): string[] {
  return text
    .replace(BREAK_AFTER, '$1 ')
    .split(/\s+/)
    .filter((piece) => piece !== '');
}

/** Width of the widest unbreakable piece in a column's cells (headers bold). */
function widestPiecePt(rows: TableRow[], column: number): number {
  let widest = 0;
  for (const row of rows) {
    if (row.cells.length <= column || row.cells.some((cell) => cell.colSpan > 1)) continue;
    for (const paragraph of row.cells[column].paragraphs) {
      for (const run of paragraph.runs) {
        for (const piece of unbreakablePieces(run.text)) {
          widest = Math.max(widest, approxTextWidthPt(piece, run.style.sizePt, run.style.bold === true));
        }
      }
    }
  }
  return widest;
}

function isEmptyColumn(rows: TableRow[], column: number): boolean {
  return rows
    .filter((row) => row.kind === 'body' && row.cells.length > column)
    .every((row) => row.cells[column].paragraphs.every((paragraph) => paragraph.runs.every((run) => run.text.trim() === '')));
}

/** Widths in whole points adding up to `textWidth`, none narrower than its longest syllable when the page allows. */
export function fitColumns(columns: DocumentColumn[], rows: TableRow[], textWidth: number, paddingPt: number): number[] {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => (column.width * textWidth) / total);
  const least = columns.map((_, index) => Math.ceil(widestPiecePt(rows, index) * SAFETY) + 2 * paddingPt + 1);

  // An empty optional column shrinks to its heading; the room goes to the columns that should grow.
  const growing = columns.flatMap((column, index) => (column.growInto ? [index] : []));
  if (growing.length > 0) {
    let freed = 0;
    columns.forEach((column, index) => {
      if (!column.shrinkWhenEmpty || !isEmptyColumn(rows, index) || widths[index] <= least[index]) return;
      freed += widths[index] - least[index];
      widths[index] = least[index];
    });
    for (const index of growing) widths[index] += freed / growing.length;
  }

  // A column narrower than its longest syllable takes the room from the others, each giving in proportion
  // to its width (prose columns give most) but never below its own longest syllable. The growing
  // columns give only when the others cannot.
  let deficit = 0;
  widths.forEach((width, index) => {
    if (width >= least[index]) return;
    deficit += least[index] - width;
    widths[index] = least[index];
  });
  for (let round = 0; round < 6 && deficit > 0.01; round++) {
    const growingGive = round >= 3;
    const donors = widths.flatMap((width, index) => (width > least[index] && (growingGive || !columns[index].growInto) ? [index] : []));
    const donorWidth = donors.reduce((sum, index) => sum + widths[index], 0);
    if (donorWidth === 0) continue;
    const wanted = deficit;
    for (const index of donors) {
      const given = Math.min(widths[index] - least[index], (wanted * widths[index]) / donorWidth);
      widths[index] -= given;
      deficit -= given;
    }
  }

  const rounded = widths.map((width) => Math.floor(width));
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] += Math.floor(textWidth) - rounded.reduce((sum, width) => sum + width, 0);
  return rounded;
}
