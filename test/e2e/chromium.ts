/**
 * Headless Debian Chromium for the browser tests, driven by playwright-core
 * (no browser download: the set-up installs `chromium` through apt, see
 * scripts/ensure-system-deps.mjs).
 *
 * Locally, without Chromium, the browser tests skip with a message saying
 * how to install it; in CI (`CI` set) they never skip: a missing browser
 * fails them.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KHCT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasChromium = existsSync(CHROMIUM_PATH);
const inCi = !!process.env.CI;

/** True when the browser tests should run; prints why not otherwise. */
export function browserTestsEnabled(suite: string): boolean {
  if (hasChromium || inCi) return true;
  console.warn(
    `[${suite}] Bỏ qua kiểm thử trình duyệt: không thấy ${CHROMIUM_PATH}. ` +
      'Cài Chromium (sudo apt-get install -y chromium fonts-liberation2, hoặc chạy lại npm ci với quyền root) để chạy chúng.',
  );
  return false;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each time, removed on close. */
export async function launchChromium(): Promise<Browser> {
  if (!hasChromium) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; the browser tests need it (apt-get install -y chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'khct-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where screenshots go (git-ignored). */
export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
