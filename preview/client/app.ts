/**
 * The preview page: the emulated workbook as a grid (tabs, values, the
 * add-on's backgrounds and notes, the selected cell), the real sidebar in
 * an iframe, the add-on menu, and the generated document. Every string
 * from the workbook is put in as text, never as markup.
 */
import type { CallRecord, GridSheet, Notice, PreviewState } from '../protocol';

// ------------------------------------------------------------ helpers

function $(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

function parseA1(text: string): { row: number; col: number } | null {
  const match = /^([A-Z]+)(\d+)/.exec(text);
  if (!match) return null;
  const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), col };
}

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
}

// ------------------------------------------------------------ state

let state: PreviewState | null = null;
let viewSheet: string | null = null;
let selected = { row: 1, col: 1 };
let lastServerSelection = '';
let editing: { sheet: string; row: number; col: number; input: HTMLInputElement } | null = null;
let pendingRender = false;
let firstSidebarCount: number | null = null;
let seenNotice = -1;
let view: 'sheet' | 'doc' = 'sheet';
let docVersion = -1;

const grid = $('grid-wrap');
const formula = $('formula') as HTMLInputElement;

function currentSheet(): GridSheet | null {
  if (!state) return null;
  return state.sheets.find((s) => s.name === viewSheet) ?? state.sheets[0] ?? null;
}

function cellText(sheet: GridSheet, row: number, col: number): string {
  return sheet.rows[row - 1]?.[col - 1] ?? '';
}

// ------------------------------------------------------------ rendering

function autoWidth(sheet: GridSheet, col: number): number {
  const width = sheet.widths[col - 1] ?? 100;
  if (sheet.defaultWidths[col - 1] === false) return width;
  let longest = 0;
  for (const row of sheet.rows.slice(0, 80)) longest = Math.max(longest, (row[col - 1] ?? '').length);
  return Math.max(56, Math.min(260, Math.round(longest * 6.6) + 14));
}

function renderTabs(): void {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const sheet of state?.sheets ?? []) {
    const tab = el('button', 'tab', sheet.name);
    tab.type = 'button';
    const marks = Object.keys(sheet.backgrounds).length;
    if (sheet.name === currentSheet()?.name) tab.setAttribute('aria-current', 'page');
    if (marks && Object.keys(sheet.notes).length) tab.append(el('span', 'tab-dot'));
    tab.addEventListener('click', () => {
      viewSheet = sheet.name;
      void post('/api/select', { sheet: sheet.name });
      render();
      grid.focus();
    });
    tabs.append(tab);
  }
}

let renderedKey = '';
let renderedSize = { rows: 0, cols: 0 };

/** Rebuilds the table only when the sheet's content changed; a new selection only moves classes. */
function renderGrid(scroll: 'none' | 'nearest' | 'center'): void {
  const sheet = currentSheet();
  if (!sheet) {
    renderedKey = '';
    grid.replaceChildren(el('p', 'empty', 'Bảng tính không có trang nào.'));
    return;
  }
  const rows = Math.max(sheet.rows.length + 5, selected.row + 1, 20);
  const cols = Math.max(sheet.rows[0]?.length ?? 0, selected.col, 1) + 1;
  const key = JSON.stringify([sheet.name, sheet.rows, sheet.backgrounds, sheet.notes, sheet.bold, sheet.widths, sheet.frozenRows]);
  if (key !== renderedKey || rows > renderedSize.rows || cols > renderedSize.cols) {
    renderedKey = key;
    renderedSize = { rows, cols };
    buildTable(sheet, rows, cols);
  }
  updateSelection(scroll);
}

function buildTable(sheet: GridSheet, rows: number, cols: number): void {
  const scrollTop = grid.scrollTop;
  const scrollLeft = grid.scrollLeft;
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
    const th = el('th', 'col-head', columnLetters(c));
    th.scope = 'col';
    th.dataset.col = String(c);
    headRow.append(th);
  }
  head.append(headRow);
  table.append(head);
  const body = el('tbody');
  for (let r = 1; r <= rows; r++) {
    const tr = el('tr');
    if (r <= sheet.frozenRows) tr.className = 'frozen';
    const th = el('th', 'row-head', String(r));
    th.scope = 'row';
    th.dataset.row = String(r);
    tr.append(th);
    for (let c = 1; c <= cols; c++) {
      const address = a1(r, c);
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
    body.append(tr);
  }
  table.append(body);
  grid.replaceChildren(table);
  grid.scrollTop = scrollTop;
  grid.scrollLeft = scrollLeft;
}

function updateSelection(scroll: 'none' | 'nearest' | 'center'): void {
  for (const old of Array.from(grid.querySelectorAll('.sel, .on'))) {
    old.classList.remove('sel', 'on');
    old.removeAttribute('aria-selected');
  }
  const td = grid.querySelector<HTMLElement>(`td[data-a1="${a1(selected.row, selected.col)}"]`);
  if (td) {
    td.classList.add('sel');
    td.setAttribute('aria-selected', 'true');
  }
  grid.querySelector(`th[data-col="${selected.col}"]`)?.classList.add('on');
  grid.querySelector(`th[data-row="${selected.row}"]`)?.classList.add('on');
  renderFormulaBar();
  if (td && scroll !== 'none') td.scrollIntoView({ block: scroll, inline: scroll });
}

