import type { Cell } from '../cell';
import { foldLine } from './fold';
import type { LevelValue } from './types';

/*
 * Levels in the `Mức hiện tại` column.
 *
 * parseLevel (standard tabs), whole cell, after folding (lower case, no accents):
 *   `Mức 2`  `mức 2`  `Mức2`  `Mức: 2`  `Mức II` (I–IV)  `2`  the number 2
 *   `Đạt mức 2`  `Đạt Mức 3`  `M2`  `Mức 1 (đạt)`        → { kind: 'level', level: N } (any N 0–9)
 *   `Chưa đạt`  `Không đạt`  `Chưa đạt mức 1`  `Không đạt Mức 1`  `0`  `Mức 0`
 *                                                     → { kind: 'level', level: 0 }
 *   `Đạt` / `Đã đạt` alone                            → { kind: 'met', met: true }
 *     (it names no level: the validator asks which one).
 * Null: blank, `Chưa đạt mức 2` (it does not say whether Mức 1 is reached),
 *   `Mức độ 2` (that is a chuẩn quốc gia degree, not a level), `Mức 2, 3`,
 *   `10`, `1.5`, booleans, dates.
 *
 * parseMet (the `Mức 4` tab, met / not met):
 *   true:  `Đạt`  `Đã đạt`  `Đạt mức 4`  `Có`  `x`  `✓`  TRUE (a checkbox)
 *   false: `Không đạt`  `Chưa đạt`  `Chưa đạt mức 4`  `Không`  `Chưa`  `Không có`  FALSE
 *   null:  blank and anything else.
 */

/** Optional `Đạt`, then `Mức`, optional `:`, then one digit or a Roman numeral I–IV. */
const LEVEL_RE = /^(?:dat\s*)?muc\s*:?\s*(\d|iv|iii|ii|i)$/;

/** One digit alone: `2`. */
const DIGIT_RE = /^(\d)$/;

/** `Chưa đạt` / `Không đạt`, optionally `mức 1` (or `mức I`): below Mức 1. */
const BELOW_LEVEL_1_RE = /^(?:chua|khong)\s*dat(?:\s*muc\s*:?\s*(?:1|i))?$/;

/** `Đạt` / `Đã đạt` alone. */
const MET_ONLY_RE = /^(?:da\s*)?dat$/;

/** Met on the `Mức 4` tab. */
const MET_RE = /^(?:(?:da\s*)?dat(?:\s*muc\s*:?\s*(?:4|iv))?|co|x|true|[✓✔☑])$/;

/** Not met on the `Mức 4` tab. */
const NOT_MET_RE = /^(?:(?:chua|khong)(?:\s*dat(?:\s*muc\s*:?\s*(?:4|iv))?|\s*co)?|false)$/;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The level a cell states; see the table above. */
export function parseLevel(cell: Cell): LevelValue | null {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 0 && cell <= 9 ? { kind: 'level', level: cell } : null;
  }
  if (typeof cell !== 'string') return null;
  const text = levelText(cell);

  const levelMatch = LEVEL_RE.exec(text) ?? DIGIT_RE.exec(text);
  if (levelMatch) return { kind: 'level', level: ROMAN[levelMatch[1]] ?? Number(levelMatch[1]) };
  if (BELOW_LEVEL_1_RE.test(text)) return { kind: 'level', level: 0 };
  if (MET_ONLY_RE.test(text)) return { kind: 'met', met: true };
  return null;
}

/** Met / not met on the `Mức 4` tab; see the table above. */
export function parseMet(cell: Cell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell !== 'string') return null;
  const text = levelText(cell);
  if (MET_RE.test(text)) return true;
  if (NOT_MET_RE.test(text)) return false;
  return null;
}

/** `Chưa đạt` for 0, `Mức N` otherwise: the values the level dropdown offers. */
export function formatLevel(level: number): string {
  return level === 0 ? 'Chưa đạt' : `Mức ${level}`;
}

/**
 * Folded text without a trailing full stop (`Mức 2.`) or a remark in
 * brackets (`Mức 1 (đạt)`), with `M2` read as `Mức 2`.
 */
function levelText(text: string): string {
  return foldLine(text)
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/\s*\.$/, '')
    .replace(/^m\s*(?=\d$)/, 'muc ');
}
