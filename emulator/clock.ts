/**
 * A virtual clock, so runs are deterministic.
 *
 * Time only moves when the script sleeps (`Utilities.sleep`), waits for a
 * lock, or a test calls `advance`. The script's global `Date` is the host
 * `Date` behind a proxy: `new Date()` and `Date.now()` read this clock, every
 * other use is the ordinary `Date`. Because it is the host `Date`, dates the
 * emulator returns pass `instanceof Date` inside the script.
 */
export class VirtualClock {
  #now: number;

  constructor(start: Date | number) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): void {
    if (ms > 0) this.#now += ms;
  }

  /** Moves to `t` if that is later than now (never backwards). */
  advanceTo(t: number): void {
    if (t > this.#now) this.#now = t;
  }

  /** The `Date` constructor to install as the script's global. */
  dateConstructor(): DateConstructor {
    const clock = this;
    return new Proxy(Date, {
      construct(target, args: unknown[], newTarget) {
        return args.length === 0 ? Reflect.construct(target, [clock.now()], newTarget) : Reflect.construct(target, args, newTarget);
      },
      // `Date()` called without `new` returns a string for the current time.
      apply() {
        return new Date(clock.now()).toString();
      },
      get(target, key, receiver) {
        if (key === 'now') return () => clock.now();
        return Reflect.get(target, key, receiver);
      },
    });
  }
}
