/**
 * The levels a plan states. Two sources, both read by the mapper:
 *  - sentences of the self-assessment summary, as NĐ30 plans write them:
 *    `Mức 2: … đạt 26/27 …; tiêu chí không đạt: 1 (tiêu chí 3.4);` or
 *    `Mức 4: đạt 2/5`. A criterion's level follows when every level up to
 *    it is complete (all met, or the criteria not met are listed);
 *  - a results table, one row a criterion, with a mark per level
 *    (`x`, `Đạt`, `✓`) or one column stating the level (`Mức 2`).
 * Whatever the document does not settle stays unknown: the mapper leaves
 * the cell blank and lists it.
 */
import { allCriteria, type Framework } from '../frameworks/types';
import { parseCriterionCode, parseRequirementNumber } from '../parse/criterion-code';
import { foldLine } from '../parse/fold';
import { parseLevel } from '../parse/level';
import type { GridCell } from './content';

/** What one summary sentence says about one level. */
export interface LevelSentence {
  level: number;
  met: number | null;
  total: number | null;
  /** Codes (criteria, or requirement numbers) listed as not met; null when not listed. */
  notMet: string[] | null;
}

const SENTENCE_RE = /^[-–+•*]?\s*muc\s*(\d)\s*:(.*)$/;
/** The same figure written the other way round, as a plan's prose may put it: `Số tiêu chí đạt Mức 1: 15/15`, `13/15 tiêu chí đạt Mức 1`. */
const NAMED_FIGURE_RE = /(?:tieu chi|yeu cau)\s+dat\s+muc\s*(\d)\s*:?\s*(\d+)\s*\/\s*(\d+)/g;
const COUNTED_FIGURE_RE = /(\d+)\s*\/\s*(\d+)\s+(?:tieu chi|yeu cau)\s+dat\s+muc\s*(\d)\b/g;

/** Every `Số tiêu chí đạt Mức 1: 15/15` and `13/15 tiêu chí đạt Mức 1` of a line (one line may state both levels). */
function figuresFirst(folded: string): LevelSentence[] {
  return [
    ...[...folded.matchAll(NAMED_FIGURE_RE)].map((match) => settledByFigure(Number(match[1]), Number(match[2]), Number(match[3]))),
    ...[...folded.matchAll(COUNTED_FIGURE_RE)].map((match) => settledByFigure(Number(match[3]), Number(match[1]), Number(match[2]))),
  ];
}

/** A figure alone settles a level only when all are met (`27/27`): then no criterion is below it. */
function settledByFigure(level: number, met: number, total: number): LevelSentence {
  return { level, met, total, notMet: met === total ? [] : null };
}

/** The level sentences among the document's lines (first one per level wins). */
export function readLevelSentences(lines: string[]): Map<number, LevelSentence> {
  const sentences = new Map<number, LevelSentence>();
  for (const line of lines) {
    const folded = foldLine(line);
    const match = SENTENCE_RE.exec(folded);
    if (!match) {
      for (const sentence of figuresFirst(folded)) if (!sentences.has(sentence.level)) sentences.set(sentence.level, sentence);
      continue;
    }
    const level = Number(match[1]);
    const rest = match[2];
    const ratio = /\bdat\s*:?\s*(\d+)\s*\/\s*(\d+)/.exec(rest);
    const listed = /khong dat\s*:?\s*(\d+)\s*(?:\(\s*(?:tieu chi|yeu cau)\s*([^)]*)\))?/.exec(rest);
    if (!ratio && !listed) continue;
    let notMet: string[] | null = null;
    if (listed) {
      const count = Number(listed[1]);
      if (count === 0) notMet = [];
      else if (listed[2] !== undefined)
        notMet = listed[2]
          .split(/[,;]|\s+va\s+/)
          .map(listedCode)
          .filter((code) => code !== '');
    }
    if (ratio && notMet === null && ratio[1] === ratio[2]) notMet = [];
    if (!sentences.has(level)) {
      sentences.set(level, { level, met: ratio ? Number(ratio[1]) : null, total: ratio ? Number(ratio[2]) : null, notMet });
    }
  }
  return sentences;
}

/** `1.4`, `TC 1.4`, `01.04` → `1.4`; a requirement `3` stays `3`. */
function listedCode(item: string): string {
  const text = item.trim();
  return parseCriterionCode(text)?.code ?? String(parseRequirementNumber(text) ?? text);
}

/**
 * A criterion's level from the sentences: the highest level reached with
 * every level below it settled; null when a needed level is not settled.
 */
