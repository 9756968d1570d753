/**
 * `npm start`'s server as a process: it prints its URL, falls back to a free
 * port when the wanted one is busy, stops cleanly on SIGTERM/SIGINT, and a
 * bad workbook file is one Vietnamese line and exit 2. No browser needed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../preview/server';
import { ensureBuilt } from './preview-harness';

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SERVER = join(ROOT, 'preview/server.ts');

function runToEnd(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [SERVER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PORT: '0' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

/** fetch() will not send another Host header; node:http will. */
function statusWithHost(url: URL, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('preview server process', () => {
  beforeAll(async () => {
    await ensureBuilt();
  });

  it('a missing or malformed workbook is one Vietnamese line on stderr and exit 2', () => {
    const missing = runToEnd(['/nonexistent/plan.json']);
    expect(missing.status).toBe(2);
    expect(
      missing.stderr
        .trim()
        .split('\n')
        .filter((l) => !/npm warn/.test(l)),
    ).toHaveLength(1);
    expect(missing.stderr).toContain('Không đọc được tệp');

    const dir = mkdtempSync(join(tmpdir(), 'khct-bad-'));
    writeFileSync(join(dir, 'bad.json'), '{"sheets": [{"name": 1}]}');
    const malformed = runToEnd([join(dir, 'bad.json')]);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('không đúng định dạng');
    expect(malformed.stderr).not.toMatch(/\n\s+at /);
  });

  it('falls back to a free port when the wanted one is busy, serves 127.0.0.1, and stops on SIGTERM', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as { port: number }).port;
    const child = spawn(TSX, [SERVER], { cwd: ROOT, env: { ...process.env, PORT: String(busy) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = exitOf(child);
    try {
      const url = await waitForUrl(child);
      expect(url).not.toContain(`:${busy}/`);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html lang="vi">');
      const sidebar = await (await fetch(new URL('/sidebar', url))).text();
      expect(sidebar).toContain('google');
      expect(sidebar).toContain('id="btn-check"');
      // Another site's page cannot drive it (DNS rebinding), nor a form post.
      expect(await statusWithHost(new URL('/api/state', url), 'evil.example')).toBe(403);
      expect((await fetch(new URL('/api/run', url), { method: 'POST', body: 'name=checkPlan' })).status).toBe(415);
      // Test hooks are off outside the tests.
      const hook = await fetch(new URL('/__test/fail-next', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(hook.status).toBe(404);
    } finally {
      child.kill('SIGTERM');
      blocker.close();
    }
    expect(await exited).toBe(0);
  });
});
