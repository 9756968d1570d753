/**
 * The parts of the page around the grid: the tab strip, the log of
 * server calls, and the alerts and toasts the add-on showed (as notices).
 */
import type { CallRecord, GridSheet, Notice } from '../protocol';
import { byId, el } from './dom';

const SHOWN_CALLS = 6;
const TOAST_MS = 8000;

export function showTabs(sheets: GridSheet[], current: string | undefined, choose: (name: string) => void): void {
  const tabs = byId('tabs');
  tabs.replaceChildren();
  for (const sheet of sheets) {
    const tab = el('button', 'tab', sheet.name);
    tab.type = 'button';
    if (sheet.name === current) tab.setAttribute('aria-current', 'page');
    // A dot on tabs the add-on marked (a coloured cell with its note).
    if (Object.keys(sheet.backgrounds).length && Object.keys(sheet.notes).length) tab.append(el('span', 'tab-dot'));
    tab.addEventListener('click', () => choose(sheet.name));
    tabs.append(tab);
  }
}

export function showCalls(all: CallRecord[]): void {
  const list = byId('calls');
  list.replaceChildren();
  const calls = all.slice(-SHOWN_CALLS).reverse();
  for (const call of calls) {
    const li = el('li', call.ok ? 'call' : 'call failed');
    li.append(el('strong', undefined, call.name), ` ${call.ms} ms · ${call.serviceCalls} lệnh gọi dịch vụ`);
    if (call.failure) li.title = call.failure;
    list.append(li);
  }
  if (calls.length === 0) list.append(el('li', 'call none', 'chưa có'));
}

/** Shows each notice once; those already there when the page opened are not shown again. */
export class NoticeBoard {
  private lastShown: number | null = null;

  show(notices: Notice[]): void {
    if (this.lastShown === null) {
      this.lastShown = Math.max(-1, ...notices.map((n) => n.id));
      return;
    }
    const host = byId('notices');
    for (const notice of notices) {
      if (notice.id <= this.lastShown) continue;
      this.lastShown = notice.id;
      const box = el('div', `notice ${notice.kind}`);
      box.setAttribute('role', notice.kind === 'alert' ? 'alertdialog' : 'status');
      box.append(el('strong', undefined, notice.title), el('p', undefined, notice.text));
      const close = el('button', 'notice-close', 'Đóng');
      close.type = 'button';
      close.addEventListener('click', () => box.remove());
      box.append(close);
      host.append(box);
      if (notice.kind === 'toast') setTimeout(() => box.remove(), TOAST_MS);
    }
  }
}
