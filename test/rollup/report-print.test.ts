/**
 * The district report printed as the specialist prints it: headless
 * Chromium turns the HTML into a PDF (A4 landscape), pdftotext reads the
 * figures back, page 1 is saved as test/artifacts/district-report-p1.png.
 * Skipped only when chromium is absent outside CI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDistrictReport, rollUp, type SchoolInput } from '../../src/domain/rollup';
import { renderHtml } from '../../src/render/html';
import { ARTIFACTS, browserAvailable, firstPagePng, launch, pdfPageSize, pdfText, printPdf } from '../../fixtures/browser';
import { DISTRICT_SAMPLES } from '../../scripts/make-district-samples';

function samples(): SchoolInput[] {
  return readdirSync(DISTRICT_SAMPLES)
    .sort()
    .map((name): SchoolInput => {
      try {
        return { label: name, workbook: JSON.parse(readFileSync(join(DISTRICT_SAMPLES, name), 'utf8')) };
      } catch {
        return { label: name, unreadable: `Tệp "${name}" không phải JSON hợp lệ.` };
      }
    });
}

describe.skipIf(!browserAvailable())('district report, printed', () => {
  let browser: Browser;
  const pdf = join(ARTIFACTS, 'district-report.pdf');
  beforeAll(async () => {
    browser = await launch();
    const rollup = rollUp(samples(), { today: { day: 15, month: 1, year: 2027 } });
    await printPdf(
      browser,
      renderHtml(buildDistrictReport(rollup, { agency: 'UBND huyện Phú Giáo', place: 'Phú Giáo', date: { day: 20, month: 1, year: 2027 } })),
      pdf,
    );
    firstPagePng(pdf, join(ARTIFACTS, 'district-report-p1'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is A4 landscape', () => {
    const size = pdfPageSize(pdf);
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([842, 595]);
  });

  it('prints the header, the title and the district’s figures in reading order', () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    const inOrder = [
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      'BÁO CÁO',
      'Tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học 2026 - 2027',
      'tổng hợp được 12 trường',
      '600.000.000 đồng',
      'II. KẾT QUẢ TỪNG TRƯỜNG',
      '150.000.000',
      'III. CÁC TIÊU CHÍ CẦN ƯU TIÊN CẢI TIẾN TRÊN ĐỊA BÀN',
      'TRƯỞNG PHÒNG',
    ];
    const positions = inOrder.map((figure) => text.indexOf(figure));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
