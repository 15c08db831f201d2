// Tab B has a household open, while tab A removed that household from the
// device (or a newer version of the app stored it).
// - B holds text not yet stored (typed before or after it heard of the
//   removal): that text must not be lost. B's guarded write finds the draft
//   gone (`other_tab::stale_write`); B writes its version again as a draft,
//   the status line says "Opgeslagen" once it is on disk, not "Wordt
//   opgeslagen…" forever, and the household is open again: a reload of B
//   reopens it, as for any open draft.
// - B holds nothing unsaved and hears of the removal: it says so at once, in
//   plain words, and goes to the start screen, focus on its heading; nothing
//   is written again.
// If B's page goes away after keeping its text aside but before writing the
// draft again, the next start stores and lists the household again.
// A draft stored by a newer version is never overwritten: B says so in plain
// words, keeps its side beside it, and does not claim to be saving.
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
 * the same draft. `mode` says what B hears of A's writes (the removal
 * included) on the writers' channel: 'heard' all, at once; 'deaf' none;
 * 'held' none while `window.__ktHold` is true, and what came meanwhile when
 * `window.__ktRelease()` is called (in a task of its own, as a message
 * event is). */
async function twoTabs(name, mode) {
  const first = await app.newPage();
  await first.getByRole('button', { name: NL.start_new }).click();
  await first.locator('#household-name').fill(name);
  await waitSaved(first);
  const second = await openSame(first, name, mode);
  return { first, second };
}

/** Another tab of `first`'s browser, on the draft open there (see twoTabs). */
async function openSame(first, name, mode = 'heard') {
  const second = await first.context().newPage();
  if (mode === 'deaf') {
    await second.addInitScript(() => {
      const Channel = window.BroadcastChannel;
      window.BroadcastChannel = class extends Channel {
        set onmessage(_) {}
        get onmessage() { return null; }
      };
    });
  }
  if (mode === 'held') {
    await second.addInitScript(() => {
      window.__ktHold = false;
      const held = [];
      window.__ktRelease = () => {
        window.__ktHold = false;
        const now = held.splice(0);
        setTimeout(() => now.forEach((deliver) => deliver()), 0);
      };
      const Channel = window.BroadcastChannel;
      window.BroadcastChannel = class extends Channel {
        set onmessage(handler) {
          super.onmessage = handler && ((event) => {
            if (window.__ktHold) held.push(() => handler.call(this, event));
            else handler.call(this, event);
          });
        }
        get onmessage() { return super.onmessage; }
      };
    });
  }
  await second.goto(app.url);
  await second.waitForSelector('#household-name');
  assert.equal(await second.inputValue('#household-name'), name);
  return second;
}

/** The id of the one stored draft, and the stored "open" pointer. */
const openPointer = (entries) => ({
  draft: draftKeys(entries)[0]?.slice('keukentafel.draft.'.length),
  open: entries['keukentafel.open'],
});

/** After a reload, `page` shows the household `name` open (not the start
 * screen's list). */
async function reopens(page, name) {
  await page.reload();
  await page.waitForSelector('.kt-app h1');
  await page.getByRole('button', { name: NL.nav_to_start }).waitFor();
  assert.equal(await page.locator('.kt-draft-list').count(), 0, 'the start screen, not the household');
  const shown = await page.evaluate(() => document.body.textContent);
  assert.ok(shown.includes(name), `the reopened household is not "${name}"`);
}

/** A goes to the start screen and removes the household `name`. */
async function removeIn(page, name) {
  await page.getByRole('button', { name: NL.nav_to_start }).click();
  const item = page.getByRole('listitem').filter({ hasText: name });
  await item.getByRole('button', { name: NL.start_remove }).click();
  await waitStored(page, (e) => draftKeys(e).length === 0);
}

test(`A removed the household B has open (B did not hear it): B's next save writes it again, says saved, and a reload reopens it`, async () => {
  const { first, second } = await twoTabs('Familie Blijft Open', 'deaf');
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
    // Open again: the pointer names it, as for any open draft.
    const { draft: id } = openPointer(entries);
    await waitStored(second, (e) => e['keukentafel.open'] === id);
    await reopens(second, 'Familie Blijft Open');
    // A reload of A finds it on the device.
    await first.reload();
    await first.getByRole('heading', { name: 'Familie Blijft Open' }).waitFor();
  } finally {
    await first.context().close();
  }
});

