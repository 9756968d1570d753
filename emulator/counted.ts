/**
 * How every emulated API object is built and counted.
 *
 * Each emulated class lists the real methods it implements once, in a
 * `const` array. That list does three jobs:
 *  - typing: the class `implements Pick<RealInterface, listed names>`, so
 *    parameter and return types are checked against @types/google-apps-script;
 *  - counting: `countCalls` wraps exactly those prototype methods so each call
 *    adds one to `Class.method` before it runs (even if it then throws);
 *  - errors: a ServiceError thrown inside becomes an Error of the script's realm.
 * Facade methods never call other facade methods (they use the model), so a
 * script's call counts exactly once.
 */
import type { Env } from './env';
import { ServiceError } from './model';
import { realmError } from './realm';

export const ENV = Symbol('emulator.env');

export abstract class Emulated {
  readonly [ENV]: Env;

  constructor(env: Env) {
    this[ENV] = env;
  }
}

export interface CountedClass {
  className: string;
  methods: readonly string[];
  prototype: object;
}

const registry: CountedClass[] = [];

/** Every counted class so far (tests check the method lists against the prototypes). */
export function countedClasses(): readonly CountedClass[] {
  return registry;
}

// Emulated classes are abstract-constructible with any arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EmulatedClass = abstract new (...args: any[]) => Emulated;

export function countCalls(cls: EmulatedClass, className: string, methods: readonly string[]): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const method of methods) {
    const original = proto[method];
    if (typeof original !== 'function') throw new Error(`${className}.${method} is listed but not implemented`);
    const key = `${className}.${method}`;
    const wrapper = function (this: Emulated, ...args: unknown[]): unknown {
      const env = this[ENV];
      env.calls.count(key);
      try {
        return original.apply(this, args);
      } catch (e) {
        throw e instanceof ServiceError ? scriptError(env, e.message) : e;
      }
    };
    Object.defineProperty(wrapper, 'name', { value: method });
    Object.defineProperty(proto, method, { value: wrapper, writable: true, configurable: true, enumerable: false });
  }
  registry.push({ className, methods, prototype: cls.prototype });
}

/** An Error of the script's realm, named like Apps Script's service exceptions. */
export function scriptError(env: Env, message: string): Error {
  const err = realmError(env.realm, message);
  err.name = 'Exception';
  return err;
}

/**
 * Emulated objects implement part of each real interface; they are handed
 * out typed as the real thing (the script cannot tell the difference for the
 * methods we implement, and any other method is a TypeError at run time).
 */
export function asApi<T>(emulated: Emulated): T {
  return emulated as unknown as T;
}

/** Apps Script's wording for an argument of the wrong type. */
export function signatureError(method: string, args: readonly unknown[]): ServiceError {
  return new ServiceError(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length ? `${typeName(v[0])}[]` : 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'undefined') return 'undefined';
  const ctor = (v as { constructor?: { name?: string } }).constructor?.name;
  return ctor && ctor.startsWith('Emu') ? ctor.slice(3) : 'Object';
}

/** The emulated object behind an argument, or the real signature error. */
export function unwrapArg<T extends Emulated>(value: unknown, cls: abstract new (...args: never[]) => T, method: string, args: readonly unknown[]): T {
  if (value instanceof cls) return value;
  throw signatureError(method, args);
}

/** A frozen enum whose values are their names (String(x) gives the name, as in Apps Script). */
export function enumOf<const K extends string>(names: readonly K[]): { readonly [P in K]: P } {
  const e = {} as { [P in K]: P };
  for (const n of names) (e as Record<string, string>)[n] = n;
  return Object.freeze(e);
}
