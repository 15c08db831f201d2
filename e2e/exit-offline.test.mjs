// Quick exit when the intake's code cannot load (its chunk blocked: the
// connection dropped). The page must still go, and to the embedding's own
// exit page (`exitUrl`), the same way as when the code is there: in the
// iframe embedding the WHOLE host page is replaced (keukentafel-frame.js),
// not only the frame, which would leave the municipal page with the frame
// on screen. By the button.
//
// Every page is served on 127.0.0.1 or localhost (two origins for the
// iframe way); a request anywhere else is answered by the test with a stub
// and fails the test: nothing leaves the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, NL } from './harness.mjs';
import { serve } from '../scripts/serve.mjs';

const DIST = process.env.KT_DIST ?? new URL('../dist/', import.meta.url).pathname;
const CHUNK = /\/split_intake[^/]*\.wasm$/;
const LOCAL = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

let chrome;
let site;
let appSite;
let pages;
let neutral;

before(async () => {
  pages = mkdtempSync(join(tmpdir(), 'kt-exit-'));
  // The host on 127.0.0.1 (its own pages under /e2e/, the build beside
  // them for the direct way); the app's frame.html on localhost.
  site = await serve(DIST, { mounts: { '/e2e/': pages } });
  appSite = await serve(DIST, { host: 'localhost' });
  neutral = new URL('e2e/neutraal.html', site.url).href;
  const exitUrl = encodeURIComponent(neutral);
  writeFileSync(join(pages, 'neutraal.html'), '<!DOCTYPE html><title>Neutraal</title><p>Het weer</p>');
  writeFileSync(join(pages, 'iframe.html'), `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Gemeente Voorbeeld</title><script type="module" src="/keukentafel-frame.js"></script></head>
<body><h1>Samen een plan maken</h1>
<iframe data-keukentafel-frame title="Keukentafel" src="${new URL(`frame.html?namespace=e2e&exitUrl=${exitUrl}`, appSite.url).href}"></iframe>
</body></html>`);
  writeFileSync(join(pages, 'direct.html'), `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Gemeente Voorbeeld</title></head>
<body><h1>Samen een plan maken</h1>
<div data-keukentafel data-namespace="e2e" data-exit-url="${neutral}"></div>
<script type="module" src="/keukentafel-embed.js"></script>
</body></html>`);
  chrome = await launch();
});

after(async () => {
  await chrome?.close();
  await Promise.all([site?.close(), appSite?.close()]);
  if (pages) rmSync(pages, { recursive: true, force: true });
});

/** A fresh device whose intake chunk cannot be fetched, at `path` of the host. */
async function open(path) {
  const context = await chrome.browser.newContext({ serviceWorkers: 'block' });
  const outside = [];
  const chunks = [];
  await context.route(CHUNK, (route) => {
    chunks.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  // Not on this machine (the default exit page, say): answered here.
  await context.route((url) => !LOCAL.test(url.href), (route) => {
    outside.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<title>Buiten</title>' });
  });
  const page = await context.newPage();
  await page.goto(new URL(path, site.url).href);
  return { page, outside, chunks, close: () => context.close() };
}

/** The top page is the configured exit page, and nothing went elsewhere. */
async function exited(s) {
  await s.page.waitForURL(neutral, { timeout: 10_000 });
  assert.equal(await s.page.title(), 'Neutraal');
  assert.deepEqual(s.outside, [], 'a request left the machine');
  assert.ok(s.chunks.length >= 1, 'the chunk was never asked for: the test blocked nothing');
}

const shiftThrice = async (page) => {
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
};

for (const how of ['button']) {
  test(`iframe, chunk blocked: ${how} replaces the whole host page with the configured exit page`, async () => {
    const s = await open('e2e/iframe.html');
    try {
      const frame = s.page.frameLocator('iframe[data-keukentafel-frame]');
      await frame.locator('.kt-app h1').waitFor();
      const button = frame.getByRole('button', { name: NL.quick_exit });
      if (how === 'button') {
        await button.click();
      } else {
        // Focus inside the frame, where the keys go.
        await button.focus();
        await shiftThrice(s.page);
      }
      await exited(s);
    } finally {
      await s.close();
    }
  });

  test(`directly embedded, chunk blocked: ${how} replaces the page with the configured exit page`, async () => {
    const s = await open('e2e/direct.html');
    try {
      await s.page.locator('[data-keukentafel] .kt-app h1').waitFor();
      const button = s.page.getByRole('button', { name: NL.quick_exit });
      if (how === 'button') {
        await button.click();
      } else {
        await button.focus();
        await shiftThrice(s.page);
      }
      await exited(s);
    } finally {
      await s.close();
    }
  });

  test(`the app's own page (frame.html, not framed), chunk blocked: ${how} goes to the configured exit page`, async () => {
    const s = await open(`frame.html?exitUrl=${encodeURIComponent(neutral)}`);
    try {
      await s.page.locator('.kt-app h1').waitFor();
      if (how === 'button') {
        await s.page.getByRole('button', { name: NL.quick_exit }).click();
      } else {
        await shiftThrice(s.page);
      }
      await exited(s);
    } finally {
      await s.close();
    }
  });
}