export function levelFromSentences(code: string, maxLevel: number, sentences: Map<number, LevelSentence>): number | null {
  let reached = 0;
  for (let level = 1; level <= maxLevel; level++) {
    const sentence = sentences.get(level);
    // `đạt 0/27`: no criterion reached this level, so each one stops below it.
    if (sentence?.met === 0) return reached;
    if (!sentence || sentence.notMet === null) return null;
    if (sentence.notMet.includes(code)) return reached;
    reached = level;
  }
  return reached;
}

/**
 * The level a criterion reaches at least, when its exact level is not
 * settled: every level whose sentence says all criteria are met
 * (`Mức 1: đạt 27/27`), or lists the ones that are not, counts up to the
 * first level the sentences leave open. 0 when even Mức 1 is open.
 */
export function minimumFromSentences(code: string, maxLevel: number, sentences: Map<number, LevelSentence>): number {
  let reached = 0;
  for (let level = 1; level <= maxLevel; level++) {
    const sentence = sentences.get(level);
    if (!sentence || sentence.notMet === null || sentence.notMet.includes(code)) return reached;
    reached = level;
  }
  return reached;
}

/**
 * What the sentences state but cannot place, in Vietnamese: a figure with
 * no list (`Mức 2: đạt 25/27`, `Mức 4: đạt 2/5`) says how many, not which.
 * `requirementLevel` is the level whose sentence counts requirements (TT17 Mức 4).
 */
export function unplacedFigures(sentences: Map<number, LevelSentence>, requirementLevel: number | null): string[] {
  const notes: string[] = [];
  for (const sentence of [...sentences.values()].sort((a, b) => a.level - b.level)) {
    if (sentence.notMet !== null || sentence.met === null || sentence.total === null || sentence.met === 0) continue;
    const what = sentence.level === requirementLevel ? 'yêu cầu' : 'tiêu chí';
    notes.push(
      `Mức ${sentence.level}: văn bản ghi đạt ${sentence.met}/${sentence.total} ${what} nhưng không nêu ${what} nào chưa đạt, nên chưa biết ${what} nào đạt Mức ${sentence.level}.`,
    );
  }
  return notes;
}

/** A requirement (TT17 Mức 4) met or not from its level's sentence; null when not settled. */
export function requirementFromSentences(number: number, sentence: LevelSentence | undefined): boolean | null {
  if (!sentence) return null;
  if (sentence.notMet !== null) return !sentence.notMet.includes(String(number));
  if (sentence.met === 0) return false;
  return null;
}

/** A mark meaning "met" in a results table: anything but blank, `-`, `0`, `không`, `chưa đạt`. */
function isMark(text: string): boolean {
  const folded = foldLine(text);
  return folded !== '' && !/^(?:-|0|khong|khong dat|chua dat|chua)$/.test(folded);
}

/**
 * A results table: a heading row with at least two `Mức N` cells (or a
 * `Mức đạt được` cell) and rows whose first cells hold criterion codes.
 * Returns criterion code → level, or null when the table is not one.
 */
export function readResultsTable(grid: GridCell[][], framework: Framework): Map<string, number> | null {
  for (let headerRow = 0; headerRow < Math.min(3, grid.length); headerRow++) {
    const headings = grid[headerRow].map((cell) => foldLine(cell.text));
    const levelCols = new Map<number, number>();
    headings.forEach((heading, col) => {
      const match = /^muc\s*(\d)$/.exec(heading);
      if (match) levelCols.set(Number(match[1]), col);
    });
    const statedCol = headings.findIndex((heading) => /^(muc dat duoc|muc hien tai|ket qua tu danh gia|muc dat)$/.test(heading));
    if (levelCols.size < 2 && statedCol < 0) continue;

    const levels = new Map<string, number>();
    for (const row of grid.slice(headerRow + 1)) {
      const codeCell = row.find((cell, col) => col !== statedCol && !levelColsHas(levelCols, col) && parseCriterionCode(cell.text.split('\n')[0]) !== null);
      const code = codeCell ? parseCriterionCode(codeCell.text.split('\n')[0])?.code : undefined;
      const criterion = code ? allCriteria(framework).find((candidate) => candidate.code === code) : undefined;
      if (!criterion) continue;
      if (statedCol >= 0) {
        const stated = parseLevel(row[statedCol]?.text ?? '');
        if (stated?.kind === 'level') levels.set(criterion.code, Math.min(stated.level, criterion.maxLevel));
        continue;
      }
      let reached = 0;
      for (let level = 1; level <= criterion.maxLevel; level++) {
        const col = levelCols.get(level);
        if (col === undefined || !isMark(row[col]?.text ?? '')) break;
        reached = level;
      }
      levels.set(criterion.code, reached);
    }
    return levels.size > 0 ? levels : null;
  }
  return null;
}

function levelColsHas(levelCols: Map<number, number>, col: number): boolean {
  for (const value of levelCols.values()) if (value === col) return true;
  return false;
}
