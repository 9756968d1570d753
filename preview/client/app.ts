/**
 * The preview page: the emulated workbook as a grid (tabs, values, the
 * add-on's backgrounds and notes, the selected cell), the real sidebar in
 * an iframe, the add-on menu, and the generated document. Every string
 * from the workbook is put in as text, never as markup.
 *
 * One PreviewPage owns everything the page remembers; the server's state
 * is fetched whenever its event stream says the version changed.
 */
import type { GridSheet, PreviewState } from '../protocol';
import { parseCellName, cellName, type CellPosition } from './cells';
import { byId, post } from './dom';
import { CellEditor, type EditEnd } from './editor';
import { cellText, GridView, type Scroll } from './grid';
import { AddonMenu } from './menu';
import { NoticeBoard, showCalls, showTabs } from './panels';

/** A fallback poll for when the event stream drops. */
const POLL_MS = 4000;
const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

class PreviewPage {
  private state: PreviewState | null = null;
  /** The tab shown; null: the first one. */
  private viewSheet: string | null = null;
  private selected: CellPosition = { row: 1, col: 1 };
  /** The add-on's last selection (`Sheet!A1`), to follow it only when it changes. */
  private lastServerSelection = '';
  /** A state arrived while a cell was being edited: draw it after. */
  private pendingRender = false;
  private sidebarCount: number | null = null;
  private view: 'sheet' | 'doc' = 'sheet';
  private docVersion = -1;
  private fetching = false;
  private fetchAgain = false;
  private readonly grid = new GridView();
  private readonly notices = new NoticeBoard();
  private readonly editor = new CellEditor((end) => this.endEdit(end));
  private readonly menu = new AddonMenu((item) => void post('/api/run', { name: item.functionName, args: [] }));

  start(): void {
    this.listenToServer();
    this.wireGrid();
    this.wireFormulaBar();
    this.wireViews();
    void this.refresh();
  }

  // ---------------------------------------------------------- drawing

  private currentSheet(): GridSheet | null {
    if (!this.state) return null;
    return this.state.sheets.find((s) => s.name === this.viewSheet) ?? this.state.sheets[0] ?? null;
  }

  private render(scroll: Scroll = 'none'): void {
    const state = this.state;
    if (!state) return;
    if (this.editor.isEditing()) {
      this.pendingRender = true;
      return;
    }
    byId('title').textContent = state.spreadsheetName;
    byId('sidebar-title').textContent = state.sidebarTitle;
    byId('file').textContent = state.file;
    showTabs(state.sheets, this.currentSheet()?.name, (name) => this.chooseTab(name));
    this.grid.show(this.currentSheet(), this.selected, scroll);
    this.menu.show(state.menu);
    showCalls(state.calls);
    this.renderDoc();
    document.body.dataset.version = String(state.version);
  }

  private renderDoc(): void {
    if (!this.state) return;
    byId('doc-reason').textContent = this.state.document.reason;
    if (this.view === 'doc' && this.docVersion !== this.state.version) {
      this.docVersion = this.state.version;
      byId<HTMLIFrameElement>('doc-frame').src = `/document?v=${this.state.version}`;
    }
  }

  // ---------------------------------------------------------- server state

  private listenToServer(): void {
    const events = new EventSource('/api/events');
    events.addEventListener('change', (event) => {
      const { version } = JSON.parse((event as MessageEvent<string>).data) as { version: number };
      if (!this.state || version !== this.state.version) void this.refresh();
    });
    setInterval(() => {
      if (events.readyState !== EventSource.OPEN) void this.refresh();
    }, POLL_MS);
  }

  private async refresh(): Promise<void> {
    if (this.fetching) {
      this.fetchAgain = true;
      return;
    }
    this.fetching = true;
    try {
      const next = (await (await fetch('/api/state')).json()) as PreviewState;
      this.state = next;
      this.render(this.followServerSelection(next));
      this.reloadSidebarIfReopened(next);
      this.notices.show(next.notices);
      byId('offline').hidden = true;
    } catch {
      // The server stopped: keep the last picture, and say so.
      byId('offline').hidden = false;
    } finally {
      this.fetching = false;
      if (this.fetchAgain) {
        this.fetchAgain = false;
        void this.refresh();
      }
    }
  }

  /** When the add-on selected a cell (goToCell), show its tab and scroll to it. */
  private followServerSelection(next: PreviewState): Scroll {
    const serverSelection = `${next.selection.sheet}!${next.selection.a1}`;
    if (serverSelection === this.lastServerSelection) return 'none';
    this.lastServerSelection = serverSelection;
    if (next.selection.sheet) this.viewSheet = next.selection.sheet;
    const cell = parseCellName(next.selection.a1);
    if (cell) this.selected = cell;
    return 'center';
  }

  /** The add-on opened its sidebar again (showSidebar): load the new one. */
  private reloadSidebarIfReopened(next: PreviewState): void {
    if (this.sidebarCount === null) this.sidebarCount = next.sidebarShown;
    else if (next.sidebarShown > this.sidebarCount) {
      this.sidebarCount = next.sidebarShown;
      byId<HTMLIFrameElement>('sidebar-frame').src = '/sidebar';
    }
  }

