/**
 * The local preview (`npm start`): the REAL built add-on (build/Code.js)
 * runs on the emulated Apps Script services in this process, with a plan
 * workbook loaded; the page shows the workbook's tabs as a grid beside the
 * REAL built Sidebar.html, whose `google.script.run` is the emulator's
 * runner (emulator/script-run*.ts) posting each call here.
 *
 *   npm start                          the sample workbook
 *   npm start -- path/to/plan.json     another workbook (offline JSON format)
 *   PORT=8080 npm start                another port (a busy one falls back to a free one)
 *
 * This file wires the parts and routes requests; http.ts decides who may
 * ask, live.ts keeps the page up to date, workbook-view.ts shapes the
 * sheets for it. Serves 127.0.0.1 only. Ctrl-C (SIGINT) or SIGTERM stops it.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GLOBAL_NAME } from '../scripts/build';
import type { RawWorkbook } from '../src/domain/workbook/raw';
import { FileInputError, readWorkbookJson } from '../src/node/workbook-file';
import { createEmulator, loadBundle, loadWorkbookJson, type BundleContext, type Emulator, type JsonWorkbook } from '../emulator/index';
import { bundleExports, notPlainJson, ScriptRunner, type RunAnswer } from '../emulator/script-run';
import { DocumentRenderer } from './document';
import { HOST, HttpError, isOwnRequest, listen, readJsonBody, send, sendError, sendJson } from './http';
import { ActivityLog, ChangeFeed } from './live';
import type { MenuItem, PreviewState } from './protocol';
import { gridOf, rawWorkbookOf } from './workbook-view';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_WORKBOOK = join(ROOT, 'samples/truong-tieu-hoc-an-khang-2024-2025.json');
const DEFAULT_PORT = 5173;
const CELL = /^[A-Z]{1,3}\d{1,7}$/;
const CELL_OR_RANGE = /^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/;

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
  /** The functions a page may call through google.script.run (the bundle's exports). */
  callable: string[];
  /** The state version; bumps on every change. */
  version(): number;
  close(): Promise<void>;
}

/** A failure the user caused (bad file, missing build): one Vietnamese line, exit 2. */
export class PreviewError extends Error {}

