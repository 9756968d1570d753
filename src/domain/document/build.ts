/**
 * Plan + its level summary → the document model (model.ts), the same for
 * every framework: what differs (sections, tables, columns, wording) is the
 * framework's DocumentSpec (spec.ts). Nothing here looks at a framework's
 * name or id.
 */
import type { ColumnKey, Framework } from '../frameworks/types';
import { allCriteria } from '../frameworks/types';
import { formatVnd } from '../parse/budget';
import { formatDateLong } from '../parse/date';
import { formatLevel } from '../parse/level';
import { formatSchoolYear } from '../parse/school-year';
import type { Budget, LevelValue } from '../parse/types';
import type { LevelSummary } from '../summary/summary';
import { INVISIBLE_MARKS, foldKey } from '../text';
import { INFO_KEYS } from '../workbook/info';
import type { CriterionBlock, LevelCells, Plan, PlanRow as SheetRow } from '../workbook/plan';
import { rowText } from '../workbook/table';
import { ABSENT_CELL, type TypedCell } from '../workbook/typed-cell';
import type { Block, Paragraph, ParagraphStyle, PlanDocument, RunStyle, Table, TableCell, TableRow } from './model';
import { textWidthPt } from './model';
import { fitColumns } from './columns';
import { ND30, a4Page, approxTextWidthPt, bodyStyle, paragraphStyle, runStyle } from './nd30';
import type { ColumnSource, DocumentColumn, ExtraTableSpec, LevelNote, PlanTableSpec, SectionPart, SectionSpec } from './spec';
import { BLANK, BLANK_DATE, HEADER_PADDING_PT, NATIONAL_NAME, NBSP, headerTable, paragraph, rule, signatureTable, textParagraph, upper } from './nd30-blocks';

// ---------------------------------------------------------------- helpers

/**
 * A school name too long for its column, in two lines of about equal width
 * (`TRƯỜNG TIỂU HỌC / XÃ THANH HƯNG`, never one word alone below). One line when it fits.
 */
export function balancedLines(text: string, widthPt: number, sizePt: number, bold: boolean): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  // approxTextWidthPt runs a few percent wide on bold capitals: a name it puts just over the width still fits.
  if (words.length < 2 || approxTextWidthPt(text, sizePt, bold) <= widthPt * 1.05) return [text];
  let best = [text];
  let bestWidest = Infinity;
  for (let cut = 1; cut < words.length; cut++) {
    const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
    const widest = Math.max(...lines.map((line) => approxTextWidthPt(line, sizePt, bold)));
    if (widest < bestWidest) {
      best = lines;
      bestWidest = widest;
    }
  }
  return best;
}

/** `{Tên trường}`, `{Năm học}`… → the plan's `Thông tin chung` values (blank: dots). */
export function fillPlaceholders(text: string, plan: Plan, options: { spacedYear?: boolean } = {}): string {
  return text.replace(/\{([^{}]+)\}/g, (whole, label: string) => {
    const key = INFO_KEYS.find((candidate) => foldKey(candidate.label) === foldKey(label));
    if (!key) return whole;
    if (key.key === 'schoolYear' && plan.info.schoolYear) return formatSchoolYear(plan.info.schoolYear, options.spacedYear);
    const value = plan.info.entries.get(key.key)?.[0]?.text ?? '';
    return value === '' ? BLANK : value;
  });
}

function infoText(plan: Plan, key: string): string {
  return plan.info.entries.get(key)?.[0]?.text ?? '';
}

