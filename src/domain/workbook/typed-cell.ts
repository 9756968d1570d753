import type { Cell } from '../cell';
import { a1 } from './a1';

/**
 * One cell read once into a typed value, with where it sits so a message
 * can name the tab and cell. The reader (read.ts) makes these; validation,
 * summary, follow-up and the document read them and never parse text again.
 *
 * `status`:
 *  - `absent`: the table has no such column (no address: `col` is -1);
 *  - `blank`: nothing written; `value` is what a blank means when it means
 *    something (a blank budget is "no money"), else null;
 *  - `ok`: the text was understood, `value` holds it;
 *  - `unreadable`: written but not understood: `value` is null and `text`
 *    is what the message quotes.
 */
export interface TypedCell<T> {
  status: 'absent' | 'blank' | 'ok' | 'unreadable';
  value: T | null;
  /** The cell as getValues gave it (null when the row is short). */
  raw: Cell;
  /** The cell's text (cellText), as messages quote it. */
  text: string;
  sheet: string;
  /** 0-based row and column. */
  row: number;
  col: number;
}

/** The A1 address of a typed cell: `G7`. */
export function addressOf(cell: TypedCell<unknown>): string {
  return a1(cell.row, cell.col);
}

/** A column the table lacks. Shared by every row: a 100,000-row plan without `Mức độ thực hiện` holds one. */
export const ABSENT_CELL: TypedCell<never> = Object.freeze({ status: 'absent', value: null, raw: null, text: '', sheet: '', row: -1, col: -1 });

/** A cell and its parsed value, with the status the value and text imply. */
export function typedCell<T>(sheet: string, row: number, col: number, raw: Cell, text: string, value: T | null): TypedCell<T> {
  const status = text === '' ? 'blank' : value === null ? 'unreadable' : 'ok';
  return { status, value, raw, text, sheet, row, col };
}
