/*
 * Percentages of the level summary (`tỉ lệ 96,3%`).
 */

/**
 * `met` out of `total` as a percentage rounded to one decimal, as a person
 * writes it: 14/15 → 93.3, 26/27 → 96.3, 27/27 → 100, 2/5 → 40. A total of 0
 * (a level no criterion has) gives 0. Computed as round(met × 1000 / total) / 10
 * so that one division decides the rounding (no 0.1-step float drift).
 */
export function percent(met: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.round((met * 1000) / total) / 10;
}

/**
 * `100%`, `96,3%`, `40%`: Vietnamese decimal comma, at most one decimal, no
 * trailing `,0`. A value that is not a finite number shows as `0%`.
 */
export function formatPercent(value: number): string {
  if (!Number.isFinite(value)) return '0%';
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return `${text.replace('.', ',')}%`;
}
