/**
 * PropertiesService: three string key-value stores (document, user, script).
 * Values are stored as strings, as in Apps Script; the per-value (9 kB) and
 * per-store (500 kB) quotas throw like the real ones.
 */
import { Emulated, ENV, asApi, countCalls } from './counted';
import type { Env } from './env';
import { ServiceError } from './model';
import { realmArray, realmRecord } from './realm';

type PropertiesServiceApi = GoogleAppsScript.Properties.PropertiesService;
type Properties = GoogleAppsScript.Properties.Properties;

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** One store, uncounted: the model behind Properties, and the test-side view. */
export class PropertyStore {
  readonly #map = new Map<string, string>();

  get(key: string): string | null {
    return this.#map.get(key) ?? null;
  }

  set(key: string, value: unknown): void {
    const text = String(value);
    if (bytes(text) > VALUE_LIMIT) throw new ServiceError('Argument too large: value');
    const before = this.#map.get(key);
    this.#map.set(key, text);
    if (this.size() > STORE_LIMIT) {
      if (before === undefined) this.#map.delete(key);
      else this.#map.set(key, before);
      throw new ServiceError('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
  }

  delete(key: string): void {
    this.#map.delete(key);
  }

  clear(): void {
    this.#map.clear();
  }

  keys(): string[] {
    return [...this.#map.keys()];
  }

  /** All properties as a plain object (a copy). */
  all(): Record<string, string> {
    return Object.fromEntries(this.#map);
  }

  /** Bytes used, keys and values (what the quota counts). */
  size(): number {
    let n = 0;
    for (const [k, v] of this.#map) n += bytes(k) + bytes(v);
    return n;
  }
}

export interface PropertyStores {
  document: PropertyStore;
  user: PropertyStore;
  script: PropertyStore;
}

export function newPropertyStores(): PropertyStores {
  return { document: new PropertyStore(), user: new PropertyStore(), script: new PropertyStore() };
}

const SERVICE_API = ['getDocumentProperties', 'getScriptProperties', 'getUserProperties'] as const satisfies readonly (keyof PropertiesServiceApi)[];

export class EmuPropertiesService extends Emulated implements Pick<PropertiesServiceApi, (typeof SERVICE_API)[number]> {
  getDocumentProperties(): Properties {
    return asApi(new EmuProperties(this[ENV], this[ENV].properties.document));
  }

  getScriptProperties(): Properties {
    return asApi(new EmuProperties(this[ENV], this[ENV].properties.script));
  }

  getUserProperties(): Properties {
    return asApi(new EmuProperties(this[ENV], this[ENV].properties.user));
  }
}
countCalls(EmuPropertiesService, 'PropertiesService', SERVICE_API);

const PROPERTIES_API = [
  'deleteAllProperties',
  'deleteProperty',
  'getKeys',
  'getProperties',
  'getProperty',
  'setProperties',
  'setProperty',
] as const satisfies readonly (keyof Properties)[];

export class EmuProperties extends Emulated implements Pick<Properties, (typeof PROPERTIES_API)[number]> {
  readonly #store: PropertyStore;

  constructor(env: Env, store: PropertyStore) {
    super(env);
    this.#store = store;
  }

  deleteAllProperties(): Properties {
    this.#store.clear();
    return asApi(this);
  }

  deleteProperty(key: string): Properties {
    this.#store.delete(String(key));
    return asApi(this);
  }

  getKeys(): string[] {
    return realmArray(this[ENV].realm, this.#store.keys());
  }

  getProperties(): { [key: string]: string } {
    return realmRecord(this[ENV].realm, this.#store.all());
  }

  getProperty(key: string): string | null {
    return this.#store.get(String(key));
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): Properties {
    if (deleteAllOthers) this.#store.clear();
    for (const [k, v] of Object.entries(properties)) this.#store.set(k, v);
    return asApi(this);
  }

  setProperty(key: string, value: string): Properties {
    this.#store.set(String(key), value);
    return asApi(this);
  }
}
countCalls(EmuProperties, 'Properties', PROPERTIES_API);
