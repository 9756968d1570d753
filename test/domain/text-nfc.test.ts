/**
 * normalizeText skips String.normalize for text made only of ASCII, the
 * Latin supplements and Latin Extended Additional (src/domain/text.ts):
 * that shortcut is right only if every such character, and every pair of
 * them, is already NFC. Checked exhaustively, so a mistake in the range
 * cannot hide.
 */
import { describe, expect, it } from 'vitest';
import { cellText, normalizeText } from '../../src/domain/text';

const SHORTCUT = [...Array.from({ length: 0x250 }, (_, code) => code), ...Array.from({ length: 0x100 }, (_, index) => 0x1e00 + index)].map((code) =>
  String.fromCodePoint(code),
);

describe('the NFC shortcut', () => {
  it('every character of the shortcut range, alone and in every pair, is already NFC', () => {
    const changed: string[] = [];
    for (const first of SHORTCUT) {
      if (first.normalize('NFC') !== first) changed.push(first);
      for (const second of SHORTCUT) {
        const pair = first + second;
        if (pair.normalize('NFC') !== pair) changed.push(pair);
      }
    }
    expect(changed).toEqual([]);
  });

  it.each([
    ['decomposed, as pasted from a PDF', 'Tie\u0302u chi\u0301 1.1', 'Tiêu chí 1.1'],
    ['precomposed already', 'Tiêu chí 1.1', 'Tiêu chí 1.1'],
    ['the Angstrom sign outside the range (a singleton NFC replaces)', '\u212b', '\u00c5'],
    ['combining marks after a precomposed letter', 'Tr\u01b0\u0300ơ\u0300ng', 'Trừờng'],
  ])('%s', (_name, typed, expected) => {
    expect(normalizeText(typed)).toBe(expected);
    expect(cellText(typed)).toBe(expected);
  });
});
