/**
 * Runs a built bundle (build/Code.js) against the emulator in a Node `vm`.
 *
 * Like Apps Script, every call is one execution: the bundle is evaluated
 * afresh in a new global scope, the entry point runs, and locks the script
 * still holds are released. Global state therefore does not survive between
 * calls (it does not in Apps Script either), and service calls the bundle
 * makes at top level are counted once per call. Entry points are the
 * bundle's top-level function declarations.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { Emulator } from './index';
import type { Realm } from './realm';

export interface BundleContext {
  /** Runs `name(...args)` as one execution and returns its result. */
  call(name: string, ...args: unknown[]): unknown;
  /** Whether the bundle defines a top-level function `name`. */
  has(name: string): boolean;
  /** The global scope of the latest execution (of the load-time probe before any call). */
  readonly context: vm.Context;
}

export interface LoadOptions {
  /** Abort an execution that runs longer than this (ms of real time). Default 10 s. */
  timeoutMs?: number;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const CALL_SLOT = '__emulatorCall__';

export function loadBundle(codeJsPath: string, emu: Emulator, options: LoadOptions = {}): BundleContext {
  const timeout = options.timeoutMs ?? 10_000;
  const script = new vm.Script(readFileSync(codeJsPath, 'utf8'), { filename: codeJsPath });

  /** A fresh global scope with the services, the bundle evaluated in it. */
  const evaluate = (): vm.Context => {
    const context = vm.createContext({ ...emu.globals });
    emu.env.realm = vm.runInContext('({ Array, Object, Error })', context) as Realm;
    script.runInContext(context, { timeout });
    return context;
  };

  // Evaluate once now so syntax errors surface at load time and `has` can
  // answer; calls the top level makes here are not counted.
  let current = emu.calls.uncounted(evaluate);

  const lookup = (name: string): unknown => {
    if (!IDENTIFIER.test(name)) throw new Error(`Not a function name: ${name}`);
    return vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, current);
  };

  return {
    get context() {
      return current;
    },
    has(name: string): boolean {
      return typeof lookup(name) === 'function';
    },
    call(name: string, ...args: unknown[]): unknown {
      try {
        current = evaluate();
        const fn = lookup(name);
        if (typeof fn !== 'function') throw new Error(`The bundle has no function ${name}`);
        (current as Record<string, unknown>)[CALL_SLOT] = { fn, args };
        return vm.runInContext(`${CALL_SLOT}.fn.apply(undefined, ${CALL_SLOT}.args)`, current, { timeout });
      } finally {
        delete (current as Record<string, unknown>)[CALL_SLOT];
        emu.endExecution();
      }
    },
  };
}