/** `{name}` in a data string → value. */
function template(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

// ---------------------------------------------------------------- header, title, signature

function headerBlock(plan: Plan, textWidth: number): Table {
  const padding = HEADER_PADDING_PT;
  const agency = upper(infoText(plan, 'governingBody'));
  const school = upper(plan.info.schoolName);
  // The school's name on one line when it fits beside the Quốc hiệu (NĐ30: about 2/5 | 3/5).
  const slack = 2 * padding + 6;
  const widest = Math.max(approxTextWidthPt(school, ND30.agencySizePt, true), approxTextWidthPt(agency, ND30.agencySizePt));
  const maxLeft = textWidth - approxTextWidthPt(NATIONAL_NAME, ND30.nationalSizePt, true) - slack;
  const left = Math.round(Math.max(textWidth * 0.4, Math.min(widest + slack, maxLeft)));
  const code = infoText(plan, 'schoolCode');
  const number = infoText(plan, 'planNumber');
  const place = infoText(plan, 'place');
  const date = plan.info.issueDate ? formatDateLong(plan.info.issueDate) : BLANK_DATE;

  const schoolLines = balancedLines(school, left - 2 * padding, ND30.agencySizePt, true);
  const schoolWidth = Math.min(Math.max(...schoolLines.map((line) => approxTextWidthPt(line || 'TRƯỜNG', ND30.agencySizePt, true))), left - 2 * padding);
  return headerTable(
    {
      leftPt: left,
      // A blank Cơ quan chủ quản closes up: the school's name is then the first line, beside the Quốc hiệu.
      issuer: [...(agency === '' ? [] : [{ text: agency, bold: false }]), ...schoolLines.map((line) => ({ text: line, bold: true }))],
      issuerRulePt: schoolWidth * 0.4,
      numberText: `Số: ${number === '' ? NBSP.repeat(6) : number}/KH${code === '' ? '' : `-${code}`}`,
      placeAndDate: `${place === '' ? BLANK : place}, ${date}`,
    },
    textWidth,
  );
}

function titleBlocks(plan: Plan): Paragraph[] {
  const subject = fillPlaceholders(plan.framework.document.subject, plan, { spacedYear: true });
  const center = (extra: Partial<ParagraphStyle>) => paragraphStyle(ND30.titleSizePt, { align: 'center', ...extra });
  return [
    textParagraph('KẾ HOẠCH', center({ spaceBeforePt: 18, keepWithNext: true }), { bold: true }),
    textParagraph(subject, center({ keepWithNext: true }), { bold: true }),
    rule(approxTextWidthPt(subject, ND30.titleSizePt, true) / 3),
    paragraph([], paragraphStyle(ND30.bodySizePt, { spaceAfterPt: 6 })),
  ];
}

/** `Nơi nhận` rows and lines → `- X;` items, ending with the `Lưu` line (`- Lưu: VT.` when none). */
export function recipientLines(plan: Plan): string[] {
  const raw = (plan.info.entries.get('recipients') ?? []).flatMap((entry) => entry.text.split('\n'));
  const items: string[] = [];
  let archive = 'Lưu: VT';
  for (const line of raw) {
    const text = line
      .replace(/^[-–+•*]\s*/, '')
      .replace(/[\s;,.]+$/, '')
      .trim();
    if (text === '') continue;
    if (/^luu\b/.test(foldKey(text))) archive = text;
    else items.push(`- ${text};`);
  }
  return [...items, `- ${archive}.`];
}

function signatureBlock(plan: Plan, textWidth: number): Table {
  return signatureTable({ recipients: recipientLines(plan), signer: plan.framework.document.signerTitle, name: infoText(plan, 'principal') }, textWidth);
}

// ---------------------------------------------------------------- free text

/**
 * One line of section text → a paragraph. `1. Mục đích` (a short numbered
 * line) is a bold sub-heading; `1. Hội đồng tự đánh giá: …` gets its label
 * in bold; `- …`, `a) …` and prose are body text.
 */
function textLine(line: string): Paragraph {
  const style = bodyStyle();
  const labelled = /^(\d+\.\s[^:]{1,80}:)(\s.*)$/.exec(line);
  if (labelled) {
    return paragraph(
      [
        { text: labelled[1], style: runStyle(style.sizePt, { bold: true }) },
        { text: labelled[2], style: runStyle(style.sizePt) },
      ],
      style,
    );
  }
  if (/^\d+\.\s/.test(line) && line.length <= 80 && !/[.;:]$/.test(line)) {
    return textParagraph(line, bodyStyle({ keepWithNext: true }), { bold: true });
  }
  return textParagraph(line, style);
}

function textLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The school's text for a section (`Nội dung văn bản`), by its heading with or without the Roman numeral. */
export function sectionText(plan: Plan, heading: string): string | null {
  const keys = [foldKey(heading), foldKey(heading.replace(/^[IVXLC]+\.\s*/, ''))];
  for (const key of keys) {
    const found = plan.sectionTexts.get(key);
    if (found && found.text.trim() !== '') return found.text;
  }
  return null;
}

// ---------------------------------------------------------------- tables

const cellStyle = (align: ParagraphStyle['align'] = 'left') => paragraphStyle(ND30.tableSizePt, { align });

function cellOf(lines: { text: string; style?: Omit<RunStyle, 'sizePt'> }[], align: ParagraphStyle['align'] = 'left', colSpan = 1): TableCell {
  return { colSpan, paragraphs: lines.map((line) => textParagraph(line.text, cellStyle(align), line.style ?? {})) };
}

function headerRows(columns: DocumentColumn[], numbered: boolean): TableRow[] {
  const rows: TableRow[] = [
    { kind: 'header', keepTogether: true, cells: columns.map((column) => cellOf([{ text: column.header, style: { bold: true } }], 'center')) },
  ];
  if (numbered) {
    rows.push({
      kind: 'header',
      keepTogether: true,
      cells: columns.map((_, index) => cellOf([{ text: `(${index + 1})`, style: { italic: true } }], 'center')),
    });
  }
  return rows;
}

function groupRow(text: string, span: number, align: ParagraphStyle['align'], style: Omit<RunStyle, 'sizePt'> = { bold: true }): TableRow {
  return { kind: 'group', keepTogether: true, cells: [cellOf([{ text, style }], align, span)] };
}

/** A budget typed as a plain number (`10000000`, `10.000.000`) reads better as `10.000.000 đồng`. */
function moneyText(budget: TypedCell<Budget>): string {
  const text = budget.text;
  if (typeof budget.raw === 'number' || /^\d{1,3}(?:[.,\s]\d{3})+$|^\d+$/.test(text)) {
    if (budget.value?.kind === 'amount') return formatVnd(budget.value.vnd);
  }
  return text;
}

/** Each row's value of the keys, as lines (multi-line cells keep their lines). A money column shows the budget the reader read. */
function fieldLines(rows: SheetRow[], keys: ColumnKey[], money: boolean): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    for (const row of rows) {
      lines.push(...textLines(money && key === 'budget' ? moneyText(row.budget) : rowText(row, key)));
    }
  }
  return lines;
}

