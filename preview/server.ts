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
 *   npm start -- --district FOLDER     a Phòng GD&ĐT's spreadsheet; the folder's workbooks are the schools' (district.ts)
 *
 * This file only routes requests: session.ts is the add-on open on the
 * workbook, http.ts decides who may ask, live.ts keeps the page up to
 * date, workbook-view.ts shapes the sheets for it. Serves 127.0.0.1 only. Ctrl-C (SIGINT) or SIGTERM stops it.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawWorkbook } from '../src/domain/workbook/raw';
import { forTerminal } from '../src/node/terminal-text';
import { FileInputError, readWorkbookJson } from '../src/node/workbook-file';
import type { BundleContext, Emulator } from '../emulator/index';
import { notPlainJson } from '../emulator/script-run';
import { HOST, HttpError, isOwnRequest, listen, readJsonBody, send, sendError, sendJson } from './http';
import { PreviewSession } from './session';
import { DistrictDrive } from './district';
import { spreadsheetHtml } from './spreadsheet-view';

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
  /** District mode: a Phòng's spreadsheet, whose Picker lists this folder's workbooks (district.ts). */
  districtDir?: string;
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

/** The request handler: one route per thing the page does, each a few lines over the session. */
function router(
  session: PreviewSession,
  page: string,
  testHooks: boolean,
  district: DistrictDrive | null = null,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  /** POST /api/run: only the bundle's own functions, only plain-JSON arguments. */
  const runRoute = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = asObject(await readJsonBody(req));
    if (!session.runner.isCallable(body.name)) {
      return sendJson(res, 404, { ok: false, error: `Script function not found: ${String(body.name).slice(0, 80)}` });
    }
    const args = body.args ?? [];
    const bad = Array.isArray(args) ? notPlainJson(args) : 'args không phải một mảng';
    if (bad) return sendJson(res, 400, { ok: false, error: `Invalid argument: ${bad}` });
    return sendJson(res, 200, session.run(body.name, args as unknown[]));
  };

  const testRoute = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    if (path === '/__test/fail-next') {
      const body = asObject(await readJsonBody(req));
      session.failNextCall(
        typeof body.name === 'string' ? body.name : null,
        typeof body.message === 'string' ? body.message : 'TypeError: Cannot read properties of undefined (reading "x")',
      );
      sendJson(res, 200, { ok: true });
      return true;
    }
    if (path === '/__test/hold-lock') {
      const body = asObject(await readJsonBody(req));
      session.emu.holdDocumentLockElsewhere({ forMs: typeof body.forMs === 'number' ? body.forMs : undefined });
      sendJson(res, 200, { ok: true });
      return true;
    }
    return false;
  };

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview.local');
    if (req.method === 'POST' && !(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { error: 'Cần Content-Type: application/json' });
    }
    // A spreadsheet the add-on made ("Lập kế hoạch năm học mới"), opened in a second browser tab.
    const made = req.method === 'GET' ? /^\/spreadsheet\/([\w-]{1,80})$/.exec(url.pathname) : null;
    if (made) {
      const html = spreadsheetHtml(session.emu, made[1]);
      return html ? send(res, 200, 'text/html; charset=utf-8', html) : send(res, 404, 'text/plain; charset=utf-8', 'Không có bảng tính này');
    }
    switch (`${req.method} ${url.pathname}`) {
      case 'GET /':
        return send(res, 200, 'text/html; charset=utf-8', page);
      case 'GET /favicon.ico':
        res.writeHead(204).end();
        return;
      case 'GET /sidebar':
        return send(res, 200, 'text/html; charset=utf-8', session.sidebarHtml(), 'self');
      case 'GET /document':
        return send(res, 200, 'text/html; charset=utf-8', session.documentHtml(), 'self');
      case 'GET /api/state':
        return sendJson(res, 200, session.state());
      case 'GET /api/events':
        return session.feed.subscribe(req, res);
      case 'POST /api/run':
        return runRoute(req, res);
      case 'POST /api/cell': {
        const body = asObject(await readJsonBody(req));
        const value = typeof body.value === 'string' || typeof body.value === 'number' || typeof body.value === 'boolean' ? body.value : '';
        const ok = typeof body.sheet === 'string' && typeof body.cell === 'string' && CELL.test(body.cell) && session.typeInto(body.sheet, body.cell, value);
        return ok ? sendJson(res, 200, { ok: true, version: session.feed.version() }) : sendJson(res, 400, { error: 'Ô không hợp lệ' });
      }
      case 'POST /api/pick': {
        // The local file chooser standing in for the Google Picker: {name, base64} → the emulated Drive's file id.
        const body = asObject(await readJsonBody(req));
        if (typeof body.name !== 'string' || typeof body.base64 !== 'string') return sendJson(res, 400, { error: 'Cần tên tệp và nội dung (base64)' });
        return sendJson(res, 200, { fileId: session.pickLocalFile(body.name.slice(0, 200), Buffer.from(body.base64, 'base64')) });
      }
      case 'GET /api/district/files':
        // The emulated Picker's list (district mode only).
        return district ? sendJson(res, 200, { files: district.files() }) : send(res, 404, 'text/plain; charset=utf-8', 'Không có trang này');
      case 'POST /api/district/pick': {
        const body = asObject(await readJsonBody(req));
        if (!district || !Array.isArray(body.ids)) return sendJson(res, 400, { error: 'Cần danh sách tệp đã chọn' });
        const files = district.pick(body.ids);
        session.feed.changed();
        return sendJson(res, 200, { files });
      }
      case 'POST /api/select': {
        const body = asObject(await readJsonBody(req));
        const cell = typeof body.cell === 'string' && CELL_OR_RANGE.test(body.cell) ? body.cell : undefined;
        const ok = typeof body.sheet === 'string' && session.select(body.sheet, cell);
        return ok ? sendJson(res, 200, { ok: true, version: session.feed.version() }) : sendJson(res, 400, { error: 'Không có trang này' });
      }
      default:
        if (testHooks && req.method === 'POST' && (await testRoute(req, res, url.pathname))) return;
        return send(res, 404, 'text/plain; charset=utf-8', 'Không có trang này');
    }
  };
}

