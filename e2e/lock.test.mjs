// Locking a draft with a passphrase (issue 15): offered from the moment a
// draft is made, with the warning first; afterwards no store holds the
// household's name or anything typed (every store read, record by record);
// the start screen shows only the chosen label; a wrong passphrase says so
// and changes nothing; the right one opens the draft; "Nu vergrendelen"
// and the idle timer lock it again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, waitSaved, NL } from './harness.mjs';
import { storedItems } from './stores.mjs';

const PASS = 'paars fietsje 42';
const NAME = 'Familie Geheim-Öztürk';
const TYPED = 'Schuld bij de woningcorporatie';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function fresh(path = '') {
  const page = await app.newPage();
  await page.evaluate(() => localStorage.clear());
  await page.goto(app.url + path);
  await page.waitForSelector('.kt-app h1');
  return page;
}

/** Starts a draft with a name and lets it save (unlocked, as typed). */
async function startDraft(page) {
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.getByLabel(NL.household_name).fill(NAME);
  await waitSaved(page);
}

async function lock(page, { label = 'Blauwe map', pass = PASS, repeat = PASS } = {}) {
  if (!(await page.locator('details.kt-lock__offer[open]').count())) await page.getByText(NL.lock_offer_title).click();
  await page.getByLabel(NL.lock_label, { exact: true }).fill(label);
  await page.getByLabel(NL.lock_passphrase, { exact: true }).fill(pass);
  await page.getByLabel(NL.lock_passphrase_repeat, { exact: true }).fill(repeat);
  await page.getByRole('button', { name: NL.lock_submit, exact: true }).click();
}

function assertNoPlaintext(items, words) {
  for (const item of items) {
    for (const w of words) assert.ok(!item.includes(w), `"${w}" stored in ${item.slice(0, 200)}`);
  }
}

test('the offer warns before anything is chosen, and refuses a short or repeated-wrong passphrase', async () => {
  const page = await fresh();
  await startDraft(page);
  await page.getByText(NL.lock_offer_title).click();
  // The warning is there before a field is filled in.
  await page.getByText(NL.lock_offer_body).waitFor();
  const before = await storedItems(page);
  await lock(page, { pass: 'kort', repeat: 'kort' });
  await page.getByText(NL.lock_error_short).waitFor();
  await page.getByLabel(NL.lock_passphrase, { exact: true }).fill(PASS);
  await page.getByLabel(NL.lock_passphrase_repeat, { exact: true }).fill(`${PASS}!`);
  await page.getByRole('button', { name: NL.lock_submit, exact: true }).click();
  await page.getByText(NL.lock_error_differ).waitFor();
  assert.deepEqual(await storedItems(page), before, 'a refused lock changed what is stored');
  await page.context().close();
});

test('a locked draft leaves no plaintext in any store, also after more typing', async () => {
  const page = await fresh();
  await startDraft(page);
  await lock(page);
  await page.getByText("Dit plan is vergrendeld als 'Blauwe map'.", { exact: false }).waitFor();
  await page.locator('#contact-organisation').fill(TYPED);
  await waitSaved(page);
  const items = await storedItems(page);
  assertNoPlaintext(items, ['Geheim', 'Öztürk', '\\u00d6zt', TYPED, 'woningcorporatie']);
  const sealed = items.filter((i) => i.includes('"format":"keukentafel-locked"'));
  assert.equal(sealed.length, 1, items.join('\n'));
  assert.match(sealed[0], /"label":"Blauwe map"/);
  await page.context().close();
});

test('"Nu vergrendelen" shows only the label; a wrong passphrase changes nothing; the right one opens it', async () => {
  const page = await fresh();
  await startDraft(page);
  await lock(page);
  await page.locator('#contact-organisation').fill(TYPED);
  await page.getByRole('button', { name: NL.lock_now }).click();
  await page.getByRole('heading', { name: 'Blauwe map' }).waitFor();
  const screen = await page.locator('.kt-app').innerText();
  assert.ok(!screen.includes('Geheim') && !screen.includes(TYPED), screen);
  // The last text typed before locking was saved, sealed.
  assertNoPlaintext(await storedItems(page), ['Geheim', TYPED]);

  const before = await storedItems(page);
  await page.getByLabel(NL.lock_passphrase).fill('paars fietsje 43');
  await page.getByRole('button', { name: /Blauwe map/ }).click();
  await page.getByText(NL.unlock_wrong).waitFor();
  assert.deepEqual(await storedItems(page), before, 'a wrong passphrase changed what is stored');

  await page.getByLabel(NL.lock_passphrase).fill(PASS);
  await page.getByRole('button', { name: /Blauwe map/ }).click();
  await page.waitForSelector('#household-name, .kt-task-list, h1');
  await page.getByText("Dit plan is vergrendeld als 'Blauwe map'.", { exact: false }).waitFor();
  // Opening is not a change: nothing is written again.
  await page.waitForTimeout(700);
  const sealedRecords = (items) => items.filter((i) => i.includes('keukentafel-locked'));
  assert.deepEqual(sealedRecords(await storedItems(page)), sealedRecords(before), 'opening rewrote the draft');
  assert.equal(await page.getByText(NL.status_saving).count(), 0);
  // Back where it was locked, with everything typed before locking.
  assert.equal(await page.locator('#household-name').inputValue(), NAME);
  assert.equal(await page.locator('#contact-organisation').inputValue(), TYPED);
  await page.context().close();
});