test('B hears that A removed its household while B holds text not yet saved: nothing is lost, the household stays open and a reload reopens it', async () => {
  const { first, second } = await twoTabs('Familie Typt Door', 'held');
  try {
    await second.evaluate(() => { window.__ktHold = true; });
    await removeIn(first, 'Familie Typt Door');
    // Typed, and in the same task the removal is delivered next: B hears it
    // long before its save (400 ms after the last key) starts.
    await second.evaluate(() => {
      const field = document.querySelector('#contact-name');
      field.value = 'Sanne de Coach';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      window.__ktRelease();
    });
    await waitSaved(second);
    assert.equal(await second.inputValue('#household-name'), 'Familie Typt Door');
    assert.equal(await second.inputValue('#contact-name'), 'Sanne de Coach');
    const entries = await waitStored(second, (e) => draftKeys(e).length === 1);
    const draft = JSON.parse(entries[draftKeys(entries)[0]]);
    assert.equal(draft.household.display_name, 'Familie Typt Door');
    assert.equal(draft.household.contact.name, 'Sanne de Coach');
    const { draft: id } = openPointer(entries);
    await waitStored(second, (e) => e['keukentafel.open'] === id);
    await reopens(second, 'Familie Typt Door');
  } finally {
    await first.context().close();
  }
});

test('B and C hear that A removed the household they show, with nothing unsaved: each says so and goes to the start screen, focus on its heading, and writes nothing; C, hidden behind another tab, says so once it is shown', async () => {
  const { first, second } = await twoTabs('Familie Weg', 'heard');
  const third = await openSame(first, 'Familie Weg');
  const setVisibility = (page, state) => page.evaluate((state) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  try {
    for (const page of [second, third]) await page.locator('#contact-name').focus();
    await setVisibility(third, 'hidden');
    await removeIn(first, 'Familie Weg');
    for (const page of [second, third]) {
      await page.waitForFunction((title) => document.activeElement?.tagName === 'H1'
        && document.activeElement.textContent.trim() === title, NL.start_title);
      assert.equal(await page.locator('#household-name').count(), 0);
      assert.equal(await page.getByText('Familie Weg').count(), 0, 'the household is still shown');
    }
    // Said at once where it is seen; in C when it is shown (an alert put
    // on a hidden page is announced to nobody).
    assert.equal(await third.getByTestId('notice').count(), 0, 'told while hidden');
    await setVisibility(third, 'visible');
    for (const page of [second, third]) {
      const notice = page.getByTestId('notice');
      await notice.waitFor({ timeout: 5000 });
      assert.equal((await notice.locator('p').textContent()).trim(), NL.notice_removed_elsewhere);
      assert.equal(await notice.getAttribute('role'), 'alert');
    }
    // Nothing is written again, by either tab, after their saves had time.
    await new Promise((r) => setTimeout(r, 1500));
    const entries = await storedEntries(second);
    assert.deepEqual(draftKeys(entries), []);
    assert.deepEqual(unmergedKeys(entries), []);
    assert.equal(entries['keukentafel.open'], undefined);
    // A reload stays on the start screen and has nothing more to say.
    await second.reload();
    await second.waitForSelector('.kt-app h1');
    assert.equal((await second.locator('h1').textContent()).trim(), NL.start_title);
    assert.equal(await second.getByTestId('notice').count(), 0);
  } finally {
    await first.context().close();
  }
});

test('a newer version stored the draft B has open: B says so, overwrites nothing, keeps its text, and is not "saving" forever', async () => {
  const { first, second } = await twoTabs('Familie Nieuwer', 'deaf');
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

test("a page that went away holding a removed household's text (kept aside, not yet written again): the next start lists the household again", async () => {
  const page = await app.newPage();
  try {
    await page.getByRole('button', { name: NL.start_new }).click();
    await page.locator('#household-name').fill('Familie Gebleven');
    await waitSaved(page);
    const entries = await storedEntries(page);
    const [key] = draftKeys(entries);
    // What the store holds when a tab kept its side of the draft, which
    // another tab had removed, and its page went away before writing it
    // again: the side, and nothing else of the household.
    await page.evaluate(([key, mine]) => new Promise((resolve, reject) => {
      const open = indexedDB.open('keukentafel');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('kv', 'readwrite');
        const store = tx.objectStore('kv');
        store.delete(key);
        store.delete(key.replace('.draft.', '.rev.'));
        store.delete('keukentafel.open');
        store.put(JSON.stringify({ rev: 1, base: null, mine }), `${key.replace('.draft.', '.unmerged.')}.w1`);
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    }), [key, entries[key]]);
    await page.reload();
    await page.getByRole('heading', { name: 'Familie Gebleven' }).waitFor({ timeout: 10000 });
    const after = await waitStored(page, (e) => draftKeys(e).length === 1 && unmergedKeys(e).length === 0);
    assert.equal(JSON.parse(after[key]).household.display_name, 'Familie Gebleven');
  } finally {
    await page.context().close();
  }
});
