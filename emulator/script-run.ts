/**
 * The server half of `google.script.run` for a bundle on the emulator:
 * a page asks for a function by name with arguments, and this runs it as
 * one Apps Script execution (loadBundle's `call`) and answers as the real
 * client API would hand it to the success or failure handler.
 *
 * Only the script's own entry points can be called. A name is looked up in
 * a fixed list given at construction (the bundle's exports), never in the
 * vm's global scope: `eval`, `Function`, `constructor`, `toString` or a
 * service global are not functions of the script, whatever the page asks.
 * Arguments must be what google.script.run can carry: "JavaScript
 * primitives like a Number, Boolean, String, or null, as well as
 * JavaScript objects and arrays that are composed of primitives, objects
 * and arrays" (https://developers.google.com/apps-script/guides/html/reference/run,
 * myFunction(...)); a name ending in `_` is private, as in Apps Script
 * (https://developers.google.com/apps-script/guides/html/communication,
 * "Private functions").
 *
 * Reused by anything that puts a page in front of the emulator (the
 * preview's HTTP server today); the browser half is script-run-client.ts.
 */
import vm from 'node:vm';
import type { BundleContext } from './loader';

/** What the page's runner gets back for one call. */
export type RunAnswer = { ok: true; value: unknown } | { ok: false; error: string };

export interface RunOutcome {
  answer: RunAnswer;
  /** Why the call counts as failed for a log: a thrown error, a `{ok:false, message}` result, or an untransferable value. */
  failure: string | null;
}

/** Nesting deeper than this is not a request any server function takes. */
export const MAX_ARGUMENT_DEPTH = 16;
/** Keys that would reach a prototype if a server function copied the object with assignment. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The names the bundle exports. The build (scripts/build.ts) keeps the
 * entry module's exports on one global namespace object and declares a
 * top-level function for each; reading that object's own keys lists them
 * without trusting any name a page sends.
 */
export function bundleExports(bundle: BundleContext, namespace: string): string[] {
  if (!IDENTIFIER.test(namespace)) throw new Error(`Not a global name: ${namespace}`);
  const names = vm.runInContext(`typeof ${namespace} === 'object' && ${namespace} !== null ? Object.keys(${namespace}) : []`, bundle.context) as unknown[];
  return Array.from(names, String);
}

/** Where a value stops being plain JSON google.script.run could carry, or null when it is. */
export function notPlainJson(value: unknown, path = 'tham số', depth = 0): string | null {
  if (depth > MAX_ARGUMENT_DEPTH) return `${path} lồng quá ${MAX_ARGUMENT_DEPTH} tầng`;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} không phải số hữu hạn`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = notPlainJson(value[i], `${path}[${i}]`, depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return `${path} không phải giá trị JSON`;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (PROTOTYPE_KEYS.has(key)) return `${path} có khóa "${key}"`;
    const bad = notPlainJson(item, `${path}.${key}`, depth + 1);
    if (bad) return bad;
  }
  return null;
}

/** Whether google.script.run could carry this return value back (no Date, function, Map…). */
export function untransferable(value: unknown, path = 'giá trị'): string | null {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return null;
  if (type === 'function' || type === 'symbol' || type === 'bigint') return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = untransferable(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  // The bundle's objects come from the vm's realm: compare tags, not prototypes.
  const tag = Object.prototype.toString.call(value);
  if (tag !== '[object Object]') return `${path} (${tag.slice(8, -1)})`;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const bad = untransferable(item, `${path}.${key}`);
    if (bad) return bad;
  }
  return null;
}

export class ScriptRunner {
  private readonly callable: ReadonlySet<string>;

  /** `entryPoints`: the functions a page may call (the bundle's exports); private `_` names and names the bundle lacks are dropped. */
  constructor(
    private readonly bundle: BundleContext,
    entryPoints: readonly string[],
  ) {
    this.callable = new Set(entryPoints.filter((name) => IDENTIFIER.test(name) && !name.endsWith('_') && bundle.has(name)));
  }

  /** The names a page may call, sorted. */
  names(): string[] {
    return [...this.callable].sort();
  }

  /** Whether a page may call `name`: one of the entry points, by exact string. */
  isCallable(name: unknown): name is string {
    return typeof name === 'string' && this.callable.has(name);
  }

  /** Runs one callable function with plain-JSON arguments (check both first). */
  run(name: string, args: readonly unknown[]): RunOutcome {
    if (!this.isCallable(name)) return { answer: { ok: false, error: `Script function not found: ${String(name)}` }, failure: 'not found' };
    try {
      const value = this.bundle.call(name, ...args);
      const bad = untransferable(value);
      if (bad) {
        // Apps Script hands the page null for a value it cannot carry.
        return { answer: { ok: true, value: null }, failure: `giá trị trả về không chuyển được (${bad})` };
      }
      const copied: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
      const result = value as { ok?: unknown; message?: unknown } | null;
      const failure = result && result.ok === false && typeof result.message === 'string' ? result.message : null;
      return { answer: { ok: true, value: copied }, failure };
    } catch (cause) {
      const error = cause as { name?: string; message?: string } | null;
      const line = String(error?.message ?? cause).split('\n')[0];
      const text = error?.name && error.name !== 'Error' ? `${error.name}: ${line}` : line;
      return { answer: { ok: false, error: text }, failure: text };
    }
  }
}
