/**
 * An HTML page → DocumentContent: paragraphs (`p`, `div`, `h1`–`h6`, `li`,
 * `br` as a line break) and tables (`tr`, `td`/`th` with `colspan` and
 * `rowspan`). Reads the page the `render` command writes, and the HTML
 * Word and Google Docs save ("Web page", "Tải xuống → .html"). A small
 * tolerant tokenizer rather than a DOM: the CLI runs on Node without one,
 * and a plan only needs text and table structure. Nested tables are read
 * into the cell that holds them, as text.
 */
import type { ContentBlock, ContentCell, DocumentContent } from '../domain/import/content';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'table',
  'section',
  'article',
  'main',
  'body',
  'blockquote',
  'ul',
  'ol',
  'header',
  'footer',
]);
const SKIPPED = /<(script|style|head|title|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function spanOf(attributes: string, name: string): number {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes);
  const value = match ? Number(match[1]) : 1;
  return value >= 1 && value <= 1000 ? value : 1;
}

interface TableState {
  rows: ContentCell[][];
  cell: ContentCell | null;
  /** Nesting depth of tables inside the current cell (read as text). */
  nested: number;
}

export function readHtml(html: string): DocumentContent {
  const blocks: ContentBlock[] = [];
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(SKIPPED, '');
  let paragraph = '';
  let table: TableState | null = null;

  const text = () => (table?.cell ? table.cell.paragraphs : null);
  const append = (chunk: string) => {
    const cellParagraphs = text();
    if (cellParagraphs) cellParagraphs[cellParagraphs.length - 1] += chunk;
    else if (!table) paragraph += chunk;
  };
  const breakParagraph = () => {
    const cellParagraphs = text();
    if (cellParagraphs) {
      if (cellParagraphs[cellParagraphs.length - 1].trim() !== '') cellParagraphs.push('');
      return;
    }
    if (table) return;
    const clean = paragraph.replace(/\s+/g, ' ').trim();
    if (clean !== '') blocks.push({ type: 'paragraph', text: clean });
    paragraph = '';
  };

  const tokens = source.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (!token.startsWith('<')) {
      // Source line breaks are spaces in HTML; runs of spaces collapse.
      const chunk = decodeEntities(token.replace(/[\r\n\t ]+/g, ' '));
      if (chunk !== '') append(chunk);
      continue;
    }
    const match = /^<\s*(\/?)\s*([a-z0-9]+)([^>]*)>$/i.exec(token);
    if (!match) continue;
    const closing = match[1] === '/';
    const tag = match[2].toLowerCase();
    const attributes = match[3];

    if (tag === 'table') {
      if (table?.cell) {
        table.nested += closing ? -1 : 1;
        breakParagraph();
        continue;
      }
      if (!closing) {
        breakParagraph();
        table = { rows: [], cell: null, nested: 0 };
      } else if (table) {
        blocks.push({ type: 'table', rows: table.rows.filter((row) => row.length > 0) });
        table = null;
      }
      continue;
    }
    if (table && table.nested === 0 && tag === 'tr') {
      if (!closing) table.rows.push([]);
      table.cell = null;
      continue;
    }
    if (table && table.nested === 0 && (tag === 'td' || tag === 'th')) {
      if (!closing) {
        if (table.rows.length === 0) table.rows.push([]);
        table.cell = { paragraphs: [''], colSpan: spanOf(attributes, 'colspan'), rowSpan: spanOf(attributes, 'rowspan') };
        table.rows[table.rows.length - 1].push(table.cell);
      } else {
        table.cell = null;
      }
      continue;
    }
    if (tag === 'br') {
      const cellParagraphs = text();
      if (cellParagraphs) cellParagraphs.push('');
      else if (!table) paragraph += '\n';
      continue;
    }
    if (BLOCK_TAGS.has(tag)) breakParagraph();
  }
  breakParagraph();
  if (table) blocks.push({ type: 'table', rows: table.rows.filter((row) => row.length > 0) });
  return { blocks: blocks.map(trimBlock) };
}

function trimBlock(block: ContentBlock): ContentBlock {
  if (block.type === 'paragraph') return block;
  return {
    type: 'table',
    rows: block.rows.map((row) =>
      row.map((cell) => ({ ...cell, paragraphs: cell.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '') })),
    ),
  };
}
