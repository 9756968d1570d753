/**
 * The message area beside an action: progress while it runs, then what
 * happened, or why it failed (a Vietnamese sentence, with the technical
 * detail folded away for support). One per group of buttons, so the answer
 * appears where the user is looking.
 */
import type { BridgeError } from './bridge';
import { fill, h } from './dom';
import { elapsed } from './format';

export class Feedback {
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(readonly element: HTMLElement) {}

  clear(): void {
    this.#stopTimer();
    this.element.className = 'feedback';
    fill(this.element);
  }

  /** A spinner and the action in words; seconds tick in a part screen readers skip. */
  progress(text: string): void {
    this.clear();
    this.element.className = 'feedback progress';
    const clock = h('span', { class: 'elapsed', 'aria-hidden': 'true' });
    fill(this.element, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', { role: 'status' }, text), clock);
    const started = Date.now();
    this.#timer = setInterval(() => {
      const ms = Date.now() - started;
      clock.textContent = ms >= 2000 ? ` ${elapsed(ms)}` : '';
    }, 500);
  }

  success(text: string, extra: (Node | string)[] = []): void {
    this.clear();
    this.element.className = 'feedback success';
    fill(this.element, h('div', { role: 'status', class: 'feedback-text' }, text), extra);
  }

  /** Part of the action went through, part did not: the text says which. */
  partial(text: string, extra: (Node | string)[] = []): void {
    this.clear();
    this.element.className = 'feedback partial';
    fill(this.element, h('div', { role: 'alert', class: 'feedback-text' }, text), extra);
  }

  info(text: string): void {
    this.clear();
    this.element.className = 'feedback info';
    fill(this.element, h('div', { role: 'status', class: 'feedback-text' }, text));
  }

  failure(error: BridgeError): void {
    this.clear();
    this.element.className = 'feedback failure';
    fill(
      this.element,
      h('div', { role: 'alert', class: 'feedback-text' }, h('strong', { class: 'feedback-title' }, 'Chưa thực hiện được. '), error.message),
      error.detail ? h('details', { class: 'detail' }, h('summary', null, 'Chi tiết cho bộ phận hỗ trợ'), h('code', null, error.detail)) : null,
      h('button', { type: 'button', class: 'link dismiss', on: { click: () => this.clear() } }, 'Đóng thông báo'),
    );
  }

  #stopTimer(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }
}
