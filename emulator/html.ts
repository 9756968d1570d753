/**
 * HtmlService: HTML outputs for sidebars and dialogs. Files come from the
 * directory given as `htmlDir` (the build output), as `<name>.html`.
 * Templates (createTemplateFromFile, scriptlets) are not emulated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Emulated, ENV, asApi, countCalls, enumOf } from './counted';
import type { Env } from './env';
import { ServiceError } from './model';

type HtmlServiceApi = GoogleAppsScript.HTML.HtmlService;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

const SERVICE_API = ['createHtmlOutput', 'createHtmlOutputFromFile'] as const satisfies readonly (keyof HtmlServiceApi)[];

export class EmuHtmlService extends Emulated implements Pick<HtmlServiceApi, (typeof SERVICE_API)[number] | 'SandboxMode' | 'XFrameOptionsMode'> {
  readonly SandboxMode = enumOf(['EMULATED', 'IFRAME', 'NATIVE']) as unknown as HtmlServiceApi['SandboxMode'];
  readonly XFrameOptionsMode = enumOf(['ALLOWALL', 'DEFAULT']) as unknown as HtmlServiceApi['XFrameOptionsMode'];

  /** From a string (blob sources are not emulated). */
  createHtmlOutput(html?: unknown): HtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw new ServiceError('createHtmlOutput from a blob is not emulated.');
    return asApi(new EmuHtmlOutput(this[ENV], html ?? ''));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const dir = this[ENV].settings.htmlDir;
    const path = dir ? join(dir, `${name}.html`) : null;
    if (!path || !existsSync(path)) throw new ServiceError(`No HTML file named ${name} was found.`);
    return asApi(new EmuHtmlOutput(this[ENV], readFileSync(path, 'utf8')));
  }
}
countCalls(EmuHtmlService, 'HtmlService', SERVICE_API);

const OUTPUT_API = [
  'append',
  'clear',
  'getContent',
  'getHeight',
  'getTitle',
  'getWidth',
  'setContent',
  'setHeight',
  'setSandboxMode',
  'setTitle',
  'setWidth',
  'setXFrameOptionsMode',
] as const satisfies readonly (keyof HtmlOutput)[];

/** What a shown HtmlOutput looked like at the moment it was shown. */
export interface HtmlPicture {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export class EmuHtmlOutput extends Emulated implements Pick<HtmlOutput, (typeof OUTPUT_API)[number]> {
  #content: string;
  #title = '';
  #width: number | null = null;
  #height: number | null = null;

  constructor(env: Env, content: string) {
    super(env);
    this.#content = content;
  }

  /** A copy of the output's state (Ui records this when it is shown). */
  static picture(o: EmuHtmlOutput): HtmlPicture {
    return { title: o.#title, content: o.#content, width: o.#width, height: o.#height };
  }

  append(addedContent: string): HtmlOutput {
    this.#content += String(addedContent);
    return asApi(this);
  }

  clear(): HtmlOutput {
    this.#content = '';
    return asApi(this);
  }

  getContent(): string {
    return this.#content;
  }

  getHeight(): number {
    return this.#height ?? 0;
  }

  getTitle(): string {
    return this.#title;
  }

  getWidth(): number {
    return this.#width ?? 0;
  }

  setContent(content: string): HtmlOutput {
    this.#content = String(content);
    return asApi(this);
  }

  setHeight(height: number): HtmlOutput {
    this.#height = height;
    return asApi(this);
  }

  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    return asApi(this); // IFRAME is the only mode left; the others are ignored, as in Apps Script
  }

  setTitle(title: string): HtmlOutput {
    this.#title = String(title);
    return asApi(this);
  }

  setWidth(width: number): HtmlOutput {
    this.#width = width;
    return asApi(this);
  }

  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    return asApi(this);
  }
}
countCalls(EmuHtmlOutput, 'HtmlOutput', OUTPUT_API);
