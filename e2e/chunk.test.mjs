// The intake's wasm chunk (src/ui/lazy.rs) fails to load — the connection
// dropped at the kitchen table. The page must not crash: it says so in
// plain words, keeps what was typed, and a retry works once the network is
// back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, storedEntries, waitSaved, NL } from './harness.mjs';

const CHUNK = /\/split_[^/]*\.wasm$/;
const FAILED = NL.load_failed_title;

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Makes every chunk request fail until the returned function is called. */
async function blockChunks(page) {
  const handler = (route) => route.abort('internetdisconnected');
  await page.route(CHUNK, handler);
  return () => page.unroute(CHUNK, handler);
}

test('starting an intake without the chunk says so, and a retry starts it', async () => {
  // Blocked before the page loads: the first screen fetches the chunk at
  // idle (issue 14), and that fetch fails too.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => app.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') app.errors.push(m.text()); });
  const unblock = await blockChunks(page);
  await page.goto(app.url);
  await page.waitForSelector('.kt-app h1');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: NL.start_new }).click();
  const alert = page.getByRole('alert').filter({ hasText: FAILED });
  await alert.waitFor();
  assert.match(await alert.textContent(), /Controleer de verbinding/);
  // Still the start screen, still usable.
  assert.equal((await page.textContent('h1')).trim(), NL.start_title);

  await unblock();
  await alert.getByRole('button', { name: NL.load_retry }).click();
  await page.getByLabel(NL.household_name).waitFor();
  assert.equal(await alert.count(), 0);
  // Only the deliberately failed fetches were errors.
  assert.deepEqual(app.errors.filter((e) => !/split|wasm|fetch|load/i.test(e)), []);
  app.errors.length = 0;
  await page.context().close();
});

test('a reload while the chunk cannot load keeps the draft and reopens it on retry', async () => {
  const page = await app.newPage();
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.getByLabel(NL.household_name).fill('Familie Jansen');
  await waitSaved(page);

  const unblock = await blockChunks(page);
  await page.reload();
  // One notice, not one per part that needs the chunk.
  const alert = page.getByRole('alert').filter({ hasText: FAILED });
  await alert.waitFor();
  assert.equal(await alert.count(), 1);
  const entries = await storedEntries(page);
  const stored = Object.keys(entries).filter((k) => k.includes('.draft.')).map((k) => entries[k]).join();
  assert.match(stored, /Familie Jansen/, 'the draft is still on the device');

  await unblock();
  await alert.getByRole('button', { name: NL.load_retry }).click();
  await page.waitForSelector('#household-name');
  assert.equal(await page.inputValue('#household-name'), 'Familie Jansen');
  app.errors.length = 0;
  await page.context().close();
});
