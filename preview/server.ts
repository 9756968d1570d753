/**
 * The local preview (`npm start`): the REAL built add-on (build/Code.js)
 * runs on the emulated Apps Script services in this process, with a plan
 * workbook loaded; the page shows the workbook's tabs as a grid beside the
 * REAL built Sidebar.html, whose `google.script.run` is a small shim that
 * posts each call here.
 *
 *   npm start                          the sample workbook
 *   npm start -- path/to/plan.json     another workbook (offline JSON format)
 *   PORT=8080 npm start                another port (a busy one falls back to a free one)
 *
 * Serves 127.0.0.1 only. Ctrl-C (SIGINT) or SIGTERM stops it.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkbookFile } from '../cli/read-workbook';
import type { RawWorkbook } from '../src/domain/workbook/raw';
import { createEmulator, loadBundle, loadWorkbookJson, type BundleContext, type Emulator, type JsonWorkbook } from '../emulator/index';
import { DocumentRenderer } from './document';
import type { CallRecord, GridSheet, MenuItem, Notice, PreviewState, RunAnswer } from './protocol';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_WORKBOOK = join(ROOT, 'samples/truong-tieu-hoc-an-khang-2024-2025.json');
const DEFAULT_PORT = 5173;
const HOST = '127.0.0.1';
const MAX_BODY = 2 * 1024 * 1024;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Sheets' width of a column nobody resized. */
const SHEETS_DEFAULT_WIDTH = 100;

export interface PreviewOptions {
  /** Offline JSON workbook to open (default: the TT17 sample). */
  workbookPath?: string;
  /** Port to try first (default PORT env, then 5173); 0 = any free port. */
  port?: number;
  /** Directory holding Code.js and Sidebar.html (default build/). */
  buildDir?: string;
  /** Routes under /__test/ that force failures (browser tests only). */
  testHooks?: boolean;
  /** Print one line per server call. */
  logCalls?: boolean;
  /** The emulator's clock start (tests pin it). */
  now?: Date;
}

export interface PreviewServer {
  url: string;
  port: number;
  emulator: Emulator;
  bundle: BundleContext;
  /** The state version; bumps on every change. */
  version(): number;
  close(): Promise<void>;
}

/** A failure the user caused (bad file, missing build): one Vietnamese line, exit 2. */
export class PreviewError extends Error {}

function loadWorkbook(path: string): RawWorkbook {
  try {
    return readWorkbookFile(path);
  } catch (cause) {
    throw new PreviewError((cause as Error).message);
  }
}

async function bundleClient(): Promise<{ js: string; shim: string }> {
  const common = { bundle: true, format: 'iife' as const, target: 'es2020', write: false, charset: 'utf8' as const, legalComments: 'none' as const };
  const [app, shim] = await Promise.all([
    build({ ...common, entryPoints: [join(ROOT, 'preview/client/app.ts')] }),
    build({ ...common, entryPoints: [join(ROOT, 'preview/client/shim.ts')], minify: true }),
  ]);
  return { js: app.outputFiles![0].text, shim: shim.outputFiles![0].text };
}

