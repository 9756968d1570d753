/**
 * The preview server answers only its own page, and runs only the add-on
 * (issue 14, item 1): google.script.run reaches the bundle's exported
 * functions and nothing else (never eval, Function or the vm's globals),
 * arguments are plain JSON, Host and Origin are the preview's own, no
 * other site may frame it, and a body over 1 MB is refused with 413.
 * Starts the real server on a free loopback port; no browser needed.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../preview/server';
import * as entry from '../../src/entry/main';
import type { ServerApi } from '../../src/server/api';
import { startTestPreview } from './preview-harness';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (fetch cannot set Host or Origin), with the body as given. */
function raw(server: PreviewServer, method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may answer 413 and close before the whole body is sent.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(body);
  });
}

function runCall(server: PreviewServer, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return raw(server, 'POST', '/api/run', { 'content-type': 'application/json', ...headers }, JSON.stringify(body));
}

describe('preview server: only its own page, only the add-on’s functions', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startTestPreview();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('the callable functions are exactly the exports of src/entry/main.ts, every ServerApi function among them', () => {
    expect(server.callable).toEqual(Object.keys(entry).sort());
    const serverApi: (keyof ServerApi)[] = [
      'getOverview',
      'proposeSetup',
      'setupTabs',
      'checkPlan',
      'writeSummary',
      'goToCell',
      'createDocument',
      'shareDocument',
    ];
    for (const name of serverApi) expect(server.callable).toContain(name);
  });

  it.each([
    ['eval'],
    ['Function'],
    ['constructor'],
    ['__proto__'],
    ['toString'],
    ['hasOwnProperty'],
    ['valueOf'],
    ['KeHoachCaiTien'],
    ['SpreadsheetApp'],
    ['globalThis'],
    ['require'],
    ['process'],
    ['Date'],
    ['checkPlan_'],
    ['checkplan'],
    [''],
    [42],
    [null],
    [['checkPlan']],
  ])('POST /api/run %j: 404 "Script function not found", nothing runs', async (name) => {
    const version = server.version();
    const calls = server.emulator.calls.total();
    const answer = await runCall(server, { name, args: ['globalThis.process.exit(7)'] });
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toEqual({ ok: false, error: `Script function not found: ${String(name)}` });
    expect(server.version()).toBe(version);
    expect(server.emulator.calls.total()).toBe(calls);
  });

  it('an exported function runs as one execution and answers its Result', async () => {
    const answer = await runCall(server, { name: 'getOverview', args: [] });
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body) as { ok: boolean; value: { ok: boolean; value: { schoolName: string } } };
    expect(body.ok).toBe(true);
    expect(body.value.value.schoolName).toBe('Trường Tiểu học An Khang');
  });

  const deep = (levels: number): unknown => (levels === 0 ? 'Tiêu chuẩn 1' : [deep(levels - 1)]);
  it.each([
    ['args not an array', { name: 'goToCell', args: 'Tiêu chuẩn 1' }, /args không phải một mảng/],
    ['a __proto__ key', { name: 'setupTabs', args: [JSON.parse('{"__proto__": {"framework": "TT57/2026"}}')] }, /có khóa "__proto__"/],
    ['a constructor key', { name: 'setupTabs', args: [{ constructor: { prototype: { x: 1 } } }] }, /có khóa "constructor"/],
    ['nesting 40 deep', { name: 'goToCell', args: [deep(40), 'C3'] }, /lồng quá 16 tầng/],
  ])('POST /api/run with %s: 400 "Invalid argument", nothing runs', async (_name, body, words) => {
    const calls = server.emulator.calls.total();
    const answer = await runCall(server, body);
    expect(answer.status).toBe(400);
    const parsed = JSON.parse(answer.body) as { ok: boolean; error: string };
    expect(parsed.ok).toBe(false);
    expect(parsed.error).toMatch(/^Invalid argument: /);
    expect(parsed.error).toMatch(words);
    expect(server.emulator.calls.total()).toBe(calls);
  });

  it.each([
    ['another site', 403, { origin: 'http://evil.example' }],
    ['a sandboxed or file page (Origin: null)', 403, { origin: 'null' }],
    ['the right host on another port', 403, { origin: 'http://127.0.0.1:1' }],
    ['a rebinding name (Host: evil.example)', 403, { host: 'evil.example' }],
    ['the right name, another port in Host', 403, { host: '127.0.0.1:1' }],
    ['the preview’s own page', 200, { origin: 'ORIGIN' }],
    ['the preview’s own page by the name localhost', 200, { origin: 'LOCALHOST', host: 'LOCALHOST_HOST' }],
    ['a local tool sending no Origin', 200, {}],
  ])('%s: GET /api/state and POST /api/run answer %i', async (_name, status, given) => {
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(given)) {
      headers[key] = value
        .replace('LOCALHOST_HOST', `localhost:${server.port}`)
        .replace('LOCALHOST', `http://localhost:${server.port}`)
        .replace('ORIGIN', `http://127.0.0.1:${server.port}`);
    }
    expect((await raw(server, 'GET', '/api/state', headers)).status).toBe(status);
    expect((await runCall(server, { name: 'getOverview', args: [] }, headers)).status).toBe(status);
  });

  it.each([
    ['/', 'DENY', "frame-ancestors 'none'"],
    ['/api/state', 'DENY', "frame-ancestors 'none'"],
    ['/sidebar', 'SAMEORIGIN', "frame-ancestors 'self'"],
    ['/document', 'SAMEORIGIN', "frame-ancestors 'self'"],
  ])('GET %s: X-Frame-Options %s, CSP %s (the page frames only its own sidebar and document)', async (path, frameOptions, policy) => {
    const answer = await raw(server, 'GET', path, {});
    expect(answer.status).toBe(200);
    expect(answer.headers['x-frame-options']).toBe(frameOptions);
    expect(answer.headers['content-security-policy']).toBe(policy);
  });

  it('a body over 1 MB is answered 413, told by Content-Length or sent chunked; 1 MB exactly is read', async () => {
    const padding = (bytes: number) => {
      const head = '{"name":"khong-co","pad":"';
      return head + 'a'.repeat(bytes - head.length - 2) + '"}';
    };
    const over = padding(1024 * 1024 + 1);
    const told = await raw(server, 'POST', '/api/run', { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(over)) }, over);
    expect(told.status).toBe(413);
    expect(JSON.parse(told.body)).toEqual({ error: 'Yêu cầu quá lớn: tối đa 1 MB.' });
    const chunked = await raw(server, 'POST', '/api/run', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, over);
    expect(chunked.status).toBe(413);
    const atCap = await raw(server, 'POST', '/api/run', { 'content-type': 'application/json' }, padding(1024 * 1024));
    expect(atCap.status).toBe(404);
  });
});
