/** scripts/ensure-system-deps.mjs (postinstall): never fails the install, never downloads a browser. */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts/ensure-system-deps.mjs');

function run(env: Record<string, string>, options: { uid?: number; gid?: number } = {}) {
  return spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000, ...options });
}

describe('ensure-system-deps', () => {
  it('does nothing when told to skip', () => {
    const result = run({ KHCT_SKIP_SYSTEM_DEPS: '1', KHCT_CHROMIUM: '/nonexistent/chromium', KHCT_SYSTEM_DEPS_DRY_RUN: '1' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('as root with apt-get, plans one apt-get install of the three packages', () => {
    const result = run({ KHCT_CHROMIUM: '/nonexistent/chromium', KHCT_SYSTEM_DEPS_DRY_RUN: '1' });
    expect(result.status).toBe(0);
    const root = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
    if (root) expect(result.stdout).toContain('install chromium poppler-utils fonts-liberation2');
    else expect(result.stdout).toContain('cần Chromium');
  });

  it.runIf(process.getuid?.() === 0)('without root, prints one line and succeeds', () => {
    // The checkout may sit in a folder only root can enter (mktemp -d): the other user runs a readable copy.
    const dir = mkdtempSync(join(tmpdir(), 'khct-deps-'));
    chmodSync(dir, 0o755);
    const copy = join(dir, 'ensure-system-deps.mjs');
    copyFileSync(SCRIPT, copy);
    chmodSync(copy, 0o644);
    const result = spawnSync(process.execPath, [copy], {
      encoding: 'utf8',
      env: { ...process.env, KHCT_CHROMIUM: '/nonexistent/chromium' },
      cwd: dir,
      timeout: 30_000,
      uid: 65534,
      gid: 65534,
    });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain('các kiểm thử trình duyệt cần Chromium');
  });

  it('never fetches a browser itself', () => {
    const text = readFileSync(SCRIPT, 'utf8');
    expect(text).not.toMatch(/playwright\s+install|https?:\/\/|curl|wget/);
  });
});
