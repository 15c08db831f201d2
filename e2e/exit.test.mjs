// Quick exit (issue 15): the button on every screen and Shift pressed three
// times take the app off the screen and replace the page with a neutral
// one, so Back does not return to the plan; the draft stays on the device.
// The neutral page is answered by the test (page.route), never fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, storedEntries, NL } from './harness.mjs';

const GOOGLE = 'https://www.google.com/';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** A fresh page whose requests to the neutral page get a stub answer. */
async function fresh(path = '') {
  const page = await app.newPage();
  await page.context().route(/^https?:\/\/(www\.google\.com|neutraal\.example)\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutraal</title><p>Het weer</p>' }));
  await page.evaluate(() => localStorage.clear());
  await page.goto(app.url + path);
  await page.waitForSelector('.kt-app h1');
  return page;
}

async function exited(page, url = GOOGLE) {
  await page.waitForURL(url);
  assert.equal(await page.title(), 'Neutraal');
}

test('the button is the first stop of Tab, on the start screen and in an intake, and not printed', async () => {
  const page = await fresh();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), NL.quick_exit);
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.waitForSelector('#household-name');
  const button = page.getByRole('button', { name: NL.quick_exit });
  assert.ok(await button.isVisible());
  await page.emulateMedia({ media: 'print' });
  assert.equal(await button.isVisible(), false, 'quick exit in the printed page');
  await page.context().close();
});

test('the button replaces the page at once; Back does not return to the app', async () => {
  const page = await fresh();
  await page.getByRole('button', { name: NL.quick_exit }).click();
  await exited(page);
  await page.goBack().catch(() => {});
  assert.ok(!page.url().startsWith(app.url), `Back returned to ${page.url()}`);
  await page.context().close();
});

test('Shift three times leaves an open intake, hiding it first; the draft is still on the device', async () => {
  const page = await fresh();
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.getByLabel(NL.household_name).fill('Familie Snelweg');
  // What the page looks like at the moment the app hides, told from inside
  // (Playwright itself waits for the pending navigation).
  const seen = [];
  await page.exposeFunction('ktSeen', (state) => seen.push(state));
  await page.evaluate(() => {
    new MutationObserver(() => {
      const app = document.querySelector('.kt-app');
      if (app?.hidden) {
        window.ktSeen({ visibleText: document.body.innerText.includes('Familie Snelweg'), width: app.getBoundingClientRect().width, url: location.href });
      }
    }).observe(document.body, { attributes: true, subtree: true });
  });
  await page.locator('#household-name').focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await exited(page);
  assert.ok(seen.length >= 1, 'the app was never hidden before the page went');
  assert.deepEqual(seen[0], { visibleText: false, width: 0, url: app.url });
  // Typed just before leaving, and saved: it is on the start screen again.
  await page.goto(app.url);
  await page.waitForSelector('.kt-app h1');
  // Drafts live in IndexedDB (the harness reads it as the app keeps it).
  const entries = await storedEntries(page);
  const stored = Object.keys(entries).filter((k) => k.includes('.draft.')).map((k) => entries[k]);
  assert.equal(stored.length, 1);
  assert.match(stored[0], /Familie Snelweg/);
  await page.context().close();
});

test('Shift slower than three in a second, held down, or while composing text does nothing', async () => {
  const page = await fresh();
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('Shift');
    await page.waitForTimeout(600);
  }
  await page.keyboard.down('Shift');
  await page.evaluate(() => {
    for (let i = 0; i < 4; i += 1) {
      dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', repeat: true }));
    }
    // An IME uses Shift while composing (e.g. Japanese kana input).
    for (let i = 0; i < 3; i += 1) {
      dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', isComposing: true }));
    }
  });
  await page.keyboard.up('Shift');
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(app.url), page.url());
  assert.equal(await page.locator('.kt-app[hidden]').count(), 0);
  await page.context().close();
});

test('Shift used with another key does not count: Shift+Tab back through fields, capitals typed', async () => {
  const page = await fresh();
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.locator('#household-name').focus();
  // Capitals: Shift held for each letter, three within a second.
  for (const key of ['KeyA', 'KeyB', 'KeyC']) await page.keyboard.press(`Shift+${key}`);
  assert.equal(await page.inputValue('#household-name'), 'ABC');
  // A keyboard user going back three stops (the rtl date test does).
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'household-name');
  // The app hides at once when it leaves; give the leave time to start.
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.kt-app[hidden]').count(), 0, 'the app was hidden');
  assert.ok(page.url().startsWith(app.url), page.url());
  // Shift on its own still counts after those: three presses leave.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await exited(page);
  await page.context().close();
});

test('the page sets where quick exit goes (exitUrl); a bad address falls back and is named', async () => {
  const page = await fresh('frame.html?exitUrl=https%3A%2F%2Fneutraal.example%2Fweer');
  await page.getByRole('button', { name: NL.quick_exit }).click();
  await exited(page, 'https://neutraal.example/weer');
  await page.context().close();

  const bad = await fresh('frame.html?exitUrl=javascript%3Aalert(1)');
  await bad.getByText('exitUrl:').waitFor();
  await bad.getByRole('button', { name: NL.quick_exit }).click();
  await exited(bad);
  await bad.context().close();
});