/** The same checks as the CLI's input: a regular file of at most 64 MB, strict UTF-8, the workbook format. */
function loadWorkbook(path: string): RawWorkbook {
  try {
    return readWorkbookJson(path);
  } catch (cause) {
    if (cause instanceof FileInputError) throw new PreviewError(cause.message);
    throw cause;
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

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
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
  // readWorkbookJson checked every cell: strings, numbers, booleans or null.
  loadWorkbookJson(emu, workbook as JsonWorkbook);
  let bundle: BundleContext;
  try {
    bundle = loadBundle(codePath, emu);
  } catch (cause) {
    throw new PreviewError(`Không nạp được ${codePath}: ${(cause as Error).message.split('\n')[0]}. Hãy chạy lại "npm run build".`);
  }
  const runner = new ScriptRunner(bundle, bundleExports(bundle, GLOBAL_NAME));
  const client = await bundleClient();
  const page = readFileSync(join(ROOT, 'preview/client/page.html'), 'utf8')
    .replace('/*__CSS__*/', () => readFileSync(join(ROOT, 'preview/client/page.css'), 'utf8'))
    .replace('/*__JS__*/', () => client.js.replace(/<\/script/gi, '<\\/script'));
  const documents = new DocumentRenderer();
  const feed = new ChangeFeed();
  const activity = new ActivityLog(emu);
  let failNext: { name: string | null; message: string } | null = null;

  /** One google.script.run call (or menu item): one execution of the real bundle. */
  const run = (name: string, args: unknown[]): RunAnswer => {
    const started = performance.now();
    const before = emu.calls.total();
    let outcome;
    if (failNext && (failNext.name === null || failNext.name === name)) {
      // As if the function had thrown this message (the browser tests' failure drill).
      const error = failNext.message;
      failNext = null;
      outcome = { answer: { ok: false as const, error }, failure: error };
    } else {
      outcome = runner.run(name, args);
    }
    const record = activity.record({
      name,
      ok: outcome.failure === null,
      ms: Math.round(performance.now() - started),
      serviceCalls: emu.calls.total() - before,
      failure: outcome.failure,
    });
    if (options.logCalls) {
      const failure = record.failure ? `  — ${record.failure.slice(0, 100)}` : '';
      console.log(`  ${name.padEnd(16)} ${record.ok ? 'ok  ' : 'lỗi '} ${String(record.ms).padStart(4)} ms  ${record.serviceCalls} lệnh gọi dịch vụ${failure}`);
    }
    activity.collectNotices();
    feed.changed();
    return outcome.answer;
  };

  // Open the file as Sheets would: onOpen builds the menu, then the user opens the sidebar.
  for (const entry of ['onOpen', 'showSidebar']) {
    if (!runner.isCallable(entry)) continue;
    try {
      if (entry === 'onOpen') bundle.call(entry, { authMode: 'FULL', source: null, user: null });
      else bundle.call(entry);
    } catch (cause) {
      console.warn(`[preview] ${entry}: ${(cause as Error).message}`);
    }
  }
  activity.collectNotices();

  const menu = (): MenuItem[] =>
    (emu.ui.addonMenu()?.items ?? []).flatMap((item) => (item.type === 'item' ? [{ caption: item.caption, functionName: item.functionName }] : []));

  const sidebarHtml = (): string => {
    const shown = emu.ui.lastSidebar();
    const html = shown?.content ?? readFileSync(join(buildDir, 'Sidebar.html'), 'utf8');
    const shim = `<script>${client.shim.replace(/<\/script/gi, '<\\/script')}</script>`;
    return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + shim) : shim + html;
  };

  const state = (): PreviewState => ({
    version: feed.version(),
    file: relative(process.cwd(), workbookPath) || workbookPath,
    spreadsheetName: emu.workbook.snapshot().name,
    sheets: gridOf(emu),
    selection: emu.workbook.selection(),
    menu: menu(),
    sidebarShown: emu.ui.sidebars().length,
    sidebarTitle: emu.ui.lastSidebar()?.title || 'Kế hoạch cải tiến',
    notices: activity.notices(),
    calls: activity.calls(),
    document: documents.status(),
  });

  /** POST /api/run: only the bundle's own functions, only plain-JSON arguments. */
  const runRoute = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = asObject(await readJsonBody(req));
    if (!runner.isCallable(body.name)) {
      return sendJson(res, 404, { ok: false, error: `Script function not found: ${String(body.name).slice(0, 80)}` });
    }
    const args = body.args ?? [];
    const bad = Array.isArray(args) ? notPlainJson(args) : 'args không phải một mảng';
    if (bad) return sendJson(res, 400, { ok: false, error: `Invalid argument: ${bad}` });
    return sendJson(res, 200, run(body.name, args as unknown[]));
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://preview.local');
    if (req.method === 'POST' && !(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { error: 'Cần Content-Type: application/json' });
    }
    switch (`${req.method} ${url.pathname}`) {
      case 'GET /':
        return send(res, 200, 'text/html; charset=utf-8', page);
      case 'GET /favicon.ico':
        res.writeHead(204).end();
        return;
      case 'GET /sidebar':
        return send(res, 200, 'text/html; charset=utf-8', sidebarHtml(), 'self');
      case 'GET /document': {
        const rendered = documents.render(rawWorkbookOf(emu), new Date(emu.clock.now()));
        return send(res, 200, 'text/html; charset=utf-8', rendered.html, 'self');
      }
      case 'GET /api/state':
        return sendJson(res, 200, state());
      case 'GET /api/events':
        return feed.subscribe(req, res);
      case 'POST /api/run':
        return runRoute(req, res);
      case 'POST /api/cell': {
        const body = asObject(await readJsonBody(req));
        const sheet = typeof body.sheet === 'string' ? emu.workbook.sheet(body.sheet) : undefined;
        if (!sheet || typeof body.cell !== 'string' || !CELL.test(body.cell)) return sendJson(res, 400, { error: 'Ô không hợp lệ' });
        const value = typeof body.value === 'string' || typeof body.value === 'number' || typeof body.value === 'boolean' ? body.value : '';
        // As a user typing: numbers and dates are interpreted, like Sheets does.
        sheet.setValues([[value]], { at: body.cell, asTyped: true });
        feed.changed();
        return sendJson(res, 200, { ok: true, version: feed.version() });
      }
      case 'POST /api/select': {
        const body = asObject(await readJsonBody(req));
        if (typeof body.sheet !== 'string' || !emu.workbook.sheet(body.sheet)) return sendJson(res, 400, { error: 'Không có trang này' });
        const cell = typeof body.cell === 'string' && CELL_OR_RANGE.test(body.cell) ? body.cell : undefined;
        emu.workbook.select(body.sheet, cell);
        feed.changed();
        return sendJson(res, 200, { ok: true, version: feed.version() });
      }
      default:
        if (options.testHooks && req.method === 'POST' && url.pathname.startsWith('/__test/')) {
          const body = asObject(await readJsonBody(req));
          if (url.pathname === '/__test/fail-next') {
            failNext = { name: typeof body.name === 'string' ? body.name : null, message: typeof body.message === 'string' ? body.message : 'TypeError: Cannot read properties of undefined (reading "x")' };
            return sendJson(res, 200, { ok: true });
          }
          if (url.pathname === '/__test/hold-lock') {
            emu.holdDocumentLockElsewhere({ forMs: typeof body.forMs === 'number' ? body.forMs : undefined });
            return sendJson(res, 200, { ok: true });
          }
        }
        return send(res, 404, 'text/plain; charset=utf-8', 'Không có trang này');
    }
  };

  let port = 0;
  const server = createServer((req, res) => {
    // Only this machine's preview page, by host, port and origin: a foreign page cannot drive it.
    if (!isOwnRequest(req, port)) {
      return send(res, 403, 'text/plain; charset=utf-8', `Chỉ trang xem trước tại http://${HOST}:${port}/ mới được gọi máy chủ này.`);
    }
    route(req, res).catch((cause: unknown) => {
      sendError(res, cause instanceof HttpError ? cause : new HttpError(400, (cause as Error)?.message ?? String(cause)));
    });
  });

  const wanted = options.port ?? (process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT);
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
    callable: runner.names(),
    version: () => feed.version(),
    close: () =>
      new Promise<void>((resolveClose) => {
        feed.close();
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
