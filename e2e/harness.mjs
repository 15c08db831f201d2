// Shared set-up for the end-to-end tests: a static server for dist/ on
// 127.0.0.1 (random free port) and Debian's Chromium driven by Playwright.
// Both are started per test file and always stopped in `after`, also when
// a test fails.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve as serveDir } from '../scripts/serve.mjs';

// KT_DIST points at another build (e.g. one made with `scripts/build.sh target/dist-x`).
const DIST = process.env.KT_DIST
  ? `${resolve(process.env.KT_DIST)}/`
  : new URL('../dist/', import.meta.url).pathname;

/**
 * The UI texts of a language as the app shows them (locales/<lang>.json),
 * so the tests find buttons and headings by the same words, written once.
 */
export const texts = (lang) => JSON.parse(readFileSync(new URL(`../locales/${lang}.json`, import.meta.url), 'utf8'));
export const NL = texts('nl');
export const EN = texts('en');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

/**
 * KT_CPU_THROTTLE=N slows each page's main thread N times (Chromium's CPU
 * throttling over CDP): for hunting races that a loaded machine shows only
 * now and then. Unset: no change.
 */
export async function throttle(page) {
  const rate = Number(process.env.KT_CPU_THROTTLE ?? 0);
  if (!(rate > 1)) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Serves `root` (default dist/) on 127.0.0.1 (scripts/serve.mjs). */
export const serve = (root = DIST) => serveDir(root);

/** Starts Chromium (Playwright gives it a fresh temporary profile). */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return { browser, close: () => browser.close().catch(() => {}) };
}

/**
 * One server + one browser for a test file. Usage:
 *   const env = useApp(); ... env.page ... (fresh context per test)
 */
export async function startApp() {
  const server = await serve();
  const chrome = await launch();
  const errors = [];
  return {
    url: server.url,
    // For opening exported files in contexts of their own (JavaScript off or on).
    browser: chrome.browser,
    errors,
    async newPage() {
      // Service workers are tested on their own (e2e/embed.test.mjs): here they
      // would answer from their cache what a test means to fetch.
      const context = await chrome.browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
      const page = await context.newPage();
      await throttle(page);
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      // Confirm dialogs (remove a draft) are accepted unless a test says otherwise.
      page.on('dialog', (d) => d.accept());
      await page.goto(server.url);
      await page.waitForSelector('.kt-app h1');
      return page;
    },
    /** Runs `body` with a fresh page (an empty device); always closes its context. */
    async withPage(body) {
      errors.length = 0;
      const page = await this.newPage();
      try {
        await body(page);
      } finally {
        await page.context().close();
      }
    },
    async close() {
      await chrome.close();
      await server.close();
    },
  };
}

/** Waits until the quiet "saved at" status shows (the debounce fired). */
export async function waitSaved(page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('.kt-draft-status__saved');
    return s && s.textContent.trim().length > 0 && !document.querySelector('.kt-draft-status__busy')?.textContent.trim();
  });
}

/**
 * Everything the app keeps in IndexedDB (database `keukentafel`, store
 * `kv`), as { key: value }. Reads without creating the database when the
 * app has not (opening it here first would leave it without its store).
 */
export function storedEntries(page) {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('keukentafel')) return {};
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('keukentafel');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('kv')) { db.close(); resolve({}); return; }
        const store = db.transaction('kv').objectStore('kv');
        const keys = store.getAllKeys();
        const values = store.getAll();
        values.onsuccess = () => {
          db.close();
          resolve(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
        };
        values.onerror = () => reject(values.error);
      };
    });
  });
}

/** The first stored draft of namespace `ns`, parsed (or undefined). */
export async function storedDraft(page, ns = 'keukentafel') {
  const entries = await storedEntries(page);
  const key = Object.keys(entries).find((k) => k.startsWith(`${ns}.draft.`));
  return key && JSON.parse(entries[key]);
}

/** Waits until `test(entries)` holds for what is in IndexedDB (see
 * storedEntries); returns the entries. */
export async function waitStored(page, test, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const entries = await storedEntries(page);
    if (test(entries)) return entries;
    if (Date.now() > end) throw new Error(`not stored in time; keys: ${Object.keys(entries).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
