#!/usr/bin/env node
/**
 * postinstall: the system packages the browser and PDF tests use —
 * Debian's `chromium` (driven by playwright-core; no browser is ever
 * downloaded), `poppler-utils` (pdftoppm, pdftotext) and `fonts-liberation2`
 * (Times New Roman / Arial metrics, Vietnamese diacritics).
 *
 * Installs them with apt-get when one is missing and we are root on a
 * system with apt-get; otherwise prints one line and carries on. Never
 * fails `npm ci`. Set KHCT_SKIP_SYSTEM_DEPS=1 to skip. KHCT_CHROMIUM names
 * another browser path; KHCT_SYSTEM_DEPS_DRY_RUN=1 prints the apt-get
 * commands instead of running them (tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// fonts-liberation2, not fonts-liberation: the 1.x fonts lack the Vietnamese letters (ế, ả, ự…).
const PACKAGES = ['chromium', 'poppler-utils', 'fonts-liberation2'];
const CHROMIUM = process.env.KHCT_CHROMIUM || '/usr/bin/chromium';

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function missing() {
  const out = [];
  if (!existsSync(CHROMIUM)) out.push('chromium');
  if (!has('pdftoppm') || !has('pdftotext')) out.push('poppler-utils');
  if (!existsSync('/usr/share/fonts/truetype/liberation2')) out.push('fonts-liberation2');
  return out;
}

function say(line) {
  console.log(`[ensure-system-deps] ${line}`);
}

function main() {
  if (process.env.KHCT_SKIP_SYSTEM_DEPS === '1') return;
  const needed = missing();
  if (needed.length === 0) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform !== 'linux' || !root || !has('apt-get')) {
    say(
      `Thiếu ${needed.join(', ')}: các kiểm thử trình duyệt cần Chromium (và pdftoppm/pdftotext cho văn bản PDF). ` +
        `Cài bằng: sudo apt-get install -y ${PACKAGES.join(' ')}`,
    );
    return;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt run to finish rather than fail on its lock.
  const lockWait = ['-o', 'DPkg::Lock::Timeout=300'];
  if (process.env.KHCT_SYSTEM_DEPS_DRY_RUN === '1') {
    say(`Sẽ chạy: apt-get -qq ${lockWait.join(' ')} update && apt-get -qq -y ${lockWait.join(' ')} install ${PACKAGES.join(' ')}`);
    return;
  }
  say(`Đang cài ${needed.join(', ')} bằng apt-get (một lần, có thể mất vài phút)…`);
  const update = spawnSync('apt-get', ['-qq', ...lockWait, 'update'], { env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 15 * 60_000 });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['-qq', '-y', ...lockWait, 'install', ...PACKAGES], { env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 30 * 60_000 })
      : update;
  const still = missing();
  if (install.status === 0 && still.length === 0) {
    say(`Đã cài ${PACKAGES.join(', ')}.`);
    return;
  }
  const reason = (install.stderr ? install.stderr.toString() : String(install.error ?? '')).trim().split('\n').pop() ?? '';
  say(
    `Không cài được ${still.join(', ') || PACKAGES.join(', ')}${reason ? ` (${reason})` : ''}: ` +
      `các kiểm thử trình duyệt cần Chromium; hãy cài bằng: sudo apt-get install -y ${PACKAGES.join(' ')}`,
  );
}

try {
  main();
} catch (error) {
  say(`Bỏ qua cài đặt gói hệ thống (${error instanceof Error ? error.message : String(error)}): các kiểm thử trình duyệt cần Chromium.`);
}
process.exitCode = 0;