function renderFormulaBar(): void {
  const sheet = currentSheet();
  const address = a1(selected.row, selected.col);
  $('cell-name').textContent = address;
  if (document.activeElement !== formula) formula.value = sheet ? cellText(sheet, selected.row, selected.col) : '';
  const note = sheet?.notes[address];
  const noteLine = $('cell-note');
  noteLine.hidden = !note;
  noteLine.textContent = note ? `Ghi chú ${address}: ${note}` : '';
}

function renderMenu(): void {
  const list = $('menu-list');
  list.replaceChildren();
  for (const item of state?.menu ?? []) {
    const li = el('li');
    li.setAttribute('role', 'none');
    const button = el('button', 'menu-item', item.caption);
    button.type = 'button';
    button.setAttribute('role', 'menuitem');
    button.addEventListener('click', () => {
      closeMenu();
      void post('/api/run', { name: item.functionName, args: [] });
    });
    li.append(button);
    list.append(li);
  }
}

function renderCalls(): void {
  const list = $('calls');
  list.replaceChildren();
  const calls: CallRecord[] = (state?.calls ?? []).slice(-6).reverse();
  for (const call of calls) {
    const li = el('li', call.ok ? 'call' : 'call failed');
    li.append(el('strong', undefined, call.name), ` ${call.ms} ms · ${call.serviceCalls} lệnh gọi dịch vụ`);
    if (call.failure) li.title = call.failure;
    list.append(li);
  }
  if (calls.length === 0) list.append(el('li', 'call none', 'chưa có'));
}

function showNotices(notices: Notice[]): void {
  const host = $('notices');
  for (const notice of notices) {
    if (notice.id <= seenNotice) continue;
    seenNotice = notice.id;
    const box = el('div', `notice ${notice.kind}`);
    box.setAttribute('role', notice.kind === 'alert' ? 'alertdialog' : 'status');
    box.append(el('strong', undefined, notice.title), el('p', undefined, notice.text));
    const close = el('button', 'notice-close', 'Đóng');
    close.type = 'button';
    close.addEventListener('click', () => box.remove());
    box.append(close);
    host.append(box);
    if (notice.kind === 'toast') setTimeout(() => box.remove(), 8000);
  }
}

function renderDoc(): void {
  if (!state) return;
  $('doc-reason').textContent = state.document.reason;
  if (view === 'doc' && docVersion !== state.version) {
    docVersion = state.version;
    ($('doc-frame') as HTMLIFrameElement).src = `/document?v=${state.version}`;
  }
}

function render(scroll: 'none' | 'nearest' | 'center' = 'none'): void {
  if (!state) return;
  if (editing) {
    pendingRender = true;
    return;
  }
  $('title').textContent = state.spreadsheetName;
  $('sidebar-title').textContent = state.sidebarTitle;
  $('file').textContent = state.file;
  renderTabs();
  renderGrid(scroll);
  renderMenu();
  renderCalls();
  renderDoc();
  document.body.dataset.version = String(state.version);
}

// ------------------------------------------------------------ refresh

let fetching = false;
let again = false;

async function refresh(): Promise<void> {
  if (fetching) {
    again = true;
    return;
  }
  fetching = true;
  try {
    const next = (await (await fetch('/api/state')).json()) as PreviewState;
    const first = state === null;
    state = next;
    if (first) seenNotice = Math.max(-1, ...next.notices.map((n) => n.id));
    const serverSelection = `${next.selection.sheet}!${next.selection.a1}`;
    let scroll: 'none' | 'center' = 'none';
    if (serverSelection !== lastServerSelection) {
      lastServerSelection = serverSelection;
      if (next.selection.sheet) viewSheet = next.selection.sheet;
      const cell = parseA1(next.selection.a1);
      if (cell) selected = cell;
      scroll = 'center';
    }
    if (firstSidebarCount === null) firstSidebarCount = next.sidebarShown;
    else if (next.sidebarShown > firstSidebarCount) {
      firstSidebarCount = next.sidebarShown;
      ($('sidebar-frame') as HTMLIFrameElement).src = '/sidebar';
    }
    render(scroll);
    showNotices(next.notices);
    $('offline').hidden = true;
  } catch {
    // The server stopped: keep the last picture, and say so.
    $('offline').hidden = false;
  } finally {
    fetching = false;
    if (again) {
      again = false;
      void refresh();
    }
  }
}

const events = new EventSource('/api/events');
events.addEventListener('change', (event) => {
  const { version } = JSON.parse((event as MessageEvent<string>).data) as { version: number };
  if (!state || version !== state.version) void refresh();
});
// A safety net if the event stream drops.
setInterval(() => {
  if (events.readyState !== EventSource.OPEN) void refresh();
}, 4000);