function standardText(text: string): string {
  return /^\d+$/.test(text) ? `Tiêu chuẩn ${text}` : text;
}

interface RowSubject {
  /** The criterion's (or requirement's) label. */
  label: string;
  rows: SheetRow[];
  /** Its levels, for a column's level note; absent on extra tables. */
  levels: LevelCells;
}

/** Extra tables' rows have no levels. */
const NO_LEVELS: LevelCells = { currentLevel: ABSENT_CELL, targetLevel: ABSENT_CELL };

function bodyRow(columns: DocumentColumn[], subject: RowSubject, number: number): TableRow {
  return {
    kind: 'body',
    keepTogether: true,
    cells: columns.map((column) => sourceCell(column, subject, number)),
  };
}

function sourceCell(column: DocumentColumn, subject: RowSubject, number: number): TableCell {
  const source: ColumnSource = column.source;
  const align = column.align ?? 'left';
  switch (source.kind) {
    case 'number':
      return cellOf([{ text: String(number) }], align);
    case 'criterion':
      return cellOf([{ text: subject.label }], align);
    case 'field': {
      let lines = fieldLines(subject.rows, source.keys, source.money === true);
      if (source.standard) lines = lines.map(standardText);
      const cell = cellOf(
        lines.map((text) => ({ text })),
        align,
      );
      const note = source.levelNote && subject.rows[0] ? levelNoteText(source.levelNote, subject.levels) : '';
      if (note !== '') cell.paragraphs.unshift(textParagraph(note, cellStyle(align), { italic: true }));
      if (source.leadWithCriterion) cell.paragraphs.unshift(textParagraph(subject.label, cellStyle(align), { bold: true }));
      return cell;
    }
  }
}

