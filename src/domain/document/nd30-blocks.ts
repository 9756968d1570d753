/**
 * The NĐ30 blocks every administrative document here shares: the header
 * table (the issuing body beside the Quốc hiệu and Tiêu ngữ, then the
 * number and the place and date) and the signature table (Nơi nhận beside
 * the signer). The school's plan (build.ts) and the Phòng GD&ĐT's report
 * (../rollup/report.ts) fill them with their own words, so the two never
 * drift apart in layout (Nghị định 30/2020/NĐ-CP, Phụ lục I; sizes in nd30.ts).
 */
import type { Paragraph, ParagraphStyle, Run, RunStyle, Table } from './model';
import { ND30, approxTextWidthPt, paragraphStyle, runStyle } from './nd30';

/** What a blank value prints as: dots to fill by hand, as on paper forms. */
export const BLANK = '……';
/** No-break space: the blanks NĐ30 leaves for a number or date keep their width. */
export const NBSP = '\u00a0';
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The header table's cell padding, which the school's header also counts when it fits its name. */
export const HEADER_PADDING_PT = 2;

/** Control characters a cell may hold (pasted text) that a document cannot: dropped. Line breaks never reach here. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function paragraph(runs: Run[], style: ParagraphStyle): Paragraph {
  const clean = runs.map((run) => ({ text: run.text.replace(CONTROL, ''), style: run.style }));
  return { type: 'paragraph', runs: clean.filter((run) => run.text !== ''), style };
}

export function textParagraph(text: string, style: ParagraphStyle, run: Omit<RunStyle, 'sizePt'> = {}): Paragraph {
  return paragraph([{ text, style: runStyle(style.sizePt, run) }], style);
}

/**
 * NĐ30 draws its rules apart from the text: the space above clears the
 * descenders and the dot under `HỌC`, `lượng` (issue 18 saw them touch).
 */
const RULE_GAP_PT = 3;

export function rule(widthPt: number, align: ParagraphStyle['align'] = 'center'): Paragraph {
  return { type: 'paragraph', runs: [], style: paragraphStyle(2, { align, spaceBeforePt: RULE_GAP_PT }), rule: { widthPt: Math.round(widthPt) } };
}

export function upper(text: string): string {
  // Vietnamese needs no locale-specific casing; plain toUpperCase avoids depending on ICU data.
  return text.normalize('NFC').toUpperCase();
}

/** NĐ30 leaves blanks to fill by hand when the date is not known yet: `ngày    tháng    năm 20…`. */
export const BLANK_DATE = `ngày${NBSP.repeat(6)}tháng${NBSP.repeat(6)}năm 20…`;

function centered(size: number, extra: Partial<ParagraphStyle> = {}): ParagraphStyle {
  return paragraphStyle(size, { align: 'center', ...extra });
}

/** One line of the issuing body (left column, above its rule). */
export interface IssuerLine {
  text: string;
  bold: boolean;
}

export interface HeaderSpec {
  /** Width of the left column; the right one takes the rest. */
  leftPt: number;
  /** `UBND HUYỆN …` (regular), then the issuer itself in bold. */
  issuer: IssuerLine[];
  /** The short rule under the issuer. */
  issuerRulePt: number;
  /** `Số: …/KH-…`. */
  numberText: string;
  /** `Phú Giáo, ngày 15 tháng 01 năm 2027`, in italics. */
  placeAndDate: string;
}

/** The header: a borderless two-column table, the issuer | the Quốc hiệu, then the number | the place and date. */
export function headerTable(spec: HeaderSpec, textWidth: number): Table {
  const right = textWidth - spec.leftPt;
  const mottoWidth = Math.min(approxTextWidthPt(MOTTO, ND30.mottoSizePt, true), right - 2 * HEADER_PADDING_PT);
  const leftTop: Paragraph[] = [
    ...spec.issuer.map((line) => textParagraph(line.text, centered(ND30.agencySizePt), line.bold ? { bold: true } : {})),
    rule(spec.issuerRulePt),
  ];
  const rightTop: Paragraph[] = [
    textParagraph(NATIONAL_NAME, centered(ND30.nationalSizePt), { bold: true }),
    textParagraph(MOTTO, centered(ND30.mottoSizePt), { bold: true }),
    rule(mottoWidth),
  ];
  return {
    type: 'table',
    role: 'header',
    columnsPt: [spec.leftPt, right],
    borders: false,
    cellPaddingPt: HEADER_PADDING_PT,
    headerRows: 0,
    rows: [
      {
        kind: 'body',
        keepTogether: true,
        cells: [
          { paragraphs: leftTop, colSpan: 1 },
          { paragraphs: rightTop, colSpan: 1 },
        ],
      },
      {
        kind: 'body',
        keepTogether: true,
        cells: [
          { paragraphs: [textParagraph(spec.numberText, centered(ND30.numberSizePt, { spaceBeforePt: 4 }))], colSpan: 1 },
          { paragraphs: [textParagraph(spec.placeAndDate, centered(ND30.dateSizePt, { spaceBeforePt: 4 }), { italic: true })], colSpan: 1 },
        ],
      },
    ],
  };
}

export interface SignatureSpec {
  /** `- Sở GD&ĐT (b/c);` … `- Lưu: VT.` */
  recipients: string[];
  /** `HIỆU TRƯỞNG`, `TRƯỞNG PHÒNG`. */
  signer: string;
  /** The signer's name; '' leaves the space to write it by hand. */
  name: string;
}

/** Nơi nhận (left, 45 %) beside the signer's title, the space to sign and the name. */
export function signatureTable(spec: SignatureSpec, textWidth: number): Table {
  const left = Math.round(textWidth * 0.45);
  const list = paragraphStyle(ND30.recipientsSizePt);
  const center = (extra: Partial<ParagraphStyle> = {}) => paragraphStyle(ND30.signerSizePt, { align: 'center', ...extra });
  return {
    type: 'table',
    role: 'signature',
    columnsPt: [left, textWidth - left],
    borders: false,
    cellPaddingPt: 2,
    headerRows: 0,
    rows: [
      {
        kind: 'body',
        keepTogether: true,
        cells: [
          {
            colSpan: 1,
            paragraphs: [
              textParagraph('Nơi nhận:', paragraphStyle(ND30.recipientsHeadSizePt, { spaceBeforePt: 6 }), { bold: true, italic: true }),
              ...spec.recipients.map((line) => textParagraph(line, list)),
            ],
          },
          {
            colSpan: 1,
            paragraphs: [
              textParagraph(spec.signer, center({ spaceBeforePt: 6 }), { bold: true }),
              textParagraph(spec.name, center({ spaceBeforePt: ND30.signatureSpacePt }), { bold: true }),
            ],
          },
        ],
      },
    ],
  };
}
