// The first screen and the drafts (issue 14): a first visit's start screen
// shows without waiting for IndexedDB (a round trip, and the database's
// creation on a first visit); a device that has stored a draft waits for
// the drafts, so its open draft reopens without the start screen showing
// first; and drafts an earlier version stored (no mark in the settings)
// still reopen, after the start screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, storedEntries, waitSaved, NL } from './harness.mjs';

const FIXTURE = new URL('../tests/fixtures/typical.json', import.meta.url).pathname;

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Records, in the page, when an IndexedDB database has opened and when
 *  the start screen's button (or the loading line) first shows. */
function recordOrder(startLabel) {
  window.__order = [];
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    const request = open.apply(this, args);
    request.addEventListener('success', () => window.__order.push(`opened ${args[0]}`));
    return request;
  };
  new MutationObserver(() => {
    const start = [...document.querySelectorAll('.kt-app button.kt-button--primary')].some((b) => b.textContent.trim() === startLabel);
    if (!window.__order.includes('start') && start) window.__order.push('start');
    if (!window.__order.includes('loading') && document.querySelector('.kt-main .kt-loading')) window.__order.push('loading');
  }).observe(document, { childList: true, subtree: true });
}

/** Starts an intake named `name` and waits until it is saved. */
async function startNamed(page, name) {
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.locator('#household-name').fill(name);
  await waitSaved(page);
}

test('a first visit: the start screen is up before IndexedDB has opened, and the drafts are read behind it', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordOrder, NL.start_new);
    await page.goto(app.url);
    await page.getByRole('button', { name: NL.start_new }).waitFor();
    await page.waitForFunction(() => window.__order.some((e) => e.startsWith('opened keukentafel')), null, { timeout: 15_000 });
    const order = await page.evaluate(() => window.__order);
    assert.equal(order[0], 'start', `the start screen first: ${order.join(', ')}`);
    assert.ok(!order.includes('loading'), 'no loading line before it');
    // And a tap right away still starts an intake that is stored.
    await startNamed(page, 'Familie Meteen');
    const entries = await storedEntries(page);
    assert.ok(Object.values(entries).some((v) => v.includes('Familie Meteen')));
    assert.equal(await page.evaluate(() => localStorage.getItem('keukentafel.setting.stored')), '1');
  } finally {
    await context.close();
  }
});

/** Holds the page's first IndexedDB open (the boot's read of the drafts)
 *  until `window.__releaseOpen()`; `window.__readDone` is true once a read
 *  of the store has answered and its handlers have run. */
function holdFirstOpen() {
  const open = IDBFactory.prototype.open;
  let first = true;
  let release;
  const held = new Promise((done) => { release = done; });
  window.__releaseOpen = () => release();
  window.__readDone = false;
  IDBFactory.prototype.open = function (...args) {
    if (!first) return open.apply(this, args);
    first = false;
    // What the app uses of a request: its handlers and its result.
    const stand = { onsuccess: null, onerror: null, onupgradeneeded: null, result: undefined };
    held.then(() => {
      const request = open.apply(indexedDB, args);
      for (const type of ['success', 'error', 'upgradeneeded']) {
        request.addEventListener(type, (e) => { stand.result = request.result; stand[`on${type}`]?.(e); });
      }
    });
    return stand;
  };
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    // A task after the success event: the app's handler and the microtasks
    // it started have run by then.
    request.addEventListener('success', () => setTimeout(() => { window.__readDone = true; }));
    return request;
  };
}

test('a plan file picked while the drafts are still being read opens: the start screen is not built anew under it', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  // The intake's chunk (which checks and opens the file) waits until the
  // drafts have been read: the read answers while the file is being opened.
  let releaseChunk;
  const chunkHeld = new Promise((done) => { releaseChunk = done; });
  let asked;
  const chunkAsked = new Promise((done) => { asked = done; });
  await context.route(/split_intake[^/]*\.wasm$/, async (route) => {
    asked();
    await chunkHeld;
    await route.continue();
  });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(holdFirstOpen);
    await page.goto(app.url);
    await page.getByRole('button', { name: NL.start_new }).waitFor();
    await page.setInputFiles('#import-file', FIXTURE);
    await chunkAsked;
    await page.evaluate(() => window.__releaseOpen());
    await page.waitForFunction(() => window.__readDone);
    releaseChunk();
    await page.getByRole('heading', { level: 1, name: /Het gesprek met/ }).waitFor({ timeout: 10_000 });
    assert.deepEqual(errors, []);
  } finally {
    releaseChunk();
    await context.close();
  }
});

test('a device with a stored draft waits for it: the open draft reopens, the start screen never shows in between', async () => {
  const page = await app.newPage();
  try {
    await startNamed(page, 'Familie Terug');
    await page.addInitScript(recordOrder, NL.start_new);
    await page.reload();
    await page.locator('#household-name').waitFor();
    assert.equal(await page.locator('#household-name').inputValue(), 'Familie Terug');
    const order = await page.evaluate(() => window.__order);
    assert.ok(!order.includes('start'), `no start screen first: ${order.join(', ')}`);
  } finally {
    await page.context().close();
  }
});

test('a draft an earlier version stored (no mark in the settings) still reopens, after the start screen', async () => {
  const page = await app.newPage();
  try {
    await startNamed(page, 'Familie Van Vroeger');
    // As an earlier version left the device: the draft and its open
    // pointer in IndexedDB, no mark among the settings.
    await page.evaluate(() => localStorage.removeItem('keukentafel.setting.stored'));
    await page.reload();
    await page.locator('#household-name').waitFor();
    assert.equal(await page.locator('#household-name').inputValue(), 'Familie Van Vroeger');
    // Saving it again marks it, so the next visit waits for it.
    await page.locator('#household-name').fill('Familie Van Vroeger en Nu');
    await waitSaved(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('keukentafel.setting.stored')), '1');
  } finally {
    await page.context().close();
  }
});

test('removing the last household takes the mark: the next visit is a first visit again', async () => {
  const page = await app.newPage();
  try {
    await startNamed(page, 'Familie Weg');
    await page.getByRole('button', { name: NL.nav_to_start }).click();
    await page.getByRole('listitem').filter({ hasText: 'Familie Weg' }).getByRole('button', { name: NL.start_remove }).click();
    await page.getByText(NL.start_no_drafts).waitFor();
    await page.waitForFunction(() => localStorage.getItem('keukentafel.setting.stored') === null);
    const entries = await storedEntries(page);
    assert.ok(!Object.keys(entries).some((k) => k.startsWith('keukentafel.draft.')));
  } finally {
    await page.context().close();
  }
});
