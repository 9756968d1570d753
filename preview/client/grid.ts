/**
 * One tab drawn as a spreadsheet grid: values as displayed, the add-on's
 * backgrounds and notes, bold headers, the selected cell, and the formula
 * bar above it. The table is rebuilt only when the tab's content changes;
 * moving the selection only moves classes.
 */
import type { GridSheet } from '../protocol';
import { cellName, columnName, type CellPosition } from './cells';
import { byId, el } from './dom';

export type Scroll = 'none' | 'nearest' | 'center';

const MIN_ROWS = 20;
const SPARE_ROWS = 5;

export function cellText(sheet: GridSheet, row: number, col: number): string {
  return sheet.rows[row - 1]?.[col - 1] ?? '';
}

/** A column left at Sheets' default width is sized to its text, as a reader would widen it. */
function autoWidth(sheet: GridSheet, col: number): number {
  const width = sheet.widths[col - 1] ?? 100;
  if (sheet.defaultWidths[col - 1] === false) return width;
  let longest = 0;
  for (const row of sheet.rows.slice(0, 80)) longest = Math.max(longest, (row[col - 1] ?? '').length);
  return Math.max(56, Math.min(260, Math.round(longest * 6.6) + 14));
}

export class GridView {
  readonly host = byId('grid-wrap');
  readonly formula = byId<HTMLInputElement>('formula');
  private renderedKey = '';
  private renderedSize = { rows: 0, cols: 0 };

  /** Draws `sheet` (null: the workbook has no tab) with `selected` selected. */
  show(sheet: GridSheet | null, selected: CellPosition, scroll: Scroll): void {
    if (!sheet) {
      this.renderedKey = '';
      this.host.replaceChildren(el('p', 'empty', 'Bảng tính không có trang nào.'));
      return;
    }
    const rows = Math.max(sheet.rows.length + SPARE_ROWS, selected.row + 1, MIN_ROWS);
    const cols = Math.max(sheet.rows[0]?.length ?? 0, selected.col, 1) + 1;
    const key = JSON.stringify([sheet.name, sheet.rows, sheet.backgrounds, sheet.notes, sheet.bold, sheet.widths, sheet.frozenRows]);
    if (key !== this.renderedKey || rows > this.renderedSize.rows || cols > this.renderedSize.cols) {
      this.renderedKey = key;
      this.renderedSize = { rows, cols };
      this.buildTable(sheet, rows, cols);
    }
    this.select(sheet, selected, scroll);
  }

  /** The next show() rebuilds the table (an editor replaced a cell's content). */
  invalidate(): void {
    this.renderedKey = '';
  }

  cellAt(position: CellPosition): HTMLElement | null {
    return this.host.querySelector<HTMLElement>(`td[data-a1="${cellName(position.row, position.col)}"]`);
  }

  /** The formula bar and the note line for the selected cell. */
  showFormulaBar(sheet: GridSheet | null, selected: CellPosition): void {
    const address = cellName(selected.row, selected.col);
    byId('cell-name').textContent = address;
    if (document.activeElement !== this.formula) this.formula.value = sheet ? cellText(sheet, selected.row, selected.col) : '';
    const note = sheet?.notes[address];
    const noteLine = byId('cell-note');
    noteLine.hidden = !note;
    noteLine.textContent = note ? `Ghi chú ${address}: ${note}` : '';
  }

  private buildTable(sheet: GridSheet, rows: number, cols: number): void {
    const { scrollTop, scrollLeft } = this.host;
    const table = el('table', 'grid');
    table.setAttribute('aria-label', `Trang ${sheet.name}`);
    const colgroup = el('colgroup');
    const corner = el('col');
    corner.style.width = '40px';
    colgroup.append(corner);
    for (let c = 1; c <= cols; c++) {
      const col = el('col');
      col.style.width = `${autoWidth(sheet, c)}px`;
      colgroup.append(col);
    }
    table.append(colgroup);
    const head = el('thead');
    const headRow = el('tr');
    headRow.append(el('th', 'corner'));
    for (let c = 1; c <= cols; c++) {
      const th = el('th', 'col-head', columnName(c));
      th.scope = 'col';
      th.dataset.col = String(c);
      headRow.append(th);
    }
    head.append(headRow);
    table.append(head);
    const body = el('tbody');
    for (let r = 1; r <= rows; r++) body.append(this.buildRow(sheet, r, cols));
    table.append(body);
    this.host.replaceChildren(table);
    this.host.scrollTop = scrollTop;
    this.host.scrollLeft = scrollLeft;
  }

  private buildRow(sheet: GridSheet, r: number, cols: number): HTMLTableRowElement {
    const tr = el('tr');
    if (r <= sheet.frozenRows) tr.className = 'frozen';
    const th = el('th', 'row-head', String(r));
    th.scope = 'row';
    th.dataset.row = String(r);
    tr.append(th);
    for (let c = 1; c <= cols; c++) {
      const address = cellName(r, c);
      const td = el('td');
      td.dataset.a1 = address;
      td.append(el('div', 'c', cellText(sheet, r, c)));
      const background = sheet.backgrounds[address];
      if (background) td.style.background = background;
      if (sheet.bold[address]) td.classList.add('b');
      const note = sheet.notes[address];
      if (note) {
        td.classList.add('note');
        td.title = note;
      }
      tr.append(td);
    }
    return tr;
  }

  private select(sheet: GridSheet, selected: CellPosition, scroll: Scroll): void {
    for (const old of Array.from(this.host.querySelectorAll('.sel, .on'))) {
      old.classList.remove('sel', 'on');
      old.removeAttribute('aria-selected');
    }
    const td = this.cellAt(selected);
    if (td) {
      td.classList.add('sel');
      td.setAttribute('aria-selected', 'true');
    }
    this.host.querySelector(`th[data-col="${selected.col}"]`)?.classList.add('on');
    this.host.querySelector(`th[data-row="${selected.row}"]`)?.classList.add('on');
    this.showFormulaBar(sheet, selected);
    if (td && scroll !== 'none') td.scrollIntoView({ block: scroll, inline: scroll });
  }
}
