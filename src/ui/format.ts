/** Pure formatting for the sidebar: numbers, times and words as a Vietnamese reader expects them. */
import type { Issue } from '../domain/validate/issue';

/** `92.6` → `92,6%`; whole numbers without a decimal. */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return '–';
  const rounded = Math.round(percent * 10) / 10;
  return `${String(rounded).replace('.', ',')}%`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO time as `15:04, 23/11/2025` in the browser's time zone; anything else as given. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}, ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** Errors first, then warnings; the server's order kept within each. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank = (issue: Issue) => (issue.severity === 'error' ? 0 : 1);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.index - b.index)
    .map((entry) => entry.issue);
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

const EMAIL = /^[^\s@,;<>()"']+@[^\s@,;<>()"']+\.[^\s@,;<>()"'.]{2,}$/;

/** Addresses typed in the sidebar: separated by commas, semicolons, spaces or lines. */
export function parseEmails(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const token of text.split(/[\s,;]+/)) {
    const address = token.trim();
    if (!address) continue;
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    (EMAIL.test(address) ? valid : invalid).push(address);
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
