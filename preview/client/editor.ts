/**
 * Typing into one cell of the grid, as in Sheets: an input over the cell;
 * Enter saves and moves down, Tab right (Shift+Tab left), Escape cancels,
 * leaving the cell saves. The page decides what saving means.
 */
import { el } from './dom';

export interface EditTarget {
  sheet: string;
  row: number;
  col: number;
}

export interface EditEnd {
  target: EditTarget;
  /** The text typed, or null when the edit was cancelled. */
  value: string | null;
  /** Where the selection goes next, relative to the edited cell. */
  move: { dr: number; dc: number };
}

export class CellEditor {
  private current: { target: EditTarget; input: HTMLInputElement } | null = null;

  constructor(private readonly onEnd: (end: EditEnd) => void) {}

  isEditing(): boolean {
    return this.current !== null;
  }

  /** Replaces the cell's content with an input holding `text`, focused, caret at the end. */
  start(td: HTMLElement, target: EditTarget, text: string, label: string): void {
    if (this.current) return;
    const input = el('input', 'editor');
    input.value = text;
    input.setAttribute('aria-label', label);
    td.replaceChildren(input);
    td.classList.add('editing');
    this.current = { target, input };
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.finish(input, true, { dr: 1, dc: 0 });
      } else if (event.key === 'Tab') {
        event.preventDefault();
        this.finish(input, true, { dr: 0, dc: event.shiftKey ? -1 : 1 });
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.finish(input, false, { dr: 0, dc: 0 });
      }
      // The grid's own keys (arrows, Delete) must not act while typing.
      event.stopPropagation();
    });
    input.addEventListener('blur', () => this.finish(input, true, { dr: 0, dc: 0 }));
  }

  private finish(input: HTMLInputElement, save: boolean, move: { dr: number; dc: number }): void {
    // Enter then blur both end the same edit: only the first counts.
    if (!this.current || this.current.input !== input) return;
    const { target } = this.current;
    this.current = null;
    this.onEnd({ target, value: save ? input.value : null, move });
  }
}
