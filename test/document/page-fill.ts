/**
 * How full each printed page is: the lowest word on the page (pdftotext
 * -bbox, poppler-utils) measured against the height between the margins.
 * Used to show that the plan wastes no paper (issue 18: no page less than
 * two-thirds full except the last of a section).
 */
import { execFileSync } from 'node:child_process';

export interface PageFill {
  /** 1-based page number. */
  page: number;
  /** Bottom of the lowest word, as a share of the text height (0–1). */
  fill: number;
  /** The page's words, for telling which section it ends. */
  text: string;
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#\d+|\w+);/g, (whole, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? whole)));
}

/** Each page's fill, given the page's top and bottom margins in points. */
export function pageFills(pdfPath: string, marginTopPt: number, marginBottomPt: number): PageFill[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const fills: PageFill[] = [];
  for (const [index, match] of [...xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].entries()) {
    const height = Number(match[2]);
    const words = [...match[3].matchAll(/yMax="([\d.]+)">([^<]*)<\/word>/g)];
    const lowest = Math.max(marginTopPt, ...words.map((word) => Number(word[1])));
    fills.push({
      page: index + 1,
      fill: (lowest - marginTopPt) / (height - marginTopPt - marginBottomPt),
      text: words.map((word) => unescapeXml(word[2])).join(' '),
    });
  }
  return fills;
}
