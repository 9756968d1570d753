/**
 * LockService with a virtual clock. Everything runs in one thread, so
 * contention is simulated: a test marks a lock as held by "another editor",
 * for a while or until released. Waiting for a lock advances the virtual
 * clock by the time waited, so retry loops terminate deterministically.
 * Locks the script still holds are released when its execution ends
 * (BundleContext.call does that), as Apps Script does.
 */
import type { VirtualClock } from './clock';
import { Emulated, ENV, asApi, countCalls } from './counted';
import type { Env } from './env';
import { ServiceError } from './model';

type LockServiceApi = GoogleAppsScript.Lock.LockService;
type Lock = GoogleAppsScript.Lock.Lock;

export type LockScope = 'document' | 'script' | 'user';

interface Mutex {
  holder: 'script' | 'elsewhere' | null;
  /** When another holder lets go by itself (virtual ms); Infinity = until released. */
  elsewhereUntil: number;
}

export class LockTable {
  readonly #clock: VirtualClock;
  readonly #mutexes: Record<LockScope, Mutex> = {
    document: { holder: null, elsewhereUntil: 0 },
    script: { holder: null, elsewhereUntil: 0 },
    user: { holder: null, elsewhereUntil: 0 },
  };

  constructor(clock: VirtualClock) {
    this.#clock = clock;
  }

  /** Who holds the lock now. */
  holder(scope: LockScope): 'script' | 'elsewhere' | null {
    const m = this.#mutexes[scope];
    if (m.holder === 'elsewhere' && this.#clock.now() >= m.elsewhereUntil) m.holder = null;
    return m.holder;
  }

  /** Another process takes the lock (for `forMs` virtual ms, or until the returned function is called). */
  holdElsewhere(scope: LockScope, forMs?: number): () => void {
    if (this.holder(scope) === 'script') throw new Error(`The script holds the ${scope} lock; release it first.`);
    const m = this.#mutexes[scope];
    m.holder = 'elsewhere';
    m.elsewhereUntil = forMs === undefined ? Infinity : this.#clock.now() + forMs;
    return () => {
      if (m.holder === 'elsewhere') m.holder = null;
    };
  }

  /** The script tries to take the lock, waiting up to `timeoutMs` of virtual time. */
  acquire(scope: LockScope, timeoutMs: number): boolean {
    const holder = this.holder(scope);
    const m = this.#mutexes[scope];
    if (holder === 'script') return true;
    if (holder === null) {
      m.holder = 'script';
      return true;
    }
    const deadline = this.#clock.now() + Math.max(0, timeoutMs);
    if (m.elsewhereUntil <= deadline) {
      this.#clock.advanceTo(m.elsewhereUntil);
      m.holder = 'script';
      return true;
    }
    this.#clock.advanceTo(deadline);
    return false;
  }

  release(scope: LockScope): void {
    const m = this.#mutexes[scope];
    if (m.holder === 'script') m.holder = null;
  }

  /** End of an execution: whatever the script still holds is let go. */
  releaseScriptLocks(): void {
    for (const scope of Object.keys(this.#mutexes) as LockScope[]) this.release(scope);
  }
}

const SERVICE_API = ['getDocumentLock', 'getScriptLock', 'getUserLock'] as const satisfies readonly (keyof LockServiceApi)[];

export class EmuLockService extends Emulated implements Pick<LockServiceApi, (typeof SERVICE_API)[number]> {
  getDocumentLock(): Lock {
    return asApi(new EmuLock(this[ENV], 'document'));
  }

  getScriptLock(): Lock {
    return asApi(new EmuLock(this[ENV], 'script'));
  }

  getUserLock(): Lock {
    return asApi(new EmuLock(this[ENV], 'user'));
  }
}
countCalls(EmuLockService, 'LockService', SERVICE_API);

const LOCK_API = ['hasLock', 'releaseLock', 'tryLock', 'waitLock'] as const satisfies readonly (keyof Lock)[];

export class EmuLock extends Emulated implements Pick<Lock, (typeof LOCK_API)[number]> {
  readonly #scope: LockScope;
  /** hasLock is about this Lock object: true only after its own tryLock/waitLock succeeded. */
  #acquired = false;

  constructor(env: Env, scope: LockScope) {
    super(env);
    this.#scope = scope;
  }

  hasLock(): boolean {
    return this.#acquired && this[ENV].locks.holder(this.#scope) === 'script';
  }

  releaseLock(): void {
    this.#acquired = false;
    this[ENV].locks.release(this.#scope);
  }

  tryLock(timeoutInMillis: number): boolean {
    this.#acquired = this[ENV].locks.acquire(this.#scope, timeoutInMillis);
    return this.#acquired;
  }

  waitLock(timeoutInMillis: number): void {
    this.#acquired = this[ENV].locks.acquire(this.#scope, timeoutInMillis);
    if (!this.#acquired) throw new ServiceError('Lock timeout: another process was holding the lock for too long.');
  }
}
countCalls(EmuLock, 'Lock', LOCK_API);
