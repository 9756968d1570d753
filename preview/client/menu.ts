/**
 * The add-on's menu, as Sheets shows it under Tiện ích mở rộng: opened by
 * its button, closed by Escape, by a click elsewhere, or by choosing an
 * item. Whether it is open is the list's `hidden` attribute, nothing else.
 */
import type { MenuItem } from '../protocol';
import { byId, el } from './dom';

export class AddonMenu {
  private readonly button = byId('menu-button');
  private readonly list = byId('menu-list');

  constructor(private readonly choose: (item: MenuItem) => void) {
    this.button.addEventListener('click', () => {
      this.list.hidden = !this.list.hidden;
      this.button.setAttribute('aria-expanded', String(!this.list.hidden));
      if (!this.list.hidden) this.list.querySelector<HTMLButtonElement>('button')?.focus();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.list.hidden) {
        this.close();
        this.button.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (!(event.target as HTMLElement).closest('.menu')) this.close();
    });
  }

  show(items: MenuItem[]): void {
    this.list.replaceChildren();
    for (const item of items) {
      const li = el('li');
      li.setAttribute('role', 'none');
      const button = el('button', 'menu-item', item.caption);
      button.type = 'button';
      button.setAttribute('role', 'menuitem');
      button.addEventListener('click', () => {
        this.close();
        this.choose(item);
      });
      li.append(button);
      this.list.append(li);
    }
  }

  private close(): void {
    this.list.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
  }
}
