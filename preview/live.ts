/**
 * What the preview's page follows while it is open: a version number
 * pushed over Server-Sent Events on every change, and a short log of the
 * server calls made and of the alerts and toasts the add-on showed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from '../emulator/index';
import type { CallRecord, Notice } from './protocol';

const PING_MS = 20_000;
const KEPT_CALLS = 30;
const KEPT_NOTICES = 20;

/** The state version; every open page hears when it changes. */
export class ChangeFeed {
  private current = 1;
  private readonly listeners = new Set<ServerResponse>();

  version(): number {
    return this.current;
  }

  changed(): void {
    this.current += 1;
    for (const res of this.listeners) res.write(this.event());
  }

  /** Keeps the response open as an event stream until the page goes away. */
  subscribe(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'content-security-policy': "frame-ancestors 'none'",
    });
    res.write(this.event());
    this.listeners.add(res);
    const ping = setInterval(() => res.write(': ping\n\n'), PING_MS);
    req.on('close', () => {
      clearInterval(ping);
      this.listeners.delete(res);
    });
  }

  close(): void {
    for (const res of this.listeners) res.end();
    this.listeners.clear();
  }

  private event(): string {
    return `event: change\ndata: ${JSON.stringify({ version: this.current })}\n\n`;
  }
}

/** The latest server calls, and the alerts and toasts the add-on showed, as the page lists them. */
export class ActivityLog {
  private readonly callList: CallRecord[] = [];
  private readonly noticeList: Notice[] = [];
  private lastCallId = 0;
  private lastNoticeId = 0;
  private seenAlerts = 0;
  private seenToasts = 0;

  constructor(private readonly emu: Emulator) {}

  calls(): CallRecord[] {
    return [...this.callList];
  }

  notices(): Notice[] {
    return [...this.noticeList];
  }

  record(call: Omit<CallRecord, 'id'>): CallRecord {
    const record = { id: ++this.lastCallId, ...call };
    this.callList.push(record);
    this.callList.splice(0, Math.max(0, this.callList.length - KEPT_CALLS));
    return record;
  }

  /** Turns the alerts and toasts shown since the last look into notices. */
  collectNotices(): void {
    const { ui } = this.emu;
    for (const alert of ui.alerts.slice(this.seenAlerts)) {
      this.noticeList.push({ id: ++this.lastNoticeId, kind: 'alert', title: alert.title ?? 'Kế hoạch cải tiến', text: alert.prompt });
    }
    for (const toast of ui.toasts.slice(this.seenToasts)) {
      this.noticeList.push({ id: ++this.lastNoticeId, kind: 'toast', title: toast.title, text: toast.message });
    }
    this.seenAlerts = ui.alerts.length;
    this.seenToasts = ui.toasts.length;
    this.noticeList.splice(0, Math.max(0, this.noticeList.length - KEPT_NOTICES));
  }
}
