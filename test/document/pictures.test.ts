/**
 * Golden pictures of the plan document (issue 18): page 1 and one full
 * table page of the TT17 and TT57 samples, and page 1 of a draft, printed
 * from the HTML twin by Chromium and turned into PNG by pdftoppm (80 dpi,
 * the size of the README's pictures). Each is compared with its reference
 * in test/document/pictures/; `npm run test:update-pictures` rewrites the
 * references and the README's copies in docs/img/ after a deliberate
 * change (look at them before committing).
 *
 * Tolerance: at most 0.2% of the pixels may differ by more than 24 steps in
 * a channel (the sidebar's pictures use the same), enough for anti-aliasing,
 * not for a moved line or a changed word. The references were made with
 * Debian's Chromium and fonts-liberation2; another font set moves every
 * glyph, and the comparison says so.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePlan, planDocument } from '../../src/domain/analyse';
import { renderHtml } from '../../src/render/html';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { ARTIFACTS, browserAvailable, launch, pdfText, printPdf } from '../../fixtures/browser';
import { tt17Clean, tt57Sample } from '../../fixtures/plans';
import { loadSample, ROOT, TT17_SAMPLE } from '../../fixtures/workbooks';
import { decodePng, differingPixels } from '../ui/png';

const REFERENCES = join(ROOT, 'test', 'document', 'pictures');
const README_PICTURES = join(ROOT, 'docs', 'img');
const UPDATE = process.env.KHCT_UPDATE_PICTURES === '1';
const TOLERANCE = 0.002;

async function printed(browser: Browser, workbook: RawWorkbook, name: string, draft: boolean): Promise<{ pdf: string; pages: string[] }> {
  const outcome = planDocument(analysePlan(workbook, { today: { day: 1, month: 11, year: 2024 } }), { draft });
  if (!outcome.ok) throw new Error(outcome.message);
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = join(ARTIFACTS, `${name}.pdf`);
  await printPdf(browser, renderHtml(outcome.document), pdf);
  return { pdf, pages: pdfText(pdf).split('\f') };
}

/** Page `page` (1-based) of the PDF as a PNG in test/artifacts/. */
function pagePng(pdf: string, page: number, name: string): string {
  const prefix = join(ARTIFACTS, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

/** The first page made of the plan table alone: its repeated header at the top, no section heading on it. */
function tablePage(pages: string[], header: RegExp): number {
  const index = pages.findIndex((text) => header.test(text) && !/^\s*[IVX]+\.\s+[A-ZĐÀ-Ỹ]/mu.test(text));
  expect(index, 'a page made of the plan table alone').toBeGreaterThan(0);
  return index + 1;
}

function compare(name: string, png: string, readmeName?: string): void {
  const reference = join(REFERENCES, `${name}.png`);
  if (UPDATE) {
    mkdirSync(REFERENCES, { recursive: true });
    copyFileSync(png, reference);
    if (readmeName) copyFileSync(png, join(README_PICTURES, `${readmeName}.png`));
    return;
  }
  if (!existsSync(reference)) throw new Error(`No reference picture ${reference}: run npm run test:update-pictures, look at it, commit it.`);
  const expected = decodePng(readFileSync(reference));
  const actual = decodePng(readFileSync(png));
  const sameSize = expected.width === actual.width && expected.height === actual.height;
  const differing = sameSize ? differingPixels(expected, actual) : Infinity;
  const allowed = Math.floor(expected.width * expected.height * TOLERANCE);
  expect(
    {
      size: `${actual.width}×${actual.height}`,
      differing: differing <= allowed ? 'within tolerance' : `${differing} pixels (see ${png})`,
    },
    name,
  ).toEqual({ size: `${expected.width}×${expected.height}`, differing: 'within tolerance' });
}

describe.skipIf(!browserAvailable())('golden pictures of the plan document', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('TT17 (A4 portrait): page 1 and a table page', async () => {
    const { pdf, pages } = await printed(browser, tt17Clean(), 'golden-tt17', false);
    compare('document-tt17-page1', pagePng(pdf, 1, 'golden-tt17-page1'), 'document-tt17');
    compare('document-tt17-table', pagePng(pdf, tablePage(pages, /TT\s+Tiêu chí/), 'golden-tt17-table'), 'document-tt17-table');
  });

  it('TT57 (Biểu 2, A4 landscape): page 1 and a table page', async () => {
    const { pdf, pages } = await printed(browser, tt57Sample(), 'golden-tt57', false);
    compare('document-tt57-page1', pagePng(pdf, 1, 'golden-tt57-page1'), 'document-tt57');
    compare('document-tt57-table', pagePng(pdf, tablePage(pages, /\(1\)\s+\(2\)\s+\(3\)/), 'golden-tt57-table'), 'document-tt57-table');
  });

  it('a draft (the TT17 sample with its errors): page 1 marked DỰ THẢO', async () => {
    const { pdf } = await printed(browser, loadSample(TT17_SAMPLE), 'golden-draft', true);
    compare('document-draft-page1', pagePng(pdf, 1, 'golden-draft-page1'), 'document-draft');
  });
});
