import fc from 'fast-check';
import type { Cell } from '../../../src/domain/cell';

/**
 * Any cell a sheet (or a hand-edited JSON file) could hand a parser: text
 * of every kind (Vietnamese, decomposed, emoji, lone surrogates, 30,000
 * characters), numbers (incl. NaN and ±Infinity), booleans, null, dates
 * (incl. invalid ones). Parsers must never throw on any of them.
 */
const vietnameseWords = fc.constantFrom(
  'Tiêu chí',
  'Mức',
  'Đạt',
  'Chưa đạt',
  'Không',
  'tháng',
  'năm',
  'học kỳ',
  'Quý',
  'đến',
  '-',
  '–',
  '/',
  '.',
  ',',
  'triệu',
  'tỷ',
  'nghìn',
  'đồng',
  'Xã hội hoá',
  'Ngân sách',
  'Năm học',
  'HK',
  'I',
  'II',
  '9',
  '12',
  '2024',
  '2025',
);

const vietnameseText = fc.array(fc.oneof(vietnameseWords, fc.integer({ min: 0, max: 3000 }).map(String)), { maxLength: 8 }).map((parts) => parts.join(' '));

const hugeText = fc
  .constantFrom('a', '9', '-', '1.', 'tháng 9/2024 - ', '😀', 'đ', ' ', ',', '10.000.')
  .map((unit) => unit.repeat(Math.ceil(30_000 / unit.length)));

export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  vietnameseText,
  vietnameseText.map((text) => text.normalize('NFD')),
  hugeText,
);

export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  anyText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1.1, 1.1, 2024, 10_000_000),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);
