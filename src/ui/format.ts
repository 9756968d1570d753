/**
 * Pure formatting for the sidebar: numbers, times and words as a Vietnamese
 * reader expects them. The rules the server also applies (the issue order,
 * the percent format, the e-mail rule) are the domain's own, imported here
 * so the sidebar bundle and Code.js can never disagree.
 */
import { checkEmail, splitEmails } from '../domain/email';
import type { Issue } from '../domain/validate/issue';

export { formatPercent } from '../domain/parse/percent';
export { sortIssues } from '../domain/validate/sort';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO time as `15:04, 23/11/2025` in the browser's time zone; anything else as given. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}, ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

export function severityLabel(severity: Issue['severity']): string {
  return severity === 'error' ? 'Lỗi' : 'Cảnh báo';
}

/** Where an issue is, for people: `Tiêu chuẩn 1 · ô C3`. */
export function issueLocation(issue: Pick<Issue, 'sheet' | 'cell'>): string {
  return issue.cell ? `${issue.sheet} · ô ${issue.cell}` : issue.sheet;
}

/** `0 lỗi`, `1 cảnh báo`: Vietnamese nouns do not inflect; numbers stay digits. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}`;
}

export function levelName(level: number): string {
  return `Mức ${level}`;
}

/** An address the sidebar refuses before anything is sent, and why (the domain's words). */
export interface RefusedEmail {
  address: string;
  reason: string;
}

/**
 * Addresses typed in the sidebar, split and checked by the same rule the
 * server applies to `Email nhận` and to "Chia sẻ" (src/domain/email.ts);
 * a repeated address is kept once.
 */
export function parseEmails(text: string): { valid: string[]; invalid: RefusedEmail[] } {
  const valid: string[] = [];
  const invalid: RefusedEmail[] = [];
  const seen = new Set<string>();
  for (const address of splitEmails(text)) {
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const check = checkEmail(address);
    if (check.ok) valid.push(address);
    else invalid.push({ address, reason: check.reason });
  }
  return { valid, invalid };
}

/** Only web links leave the sidebar: anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Seconds since a start, for the progress line: `12 giây`, `1 phút 5 giây`. */
export function elapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds} giây`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} phút ${rest} giây` : `${minutes} phút`;
}
