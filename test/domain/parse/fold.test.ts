import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, foldVietnamese } from '../../../src/domain/parse/fold';
import { normalizeText } from '../../../src/domain/text';

/** The slow, obvious definition the table-driven fold must agree with. */
function reference(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-');
}

const VIETNAMESE_LETTERS = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

describe('foldVietnamese (shared by the parsers)', () => {
  it.each([
    ['Xã hội hóa', 'xa hoi hoa'],
    ['Xã hội hoá', 'xa hoi hoa'],
    ['Học kỳ I', 'hoc ky i'],
    ['Học kì I', 'hoc ki i'],
    ['ĐẠT MỨC 2', 'dat muc 2'],
    ['Tháng 9/2024 – tháng 5/2025', 'thang 9/2024 - tháng 5/2025'.replace('á', 'a')],
    ['  Tiêu\u00a0chí   1.1 ', 'tieu chi 1.1'],
    ['Tiêu chí 1.1'.normalize('NFD'), 'tieu chi 1.1'],
    ['Dòng 1 \r\n dòng 2', 'dong 1\ndong 2'],
  ])('%j → %j', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it('folds every Vietnamese letter, composed or decomposed, lower or upper case, like NFD does', () => {
    const all = `${VIETNAMESE_LETTERS} ${VIETNAMESE_LETTERS.toUpperCase()}`;
    expect(foldVietnamese(all)).toBe(reference(all));
    expect(foldVietnamese(all.normalize('NFD'))).toBe(reference(all));
  });

  it('agrees with the NFD definition on any Latin text (what the parsers look at)', () => {
    const chars = [...`${VIETNAMESE_LETTERS}${VIETNAMESE_LETTERS.toUpperCase()}`.normalize('NFC'), ...'0123456789 .,:;/-–—()\t\n\u00a0\u0301\u0303\u0323ÆØßçñ'];
    const latinText = fc.string({ unit: fc.constantFrom(...chars), maxLength: 40 });
    fc.assert(
      fc.property(latinText, (value) => {
        expect(foldVietnamese(value)).toBe(reference(value));
      }),
    );
  });

  it('puts multi-line text on one line for foldLine', () => {
    expect(foldLine('Tháng 9/2024\n\ntháng 5/2025')).toBe('thang 9/2024 thang 5/2025');
  });
});
