// Remove from this device (issue 15): one household, or everything
// Keukentafel stored, after a confirmation that says what goes and that it
// cannot be undone. Afterwards no store holds anything of it: every item
// of localStorage, sessionStorage, IndexedDB and Cache Storage is read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, waitSaved, NL } from './harness.mjs';
import { storedItems } from './stores.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function fresh() {
  const page = await app.newPage();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('.kt-app h1');
  return page;
}

/** The stored items once `done(items)` holds: the removal is written to
 * IndexedDB after the list has changed. The last read if it never does
 * (the assertions then say what is left). */
async function itemsOnceWritten(page, done, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const items = await storedItems(page);
    if (done(items) || Date.now() > end) return items;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The ids of the drafts in the app's IndexedDB store, with their text. */
const KV = 'idb:keukentafel/kv/keukentafel.';
const draftIds = (items) => items.filter((i) => i.startsWith(`${KV}draft.`))
  .map((i) => ({ id: i.slice(`${KV}draft.`.length).split('=')[0], text: i }));

async function draft(page, name) {
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.getByLabel(NL.household_name).fill(name);
  await waitSaved(page);
  await page.getByRole('button', { name: NL.nav_to_start }).click();
  await page.getByRole('heading', { name }).waitFor();
}

test('removing one household leaves nothing of it, and the other household as it was', async () => {
  const page = await fresh();
  await draft(page, 'Familie Weg');
  await draft(page, 'Familie Blijft');
  const drafts = draftIds(await storedItems(page));
  assert.equal(drafts.length, 2, drafts.map((d) => d.text).join('\n'));
  const gone = drafts.find((d) => d.text.includes('Familie Weg')).id;
  const kept = drafts.find((d) => d.text.includes('Familie Blijft')).id;
  // The app keeps each draft's place in the intake beside it.
  assert.ok((await storedItems(page)).some((i) => i.startsWith(`${KV}position.${gone}=`)), 'a position to remove');
  const dialogs = [];
  page.on('dialog', (d) => dialogs.push(d.message()));
  await page.getByRole('listitem').filter({ hasText: 'Familie Weg' }).getByRole('button', { name: NL.start_remove }).click();
  await page.getByRole('heading', { name: 'Familie Weg' }).waitFor({ state: 'detached' });
  assert.match(dialogs[0], /Familie Weg/);
  assert.match(dialogs[0], /niet terugdraaien/);
  const items = await itemsOnceWritten(page, (all) => !all.some((i) => i.includes('Familie Weg') || i.includes(gone)));
  assert.ok(!items.some((i) => i.includes('Familie Weg')), items.join('\n'));
  assert.equal(items.filter((i) => i.includes('Familie Blijft')).length, 1);
  // The removed draft's id is in no key either (its position went too).
  assert.ok(!items.some((i) => i.includes(gone)), items.join('\n'));
  assert.deepEqual(draftIds(items).map((d) => d.id), [kept]);
  await page.context().close();
});

test('removing everything says what goes, and leaves no store holding anything of Keukentafel', async () => {
  const page = await fresh();
  await draft(page, 'Familie Een');
  await draft(page, 'Familie Twee');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  // What the offline service worker keeps (blocked in these tests, so put
  // here as sw.js does), a session key, and another site's own data.
  await page.evaluate(async () => {
    const cache = await caches.open('keukentafel-v1');
    await cache.put('/index.html', new Response('<p>app</p>'));
    sessionStorage.setItem('keukentafel.test', 'Familie Een');
    localStorage.setItem('ander-product', 'blijft');
  });
  let message = '';
  // The harness accepts every dialog; this only reads it.
  page.once('dialog', (d) => { message = d.message(); });
  await page.getByRole('button', { name: NL.start_remove_all }).click();
  await page.getByText(NL.start_no_drafts).waitFor();
  assert.equal(message, NL.remove_everything_confirm);
  for (const words of ['alle plannen', 'vergrendelde', 'instellingen', 'zonder internet', 'niet terugdraaien']) {
    assert.ok(message.includes(words), `the confirmation does not say "${words}"`);
  }
  await page.waitForFunction(async () => (await caches.keys()).length === 0);
  const items = await storedItems(page);
  assert.deepEqual(items, ['local:ander-product=blijft']);
  await page.context().close();
});

test('cancelling the confirmation removes nothing', async () => {
  const page = await fresh();
  await draft(page, 'Familie Een');
  const before = await storedItems(page);
  page.removeAllListeners('dialog');
  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: NL.start_remove_all }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await storedItems(page), before);
  await page.context().close();
});
