/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, as numbers: page, margins, font and
 * sizes (../shared/domain/nd30-document.md). Where NĐ30 gives a range the
 * value here is the sound default the note recommends.
 */
import type { PageSetup, ParagraphStyle, RunStyle } from './model';

export const ND30 = {
  fontFamily: 'Times New Roman',
  /** Body text 13–14 pt. */
  bodySizePt: 14,
  /** Table text 12–13 pt. */
  tableSizePt: 12,
  /** Cơ quan chủ quản, tên trường: 12–13 pt (12 keeps a long school name on one line). */
  agencySizePt: 12,
  /** `Số: …/KH-…`: 13 pt. */
  numberSizePt: 13,
  /** Quốc hiệu 12–13 pt, bold. */
  nationalSizePt: 12,
  /** Tiêu ngữ 13–14 pt, bold. */
  mottoSizePt: 13,
  /** Place and date 13–14 pt, italic. */
  dateSizePt: 14,
  /** `KẾ HOẠCH` and the subject, 13–14 pt, bold. */
  titleSizePt: 14,
  /** `Nơi nhận:` 12 pt bold italic; the list 11 pt. */
  recipientsHeadSizePt: 12,
  recipientsSizePt: 11,
  /** `HIỆU TRƯỞNG` and the name 13–14 pt bold. */
  signerSizePt: 14,
  /** First-line indent 1–1.27 cm. */
  firstLineIndentPt: 36,
  /** 6 pt after body paragraphs. */
  spaceAfterPt: 6,
  /** Single to 1.5 lines. */
  lineSpacing: 115,
  /** Rules (under the school name, the motto, the subject). */
  ruleWeightPt: 0.75,
  /** Space kept for the signature and the seal. */
  signatureSpacePt: 72,
  tableCellPaddingPt: 2,
} as const;

/** A4 with NĐ30 margins: top 20, bottom 20, left 30, right 15 mm. */
export function a4Page(orientation: 'portrait' | 'landscape'): PageSetup {
  const portrait = orientation === 'portrait';
  return {
    widthMm: portrait ? 210 : 297,
    heightMm: portrait ? 297 : 210,
    orientation,
    marginTopMm: 20,
    marginBottomMm: 20,
    marginLeftMm: 30,
    marginRightMm: 15,
  };
}

/*
 * A plan holds hundreds of thousands of runs and paragraphs but only a few
 * dozen distinct styles: each distinct style is made once and shared
 * (frozen, so sharing is safe). A 100,000-row plan kept a style object per
 * cell and needed about 160 MB more for the document model.
 */
const runStyles = new Map<string, RunStyle>();
const paragraphStyles = new Map<string, ParagraphStyle>();

function shared<T extends object>(cache: Map<string, T>, value: T): T {
  const key = JSON.stringify(value);
  let style = cache.get(key);
  if (!style) {
    style = Object.freeze(value);
    cache.set(key, style);
  }
  return style;
}

export function runStyle(sizePt: number, extra: Omit<RunStyle, 'sizePt'> = {}): RunStyle {
  return shared(runStyles, { sizePt, ...extra });
}

/** Paragraph style with everything at zero unless given. */
export function paragraphStyle(sizePt: number, extra: Partial<ParagraphStyle> = {}): ParagraphStyle {
  return shared(paragraphStyles, {
    align: 'left',
    sizePt,
    indentFirstLinePt: 0,
    indentStartPt: 0,
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: 100,
    keepWithNext: false,
    ...extra,
  });
}

/** Body text: justified, first-line indent, 6 pt after, 1.15 lines. */
export function bodyStyle(extra: Partial<ParagraphStyle> = {}): ParagraphStyle {
  return paragraphStyle(ND30.bodySizePt, {
    align: 'justify',
    indentFirstLinePt: ND30.firstLineIndentPt,
    spaceAfterPt: ND30.spaceAfterPt,
    lineSpacing: ND30.lineSpacing,
    ...extra,
  });
}

/**
 * Rough width of a line of Times New Roman, for the length of the rules
 * NĐ30 asks for (1/3 to 1/2 of the school name, the whole motto), where a
 * school name wraps, and the narrowest a table column may be (columns.ts).
 * Upper-case letters are wider than lower-case ones; bold adds a little.
 */
export function approxTextWidthPt(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const char of text.normalize('NFC')) {
    if (char === ' ') em += 0.25;
    else if (/[.,:;!'()/-]/.test(char)) em += 0.3;
    else if (char !== char.toLowerCase()) em += 0.7;
    else em += 0.47;
  }
  return em * sizePt * (bold ? 1.06 : 1);
}