/** `Mức 2` for `2`, `Đạt mức 2`…; other values as typed. */
function levelLabel(cell: TypedCell<LevelValue>): { text: string; key: string } {
  const level = cell.value;
  const text = level?.kind === 'level' && level.level > 0 ? formatLevel(level.level) : cell.text;
  return { text, key: foldKey(text) };
}

function levelNoteText(note: LevelNote, levels: LevelCells): string {
  const current = levelLabel(levels.currentLevel);
  const target = levelLabel(levels.targetLevel);
  if (current.text === '') return '';
  if (target.text === '') return template(note.current, { current: current.text });
  const which = current.key === target.key ? note.same : note.change;
  return template(which, { current: current.text, target: target.text });
}

/**
 * Whether a criterion has improvement work in the table's field columns.
 * The levels only describe the criterion (`Hiện trạng: Mức 2`), so they do not count.
 */
function hasContent(rows: SheetRow[], columns: DocumentColumn[]): boolean {
  const keys = columns.flatMap((column) => (column.source.kind === 'field' ? column.source.keys : []));
  return rows.some((row) => keys.some((key) => rowText(row, key) !== ''));
}

/**
 * The row of `Nội dung văn bản` that puts the criteria without improvement
 * work back into the plan table: `Có` (or `In`) prints every criterion.
 */
export const INCLUDE_ALL_OPTION = 'Tiêu chí không có việc cải tiến';

function includesAll(plan: Plan, spec: PlanTableSpec): boolean {
  if (spec.include === 'all') return true;
  const answer = foldKey(plan.sectionTexts.get(foldKey(INCLUDE_ALL_OPTION))?.text ?? '');
  return /^(co|in)\b/.test(answer);
}