export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const buildDir = options.buildDir ?? join(ROOT, 'build');
  if (!existsSync(join(buildDir, 'Code.js')) || !existsSync(join(buildDir, 'Sidebar.html'))) {
    throw new PreviewError(
      `Chưa có bản build trong ${relative(process.cwd(), buildDir) || buildDir}/ (Code.js, Sidebar.html). Hãy chạy "npm start" (lệnh này build trước) hoặc "npm run build".`,
    );
  }
  const districtDir = options.districtDir ? resolve(options.districtDir) : null;
  const workbookPath = districtDir ?? resolve(options.workbookPath ?? DEFAULT_WORKBOOK);
  // A Phòng starts from a blank spreadsheet, made a district one by the add-on's own setup below.
  const workbook: RawWorkbook = districtDir ? { sheets: [{ name: 'Trang tính1', values: [] }] } : loadWorkbook(workbookPath);
  const client = await bundleClient();
  let session: PreviewSession;
  try {
    session = new PreviewSession({ buildDir, workbookPath, workbook, shimJs: client.shim, now: options.now, logCalls: options.logCalls });
  } catch (cause) {
    throw new PreviewError(`Không nạp được ${join(buildDir, 'Code.js')}: ${(cause as Error).message.split('\n')[0]}. Hãy chạy lại "npm run build".`);
  }
  let district: DistrictDrive | null = null;
  if (districtDir) {
    try {
      district = new DistrictDrive(session.emu, districtDir);
    } catch (cause) {
      throw new PreviewError(`Không đọc được thư mục ${districtDir}: ${(cause as Error).message}`);
    }
    session.run('setupDistrict', []);
  }
  session.openAsSheetsWould();
  const page = readFileSync(join(ROOT, 'preview/client/page.html'), 'utf8')
    .replace('/*__CSS__*/', () => readFileSync(join(ROOT, 'preview/client/page.css'), 'utf8'))
    .replace('/*__JS__*/', () => client.js.replace(/<\/script/gi, '<\\/script'));
  const route = router(session, page, options.testHooks === true, district);

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
    emulator: session.emu,
    bundle: session.bundle,
    callable: session.runner.names(),
    version: () => session.feed.version(),
    close: () =>
      new Promise<void>((resolveClose) => {
        session.feed.close();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      'Cách dùng: npm start [-- đường/dẫn/ke-hoach.json | --district thư/mục/các/trường]\nMở bản xem trước tại http://127.0.0.1:5173/ (đổi cổng: PORT=8080 npm start).',
    );
    return;
  }
  const workbookPath = argv.find((arg) => !arg.startsWith('-'));
  const districtDir = argv.includes('--district') ? (workbookPath ?? join(ROOT, 'samples/phong-gd-mau')) : undefined;
  let preview: PreviewServer;
  try {
    preview = await startPreview(districtDir ? { districtDir, logCalls: true } : { workbookPath, logCalls: true });
  } catch (error) {
    if (error instanceof PreviewError) {
      console.error(forTerminal(error.message));
      process.exit(2);
    }
    throw error;
  }
  const file = relative(process.cwd(), resolve(districtDir ?? workbookPath ?? DEFAULT_WORKBOOK));
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
