/**
 * The free text of the plan's sections (I. Mục đích, yêu cầu; II. Căn cứ…;
 * VI. Tổ chức thực hiện…) for the `Nội dung văn bản` tab (workbook spec:
 * one row per free-text section, keyed by its heading, one paragraph a
 * line). Only the free text is taken: where the add-on's document prints
 * a computed part after it (the level summary, the criteria not met, the
 * budget, a table), the section's text stops, or the next document would
 * print those lines twice. A section printed with the framework's default
 * text is not copied either: the default stays, with its placeholders.
 */
import type { Cell } from '../cell';
import type { Framework } from '../frameworks/types';
import { foldLine } from '../parse/fold';
import { TEXT_TAB } from '../workbook/plan';
import type { RawSheet } from '../workbook/raw';
import { KEY_VALUE_COLUMNS } from '../workbook/read';
import type { DocumentContent } from './content';

/** A top-level heading: `II. CĂN CỨ…`, `III - MỤC TIÊU`. */
const ROMAN_HEADING = /^[IVX]+\s*[.:\-–]\s*\S/;

/** The heading without its Roman numeral, folded: a plan may number its sections differently from the framework. */
function headingKey(text: string): string {
  return foldLine(text.trim().replace(/^[IVX]+\s*[.:\-–]\s*/, ''))
    .replace(/[.:;,]+$/, '')
    .trim();
}

/** A printed amount (`179.500.000 đồng`), folded. */
const AMOUNT = '[\\d.,]+\\s*dong';

/**
 * A `{Placeholder}` template as a regular expression over folded text; an
 * amount placeholder only matches an amount. `whole` anchors the end too.
 */
function templatePattern(template: string, whole = false): RegExp {
  const pieces = foldLine(template).split(/(\{[^}]*\})/);
  const source = pieces
    .map((piece) => {
      if (/^\{(?:amount|total)\}$/.test(piece)) return AMOUNT;
      if (/^\{[^}]*\}$/.test(piece)) return '.*';
      return piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}${whole ? '$' : ''}`);
}

/** The intro of a computed part, with or without its `như sau:` or its `(khoản 3 Điều 5)`: `Kết quả tự đánh giá của nhà trường:`. */
function introPattern(intro: string): RegExp {
  const stem = foldLine(intro)
    .replace(/\s*(?:\([^)]*\))?\s*(?:nhu sau)?\s*:\s*$/, '')
    .replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  return new RegExp(`^${stem}\\s*(?:\\([^)]*\\))?\\s*(?:nhu sau)?\\s*:?\\s*$`);
}

/**
 * Lines that are the framework's default text, placeholders filled in
 * (`1. Tên cơ sở giáo dục: Trường Tiểu học Bình Minh.`): not copied, so the
 * default keeps following `Thông tin chung`.
 */
function isDefaultText(lines: string[], defaults: string[]): boolean {
  return lines.length === defaults.length && lines.every((line, index) => templatePattern(defaults[index], true).test(foldLine(line)));
}

/** How the document's computed parts start and go on: their lines are not the school's free text. */
interface ComputedLines {
  /** Starts a part that runs to the end of the section (the level summary: its sentences vary). */
  toEnd: RegExp[];
  /** One line of a computed part (the criteria not met, the budget): skipped, the text may go on after it. */
  line: RegExp[];
}

function computedLines(framework: Framework): ComputedLines {
  const found: ComputedLines = { toEnd: [], line: [/^[-–+•*]?\s*muc\s*\d\s*:/, /^[-–+•*]?\s*chua dat muc\s*\d/] };
  for (const section of framework.document.sections) {
    for (const part of section.parts) {
      if (part.kind === 'levelSummary') found.toEnd.push(introPattern(part.intro));
      if (part.kind === 'notMet')
        found.line.push(introPattern(part.intro), ...[part.levelLabel, part.requirementLabel, part.none].map((label) => templatePattern(label)));
      if (part.kind === 'budget') found.line.push(templatePattern(part.intro), templatePattern(part.lineLabel));
    }
  }
  return found;
}

/** The recipients and the signature end the last section. */
const SIGNATURE = [/^noi nhan\b/, /^(?:kt\.?\s*)?(?:pho\s+)?hieu truong$/];

/**
 * `Nội dung văn bản` as the document states it: a row for each of the
 * framework's free-text sections the document has, with its paragraphs;
 * null when it has none (the tab then keeps the framework's default text).
 */
export function sectionTextSheet(content: DocumentContent, framework: Framework): RawSheet | null {
  const sections = framework.document.textSections;
  const byKey = new Map(sections.map((section) => [headingKey(section.heading), section.heading]));
  const computed = computedLines(framework);
  const texts = new Map<string, string[]>();
  let current: string[] | null = null;
  let inComputedPart = false;
  for (const block of content.blocks) {
    if (block.type === 'table') {
      current = null;
      continue;
    }
    for (const line of block.text.split('\n')) {
      const text = line.trim();
      if (text === '') continue;
      const folded = foldLine(text);
      const heading = byKey.get(headingKey(text));
      if (heading !== undefined && !texts.has(heading)) {
        current = [];
        texts.set(heading, current);
        inComputedPart = false;
        continue;
      }
      if (ROMAN_HEADING.test(text) || SIGNATURE.some((pattern) => pattern.test(folded))) {
        current = null;
        continue;
      }
      if (computed.toEnd.some((pattern) => pattern.test(folded))) inComputedPart = true;
      if (inComputedPart || computed.line.some((pattern) => pattern.test(folded))) continue;
      current?.push(text);
    }
  }
  const rows: Cell[][] = sections.flatMap((section) => {
    const lines = texts.get(section.heading) ?? [];
    return lines.length > 0 && !isDefaultText(lines, section.text) ? [[section.heading, lines.join('\n')]] : [];
  });
  if (rows.length === 0) return null;
  return { name: TEXT_TAB, values: [KEY_VALUE_COLUMNS.map((column) => column.header), ...rows] };
}
