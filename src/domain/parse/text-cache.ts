/**
 * Remembers what a parser made of a text. A plan repeats the same few
 * values (`Không`, `10 triệu`, `Tháng 10/2024 - tháng 5/2025`) on hundreds
 * of rows, and validation and summary read the same cells. Bounded: when
 * full it starts afresh, so a long-running preview does not grow. Results
 * are shared: callers must not change them (none does).
 */
export class TextCache<T> {
  private entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => T): T {
    const known = this.entries.get(key);
    if (known !== undefined || this.entries.has(key)) return known as T;
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
