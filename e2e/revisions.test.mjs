// Two tabs of one browser on one draft, where a tab does not hear the
// other's save in time (issue 15: "two tabs never lose edits"). Tab B is
// made deaf to the writers' channel, so every write it makes after tab
// A's is stale: the store refuses it (revisions), B's side is kept beside
// the draft and merged with A's; only the same field asks. And B reloaded
// in the middle of typing: its text is there again, merged, never gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, storedEntries, waitSaved, waitStored, NL } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const draftOf = (entries) => {
  const key = Object.keys(entries).find((k) => k.startsWith('keukentafel.draft.'));
  return key && JSON.parse(entries[key]);
};
const unmergedKeys = (entries) => Object.keys(entries).filter((k) => k.startsWith('keukentafel.unmerged.'));

/** Tab A with a new draft named `name`, saved; tab B, of the same browser,
 * on the same draft and deaf to A's saves (it never hears the channel). */
async function twoTabs(name) {
  const first = await app.newPage();
  await first.getByRole('button', { name: NL.start_new }).click();
  await first.waitForSelector('#household-name');
  await first.locator('#household-name').fill(name);
  await waitSaved(first);
  const second = await first.context().newPage();
  await second.addInitScript(() => {
    const Channel = window.BroadcastChannel;
    window.BroadcastChannel = class extends Channel {
      set onmessage(_) {}
      get onmessage() { return null; }
    };
  });
  await second.goto(app.url);
  await second.waitForSelector('#household-name');
  assert.equal(await second.inputValue('#household-name'), name);
  return { first, second };
}

test('tabs that do not hear each other edit different fields: both edits kept, in both tabs and after a reload', async () => {
  const { first, second } = await twoTabs('Familie Revisie');
  try {
    await first.locator('#household-name').fill('Familie Revisie-de Vries');
    await waitSaved(first);
    // B still shows the old name: it did not hear A.
    assert.equal(await second.inputValue('#household-name'), 'Familie Revisie');
    await second.locator('#contact-name').fill('Sanne de Coach');
    // B's write is stale; merged with A's, it is stored as the next revision.
    const entries = await waitStored(second, (e) => {
      const d = draftOf(e);
      return d?.household.display_name === 'Familie Revisie-de Vries' && d.household.contact.name === 'Sanne de Coach';
    });
    assert.deepEqual(unmergedKeys(entries), [], 'the kept side is gone once merged');
    await second.waitForFunction(() => document.querySelector('#household-name').value === 'Familie Revisie-de Vries');
    assert.equal(await second.inputValue('#contact-name'), 'Sanne de Coach');
    assert.equal(await second.locator('[data-testid="other-tab"]').count(), 0, 'nothing to ask');
    // A follows B's merged save.
    await first.waitForFunction(() => document.querySelector('#contact-name')?.value === 'Sanne de Coach');
    assert.equal(await first.inputValue('#household-name'), 'Familie Revisie-de Vries');
    await waitSaved(second);
    for (const page of [first, second]) {
      await page.reload();
      await page.waitForSelector('#household-name');
      assert.equal(await page.inputValue('#household-name'), 'Familie Revisie-de Vries');
      assert.equal(await page.inputValue('#contact-name'), 'Sanne de Coach');
    }
  } finally {
    await first.context().close();
  }
});

test('tabs that do not hear each other change the same field: B is asked, both texts shown, nothing lost meanwhile', async () => {
  const { first, second } = await twoTabs('Familie Beide');
  try {
    await first.locator('#household-name').fill('Familie Beide (eerste)');
    await waitSaved(first);
    await second.locator('#household-name').fill('Familie Beide (tweede)');
    const notice = second.locator('[data-testid="other-tab"]');
    await notice.waitFor();
    const conflict = notice.locator('[data-testid="other-tab-conflict"]');
    assert.equal(await conflict.count(), 1);
    assert.match(await conflict.textContent(), /Familie Beide \(tweede\)/);
    assert.match(await conflict.textContent(), /Familie Beide \(eerste\)/);
    // A's text is the draft; B's is kept beside it until B chooses.
    const entries = await storedEntries(second);
    assert.equal(draftOf(entries).household.display_name, 'Familie Beide (eerste)');
    const kept = unmergedKeys(entries);
    assert.equal(kept.length, 1);
    assert.match(entries[kept[0]], /Familie Beide \(tweede\)/);
    // B keeps its own text: stored as the next revision, the side removed.
    await notice.getByRole('button', { name: NL.other_tab_keep }).click();
    await notice.waitFor({ state: 'detached' });
    const after = await waitStored(second, (e) => draftOf(e)?.household.display_name === 'Familie Beide (tweede)'
      && unmergedKeys(e).length === 0);
    assert.ok(after);
    await first.waitForFunction(() => document.querySelector('#household-name').value === 'Familie Beide (tweede)');
  } finally {
    await first.context().close();
  }
});