/** Blocks of a standard's tab in the framework's criterion order (unknown codes last, as on the tab). */
function orderedBlocks(framework: Framework, blocks: CriterionBlock[]): CriterionBlock[] {
  const order = new Map(allCriteria(framework).map((criterion, index) => [criterion.code, index]));
  return blocks
    .map((block, index) => ({ block, index, rank: block.criterion ? (order.get(block.criterion.code) ?? Infinity) : Infinity }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.block);
}

function planTable(plan: Plan, spec: PlanTableSpec, textWidth: number): Table {
  const framework = plan.framework;
  const columns = spec.columns;
  const span = columns.length;
  const rows: TableRow[] = headerRows(columns, spec.numberedHeadings);
  const header = rows.length;

  if (spec.criteriaGroupLabel) rows.push(groupRow(spec.criteriaGroupLabel, span, 'center'));
  const all = includesAll(plan, spec);
  let number = 0;
  for (const standard of framework.standards) {
    const tab = plan.standardTabs.find((candidate) => candidate.standard === standard.number);
    const blocks = orderedBlocks(framework, tab?.blocks ?? []).filter((block) => all || hasContent(block.rows, columns));
    const label = template(spec.standardLabel, { number: standard.number, name: standard.name });
    if (blocks.length === 0) {
      // The note says the tab lacks the criteria; a standard whose criteria need no work is simply left out.
      if (spec.emptyStandardNote !== null && (tab?.blocks.length ?? 0) === 0) {
        rows.push(groupRow(label, span, 'left'));
        rows.push(groupRow(spec.emptyStandardNote, span, 'left', { italic: true }));
      }
      continue;
    }
    rows.push(groupRow(label, span, 'left'));
    for (const block of blocks) {
      number += 1;
      const criterion = block.criterion;
      const subjectLabel = criterion ? template(spec.criterionLabel, { code: criterion.code, name: criterion.name }) : block.codeText;
      rows.push(bodyRow(columns, { label: subjectLabel, rows: block.rows, levels: block }, number));
    }
  }

  const requirements = framework.requirements;
  const requirementEntries = plan.requirementTab?.entries.filter((entry) => all || hasContent(entry.rows, columns)) ?? [];
  if (spec.requirementGroupLabel && requirements && plan.requirementTab && requirementEntries.length > 0) {
    rows.push(groupRow(spec.requirementGroupLabel, span, 'center'));
    const entries = [...requirementEntries].sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
    let requirementNumber = 0;
    for (const entry of entries) {
      requirementNumber += 1;
      const item = requirements.items.find((candidate) => candidate.number === entry.number);
      const label = item ? template(spec.requirementLabel, { number: item.number, text: item.text }) : entry.numberText;
      rows.push(bodyRow(columns, { label, rows: entry.rows, levels: entry }, requirementNumber));
    }
  }

  return {
    type: 'table',
    role: 'plan',
    columnsPt: fitColumns(columns, rows, textWidth, ND30.tableCellPaddingPt),
    borders: true,
    cellPaddingPt: ND30.tableCellPaddingPt,
    headerRows: header,
    rows,
  };
}

function extraTable(plan: Plan, spec: ExtraTableSpec, textWidth: number): Table {
  const tab = plan.extraTabs.find((candidate) => foldKey(candidate.spec.tabName) === foldKey(spec.tabName));
  const rows: TableRow[] = headerRows(spec.columns, false);
  const dataRows = tab?.rows ?? [];
  dataRows.forEach((row, index) => rows.push(bodyRow(spec.columns, { label: '', rows: [row], levels: NO_LEVELS }, index + 1)));
  for (let blank = 0; dataRows.length === 0 && blank < spec.blankRows; blank++) {
    rows.push({ kind: 'body', keepTogether: true, cells: spec.columns.map(() => cellOf([])) });
  }
  return {
    type: 'table',
    role: 'extra',
    columnsPt: fitColumns(spec.columns, rows, textWidth, ND30.tableCellPaddingPt),
    borders: true,
    cellPaddingPt: ND30.tableCellPaddingPt,
    headerRows: 1,
    rows,
  };
}

// ---------------------------------------------------------------- sections

function sectionBlocks(plan: Plan, summary: LevelSummary, section: SectionSpec, textWidth: number): Block[] {
  const blocks: Block[] = [textParagraph(section.heading, bodyStyle({ keepWithNext: true, spaceBeforePt: 6 }), { bold: true })];
  for (const part of section.parts) blocks.push(...partBlocks(plan, summary, section, part, textWidth));
  return blocks;
}

function partBlocks(plan: Plan, summary: LevelSummary, section: SectionSpec, part: SectionPart, textWidth: number): Block[] {
  const body = (text: string) => textLine(fillPlaceholders(text, plan));
  switch (part.kind) {
    case 'text': {
      const own = sectionText(plan, section.heading);
      const lines = own !== null ? textLines(own) : part.text;
      return lines.map(body);
    }
    case 'levelSummary': {
      const levelCount = summary.levels.length;
      const sentences = summary.sentences.map((sentence, index) => {
        if (index >= levelCount) return textParagraph(sentence, bodyStyle());
        return textParagraph(`- ${sentence}${index === levelCount - 1 ? '.' : ';'}`, bodyStyle());
      });
      return [body(part.intro), ...sentences];
    }
    case 'notMet': {
      const requirementLevel = plan.framework.requirements?.level;
      const lines = summary.notMet
        .filter((entry) => entry.codes.length > 0)
        .map((entry) =>
          template(entry.level === requirementLevel ? part.requirementLabel : part.levelLabel, { level: entry.level, codes: entry.codes.join(', ') }),
        );
      if (lines.length > 0) lines[lines.length - 1] = lines[lines.length - 1].replace(/;$/, '.');
      return [body(part.intro), ...(lines.length > 0 ? lines : [part.none]).map(body)];
    }
    case 'budget': {
      const lines = summary.budgetLines
        .filter((line) => line.vnd > 0)
        .map((line) => template(part.lineLabel, { label: line.label, amount: formatVnd(line.vnd) }));
      return [body(template(part.intro, { total: formatVnd(summary.budgetTotalVnd) })), ...lines.map(body)];
    }
    case 'planTable':
      return [planTable(plan, part.table, textWidth)];
    case 'extraTable':
      return [extraTable(plan, part.table, textWidth)];
    case 'note':
      return [textParagraph(fillPlaceholders(part.text, plan), bodyStyle({ spaceBeforePt: 4 }), { italic: true })];
  }
}

// ---------------------------------------------------------------- pagination

/** Lines a cell takes, estimated from the width of its text. */
function cellLineCount(cell: TableCell, widthPt: number): number {
  return cell.paragraphs.reduce((lines, paragraph) => {
    const text = paragraph.runs.map((run) => run.text).join('');
    const size = paragraph.runs[0]?.style.sizePt ?? paragraph.style.sizePt;
    const bold = paragraph.runs.some((run) => run.style.bold);
    return lines + Math.max(1, Math.ceil(approxTextWidthPt(text, size, bold) / Math.max(widthPt, 1)));
  }, 0);
}

/**
 * Lines a row may have and still be kept whole: moving a row that short to
 * the next page leaves at most a few lines empty. Taller rows continue on
 * the next page under the repeated header, as in real office plans (issue
 * 18 saw pages 35–40% empty when every row was kept whole).
 */
const KEPT_ROW_LINES = 3;

function markTallRows(table: Table): void {
  for (const row of table.rows) {
    if (row.kind !== 'body') continue;
    let column = 0;
    let lines = 0;
    for (const cell of row.cells) {
      const width = table.columnsPt.slice(column, column + cell.colSpan).reduce((sum, w) => sum + w, 0) - 2 * table.cellPaddingPt;
      lines = Math.max(lines, cellLineCount(cell, width));
      column += cell.colSpan;
    }
    row.keepTogether = lines <= KEPT_ROW_LINES;
  }
}

// ---------------------------------------------------------------- document

/** The mark Vietnamese offices put on a draft: top right of page 1, and in the file name. */
export const DRAFT_MARK = 'DỰ THẢO';

/** `Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Khang` (a draft: `DỰ THẢO - Kế hoạch …`). */
export function documentTitle(plan: Plan, options: { draft?: boolean } = {}): string {
  // A file name on one line, without control characters or invisible marks pasted with the school's name.
  const title = fillPlaceholders(plan.framework.document.fileName, plan)
    .replace(INVISIBLE_MARKS, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ')
    .trim();
  return options.draft ? `${DRAFT_MARK} - ${title}` : title;
}

/** `DỰ THẢO`, bold in the top right corner above the header, as offices mark a draft for comment. */
function draftMark(): Paragraph {
  return textParagraph(DRAFT_MARK, paragraphStyle(ND30.bodySizePt, { align: 'right', spaceAfterPt: 4 }), { bold: true });
}

/**
 * The plan document. The final document is built only for a plan without
 * errors (analysePlan says so); a draft (`draft: true`) is built whatever
 * the errors, marked `DỰ THẢO`. On an incomplete plan it still builds, with
 * the NĐ30 blanks where a value is missing.
 */
export function buildPlanDocument(plan: Plan, summary: LevelSummary, options: { draft?: boolean } = {}): PlanDocument {
  const spec = plan.framework.document;
  const page = a4Page(spec.orientation);
  const textWidth = Math.floor(textWidthPt(page));
  const blocks: Block[] = [...(options.draft ? [draftMark()] : []), headerBlock(plan, textWidth), ...titleBlocks(plan)];
  for (const section of spec.sections) blocks.push(...sectionBlocks(plan, summary, section, textWidth));
  blocks.push(signatureBlock(plan, textWidth));
  for (const block of blocks) if (block.type === 'table' && (block.role === 'plan' || block.role === 'extra')) markTallRows(block);
  return {
    title: documentTitle(plan, options),
    draft: options.draft === true,
    page,
    fontFamily: ND30.fontFamily,
    baseSizePt: ND30.bodySizePt,
    blocks,
  };
}
