/**
 * The editor's user interface (SpreadsheetApp.getUi()), recorded rather than
 * drawn: menus as they were added, sidebars and dialogs with their HTML,
 * alerts, prompts and toasts. Tests read the record through `emu.ui` and
 * queue the buttons a user would click.
 */
import { Emulated, ENV, asApi, countCalls, enumOf, signatureError } from './counted';
import type { Env } from './env';
import { EmuHtmlOutput, type HtmlPicture } from './html';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type PromptResponse = GoogleAppsScript.Base.PromptResponse;

export const Button = enumOf(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = enumOf(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

export type MenuEntry =
  { type: 'item'; caption: string; functionName: string } | { type: 'separator' } | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  /** 'addon' for createAddonMenu (shown under Extensions), 'custom' for createMenu. */
  kind: 'addon' | 'custom';
  /** The menu's caption; null for the add-on menu, whose caption is the add-on's name. */
  caption: string | null;
  items: MenuEntry[];
}

export interface ShownHtml extends HtmlPicture {
  kind: 'sidebar' | 'modal' | 'modeless';
  /** The title passed to showModalDialog / showModelessDialog (sidebars use the output's title). */
  dialogTitle: string | null;
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
}

export interface PromptRecord extends AlertRecord {
  responseText: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** Everything the script showed, in order; uncounted, for tests. */
export class UiLog {
  menus: RecordedMenu[] = [];
  shown: ShownHtml[] = [];
  alerts: AlertRecord[] = [];
  prompts: PromptRecord[] = [];
  toasts: ToastRecord[] = [];
  #alertAnswers: ButtonName[] = [];
  #promptAnswers: { button: ButtonName; text: string }[] = [];

  /** The add-on menu as last added, if any. */
  addonMenu(): RecordedMenu | undefined {
    return this.menus.find((m) => m.kind === 'addon');
  }

  /** A custom (createMenu) menu by caption. */
  menu(caption: string): RecordedMenu | undefined {
    return this.menus.find((m) => m.kind === 'custom' && m.caption === caption);
  }

  sidebars(): ShownHtml[] {
    return this.shown.filter((s) => s.kind === 'sidebar');
  }

  lastSidebar(): ShownHtml | undefined {
    return this.sidebars().at(-1);
  }

  dialogs(): ShownHtml[] {
    return this.shown.filter((s) => s.kind !== 'sidebar');
  }

  /** The buttons the user will click on the next alerts, in order. Otherwise: OK, or YES. */
  answerAlerts(...buttons: ButtonName[]): void {
    this.#alertAnswers.push(...buttons);
  }

  /** What the user will type and click on the next prompts. Otherwise: '' and OK, or YES. */
  answerPrompts(...answers: { button?: ButtonName; text?: string }[]): void {
    for (const a of answers) this.#promptAnswers.push({ button: a.button ?? 'OK', text: a.text ?? '' });
  }

  nextAlertAnswer(buttons: ButtonSetName): ButtonName {
    return this.#alertAnswers.shift() ?? defaultButton(buttons);
  }

  nextPromptAnswer(buttons: ButtonSetName): { button: ButtonName; text: string } {
    return this.#promptAnswers.shift() ?? { button: defaultButton(buttons), text: '' };
  }

  recordMenu(menu: RecordedMenu): void {
    // Adding a menu with the same caption again replaces it (as re-running onOpen does).
    const i = this.menus.findIndex((m) => m.kind === menu.kind && m.caption === menu.caption);
    if (i >= 0) this.menus[i] = menu;
    else this.menus.push(menu);
  }

  clear(): void {
    this.menus = [];
    this.shown = [];
    this.alerts = [];
    this.prompts = [];
    this.toasts = [];
    this.#alertAnswers = [];
    this.#promptAnswers = [];
  }
}

function defaultButton(buttons: ButtonSetName): ButtonName {
  return buttons.startsWith('YES') ? 'YES' : 'OK';
}

function buttonSetArg(v: unknown, method: string, args: unknown[]): ButtonSetName {
  const name = String(v);
  if (name in ButtonSet) return name as ButtonSetName;
  throw signatureError(method, args);
}

/** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function dialogArgs(args: unknown[], method: string): { title: string | null; prompt: string; buttons: ButtonSetName } {
  if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]), buttons: buttonSetArg(args[2], method, args) };
  if (args.length === 2) return { title: null, prompt: String(args[0]), buttons: buttonSetArg(args[1], method, args) };
  if (args.length === 1) return { title: null, prompt: String(args[0]), buttons: 'OK' };
  throw signatureError(method, args);
}

const UI_API = [
  'alert',
  'createAddonMenu',
  'createMenu',
  'prompt',
  'showModalDialog',
  'showModelessDialog',
  'showSidebar',
] as const satisfies readonly (keyof Ui)[];

export class EmuUi extends Emulated implements Pick<Ui, (typeof UI_API)[number] | 'Button' | 'ButtonSet'> {
  readonly Button = Button as unknown as Ui['Button'];
  readonly ButtonSet = ButtonSet as unknown as Ui['ButtonSet'];

  alert(...args: unknown[]): Button {
    const a = dialogArgs(args, 'Ui.alert');
    const log = this[ENV].ui;
    const response = log.nextAlertAnswer(a.buttons);
    log.alerts.push({ ...a, response });
    return response as unknown as Button;
  }

  createAddonMenu(): Menu {
    return asApi(new EmuMenu(this[ENV], 'addon', null));
  }

  createMenu(caption: string): Menu {
    return asApi(new EmuMenu(this[ENV], 'custom', String(caption)));
  }

  prompt(...args: unknown[]): PromptResponse {
    const a = dialogArgs(args, 'Ui.prompt');
    const log = this[ENV].ui;
    const answer = log.nextPromptAnswer(a.buttons);
    log.prompts.push({ ...a, response: answer.button, responseText: answer.text });
    return asApi(new EmuPromptResponse(this[ENV], answer.button, answer.text));
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.#show(userInterface, 'modal', String(title), 'Ui.showModalDialog');
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.#show(userInterface, 'modeless', String(title), 'Ui.showModelessDialog');
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.#show(userInterface, 'sidebar', null, 'Ui.showSidebar');
  }

  #show(output: unknown, kind: ShownHtml['kind'], dialogTitle: string | null, method: string): void {
    if (!(output instanceof EmuHtmlOutput)) throw signatureError(method, [output]);
    this[ENV].ui.shown.push({ ...EmuHtmlOutput.picture(output), kind, dialogTitle });
  }
}
countCalls(EmuUi, 'Ui', UI_API);

const MENU_API = ['addItem', 'addSeparator', 'addSubMenu', 'addToUi'] as const satisfies readonly (keyof Menu)[];

type PendingEntry = MenuEntry | { type: 'pending-submenu'; menu: EmuMenu };

export class EmuMenu extends Emulated implements Pick<Menu, (typeof MENU_API)[number]> {
  readonly #kind: RecordedMenu['kind'];
  readonly #caption: string | null;
  readonly #entries: PendingEntry[] = [];

  constructor(env: Env, kind: RecordedMenu['kind'], caption: string | null) {
    super(env);
    this.#kind = kind;
    this.#caption = caption;
  }

  addItem(caption: string, functionName: string): Menu {
    this.#entries.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return asApi(this);
  }

  addSeparator(): Menu {
    this.#entries.push({ type: 'separator' });
    return asApi(this);
  }

  addSubMenu(menu: Menu): Menu {
    if (!(menu instanceof EmuMenu)) throw signatureError('Menu.addSubMenu', [menu]);
    this.#entries.push({ type: 'pending-submenu', menu });
    return asApi(this);
  }

  addToUi(): void {
    this[ENV].ui.recordMenu({ kind: this.#kind, caption: this.#caption, items: EmuMenu.#resolve(this) });
  }

  /** The entries as they stand now, sub-menus included (a copy). */
  static #resolve(menu: EmuMenu): MenuEntry[] {
    return menu.#entries.map((e) =>
      e.type === 'pending-submenu' ? { type: 'submenu', caption: e.menu.#caption ?? '', items: EmuMenu.#resolve(e.menu) } : { ...e },
    );
  }
}
countCalls(EmuMenu, 'Menu', MENU_API);

const PROMPT_RESPONSE_API = ['getResponseText', 'getSelectedButton'] as const satisfies readonly (keyof PromptResponse)[];

export class EmuPromptResponse extends Emulated implements Pick<PromptResponse, (typeof PROMPT_RESPONSE_API)[number]> {
  readonly #button: ButtonName;
  readonly #text: string;

  constructor(env: Env, button: ButtonName, text: string) {
    super(env);
    this.#button = button;
    this.#text = text;
  }

  getResponseText(): string {
    return this.#text;
  }

  getSelectedButton(): Button {
    return this.#button as unknown as Button;
  }
}
countCalls(EmuPromptResponse, 'PromptResponse', PROMPT_RESPONSE_API);
