/** Median and spread of repeated timings; machines here are shared, so we report medians. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function time<T>(runs: number, work: () => T): { medianMs: number; minMs: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), minMs: Math.min(...times), result };
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
