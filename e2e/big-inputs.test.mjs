// Bad-inputs catalogue rows 76–77 (issue 15), in a real browser: 1 MB
// pasted into one field of an open intake, and the site's IndexedDB
// emptied under the running app. Nothing typed may be lost either way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, storedDraft, storedEntries, waitSaved, waitStored, NL, EN } from './harness.mjs';

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

async function startNew(page) {
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.waitForSelector('#household-name');
}

/** Pastes `text` into the field at `selector` as the browser does: the
 * whole value at once, then one `input` event. */
async function paste(page, selector, text) {
  await page.evaluate(([s, t]) => {
    const field = document.querySelector(s);
    field.value = t;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, [selector, text]);
}

const MEGABYTE = 'x'.repeat(1_000_000);
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k]);

test('1 MB pasted into a field is refused with the limit; what was there is kept and saved', async () => {
  const page = await fresh();
  await startNew(page);
  await page.locator('#household-name').fill('Familie Voor');
  await waitSaved(page);
  await paste(page, '#household-name', MEGABYTE);
  const notice = page.locator('[data-testid="notice"]');
  await notice.waitFor();
  assert.ok(
    (await notice.textContent()).includes(fill(NL.notice_text_too_long, { max: '10000' })),
    `the notice names the limit: ${await notice.textContent()}`,
  );
  // Typing on in another field is saved, with the name as it was before.
  await page.locator('#contact-name').fill('Anna');
  await waitSaved(page);
  const stored = await storedDraft(page);
  assert.equal(stored.household.display_name, 'Familie Voor', 'nothing half-stored');
  assert.equal(stored.household.contact.name, 'Anna');
  const all = Object.values(await storedEntries(page)).join('\n');
  assert.ok(!all.includes('x'.repeat(10_001)), 'nothing of the megabyte is stored');
  await page.reload();
  await page.waitForSelector('#household-name');
  assert.equal(await page.inputValue('#household-name'), 'Familie Voor');
  assert.equal(await page.inputValue('#contact-name'), 'Anna');
  assert.deepEqual(app.errors, []);
  await page.context().close();
});

test('the same notice in English', async () => {
  const page = await fresh();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: EN.start_new }).click();
  await page.waitForSelector('#household-name');
  await page.locator('#household-name').fill('Before');
  await paste(page, '#household-name', MEGABYTE);
  const notice = page.locator('[data-testid="notice"]');
  await notice.waitFor();
  assert.ok((await notice.textContent()).includes(fill(EN.notice_text_too_long, { max: '10000' })));
  await waitSaved(page);
  assert.equal((await storedDraft(page)).household.display_name, 'Before');
  await page.context().close();
});

test('IndexedDB emptied under the running app: everything is written again, "saved" only after, nothing lost', async () => {
  const page = await fresh();
  await startNew(page);
  await page.locator('#household-name').fill('Familie Leeg');
  await waitSaved(page);
  await waitStored(page, (e) => Object.values(e).some((v) => v.includes('Familie Leeg')));

  // The site's IndexedDB cleared, as "clear site data" does, from outside the page.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb' });
  await cdp.detach();
  assert.deepEqual(await storedEntries(page), {}, 'the store is empty');

  // Every time "saved" shows from now on, what is stored is read at once.
  await page.evaluate(() => {
    window.ktSavedChecks = [];
    const read = () => new Promise((resolve) => {
      const open = indexedDB.open('keukentafel');
      open.onerror = () => resolve('');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('kv')) { db.close(); resolve(''); return; }
        const all = db.transaction('kv').objectStore('kv').getAll();
        all.onsuccess = () => { db.close(); resolve(all.result.join('\n')); };
        all.onerror = () => { db.close(); resolve(''); };
      };
    });
    const saved = document.querySelector('.kt-draft-status__saved');
    new MutationObserver(() => {
      if (saved.textContent.trim()) read().then((s) => window.ktSavedChecks.push(s));
    }).observe(saved, { childList: true, subtree: true, characterData: true });
  });

  await page.locator('#household-name').pressSequentially(' en daarna');
  await page.locator('#contact-name').fill('Bea');
  await waitSaved(page);
  await page.waitForFunction(() => window.ktSavedChecks.length > 0);
  const checks = await page.evaluate(() => window.ktSavedChecks);
  for (const stored of checks) {
    assert.ok(stored.includes('Familie Leeg en daarna') && stored.includes('Bea'), '"saved" shows only when it is stored');
  }
  const entries = await storedEntries(page);
  assert.ok(entries['keukentafel.open'], 'the open-draft pointer is written again');
  const draft = await storedDraft(page);
  assert.equal(draft.household.display_name, 'Familie Leeg en daarna');
  assert.equal(draft.household.contact.name, 'Bea');

  await page.reload();
  await page.waitForSelector('#household-name');
  assert.equal(await page.inputValue('#household-name'), 'Familie Leeg en daarna');
  assert.equal(await page.inputValue('#contact-name'), 'Bea');
  assert.deepEqual(app.errors, []);
  await page.context().close();
});