test('a reload locks it (the key is only in memory); idle time locks it too', async () => {
  const page = await fresh('frame.html?autoLockMinutes=1');
  await page.clock.install();
  await page.reload();
  await page.waitForSelector('.kt-app h1');
  await startDraft(page);
  await lock(page);
  await page.getByText("Dit plan is vergrendeld als 'Blauwe map'.", { exact: false }).waitFor();
  await page.clock.fastForward('01:05');
  await page.getByRole('heading', { name: 'Blauwe map' }).waitFor();
  assert.ok(!(await page.locator('.kt-app').innerText()).includes('Geheim'));

  await page.getByLabel(NL.lock_passphrase).fill(PASS);
  await page.getByRole('button', { name: /Blauwe map/ }).click();
  await page.getByText("Dit plan is vergrendeld als 'Blauwe map'.", { exact: false }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Blauwe map' }).waitFor();
  assert.ok(!(await page.locator('.kt-app').innerText()).includes('Geheim'));
  await page.context().close();
});

test('quick exit from a locked draft saves the last typing sealed', async () => {
  const page = await fresh();
  await page.context().route('https://www.google.com/', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Neutraal</title>' }));
  await startDraft(page);
  await lock(page);
  await page.getByText("Dit plan is vergrendeld als 'Blauwe map'.", { exact: false }).waitFor();
  await page.locator('#contact-organisation').fill(TYPED);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL('https://www.google.com/');
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Blauwe map' }).waitFor();
  assertNoPlaintext(await storedItems(page), ['Geheim', TYPED]);
  await page.getByLabel(NL.lock_passphrase).fill(PASS);
  await page.getByRole('button', { name: /Blauwe map/ }).click();
  await page.locator('#contact-organisation').waitFor();
  assert.equal(await page.locator('#contact-organisation').inputValue(), TYPED);
  await page.context().close();
});

test('a refused passphrase puts focus on the field to change, marked invalid and named by its error; once locked, on the sentence saying so', async () => {
  const page = await fresh();
  await startDraft(page);
  // Submitted with the button, which keeps focus unless the app moves it.
  await lock(page, { pass: 'kort', repeat: 'kort' });
  await page.waitForFunction(() => document.activeElement.id === 'kt-lock-pass');
  const pass = page.locator('#kt-lock-pass');
  assert.equal(await pass.getAttribute('aria-invalid'), 'true');
  assert.match(await pass.getAttribute('aria-describedby'), /kt-lock-pass-error/);
  assert.equal(await page.locator('#kt-lock-pass-error').textContent(), NL.lock_error_short);
  await lock(page, { repeat: `${PASS}!` });
  await page.waitForFunction(() => document.activeElement.id === 'kt-lock-repeat');
  assert.equal(await pass.getAttribute('aria-invalid'), null, 'the passphrase itself is right now');
  assert.equal(await page.locator('#kt-lock-repeat').getAttribute('aria-invalid'), 'true');
  await lock(page);
  await page.waitForFunction(() => document.activeElement.id === 'kt-lock-state');
  assert.match(await page.locator('#kt-lock-state').textContent(), /Blauwe map/);
  await page.context().close();
});

/** `page` (a new tab on the same device) opens the locked draft "Blauwe map". */
async function unlockIn(page) {
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Blauwe map' }).waitFor();
  await page.getByLabel(NL.lock_passphrase).fill(PASS);
  await page.getByRole('button', { name: /Blauwe map/ }).click();
  await page.getByText("Dit plan is vergrendeld als 'Blauwe map'.", { exact: false }).waitFor();
  await page.locator('#contact-name').waitFor();
}

const valueIs = (page, id, value) => page.waitForFunction(
  ([id, value]) => document.getElementById(id)?.value === value, [id, value], { timeout: 10000 },
);

test('a locked draft open in two tabs: each takes what the other saved, nothing is lost, and nothing is stored in plaintext', async () => {
  const first = await fresh();
  await startDraft(first);
  await lock(first);
  await first.getByText("Dit plan is vergrendeld als 'Blauwe map'.", { exact: false }).waitFor();
  const second = await first.context().newPage();
  second.on('dialog', (d) => d.accept());
  try {
    await unlockIn(second);
    // A saves; B, with nothing unsaved, shows it.
    await first.locator('#contact-organisation').fill(TYPED);
    await waitSaved(first);
    await valueIs(second, 'contact-organisation', TYPED);
    // B saves another field; A shows it and keeps its own.
    await second.locator('#contact-name').fill('Sanne de Coach');
    await waitSaved(second);
    await valueIs(first, 'contact-name', 'Sanne de Coach');
    assert.equal(await first.locator('#contact-organisation').inputValue(), TYPED);
    // Both typed at once, in different fields: each tab ends with both.
    await first.locator('#contact-reach').fill('06 12345678');
    await second.locator('#household-name').fill(`${NAME} (wijk)`);
    for (const page of [first, second]) {
      await valueIs(page, 'contact-reach', '06 12345678');
      await valueIs(page, 'household-name', `${NAME} (wijk)`);
    }
    // Nothing left to write in either (a tab whose merge equals what is
    // stored has nothing to save, and says nothing).
    for (const page of [first, second]) {
      await page.waitForFunction(() => !document.querySelector('.kt-draft-status__busy')?.textContent.trim());
    }
    assertNoPlaintext(await storedItems(first), ['Geheim', TYPED, 'Sanne de Coach', '12345678']);
    // What is stored, opened anew: everything from both tabs.
    const third = await first.context().newPage();
    await unlockIn(third);
    assert.equal(await third.locator('#household-name').inputValue(), `${NAME} (wijk)`);
    assert.equal(await third.locator('#contact-organisation').inputValue(), TYPED);
    assert.equal(await third.locator('#contact-name').inputValue(), 'Sanne de Coach');
    assert.equal(await third.locator('#contact-reach').inputValue(), '06 12345678');
  } finally {
    await first.context().close();
  }
});
