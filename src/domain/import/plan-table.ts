/**
 * The improvement table(s) of a plan, row by row: which criterion (or
 * TT17 Mức 4 requirement) each row belongs to, and its values by column
 * key. A blank criterion cell, or one merged down from the row above,
 * makes a continuation row of the criterion above: that is how Word plans
 * list several actions of one criterion. Rows that belong nowhere are
 * returned as unplaced, with the reason.
 */
import type { LevelNote } from '../document/spec';
import type { Framework } from '../frameworks/types';
import { findCriterion } from '../frameworks/types';
import { parseCriterionCode, parseRequirementNumber } from '../parse/criterion-code';
import { foldLine } from '../parse/fold';
import { formatLevel, parseLevel, parseMet } from '../parse/level';
import type { GridCell } from './content';
import { headingKey, type HeadingMatcher } from './columns';

/** One row of the plan as the workbook will hold it: column key → text. */
export type ImportedRow = Map<string, string>;

/** The rows of one criterion or requirement, and what the document says of its level. */
export interface SubjectRows {
  /** The criterion cell as printed (`Tiêu chí 1.1: Phương hướng…`). */
  label: string;
  rows: ImportedRow[];
}

export interface UnplacedRow {
  where: string;
  reason: string;
  cells: string[];
}

export interface PlanTableResult {
  criteria: Map<string, SubjectRows>;
  requirements: Map<number, SubjectRows>;
  /** Headings of columns no workbook column matches: kept as extra columns, never dropped. */
  extraHeadings: string[];
  unplaced: UnplacedRow[];
}

export interface PlanTableHeader {
  /** The heading row; -1 when the table goes on from the previous one without repeating it. */
  row: number;
  /** Column → key (known column) or `extra:<heading>` (unknown heading). */
  keys: (string | null)[];
}

/** Extra (unknown) columns are keyed by their heading. */
export const EXTRA_PREFIX = 'extra:';

/**
 * The heading row of an improvement table among its first rows: the first
 * row naming at least three known columns, one of them the actions column.
 */
export function findPlanHeader(grid: GridCell[][], matcher: HeadingMatcher): PlanTableHeader | null {
  for (let row = 0; row < Math.min(3, grid.length); row++) {
    const keys = grid[row].map((cell) => (cell.origin && cell.text !== '' ? matcher.keyOf(cell.text) : null));
    const known = new Set(keys.filter((key): key is string => key !== null));
    if (known.size >= 3 && known.has('actions')) {
      const withExtras = grid[row].map(
        (cell, col) => keys[col] ?? (cell.origin && cell.text !== '' ? `${EXTRA_PREFIX}${cell.text.replace(/\s+/g, ' ')}` : null),
      );
      return { row, keys: withExtras };
    }
  }
  return null;
}

