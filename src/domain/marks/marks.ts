import type { Issue } from '../validate/issue';
import { parseA1 } from '../workbook/a1';

/**
 * Marks that `Kiểm tra` leaves on cells: a background colour and a note.
 * The add-on remembers which cells it marked and what background they had
 * before, so the next run removes exactly its own marks and gives back the
 * user's own colour; a note the user wrote stays, ours is added after a
 * marker line and removed by it.
 */
export const ERROR_BACKGROUND = '#f4c7c3';
export const WARNING_BACKGROUND = '#fce8b2';
export const DEFAULT_BACKGROUND = '#ffffff';
/** Starts our part of a note; everything from it to the end is ours. */
export const NOTE_MARKER = '⚑ Kiểm tra kế hoạch:';

/** A cell we marked on the previous run, and its background before we marked it. */
export interface PreviousMark {
  cell: string;
  background: string;
}

/** One tab's marks to apply: the grid is edited in memory and written back in one call each. */
export interface SheetMarks {
  sheet: string;
  /** Issues by A1 cell, errors first. */
  issues: Map<string, Issue[]>;
  previous: PreviousMark[];
}

/** Our part of a note removed; the user's part kept as it was. */
export function stripOurNote(note: string): string {
  const at = note.indexOf(NOTE_MARKER);
  if (at < 0) return note;
  return note.slice(0, at).replace(/\n+$/, '');
}

/** The note of a marked cell: the user's note, then ours. */
export function withOurNote(userNote: string, issues: Issue[]): string {
  const lines = issues.map((issue) => `${issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${issue.message}`);
  const ours = `${NOTE_MARKER}\n${lines.join('\n')}`;
  return userNote === '' ? ours : `${userNote}\n\n${ours}`;
}

export function backgroundFor(issues: Issue[]): string {
  return issues.some((issue) => issue.severity === 'error') ? ERROR_BACKGROUND : WARNING_BACKGROUND;
}

/** Groups issues by tab and cell (only addresses that parse). */
export function issuesBySheet(issues: Issue[]): Map<string, Map<string, Issue[]>> {
  const bySheet = new Map<string, Map<string, Issue[]>>();
  for (const issue of issues) {
    if (!parseA1(issue.cell)) continue;
    const cells = bySheet.get(issue.sheet) ?? new Map<string, Issue[]>();
    const list = cells.get(issue.cell) ?? [];
    list.push(issue);
    cells.set(issue.cell, list);
    bySheet.set(issue.sheet, cells);
  }
  return bySheet;
}

/** Result of applying marks to a tab's grids. */
export interface MarkResult {
  backgrounds: string[][];
  notes: string[][];
  /** What to remember for the next run. */
  marked: PreviousMark[];
  cleared: number;
  changed: boolean;
}

/**
 * Applies a run's marks to a tab's backgrounds and notes grids (copies):
 * first the previous run's marks come off, where they are still ours (the
 * user may have recoloured a cell since: then it is theirs and stays),
 * then this run's go on.
 */
export function applyMarks(backgroundsIn: string[][], notesIn: string[][], marks: SheetMarks): MarkResult {
  const backgrounds = backgroundsIn.map((row) => [...row]);
  const notes = notesIn.map((row) => [...row]);
  let cleared = 0;
  let changed = false;
  const at = (cell: string) => {
    const position = parseA1(cell);
    if (!position || position.row >= backgrounds.length || position.col >= (backgrounds[position.row]?.length ?? 0)) return null;
    return position;
  };

  const originalBackground = new Map<string, string>();
  for (const mark of marks.previous) {
    const position = at(mark.cell);
    if (!position) continue;
    const { row, col } = position;
    const current = backgrounds[row][col];
    if (current === ERROR_BACKGROUND || current === WARNING_BACKGROUND) {
      originalBackground.set(mark.cell, mark.background);
      if (!marks.issues.has(mark.cell)) {
        backgrounds[row][col] = mark.background;
        changed = true;
      }
    }
    const stripped = stripOurNote(notes[row][col]);
    if (stripped !== notes[row][col] && !marks.issues.has(mark.cell)) {
      notes[row][col] = stripped;
      changed = true;
    }
    if (!marks.issues.has(mark.cell)) cleared++;
  }

  const marked: PreviousMark[] = [];
  for (const [cell, issues] of marks.issues) {
    const position = at(cell);
    if (!position) continue;
    const { row, col } = position;
    const before = originalBackground.get(cell) ?? backgrounds[row][col];
    const background = backgroundFor(issues);
    const note = withOurNote(stripOurNote(notes[row][col]), issues);
    if (backgrounds[row][col] !== background || notes[row][col] !== note) changed = true;
    backgrounds[row][col] = background;
    notes[row][col] = note;
    marked.push({ cell, background: before });
  }
  return { backgrounds, notes, marked, cleared, changed };
}

/** `G7,H9=#ffff00`: compact, to fit document properties (9 KB a value). */
export function encodeMarks(marks: PreviousMark[]): string {
  return marks
    .map((mark) => (mark.background === DEFAULT_BACKGROUND ? mark.cell : `${mark.cell}=${mark.background}`))
    .join(',');
}

export function decodeMarks(text: string | null): PreviousMark[] {
  if (!text) return [];
  return text
    .split(',')
    .filter((part) => part !== '')
    .map((part) => {
      const [cell, background] = part.split('=');
      return { cell, background: background ?? DEFAULT_BACKGROUND };
    });
}
