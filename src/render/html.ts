/**
 * The plan document as a standalone HTML page: the offline twin of the
 * Google Doc, from the same document model. Print CSS follows NĐ30: A4 (or
 * A4 landscape), margins 20/15/20/30 mm, Times New Roman, table headers
 * repeated on every page, tall rows continuing on the next page (short
 * ones kept whole), never a break inside a syllable, page numbers centred
 * at the top from page 2. Pure: no I/O, and it only renders a document
 * model (src/domain/analyse decides whether there is one). All text from
 * the workbook is escaped.
 */
import type { Paragraph, PlanDocument, RunStyle, Table, TableRow } from '../domain/document/model';
import { textWidthPt } from '../domain/document/model';
import { BREAK_AFTER } from '../domain/document/columns';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Points with at most two decimals. */
function pt(value: number): string {
  return `${Math.round(value * 100) / 100}pt`;
}

/** Docs' "single" line spacing is the font's natural line height, about 1.15 for Times New Roman. */
function lineHeight(lineSpacing: number): string {
  return String(Math.round(1.15 * lineSpacing) / 100);
}

/** Zero-width space: a break opportunity the reader never sees, added only to the page, never to the stored text. */
const BREAK = '\u200b';

/** In a narrow cell a line may break after `/` and `,` (as the column widths assume), never inside a syllable. */
function withBreaks(text: string): string {
  return text.replace(BREAK_AFTER, `$1${BREAK}`);
}

function runHtml(text: string, style: RunStyle, base: number): string {
  const css: string[] = [];
  if (style.bold) css.push('font-weight:bold');
  if (style.italic) css.push('font-style:italic');
  if (style.underline) css.push('text-decoration:underline');
  if (style.sizePt !== base) css.push(`font-size:${pt(style.sizePt)}`);
  const escaped = escapeHtml(text);
  return css.length > 0 ? `<span style="${css.join(';')}">${escaped}</span>` : escaped;
}

const ALIGN = { left: 'left', center: 'center', right: 'right', justify: 'justify' } as const;

function paragraphHtml(paragraph: Paragraph, narrow = false): string {
  const style = paragraph.style;
  if (paragraph.rule) {
    return `<div class="rule" style="width:${pt(paragraph.rule.widthPt)};margin-top:${pt(style.spaceBeforePt)}"></div>`;
  }
  const css = [`text-align:${ALIGN[style.align]}`, `font-size:${pt(style.sizePt)}`, `line-height:${lineHeight(style.lineSpacing)}`];
  if (style.indentFirstLinePt) css.push(`text-indent:${pt(style.indentFirstLinePt)}`);
  if (style.indentStartPt) css.push(`padding-left:${pt(style.indentStartPt)}`);
  if (style.spaceBeforePt) css.push(`margin-top:${pt(style.spaceBeforePt)}`);
  if (style.spaceAfterPt) css.push(`margin-bottom:${pt(style.spaceAfterPt)}`);
  if (style.keepWithNext) css.push('break-after:avoid');
  const content = paragraph.runs.map((run) => runHtml(narrow ? withBreaks(run.text) : run.text, run.style, style.sizePt)).join('');
  return `<p style="${css.join(';')}">${content === '' ? '&nbsp;' : content}</p>`;
}

/** `narrow`: the cells of a grid table, where a line may also break after `/` and `,`. */
function rowHtml(row: TableRow, cellTag: 'td' | 'th', narrow: boolean): string {
  const cells = row.cells
    .map((cell) => {
      const span = cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
      return `<${cellTag}${span}>${cell.paragraphs.map((paragraph) => paragraphHtml(paragraph, narrow)).join('')}</${cellTag}>`;
    })
    .join('');
  return `<tr class="${row.kind}${row.keepTogether ? '' : ' runs-on'}">${cells}</tr>`;
}

