import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, percent } from '../../../src/domain/parse/percent';

describe('percent', () => {
  it.each([
    [27, 27, 100],
    [26, 27, 96.3],
    [14, 15, 93.3],
    [19, 19, 100],
    [2, 5, 40],
    [0, 5, 0],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 16, 6.3],
    [0, 0, 0],
  ])('%i of %i → %d', (met, total, expected) => {
    expect(percent(met, total)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    [100, '100%'],
    [96.3, '96,3%'],
    [93.3, '93,3%'],
    [40, '40%'],
    [0, '0%'],
    [12.5, '12,5%'],
    [96.296, '96,3%'],
    [99.96, '100%'],
    [Number.NaN, '0%'],
  ])('%d → %s', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  it('writes every summary percentage as a person would: digits, at most one decimal after a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (a, b) => {
        const [met, total] = a <= b ? [a, b] : [b, a];
        const value = percent(met, total);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
        expect(formatPercent(value)).toMatch(/^(100|\d{1,2}(,\d)?)%$/);
        expect(Number(formatPercent(value).replace(',', '.').replace('%', ''))).toBe(value);
      }),
    );
  });

  it('never throws on any number', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (met, total) => {
        formatPercent(percent(met, total));
      }),
    );
  });
});