// ------------------------------------------------------------ selection and editing

function select(row: number, col: number, scroll: 'nearest' | 'none' = 'nearest'): void {
  selected = { row: Math.max(1, row), col: Math.max(1, col) };
  const sheet = currentSheet();
  if (sheet) {
    const address = a1(selected.row, selected.col);
    lastServerSelection = `${sheet.name}!${address}`;
    void post('/api/select', { sheet: sheet.name, cell: address });
  }
  render(scroll);
}

async function commit(sheet: string, row: number, col: number, value: string): Promise<void> {
  const current = state?.sheets.find((s) => s.name === sheet);
  if (current && cellText(current, row, col) === value) return;
  if (current) {
    while (current.rows.length < row) current.rows.push([]);
    current.rows[row - 1][col - 1] = value;
  }
  await post('/api/cell', { sheet, cell: a1(row, col), value });
}

function startEdit(initial?: string): void {
  const sheet = currentSheet();
  if (!sheet || editing) return;
  const td = grid.querySelector<HTMLElement>(`td[data-a1="${a1(selected.row, selected.col)}"]`);
  if (!td) return;
  const input = el('input', 'editor');
  input.value = initial ?? cellText(sheet, selected.row, selected.col);
  input.setAttribute('aria-label', `Sửa ô ${a1(selected.row, selected.col)}`);
  td.replaceChildren(input);
  td.classList.add('editing');
  editing = { sheet: sheet.name, row: selected.row, col: selected.col, input };
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  const finish = (save: boolean, move: { dr: number; dc: number }) => {
    if (!editing || editing.input !== input) return;
    const target = editing;
    editing = null;
    const done = save ? commit(target.sheet, target.row, target.col, input.value) : Promise.resolve();
    selected = { row: Math.max(1, target.row + move.dr), col: Math.max(1, target.col + move.dc) };
    pendingRender = false;
    renderedKey = ''; // the editor replaced the cell's content: rebuild
    render('nearest');
    grid.focus();
    void done.then(() => select(selected.row, selected.col));
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true, { dr: 1, dc: 0 });
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish(true, { dr: 0, dc: event.shiftKey ? -1 : 1 });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false, { dr: 0, dc: 0 });
    }
    event.stopPropagation();
  });
  input.addEventListener('blur', () => finish(true, { dr: 0, dc: 0 }));
}

grid.addEventListener('click', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  if (!td || td.classList.contains('editing')) return;
  const cell = parseA1(td.dataset.a1 ?? '');
  if (cell) select(cell.row, cell.col, 'none');
  grid.focus();
});

grid.addEventListener('dblclick', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  if (td) startEdit();
});

grid.addEventListener('keydown', (event) => {
  if (editing) return;
  const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    select(selected.row + move[0], selected.col + move[1]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEdit();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    const sheet = currentSheet();
    if (sheet) void commit(sheet.name, selected.row, selected.col, '');
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    startEdit(event.key);
  }
});

formula.addEventListener('keydown', (event) => {
  const sheet = currentSheet();
  if (event.key === 'Enter' && sheet) {
    event.preventDefault();
    void commit(sheet.name, selected.row, selected.col, formula.value).then(() => {
      formula.blur();
      select(selected.row + 1, selected.col);
      grid.focus();
    });
  } else if (event.key === 'Escape') {
    formula.blur();
    renderFormulaBar();
    grid.focus();
  }
});

grid.addEventListener('focusout', () => {
  if (pendingRender && !editing) {
    pendingRender = false;
    render();
  }
});

// ------------------------------------------------------------ menu and views

const menuButton = $('menu-button');
function closeMenu(): void {
  $('menu-list').hidden = true;
  menuButton.setAttribute('aria-expanded', 'false');
}
menuButton.addEventListener('click', () => {
  const list = $('menu-list');
  list.hidden = !list.hidden;
  menuButton.setAttribute('aria-expanded', String(!list.hidden));
  if (!list.hidden) list.querySelector<HTMLButtonElement>('button')?.focus();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !$('menu-list').hidden) {
    closeMenu();
    menuButton.focus();
  }
});
document.addEventListener('click', (event) => {
  if (!(event.target as HTMLElement).closest('.menu')) closeMenu();
});

function setView(next: 'sheet' | 'doc'): void {
  view = next;
  $('view-sheet').setAttribute('aria-pressed', String(next === 'sheet'));
  $('view-doc').setAttribute('aria-pressed', String(next === 'doc'));
  $('sheet-view').hidden = next !== 'sheet';
  $('doc-view').hidden = next !== 'doc';
  docVersion = -1;
  renderDoc();
}
$('view-sheet').addEventListener('click', () => setView('sheet'));
// The sidebar's Doc/PDF links (see shim.ts) open the document view.
window.addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;
  if ((event.data as { type?: unknown } | null)?.type === 'khct-open-document') setView('doc');
});
$('view-doc').addEventListener('click', () => setView('doc'));

void refresh();