/** Whether google.script.run could carry this value (no Date, function, Map…). */
export function untransferable(value: unknown, path = 'giá trị'): string | null {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return null;
  if (type === 'function' || type === 'symbol' || type === 'bigint') return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = untransferable(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  const tag = Object.prototype.toString.call(value);
  if (tag !== '[object Object]') return `${path} (${tag.slice(8, -1)})`;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const bad = untransferable(item, `${path}.${key}`);
    if (bad) return bad;
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The emulated sheets as the offline JSON format (dates as yyyy-mm-dd). */
function rawWorkbookOf(emu: Emulator): RawWorkbook {
  return {
    sheets: emu.workbook.sheets().map((sheet) => ({
      name: sheet.name,
      values: sheet.values().map((row) =>
        row.map((cell) => (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]' ? `${(cell as Date).getFullYear()}-${pad((cell as Date).getMonth() + 1)}-${pad((cell as Date).getDate())}` : cell)),
      ),
    })),
  };
}

function gridOf(emu: Emulator): GridSheet[] {
  const snapshot = emu.workbook.snapshot();
  return emu.workbook.sheets().map((view, index) => {
    const snap = snapshot.sheets[index];
    const rows = view.lastRow() > 0 ? view.displayValues() : [];
    const width = Math.max(rows[0]?.length ?? 0, 1);
    const allWidths = view.columnWidths();
    const backgrounds: Record<string, string> = {};
    for (const [a1, color] of Object.entries(snap.backgrounds)) if (color.toLowerCase() !== '#ffffff') backgrounds[a1] = color;
    const bold: Record<string, true> = {};
    for (const [a1, format] of Object.entries(snap.formats)) if (format.fontWeight === 'bold') bold[a1] = true;
    const sheetProtection = snap.protections.find((p) => p.type === 'SHEET');
    return {
      name: snap.name,
      rows,
      backgrounds,
      notes: snap.notes,
      bold,
      frozenRows: snap.frozenRows,
      widths: allWidths.slice(0, width),
      defaultWidths: allWidths.slice(0, width).map((w) => w === SHEETS_DEFAULT_WIDTH),
      protectedNote: sheetProtection ? sheetProtection.description || 'Trang được bảo vệ' : null,
    };
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Yêu cầu quá lớn'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolveBody(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        reject(new Error('Nội dung yêu cầu không phải JSON'));
      }
    });
    req.on('error', reject);
  });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePort((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}

export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const buildDir = options.buildDir ?? join(ROOT, 'build');
  const codePath = join(buildDir, 'Code.js');
  if (!existsSync(codePath) || !existsSync(join(buildDir, 'Sidebar.html'))) {
    throw new PreviewError(`Chưa có bản build trong ${relative(process.cwd(), buildDir) || buildDir}/ (Code.js, Sidebar.html). Hãy chạy "npm start" (lệnh này build trước) hoặc "npm run build".`);
  }
  const workbookPath = resolve(options.workbookPath ?? DEFAULT_WORKBOOK);
  const workbook = loadWorkbook(workbookPath);

  const emu = createEmulator({
    htmlDir: buildDir,
    user: 'hieutruong@truong.example.edu.vn',
    spreadsheetName: `Kế hoạch cải tiến - ${basename(workbookPath, '.json')}`,
    now: options.now,
  });
  // readWorkbookFile checked every cell: strings, numbers, booleans or null.
  loadWorkbookJson(emu, workbook as JsonWorkbook);
  let bundle: BundleContext;
  try {
    bundle = loadBundle(codePath, emu);
  } catch (cause) {
    throw new PreviewError(`Không nạp được ${codePath}: ${(cause as Error).message.split('\n')[0]}. Hãy chạy lại "npm run build".`);
  }
  const client = await bundleClient();
  const page = readFileSync(join(ROOT, 'preview/client/page.html'), 'utf8')
    .replace('/*__CSS__*/', () => readFileSync(join(ROOT, 'preview/client/page.css'), 'utf8'))
    .replace('/*__JS__*/', () => client.js.replace(/<\/script/gi, '<\\/script'));
  const documents = new DocumentRenderer();

  let version = 1;
  let callId = 0;
  let noticeId = 0;
  const calls: CallRecord[] = [];
  const notices: Notice[] = [];
  const listeners = new Set<ServerResponse>();
  let failNext: { name: string | null; message: string } | null = null;
  let seenAlerts = 0;
  let seenToasts = 0;

  const changed = () => {
    version += 1;
    for (const res of listeners) res.write(`event: change\ndata: ${JSON.stringify({ version })}\n\n`);
  };

  /** New alerts and toasts the add-on showed, as notices for the page. */
  const collectNotices = () => {
    for (const alert of emu.ui.alerts.slice(seenAlerts)) {
      notices.push({ id: ++noticeId, kind: 'alert', title: alert.title ?? 'Kế hoạch cải tiến', text: alert.prompt });
    }
    for (const toast of emu.ui.toasts.slice(seenToasts)) {
      notices.push({ id: ++noticeId, kind: 'toast', title: toast.title, text: toast.message });
    }
    seenAlerts = emu.ui.alerts.length;
    seenToasts = emu.ui.toasts.length;
    notices.splice(0, Math.max(0, notices.length - 20));
  };

  /** One google.script.run call (or menu item): one execution of the real bundle. */
  const run = (name: unknown, args: unknown): RunAnswer => {
    if (typeof name !== 'string' || !IDENTIFIER.test(name) || name.endsWith('_') || !bundle.has(name)) {
      return { ok: false, error: `Script function not found: ${String(name)}` };
    }
    const list = Array.isArray(args) ? args : [];
    const started = performance.now();
    const before = emu.calls.total();
    let answer: RunAnswer;
    let failure: string | null = null;
    try {
      if (failNext && (failNext.name === null || failNext.name === name)) {
        const message = failNext.message;
        failNext = null;
        throw new Error(message);
      }
      const value = bundle.call(name, ...list);
      const bad = untransferable(value);
      if (bad) {
        console.warn(`[preview] ${name} trả về ${bad}: google.script.run không chuyển được giá trị này, trang sẽ nhận null.`);
        answer = { ok: true, value: null };
        failure = `giá trị trả về không chuyển được (${bad})`;
      } else {
        answer = { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
        const result = value as { ok?: unknown; message?: unknown } | null;
        if (result && result.ok === false && typeof result.message === 'string') failure = result.message;
      }
    } catch (cause) {
      const error = cause as { name?: string; message?: string };
      const line = String(error?.message ?? cause).split('\n')[0];
      answer = { ok: false, error: error?.name && error.name !== 'Error' ? `${error.name}: ${line}` : line };
      failure = answer.error;
    }
    const record: CallRecord = {
      id: ++callId,
      name,
      ok: failure === null,
      ms: Math.round(performance.now() - started),
      serviceCalls: emu.calls.total() - before,
      failure,
    };
    calls.push(record);
    calls.splice(0, Math.max(0, calls.length - 30));
    if (options.logCalls) {
      console.log(`  ${name.padEnd(16)} ${record.ok ? 'ok  ' : 'lỗi '} ${String(record.ms).padStart(4)} ms  ${record.serviceCalls} lệnh gọi dịch vụ${failure ? `  — ${failure.slice(0, 100)}` : ''}`);
    }
    collectNotices();
    changed();
    return answer;
  };

  // Open the file as Sheets would: onOpen builds the menu, then the user opens the sidebar.
  for (const entry of ['onOpen', 'showSidebar']) {
    if (!bundle.has(entry)) continue;
    try {
      if (entry === 'onOpen') bundle.call(entry, { authMode: 'FULL', source: null, user: null });
      else bundle.call(entry);
    } catch (cause) {
      console.warn(`[preview] ${entry}: ${(cause as Error).message}`);
    }
  }
  collectNotices();

  const menu = (): MenuItem[] =>
    (emu.ui.addonMenu()?.items ?? []).flatMap((item) => (item.type === 'item' ? [{ caption: item.caption, functionName: item.functionName }] : []));

  const sidebarHtml = (): string => {
    const shown = emu.ui.lastSidebar();
    const html = shown?.content ?? readFileSync(join(buildDir, 'Sidebar.html'), 'utf8');
    const shim = `<script>${client.shim.replace(/<\/script/gi, '<\\/script')}</script>`;
    return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + shim) : shim + html;
  };

  const state = (): PreviewState => ({
    version,
    file: relative(process.cwd(), workbookPath) || workbookPath,
    spreadsheetName: emu.workbook.snapshot().name,
    sheets: gridOf(emu),
    selection: emu.workbook.selection(),
    menu: menu(),
    sidebarShown: emu.ui.sidebars().length,
    sidebarTitle: emu.ui.lastSidebar()?.title || 'Kế hoạch cải tiến',
    notices: [...notices],
    calls: [...calls],
    document: documents.status(),
  });

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://preview.local');
      // Only this machine's pages, by name: a foreign page cannot drive the preview.
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      if (host !== HOST && host !== 'localhost') return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
      if (req.method === 'POST' && !(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, { error: 'Cần Content-Type: application/json' });
      }
      const route = `${req.method} ${url.pathname}`;
      switch (route) {
        case 'GET /':
          return send(res, 200, 'text/html; charset=utf-8', page);
        case 'GET /favicon.ico':
          res.writeHead(204).end();
          return;
        case 'GET /sidebar':
          return send(res, 200, 'text/html; charset=utf-8', sidebarHtml());
        case 'GET /document': {
          const rendered = documents.render(rawWorkbookOf(emu), new Date(emu.clock.now()));
          return send(res, 200, 'text/html; charset=utf-8', rendered.html);
        }
        case 'GET /api/state':
          return sendJson(res, 200, state());
        case 'GET /api/events': {
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
          res.write(`event: change\ndata: ${JSON.stringify({ version })}\n\n`);
          listeners.add(res);
          const ping = setInterval(() => res.write(': ping\n\n'), 20_000);
          req.on('close', () => {
            clearInterval(ping);
            listeners.delete(res);
          });
          return;
        }
        case 'POST /api/run': {
          const body = (await readBody(req)) as { name?: unknown; args?: unknown };
          return sendJson(res, 200, run(body.name, body.args));
        }
        case 'POST /api/cell': {
          const body = (await readBody(req)) as { sheet?: unknown; cell?: unknown; value?: unknown };
          const sheet = typeof body.sheet === 'string' ? emu.workbook.sheet(body.sheet) : undefined;
          if (!sheet || typeof body.cell !== 'string' || !/^[A-Z]{1,3}\d{1,7}$/.test(body.cell)) return sendJson(res, 400, { error: 'Ô không hợp lệ' });
          const value = typeof body.value === 'string' || typeof body.value === 'number' || typeof body.value === 'boolean' ? body.value : '';
          // As a user typing: numbers and dates are interpreted, like Sheets does.
          sheet.setValues([[value]], { at: body.cell, asTyped: true });
          changed();
          return sendJson(res, 200, { ok: true, version });
        }
        case 'POST /api/select': {
          const body = (await readBody(req)) as { sheet?: unknown; cell?: unknown };
          if (typeof body.sheet !== 'string' || !emu.workbook.sheet(body.sheet)) return sendJson(res, 400, { error: 'Không có trang này' });
          const cell = typeof body.cell === 'string' && /^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/.test(body.cell) ? body.cell : undefined;
          emu.workbook.select(body.sheet, cell);
          changed();
          return sendJson(res, 200, { ok: true, version });
        }
        default:
          if (options.testHooks && req.method === 'POST' && url.pathname.startsWith('/__test/')) {
            const body = (await readBody(req)) as { name?: string; message?: string; forMs?: number };
            if (url.pathname === '/__test/fail-next') {
              failNext = { name: body.name ?? null, message: body.message ?? 'TypeError: Cannot read properties of undefined (reading "x")' };
              return sendJson(res, 200, { ok: true });
            }
            if (url.pathname === '/__test/hold-lock') {
              emu.holdDocumentLockElsewhere({ forMs: body.forMs });
              return sendJson(res, 200, { ok: true });
            }
          }
          return send(res, 404, 'text/plain; charset=utf-8', 'Không có trang này');
      }
    } catch (cause) {
      if (!res.headersSent) sendJson(res, 400, { error: (cause as Error).message });
    }
  });

  const wanted = options.port ?? (process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT);
  let port: number;
  try {
    port = await listen(server, Number.isInteger(wanted) && wanted >= 0 ? wanted : DEFAULT_PORT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    port = await listen(server, 0);
  }

  return {
    url: `http://${HOST}:${port}/`,
    port,
    emulator: emu,
    bundle,
    version: () => version,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const res of listeners) res.end();
        listeners.clear();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log('Cách dùng: npm start [-- đường/dẫn/ke-hoach.json]\nMở bản xem trước tại http://127.0.0.1:5173/ (đổi cổng: PORT=8080 npm start).');
    return;
  }
  const workbookPath = argv.find((arg) => !arg.startsWith('-'));
  let preview: PreviewServer;
  try {
    preview = await startPreview({ workbookPath, logCalls: true });
  } catch (error) {
    if (error instanceof PreviewError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const file = relative(process.cwd(), resolve(workbookPath ?? DEFAULT_WORKBOOK));
  console.log(`Kế hoạch cải tiến — bản xem trước: ${preview.url}`);
  console.log(`Bảng tính: ${file}. Dừng: Ctrl-C.`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nĐang dừng (${signal})…`);
    void preview.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`Không khởi động được bản xem trước: ${(error as Error).message}`);
    process.exit(1);
  });
}
