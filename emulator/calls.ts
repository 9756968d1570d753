/**
 * Counts service calls made by the script under test.
 *
 * Every call on an emulated Apps Script object is a round trip to Google in
 * production, so the number of calls is our stand-in for speed. Keys are
 * `Class.method` (e.g. `Range.getValues`, `SpreadsheetApp.getActiveSpreadsheet`).
 * Test-side inspection never goes through here.
 */
export class CallCounter {
  #counts = new Map<string, number>();
  #total = 0;
  #paused = 0;

  /** Records one call. Called by the counting wrapper, not by hand. */
  count(name: string): void {
    if (this.#paused > 0) return;
    this.#counts.set(name, (this.#counts.get(name) ?? 0) + 1);
    this.#total += 1;
  }

  /** Number of calls recorded for one key (0 when never called). */
  get(name: string): number {
    return this.#counts.get(name) ?? 0;
  }

  /** Number of calls recorded in total. */
  total(): number {
    return this.#total;
  }

  /** All non-zero counts, keys sorted so snapshots are stable. */
  byName(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.#counts.keys()].sort()) out[key] = this.#counts.get(key)!;
    return out;
  }

  /** Sum of the counts whose key starts with `prefix` (e.g. `Range.`). */
  totalFor(prefix: string): number {
    let sum = 0;
    for (const [key, n] of this.#counts) if (key.startsWith(prefix)) sum += n;
    return sum;
  }

  /** Runs `f` without counting the calls it makes (e.g. a bundle's load-time probe). */
  uncounted<T>(f: () => T): T {
    this.#paused += 1;
    try {
      return f();
    } finally {
      this.#paused -= 1;
    }
  }

  reset(): void {
    this.#counts.clear();
    this.#total = 0;
  }
}
