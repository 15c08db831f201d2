// Tab B has a household open and types, while tab A removed that household
// from the device (or a newer version of the app stored it). B still shows
// the household: what B typed must not be lost. B's guarded write finds the
// draft gone (`other_tab::stale_write`); B writes its version again as a
// draft, and the status line says "Opgeslagen" once it is on disk, not
// "Wordt opgeslagen…" forever. A draft stored by a newer version is never
// overwritten: B says so in plain words, keeps its side beside it, and does
// not claim to be saving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, storedEntries, waitSaved, waitStored, NL } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const draftKeys = (entries) => Object.keys(entries).filter((k) => k.startsWith('keukentafel.draft.'));
const unmergedKeys = (entries) => Object.keys(entries).filter((k) => k.startsWith('keukentafel.unmerged.'));
const busy = (page) => page.evaluate(() => document.querySelector('.kt-draft-status__busy')?.textContent.trim() ?? '');

/** Tab A with a new draft named `name`, saved; tab B of the same browser on
 * the same draft, deaf to the writers' channel when `deaf` (it hears none
 * of A's writes, the removal included). */
async function twoTabs(name, deaf) {
  const first = await app.newPage();
  await first.getByRole('button', { name: NL.start_new }).click();
  await first.locator('#household-name').fill(name);
  await waitSaved(first);
  const second = await first.context().newPage();
  if (deaf) {
    await second.addInitScript(() => {
      const Channel = window.BroadcastChannel;
      window.BroadcastChannel = class extends Channel {
        set onmessage(_) {}
        get onmessage() { return null; }
      };
    });
  }
  await second.goto(app.url);
  await second.waitForSelector('#household-name');
  assert.equal(await second.inputValue('#household-name'), name);
  return { first, second };
}

/** A goes to the start screen and removes the household `name`. */
async function removeIn(page, name) {
  await page.getByRole('button', { name: NL.nav_to_start }).click();
  const item = page.getByRole('listitem').filter({ hasText: name });
  await item.getByRole('button', { name: NL.start_remove }).click();
  await waitStored(page, (e) => draftKeys(e).length === 0);
}

for (const deaf of [true, false]) {
  const heard = deaf ? 'did not hear it' : 'heard it';
  test(`A removed the household B has open (B ${heard}): B's next save writes it again and says saved`, async () => {
    const { first, second } = await twoTabs('Familie Blijft Open', deaf);
    try {
      await removeIn(first, 'Familie Blijft Open');
      await second.locator('#contact-name').fill('Sanne de Coach');
      // "Opgeslagen", with nothing more typed.
      await waitSaved(second);
      const entries = await waitStored(second, (e) => draftKeys(e).length === 1);
      const draft = JSON.parse(entries[draftKeys(entries)[0]]);
      assert.equal(draft.household.display_name, 'Familie Blijft Open');
      assert.equal(draft.household.contact.name, 'Sanne de Coach');
      assert.deepEqual(unmergedKeys(entries), [], 'written as the draft, not only kept aside');
      // A reload finds it on the device.
      await first.reload();
      await first.getByRole('heading', { name: 'Familie Blijft Open' }).waitFor();
    } finally {
      await first.context().close();
    }
  });
}

test('a newer version stored the draft B has open: B says so, overwrites nothing, keeps its text, and is not "saving" forever', async () => {
  const { first, second } = await twoTabs('Familie Nieuwer', true);
  try {
    // What a newer version of the app stores: a format this one cannot read,
    // at the next revision.
    await first.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('keukentafel');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('kv', 'readwrite');
        const store = tx.objectStore('kv');
        const keys = store.getAllKeys();
        keys.onsuccess = () => {
          const key = keys.result.find((k) => k.startsWith('keukentafel.draft.'));
          const rev = key.replace('.draft.', '.rev.');
          const get = store.get(rev);
          get.onsuccess = () => {
            const at = Number(String(get.result ?? '0').split(' ')[0]);
            store.put(JSON.stringify({ format: 'keukentafel-plan', version: 999, intake: {} }), key);
            store.put(`${at + 1} ${at}`, rev);
          };
        };
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await second.locator('#contact-name').fill('Sanne de Coach');
    const notice = second.getByTestId('notice');
    await notice.waitFor();
    assert.equal((await notice.locator('p').textContent()).trim(), NL.notice_saved_by_newer);
    await second.waitForFunction(() => !document.querySelector('.kt-draft-status__busy')?.textContent.trim());
    assert.equal(await busy(second), '');
    const entries = await storedEntries(second);
    const stored = entries[draftKeys(entries)[0]];
    assert.match(stored, /"version":999/, 'the newer draft is overwritten');
    const sides = unmergedKeys(entries).map((k) => entries[k]);
    assert.equal(sides.length, 1);
    assert.match(sides[0], /Sanne de Coach/, "B's text is not kept on the device");
    // Typing on keeps the newest text beside it, and still claims nothing.
    await second.locator('#contact-name').fill('Sanne de Coach (wijkteam)');
    await waitStored(second, (e) => unmergedKeys(e).some((k) => e[k].includes('Sanne de Coach (wijkteam)')));
    await second.waitForFunction(() => !document.querySelector('.kt-draft-status__busy')?.textContent.trim());
    assert.equal(await second.getByTestId('notice').count(), 1);
  } finally {
    await first.context().close();
  }
});