/** A table as pieces: its opening, then one piece a body row, then its end (joined, exactly tableHtml). */
function* tableParts(table: Table): Generator<string> {
  const cols = table.columnsPt.map((width) => `<col style="width:${pt(width)}">`).join('');
  const header = table.rows.slice(0, table.headerRows);
  const classes = ['doc-table', table.borders ? 'grid' : 'layout', `role-${table.role}`].join(' ');
  const width = table.columnsPt.reduce((sum, column) => sum + column, 0);
  yield `<table class="${classes}" style="width:${pt(width)};--pad:${pt(table.cellPaddingPt)}">`;
  yield `<colgroup>${cols}</colgroup>`;
  if (header.length > 0) yield `<thead>${header.map((row) => rowHtml(row, 'th', table.borders)).join('')}</thead>`;
  yield '<tbody>';
  for (let index = table.headerRows; index < table.rows.length; index++) yield rowHtml(table.rows[index], 'td', table.borders);
  yield '</tbody>';
  yield '</table>';
}

function css(document: PlanDocument): string {
  const page = document.page;
  const width = textWidthPt(page);
  return `
@page { size: A4 ${page.orientation}; margin: ${page.marginTopMm}mm ${page.marginRightMm}mm ${page.marginBottomMm}mm ${page.marginLeftMm}mm;
  @top-center { content: counter(page); font-family: "${document.fontFamily}", "Liberation Serif", Times, serif; font-size: ${pt(document.baseSizePt)}; vertical-align: bottom; padding-bottom: 4mm; } }
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { background: #e9e9e9; }
body { margin: 0; font-family: "${document.fontFamily}", "Liberation Serif", Times, serif; font-size: ${pt(document.baseSizePt)}; color: #000;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; font-kerning: normal; }
main.page { width: ${page.widthMm}mm; min-height: ${page.heightMm}mm; margin: 12mm auto; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25);
  padding: ${page.marginTopMm}mm ${page.marginRightMm}mm ${page.marginBottomMm}mm ${page.marginLeftMm}mm; }
/* Stacked Vietnamese accents (Ế, Ỗ) rise above the font's ascent: room for them inside the line box, so a paragraph pushed to the next page leaves no stray accents behind. */
p { margin: 0; orphans: 2; widows: 2; padding-top: 0.12em; }
/* The rules stand apart from the letters above and below (NĐ30): margin-top comes from the model. */
.rule { border-top: 0.75pt solid #000; height: 0; margin: 3pt auto 4pt; }
table.doc-table { border-collapse: collapse; table-layout: fixed; margin: 0 0 6pt 0; max-width: ${pt(width)}; }
table.doc-table td, table.doc-table th { vertical-align: top; padding: var(--pad); font-weight: normal; overflow-wrap: normal; word-break: keep-all; }
table.grid td, table.grid th { border: 0.5pt solid #000; }
table.grid th { vertical-align: middle; }
table.layout td { border: none; }
thead { display: table-header-group; }
/* Short rows stay whole; a tall row continues on the next page, at least two of its lines on each (orphans, widows). */
tr { break-inside: avoid; page-break-inside: avoid; }
tr.runs-on { break-inside: auto; page-break-inside: auto; }
td p { orphans: 2; widows: 2; }
tr.group { break-after: avoid; page-break-after: avoid; }
@media print {
  html { background: none; }
  main.page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`;
}

/** The document as a standalone HTML page. */
export function renderHtml(document: PlanDocument): string {
  return [...htmlParts(document)].join('');
}

/**
 * The page as pieces, in order (joined, exactly renderHtml): the CLI writes
 * them to the file one by one, so a 100,000-row plan never holds its whole
 * page as one string beside the document model.
 */
export function* htmlParts(document: PlanDocument): Generator<string> {
  yield [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${css(document)}</style>`,
    '</head>',
    '<body>',
    `<main class="page orientation-${document.page.orientation}">`,
    '',
  ].join('\n');
  for (let index = 0; index < document.blocks.length; index++) {
    if (index > 0) yield '\n';
    const block = document.blocks[index];
    if (block.type === 'paragraph') yield paragraphHtml(block);
    else yield* tableParts(block);
  }
  yield ['', '</main>', '</body>', '</html>', ''].join('\n');
}
