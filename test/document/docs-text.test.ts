/**
 * docsText: the text as the Docs API stores it, computed before indices.
 * It must agree with the emulator's insertText (which follows Google's
 * reference) on every UTF-16 code unit, or a one-batch document breaks.
 */
import { describe, expect, it } from 'vitest';
import { STRIPPED_ON_INSERT } from '../../emulator/docs/model';
import { cleanForDocs, docsText } from '../../src/adapters/docs/text';
import { paragraphText } from '../../src/domain/document/model';
import { documentOf, setCell, tt17Clean } from '../../fixtures/plans';

describe('docsText', () => {
  it.each([
    ['plain Vietnamese stays as it is', 'Trường Tiểu học An Khang: Mức 1–2, “đạt”', 'Trường Tiểu học An Khang: Mức 1–2, “đạt”'],
    ['a Wingdings bullet pasted from Word goes', '\uf0b7 Bồi dưỡng giáo viên', ' Bồi dưỡng giáo viên'],
    ['Symbol bullets and arrows go', '\uf0a7 Thư viện \uf0e0 Thiết bị', ' Thư viện  Thiết bị'],
    ['control characters go, tab and the line break U+000B stay', 'Mục\u0000 A\u0007\tB\u000bC\u001f', 'Mục A\tB\u000bC'],
    ['a lone carriage return goes (Google strips U+000D)', 'Học kỳ I\rHọc kỳ II', 'Học kỳ IHọc kỳ II'],
    ['an emoji (a surrogate pair) stays whole', 'Khen thưởng 👍 tập thể', 'Khen thưởng 👍 tập thể'],
    ['half an emoji becomes U+FFFD, one unit like the half', 'Khen thưởng \ud83d', 'Khen thưởng \ufffd'],
    ['a lone low surrogate too', '\udc4d tập thể', '\ufffd tập thể'],
    ['Supplementary Private Use characters stay (outside the documented range)', 'Mã \udb80\udc00', 'Mã \udb80\udc00'],
  ])('%s', (_what, sent, stored) => {
    expect(docsText(sent)).toBe(stored);
  });

  it('strips exactly what the emulated insertText strips, for every code unit of the Basic Multilingual Plane', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates: ours, see above
      const text = `a${String.fromCharCode(code)}b`;
      if (docsText(text) !== text.replace(STRIPPED_ON_INSERT, '')) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it('cleans every paragraph of a plan document, in tables too, and keeps its shape', () => {
    const workbook = tt17Clean();
    setCell(workbook, 'Tiêu chuẩn 1', '1.1', 'Ghi chú', '\uf0d8 Theo dõi hằng tháng');
    const { document } = documentOf(workbook);
    const cleaned = cleanForDocs(document);
    expect(cleaned.blocks.map((block) => block.type)).toEqual(document.blocks.map((block) => block.type));
    const texts = cleaned.blocks.flatMap((block) =>
      block.type === 'paragraph' ? [paragraphText(block)] : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs.map(paragraphText))),
    );
    expect(texts).toContain(' Theo dõi hằng tháng');
    expect(texts.filter((text) => /[\ue000-\uf8ff]/.test(text))).toEqual([]);
    // The model itself is left as it was (the HTML twin renders it unchanged).
    expect(JSON.stringify(document)).toContain('\uf0d8');
  });
});
