import type { Issue } from '../validate/issue';
import { parseA1 } from '../workbook/a1';

/**
 * Marks that `Kiểm tra` leaves on cells: a background colour and a note.
 *
 * The note is the mark's anchor. Sheets moves a note with its cell when the
 * user inserts, deletes or sorts rows and columns, so a cell is recognised
 * as marked by our note wherever it has gone, never by a remembered
 * address (an address goes stale as soon as a row is inserted above it).
 * The user's own colour travels in the same note, on one line, when it was
 * not plain white; so a fixed cell always gets its own colour back, and the
 * add-on's own colours are never taken for the user's.
 *
 * A note the user wrote stays: ours is added after a marker line, and
 * everything from the marker to the end is ours.
 */
export const ERROR_BACKGROUND = '#f4c7c3';
export const WARNING_BACKGROUND = '#fce8b2';
export const DEFAULT_BACKGROUND = '#ffffff';
/** Starts our part of a note; everything from it to the end is ours. */
export const NOTE_MARKER = '⚑ Kiểm tra kế hoạch:';
/** Our note's last line when the user had coloured the cell: the colour to give back. */
const OWN_COLOUR_LINE = 'Màu nền riêng của ô (sẽ được trả lại khi sửa xong): ';
const OWN_COLOUR = new RegExp(`${OWN_COLOUR_LINE.replace(/[()]/g, '\\$&')}(#[0-9a-f]{6})`, 'i');

/** Our part of a note removed; the user's part kept as it was. */
export function stripOurNote(note: string): string {
  const at = note.indexOf(NOTE_MARKER);
  if (at < 0) return note;
  return note.slice(0, at).replace(/\n+$/, '');
}

/** The note of a marked cell: the user's note, then ours, then the user's own colour if it was not white. */
export function withOurNote(userNote: string, issues: Issue[], ownBackground: string = DEFAULT_BACKGROUND): string {
  const lines = issues.map((issue) => `${issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${issue.message}`);
  if (ownBackground.toLowerCase() !== DEFAULT_BACKGROUND) lines.push(`${OWN_COLOUR_LINE}${ownBackground}`);
  const ours = `${NOTE_MARKER}\n${lines.join('\n')}`;
  return userNote === '' ? ours : `${userNote}\n\n${ours}`;
}

export function backgroundFor(issues: Issue[]): string {
  return issues.some((issue) => issue.severity === 'error') ? ERROR_BACKGROUND : WARNING_BACKGROUND;
}

/** One of the colours the add-on paints with. */
export function isOurBackground(background: string): boolean {
  const colour = background.toLowerCase();
  return colour === ERROR_BACKGROUND || colour === WARNING_BACKGROUND;
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

/** The rows and columns (0-based, inclusive) that changed: the only block worth writing back. */
export interface ChangedBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Result of marking one tab's grids. */
export interface MarkResult {
  backgrounds: string[][];
  notes: string[][];
  /** Cells marked by this run. */
  marked: number;
  /** Marks of an earlier run taken off because their issue is gone. */
  cleared: number;
  /** Null when nothing changed. */
  changed: ChangedBlock | null;
}

/** A cell that carries our note: where it is now, and what was the user's before we marked it. */
interface FoundMark {
  row: number;
  col: number;
  userNote: string;
  ownBackground: string;
}

const key = (row: number, col: number) => `${row},${col}`;

/** Every cell carrying our note, wherever rows and columns have moved it. */
function findMarks(notes: string[][]): Map<string, FoundMark> {
  const found = new Map<string, FoundMark>();
  notes.forEach((line, row) =>
    line.forEach((note, col) => {
      if (!note.includes(NOTE_MARKER)) return;
      const own = OWN_COLOUR.exec(note.slice(note.indexOf(NOTE_MARKER)));
      found.set(key(row, col), { row, col, userNote: stripOurNote(note), ownBackground: own ? own[1].toLowerCase() : DEFAULT_BACKGROUND });
    }),
  );
  return found;
}

/**
 * Cells in our colour but without our note, touching a mark (or touching
 * such a cell): rows and columns inserted next to a marked cell take its
 * formatting, our colour included. Each is given the colour of the mark it
 * was copied from, so it can be painted back.
 */
function copiedColours(backgrounds: string[][], notes: string[][], marks: Map<string, FoundMark>): Map<string, string> {
  const copies = new Map<string, string>();
  const queue = [...marks.values()].map((mark) => ({ row: mark.row, col: mark.col, ownBackground: mark.ownBackground }));
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const [dr, dc] of [
      [-1, 0],
      [1, 0],
      [0, -1],
      [0, 1],
    ]) {
      const row = from.row + dr;
      const col = from.col + dc;
      const id = key(row, col);
      const background = backgrounds[row]?.[col];
      if (background === undefined || marks.has(id) || copies.has(id)) continue;
      if (!isOurBackground(background) || notes[row][col].includes(NOTE_MARKER)) continue;
      copies.set(id, from.ownBackground);
      queue.push({ row, col, ownBackground: from.ownBackground });
    }
  }
  return copies;
}

/**
 * Marks one tab. `backgroundsIn` and `notesIn` are the tab's whole grids
 * from A1; `issues` are this run's issues by A1 cell. Earlier marks whose
 * issue is gone come off (the user's note and colour back), this run's go
 * on. A cell the user recoloured while it was marked keeps the user's
 * colour. Returns edited copies.
 */
export function applyMarks(backgroundsIn: string[][], notesIn: string[][], issues: Map<string, Issue[]>): MarkResult {
  const backgrounds = backgroundsIn.map((row) => [...row]);
  const notes = notesIn.map((row) => [...row]);
  const earlier = findMarks(notes);
  const copies = copiedColours(backgrounds, notes, earlier);
  let changed: ChangedBlock | null = null;
  const set = (row: number, col: number, background: string, note: string) => {
    if (backgrounds[row][col] === background && notes[row][col] === note) return;
    backgrounds[row][col] = background;
    notes[row][col] = note;
    changed = changed
      ? { top: Math.min(changed.top, row), left: Math.min(changed.left, col), bottom: Math.max(changed.bottom, row), right: Math.max(changed.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  };

  const toMark = new Map<string, Issue[]>();
  for (const [cell, cellIssues] of issues) {
    const position = parseA1(cell);
    if (position && position.row < backgrounds.length && position.col < (backgrounds[position.row]?.length ?? 0)) {
      toMark.set(key(position.row, position.col), cellIssues);
    }
  }

  let cleared = 0;
  for (const [id, mark] of earlier) {
    if (toMark.has(id)) continue;
    const current = backgrounds[mark.row][mark.col];
    set(mark.row, mark.col, isOurBackground(current) ? mark.ownBackground : current, mark.userNote);
    cleared++;
  }
  for (const [id, ownBackground] of copies) {
    if (toMark.has(id)) continue;
    const [row, col] = id.split(',').map(Number);
    set(row, col, ownBackground, notes[row][col]);
  }

  for (const [id, cellIssues] of toMark) {
    const [row, col] = id.split(',').map(Number);
    const current = backgrounds[row][col];
    const mark = earlier.get(id);
    // Our colour is never the user's: under it lies the colour remembered in our note, or the one copied with it.
    const ownBackground = !isOurBackground(current) ? current : (mark?.ownBackground ?? copies.get(id) ?? DEFAULT_BACKGROUND);
    const userNote = mark ? mark.userNote : notes[row][col];
    set(row, col, backgroundFor(cellIssues), withOurNote(userNote, cellIssues, ownBackground));
  }
  return { backgrounds, notes, marked: toMark.size, cleared, changed };
}
