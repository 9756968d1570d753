/**
 * Headless Chromium (playwright-core, Debian `chromium`) prints the HTML
 * twin to PDF; poppler-utils turn it into text and a PNG of page 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Browser tests run when chromium is there; in CI they must run (and fail loudly if it is missing). */
export function browserAvailable(): boolean {
  return existsSync(CHROMIUM) || Boolean(process.env.CI);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Prints a page to PDF with the page's own @page size and margins. */
export async function printPdf(browser: Browser, html: string, pdfPath: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(pdfPath, pdf);
  } finally {
    await page.close();
  }
}

export function pdfText(pdfPath: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
}

/** Page count, from pdfinfo. */
export function pdfPages(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Page size in points, from pdfinfo. */
export function pdfPageSize(pdfPath: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) };
}

/** Page 1 as `<prefix>.png` (80 dpi). */
export function firstPagePng(pdfPath: string, prefix: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  return `${prefix}.png`;
}