  // ---------------------------------------------------------- selection and editing

  private chooseTab(name: string): void {
    this.viewSheet = name;
    void post('/api/select', { sheet: name });
    this.render();
    this.grid.host.focus();
  }

  private select(row: number, col: number, scroll: 'nearest' | 'none' = 'nearest'): void {
    this.selected = { row: Math.max(1, row), col: Math.max(1, col) };
    const sheet = this.currentSheet();
    if (sheet) {
      const address = cellName(this.selected.row, this.selected.col);
      this.lastServerSelection = `${sheet.name}!${address}`;
      void post('/api/select', { sheet: sheet.name, cell: address });
    }
    this.render(scroll);
  }

  /** Writes a cell as the user typed it; shown at once, then confirmed by the server's state. */
  private async commit(sheet: string, row: number, col: number, value: string): Promise<void> {
    const current = this.state?.sheets.find((s) => s.name === sheet);
    if (current && cellText(current, row, col) === value) return;
    if (current) {
      while (current.rows.length < row) current.rows.push([]);
      current.rows[row - 1][col - 1] = value;
    }
    await post('/api/cell', { sheet, cell: cellName(row, col), value });
  }

  private startEdit(initial?: string): void {
    const sheet = this.currentSheet();
    const td = this.grid.cellAt(this.selected);
    if (!sheet || !td || this.editor.isEditing()) return;
    const { row, col } = this.selected;
    this.editor.start(td, { sheet: sheet.name, row, col }, initial ?? cellText(sheet, row, col), `Sửa ô ${cellName(row, col)}`);
  }

  private endEdit({ target, value, move }: EditEnd): void {
    const done = value !== null ? this.commit(target.sheet, target.row, target.col, value) : Promise.resolve();
    this.selected = { row: Math.max(1, target.row + move.dr), col: Math.max(1, target.col + move.dc) };
    this.pendingRender = false;
    this.grid.invalidate(); // the editor replaced the cell's content: rebuild
    this.render('nearest');
    this.grid.host.focus();
    void done.then(() => this.select(this.selected.row, this.selected.col));
  }

  private wireGrid(): void {
    const host = this.grid.host;
    host.addEventListener('click', (event) => {
      const td = (event.target as HTMLElement).closest('td');
      if (!td || td.classList.contains('editing')) return;
      const cell = parseCellName(td.dataset.a1 ?? '');
      if (cell) this.select(cell.row, cell.col, 'none');
      host.focus();
    });
    host.addEventListener('dblclick', (event) => {
      if ((event.target as HTMLElement).closest('td')) this.startEdit();
    });
    host.addEventListener('keydown', (event) => this.onGridKey(event));
    host.addEventListener('focusout', () => {
      if (this.pendingRender && !this.editor.isEditing()) {
        this.pendingRender = false;
        this.render();
      }
    });
  }

  private onGridKey(event: KeyboardEvent): void {
    if (this.editor.isEditing()) return;
    const move = ARROWS[event.key];
    if (move) {
      event.preventDefault();
      this.select(this.selected.row + move[0], this.selected.col + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.startEdit();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const sheet = this.currentSheet();
      if (sheet) void this.commit(sheet.name, this.selected.row, this.selected.col, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.startEdit(event.key);
    }
  }

  private wireFormulaBar(): void {
    const formula = this.grid.formula;
    formula.addEventListener('keydown', (event) => {
      const sheet = this.currentSheet();
      if (event.key === 'Enter' && sheet) {
        event.preventDefault();
        void this.commit(sheet.name, this.selected.row, this.selected.col, formula.value).then(() => {
          formula.blur();
          this.select(this.selected.row + 1, this.selected.col);
          this.grid.host.focus();
        });
      } else if (event.key === 'Escape') {
        formula.blur();
        this.grid.showFormulaBar(this.currentSheet(), this.selected);
        this.grid.host.focus();
      }
    });
  }

  // ---------------------------------------------------------- views

  private setView(next: 'sheet' | 'doc'): void {
    this.view = next;
    byId('view-sheet').setAttribute('aria-pressed', String(next === 'sheet'));
    byId('view-doc').setAttribute('aria-pressed', String(next === 'doc'));
    byId('sheet-view').hidden = next !== 'sheet';
    byId('doc-view').hidden = next !== 'doc';
    this.docVersion = -1;
    this.renderDoc();
  }

  private wireViews(): void {
    byId('view-sheet').addEventListener('click', () => this.setView('sheet'));
    byId('view-doc').addEventListener('click', () => this.setView('doc'));
    // The sidebar's Doc/PDF links (see shim.ts) open the document view.
    window.addEventListener('message', (event) => {
      if (event.origin !== location.origin) return;
      const data = event.data as { type?: unknown; href?: unknown } | null;
      if (data?.type !== 'khct-open-document') return;
      // Next year's spreadsheet (issue 19) opens in a second browser tab, as a new spreadsheet would in Sheets.
      const made = typeof data.href === 'string' ? /\/spreadsheets\/d\/([\w-]+)/.exec(data.href) : null;
      if (made) window.open(`/spreadsheet/${made[1]}`, '_blank', 'noopener');
      else this.setView('doc');
    });
  }
}

new PreviewPage().start();