test('B reloaded in the middle of typing, after A saved: B\'s text is there again, merged with A\'s, never silently gone', async () => {
  const { first, second } = await twoTabs('Familie Herladen');
  try {
    await first.locator('#household-name').fill('Familie Herladen-Jansen');
    await waitSaved(first);
    // Typing, then a reload before any pause: nothing has been saved yet.
    await second.locator('#contact-name').pressSequentially('Ayla Koç', { delay: 40 });
    await second.reload();
    await second.waitForSelector('#contact-name');
    assert.equal(await second.inputValue('#contact-name'), 'Ayla Koç', 'B\'s text is back');
    assert.equal(await second.inputValue('#household-name'), 'Familie Herladen-Jansen', 'and A\'s too');
    assert.equal(await second.locator('[data-testid="other-tab"]').count(), 0, 'different fields: nothing to ask');
    const entries = await waitStored(second, (e) => draftOf(e)?.household.contact.name === 'Ayla Koç'
      && unmergedKeys(e).length === 0);
    assert.equal(draftOf(entries).household.display_name, 'Familie Herladen-Jansen');
  } finally {
    await first.context().close();
  }
});

test('B reloaded in the middle of typing the field A changed: B is asked after the reload, both texts shown, and again after another reload', async () => {
  const { first, second } = await twoTabs('Familie Vraag');
  try {
    await first.locator('#household-name').fill('Familie Vraag (eerste)');
    await waitSaved(first);
    await second.locator('#household-name').click();
    await second.keyboard.press('End');
    await second.locator('#household-name').pressSequentially(' (tweede)', { delay: 40 });
    await second.reload();
    const notice = second.locator('[data-testid="other-tab"]');
    await notice.waitFor();
    const text = await notice.locator('[data-testid="other-tab-conflict"]').textContent();
    assert.match(text, /Familie Vraag \(tweede\)/);
    assert.match(text, /Familie Vraag \(eerste\)/);
    // Until B chooses, A's text is the draft and B's is kept beside it.
    const entries = await storedEntries(second);
    assert.equal(draftOf(entries).household.display_name, 'Familie Vraag (eerste)');
    assert.ok(unmergedKeys(entries).some((k) => /Familie Vraag \(tweede\)/.test(entries[k])));
    // Typed while the question is open (nothing is saved meanwhile), then
    // reloaded again: asked again, and that typing is there too.
    await second.locator('#contact-name').fill('Piet Vraag');
    await second.reload();
    await notice.waitFor();
    assert.equal(await notice.locator('[data-testid="other-tab-conflict"]').count(), 1);
    assert.match(await notice.textContent(), /Familie Vraag \(tweede\)/);
    assert.match(await notice.textContent(), /Familie Vraag \(eerste\)/);
    assert.equal(await second.inputValue('#contact-name'), 'Piet Vraag');
    // B takes A's text this time: stored with B's other typing, and B's
    // kept sides removed.
    await notice.locator('[data-testid="other-tab-conflict"]').getByLabel(new RegExp(NL.other_tab_theirs)).check();
    await notice.getByRole('button', { name: NL.other_tab_keep }).click();
    await notice.waitFor({ state: 'detached' });
    assert.equal(await second.inputValue('#household-name'), 'Familie Vraag (eerste)');
    const done = await waitStored(second, (e) => unmergedKeys(e).length === 0 && draftOf(e)?.household.contact.name === 'Piet Vraag');
    assert.equal(draftOf(done).household.display_name, 'Familie Vraag (eerste)');
  } finally {
    await first.context().close();
  }
});