/** `Từ {current} lên {target}` → a pattern over folded text with two groups. */
function notePattern(template: string): RegExp {
  const escaped = foldLine(template).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('{current}', '(.+?)').replace('{target}', '(.+?)')}$`);
}

/** The level note's three forms, most specific first. */
function notePatterns(note: LevelNote): { pattern: RegExp; hasTarget: boolean; same: boolean }[] {
  return [
    { pattern: notePattern(note.change), hasTarget: true, same: false },
    { pattern: notePattern(note.same), hasTarget: false, same: true },
    { pattern: notePattern(note.current), hasTarget: false, same: false },
  ];
}

/** A level as the workbook writes it: `Mức 2`, `Chưa đạt`; `Đạt` / `Không đạt` for requirements; else as printed. */
function levelCell(text: string, requirement: boolean): string {
  if (requirement) {
    const met = parseMet(text);
    return met === null ? text : met ? 'Đạt' : 'Không đạt';
  }
  const level = parseLevel(text);
  return level?.kind === 'level' ? formatLevel(level.level) : text;
}

/** `1 2 3 4 5 …`: at least four cells counting up from 1. */
function isNumberingRow(filled: string[]): boolean {
  return filled.length >= 4 && filled.every((text, index) => text === String(index + 1));
}

function knownLevel(text: string, requirement: boolean): string | null {
  if (requirement) return parseMet(text) === null ? null : levelCell(text, true);
  return parseLevel(text)?.kind === 'level' ? levelCell(text, false) : null;
}

/**
 * A row whose only text is one wide merged cell (or one cell naming a
 * group): `MỨC 1, 2, 3`, `Tiêu chuẩn 1. …`, `MỨC 4`.
 */
function groupText(row: GridCell[]): string | null {
  const filled = row.map((cell, col) => ({ cell, col })).filter(({ cell }) => cell.origin && cell.text !== '');
  if (filled.length !== 1) return null;
  const { cell, col } = filled[0];
  let span = 1;
  while (col + span < row.length && !row[col + span].origin && !row[col + span].fromAbove) span++;
  const text = cell.text.replace(/\s+/g, ' ');
  if (span >= Math.max(2, row.length / 2)) return text;
  return /^(tieu chuan\s*\d|muc\s*4\b|muc\s*1\s*,)/.test(foldLine(text)) ? text : null;
}

export interface PlanTableInput {
  grid: GridCell[][];
  header: PlanTableHeader;
  framework: Framework;
  /** The table follows a `MỨC 4` heading: its rows are requirements. */
  startsWithRequirements: boolean;
  /** `Bảng 3` in messages. */
  tableLabel: string;
  levelNote: LevelNote | null;
  /** The standard group's note for a standard without rows (printed, not data). */
  ignoredNotes: string[];
}

type Subject = { kind: 'criterion'; code: string } | { kind: 'requirement'; number: number } | { kind: 'nowhere'; reason: string };

/**
 * Where a table left off: the criterion of its last row and whether it was
 * listing Mức 4 requirements. A table that Word split at a page break goes
 * on from here.
 */
export interface PlanTableState {
  subject: Subject | null;
  requirements: boolean;
}

export function readPlanTable(input: PlanTableInput, into: PlanTableResult, from: PlanTableState | null = null): PlanTableState {
  const { grid, header, framework } = input;
  const keys = header.keys;
  for (const key of keys)
    if (key?.startsWith(EXTRA_PREFIX) && !into.extraHeadings.includes(key.slice(EXTRA_PREFIX.length))) into.extraHeadings.push(key.slice(EXTRA_PREFIX.length));
  const criterionCol = keys.indexOf('criterion');
  const ignored = new Set(input.ignoredNotes.map((note) => headingKey(note)));
  const patterns = input.levelNote ? notePatterns(input.levelNote) : [];
  let requirements = from?.requirements ?? (input.startsWithRequirements && framework.requirements !== null);
  let subject: Subject | null = from?.subject ?? null;

  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r];
    const texts = row.map((cell) => (cell.origin ? cell.text : ''));
    const filled = texts.filter((text) => text !== '');
    const where = `${input.tableLabel}, dòng ${r + 1}`;
    // The column-number row under the headings: `(1) (2) … (10)` in Biểu 2, `1 2 3 …` in many Word plans.
    if (filled.length === 0 || filled.every((text) => /^\(\d+\)$/.test(text)) || isNumberingRow(filled)) continue;

    const group = groupText(row);
    if (group !== null) {
      const folded = foldLine(group);
      if (/^muc\s*4\b/.test(folded) && framework.requirements) requirements = true;
      else if (/^muc\s*1\b/.test(folded) || /^tieu chuan\s*\d/.test(folded)) requirements = false;
      else if (!ignored.has(headingKey(group)))
        into.unplaced.push({ where, reason: 'Dòng gộp không phải tên tiêu chuẩn hay mức: không biết xếp vào đâu.', cells: filled });
      subject = null;
      continue;
    }

    // The criterion: its own column, or (Biểu 2) the first line of a text column, `Tiêu chí 1.3: …`.
    let label = '';
    if (criterionCol >= 0) {
      label = texts[criterionCol].replace(/\s*\n\s*/g, ' ');
    } else {
      for (let col = 0; col < texts.length && label === ''; col++) {
        if (keys[col] === 'tt' || texts[col] === '') continue;
        const [first, ...rest] = texts[col].split('\n');
        if (/^(tieu chi|tc)\b/.test(foldLine(first)) && parseCriterionCode(first) !== null) {
          label = first;
          texts[col] = rest.join('\n');
        }
      }
    }

    if (label !== '') {
      subject = subjectOf(label, requirements, framework);
      if (subject.kind === 'nowhere' && /^tieu chuan\s*\d/.test(foldLine(label))) {
        requirements = false;
        subject = null;
        continue;
      }
    } else if (subject === null) {
      subject = { kind: 'nowhere', reason: 'Dòng không ghi tiêu chí và không nằm dưới tiêu chí nào.' };
    }
    if (subject.kind === 'nowhere') {
      into.unplaced.push({ where, reason: subject.reason, cells: filled });
      if (label === '') subject = null;
      continue;
    }

    const values: ImportedRow = new Map();
    keys.forEach((key, col) => {
      if (key === null || key === 'tt' || key === 'criterion' || texts[col] === '') return;
      values.set(key, texts[col]);
    });
    const isRequirement = subject.kind === 'requirement';
    if (patterns.length > 0) takeLevelNote(values, patterns, isRequirement);
    for (const key of ['currentLevel', 'targetLevel']) {
      const text = values.get(key);
      if (text !== undefined) values.set(key, levelCell(text, isRequirement && key === 'currentLevel'));
    }

    if (subject.kind === 'criterion') addRow(into.criteria, subject.code, label, values);
    else addRow(into.requirements, subject.number, label, values);
  }
  return { subject, requirements };
}

/** A criterion met again (a second table, a second block) gets its rows appended under the first ones. */
function addRow<Id>(subjects: Map<Id, SubjectRows>, id: Id, label: string, values: ImportedRow): void {
  const existing = subjects.get(id);
  if (existing) existing.rows.push(values);
  else subjects.set(id, { label, rows: [values] });
}

function subjectOf(label: string, requirements: boolean, framework: Framework): Subject {
  if (requirements && framework.requirements) {
    const number = parseRequirementNumber(label);
    if (number !== null && framework.requirements.items.some((item) => item.number === number)) return { kind: 'requirement', number };
    if (number !== null)
      return { kind: 'nowhere', reason: `Mức 4 chỉ có yêu cầu 1 đến ${framework.requirements.items.length}: "${label}" không có trong ${framework.title}.` };
  }
  const code = parseCriterionCode(label);
  if (code === null) return { kind: 'nowhere', reason: `Không đọc được mã tiêu chí trong ô "${label}" (cần dạng "Tiêu chí 1.1").` };
  if (!findCriterion(framework, code.code)) return { kind: 'nowhere', reason: `Tiêu chí ${code.code} không có trong ${framework.title}.` };
  return { kind: 'criterion', code: code.code };
}

/**
 * `Từ Mức 2 lên Mức 3` / `Duy trì Mức 2` / `Hiện trạng: Đạt` as the first
 * line of the expected result (how this add-on prints the levels): moved to
 * the level columns, unless the table has its own level columns.
 */
function takeLevelNote(values: ImportedRow, patterns: ReturnType<typeof notePatterns>, requirement: boolean): void {
  const text = values.get('expectedResult');
  if (text === undefined || values.has('currentLevel')) return;
  const [first, ...rest] = text.split('\n');
  const folded = foldLine(first);
  for (const { pattern, hasTarget, same } of patterns) {
    const match = pattern.exec(folded);
    if (!match) continue;
    // Only a level the parsers read is moved; anything else stays in the text as printed.
    const current = knownLevel(match[1], requirement);
    const target = hasTarget ? knownLevel(match[2], requirement) : current;
    if (current === null || target === null) return;
    values.set('currentLevel', current);
    if (hasTarget || same) values.set('targetLevel', target);
    if (rest.length > 0) values.set('expectedResult', rest.join('\n'));
    else values.delete('expectedResult');
    return;
  }
}
