/**
 * A few lines of DOM building. Text is always a text node (`textContent`),
 * never parsed as markup: a cell holding `<img src=x onerror=…>` shows as
 * those characters. Nothing in the sidebar uses innerHTML.
 */

export type Child = Node | string | number | null | undefined | false | Child[];

type Attrs = {
  class?: string;
  /** Event handlers: `on: { click: … }`. */
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
  /** Any other attribute, set with setAttribute (values are strings, never code). */
  [name: string]: unknown;
};

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
  } else if (typeof child === 'string' || typeof child === 'number') {
    parent.appendChild(document.createTextNode(String(child)));
  } else {
    parent.appendChild(child);
  }
}

/** `h('button', {class: 'x', on: {click}}, 'Kiểm tra')`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (name === 'on') {
        for (const [type, handler] of Object.entries(value as Record<string, EventListener>)) {
          element.addEventListener(type, handler);
        }
      } else if (value === true) {
        element.setAttribute(name, '');
      } else if (value !== false && value !== null && value !== undefined) {
        element.setAttribute(name, String(value as string | number));
      }
    }
  }
  append(element, children);
  return element;
}

/** Replaces an element's children. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** The element with this id; a missing one is a bug in the shell. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Sidebar shell has no #${id}`);
  return element as T;
}
