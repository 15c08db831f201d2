// The walking skeleton: the release build starts, a household name typed
// in is still there after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, waitSaved, NL } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('the release build renders the start screen in Dutch', async () => {
  const page = await app.newPage();
  const h1 = await page.textContent('h1');
  assert.equal(h1.trim(), NL.start_title);
  assert.equal(await page.getAttribute('.kt-app', 'lang'), 'nl');
  assert.deepEqual(app.errors, []);
  await page.context().close();
});

test('a household name survives a reload', async () => {
  const page = await app.newPage();
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.getByLabel(NL.household_name).fill('Familie Öztürk-de Vries');
  await waitSaved(page);
  await page.reload();
  await page.waitForSelector('#household-name');
  assert.equal(await page.inputValue('#household-name'), 'Familie Öztürk-de Vries');
  assert.deepEqual(app.errors, []);
  await page.context().close();
});
