// Two languages at one table (issue 13): the household's reading language
// and the coach's are chosen on the household page; one button in the
// header, named in the other language, switches the screen between them
// mid-domain by keyboard, keeping every answer and the focus on the field.
// `./run images` (KT_IMAGES=1) copies the picture of a domain page in Arabic
// to docs/images/domain-arabic.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { startApp, NL, EN, texts } from './harness.mjs';

const OUT = new URL('./out/', import.meta.url).pathname;
const IMAGES = new URL('../docs/images/', import.meta.url).pathname;
const AR = texts('ar');
import { axeViolations } from './axe.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** A fresh page; with `lateFrames`, every animation frame's callbacks run
 *  that many ms late, as on a busy machine (the switch puts focus back on
 *  the next frame). */
async function fresh({ lateFrames = 0 } = {}) {
  app.errors.length = 0;
  const page = await app.newPage();
  await page.evaluate(() => localStorage.clear());
  if (lateFrames) {
    await page.addInitScript((ms) => {
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (f) => raf((t) => setTimeout(() => f(t), ms));
    }, lateFrames);
  }
  await page.reload();
  await page.waitForSelector('.kt-app h1');
  return page;
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Waits until focus is back on the field `id`: the switch restores it on
 *  the frame after the screen has its new words, which on a busy machine
 *  comes after the new heading is already there. Fails with where focus is
 *  when it does not come back. */
async function focusBackOn(page, id, message) {
  try {
    await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 });
  } catch {
    assert.equal(await focusedId(page), id, message);
  }
}
const appLang = (page) => page.evaluate(() => document.querySelector('.kt-app').lang);

/** Starts a new intake in English (the household's language) and opens
 * the work domain with its first step. */
async function englishToWork(page) {
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.kt-app').lang === 'en');
  await page.getByRole('button', { name: EN.start_new }).click();
  await page.waitForSelector('#household-name');
  await page.locator('#household-name').fill('Familie Twee Talen');
  await page.getByRole('button', { name: EN.household_continue }).click();
  await page.getByRole('button', { name: 'Work and taking part' }).click();
  await page.waitForSelector('#work-going-well');
}

test('the household page asks both languages: the household\'s, and Dutch for the coach to start with', async () => {
  const page = await fresh();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: EN.start_new }).click();
  await page.waitForSelector('#household-name');
  assert.equal(await page.inputValue('#table-household'), 'en');
  assert.equal(await page.inputValue('#table-coach'), 'nl');
  assert.equal(await page.getAttribute('#table-household option[value="nl"]', 'lang'), 'nl');
  // The switch is in the header, named in the other language, with its lang.
  const sw = page.locator('header #kt-table-switch');
  assert.equal((await sw.textContent()).replace('⇄', '').trim(), 'Nederlands');
  assert.equal(await sw.getAttribute('lang'), 'nl');
  assert.deepEqual(await axeViolations(page), []);

  // The same language for both: no button.
  await page.selectOption('#table-coach', 'en');
  await page.waitForSelector('#kt-table-switch', { state: 'detached' });
  await page.selectOption('#table-coach', 'nl');
  await page.waitForSelector('#kt-table-switch');
  assert.deepEqual(app.errors, []);
  await page.context().close();
});

test('switching mid-domain by keyboard keeps every answer and the focus on the same field', async () => {
  // Late frames: the focus comes back after the new words show.
  const page = await fresh({ lateFrames: 250 });
  await englishToWork(page);
  await page.locator('#work-going-well').click();
  await page.keyboard.type('Sam cooks for the whole street');

  // From the field back to the header's button by keyboard alone.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Shift+Tab');
    reached = (await focusedId(page)) === 'kt-table-switch';
  }
  assert.ok(reached, 'Shift+Tab reaches the switch in the header');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.kt-app').lang === 'nl');
  await page.getByRole('heading', { level: 1, name: /Werk en meedoen/ }).waitFor();
  await focusBackOn(page, 'work-going-well', 'focus is back on the field');
  assert.equal(await page.inputValue('#work-going-well'), 'Sam cooks for the whole street');
  // Typing goes on in the same field.
  await page.keyboard.type(', every Friday');
  assert.equal(await page.inputValue('#work-going-well'), 'Sam cooks for the whole street, every Friday');
  const back = page.locator('#kt-table-switch');
  assert.equal((await back.textContent()).replace('⇄', '').trim(), 'English');
  assert.equal(await back.getAttribute('lang'), 'en');

  // And back, with the mouse this time: the same.
  await back.click();
  await page.waitForFunction(() => document.querySelector('.kt-app').lang === 'en');
  await page.getByRole('heading', { level: 1, name: /Work and taking part/ }).waitFor();
  await focusBackOn(page, 'work-going-well');
  assert.equal(await page.inputValue('#work-going-well'), 'Sam cooks for the whole street, every Friday');
  assert.deepEqual(app.errors, []);
  await page.context().close();
});

test('the choice stays with the draft over a reload, and a new draft in Dutch has no button', async () => {
  const page = await fresh();
  await englishToWork(page);
  await page.locator('#kt-table-switch').click();
  await page.waitForFunction(() => document.querySelector('.kt-app').lang === 'nl');
  await page.reload();
  await page.waitForSelector('#work-going-well');
  assert.equal(await appLang(page), 'nl');
  // Still English for the household, though the screen is Dutch now.
  assert.equal((await page.locator('#kt-table-switch').textContent()).replace('⇄', '').trim(), 'English');

  await page.getByRole('button', { name: NL.nav_to_start }).click();
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.waitForSelector('#household-name');
  assert.equal(await page.inputValue('#table-household'), 'nl');
  assert.equal(await page.locator('#kt-table-switch').count(), 0, 'both read Dutch: no switch');
  assert.deepEqual(app.errors, []);
  await page.context().close();
});

test('Arabic for the household and Dutch for the coach: right to left and back, the answer and the focus kept', async () => {
  const page = await fresh();
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.kt-app').dir === 'rtl');
  await page.getByRole('button', { name: AR.start_new }).click();
  await page.waitForSelector('#household-name');
  assert.equal(await page.inputValue('#table-household'), 'ar');
  await page.locator('#household-name').fill('عائلة المراكشي – De Vries');
  await page.getByRole('button', { name: AR.household_continue }).click();
  await page.getByRole('button', { name: AR.cat_work_name }).click();
  await page.waitForSelector('#work-going-well');
  await page.locator('#work-going-well').click();
  await page.keyboard.type('سميرة تعمل صباحين في الرعاية المنزلية.');
  const sw = page.locator('#kt-table-switch');
  assert.equal(await sw.getAttribute('lang'), 'nl');
  assert.equal(await sw.getAttribute('dir'), 'ltr');

  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}domain-arabic.png` });
  if (process.env.KT_IMAGES === '1') {
    mkdirSync(IMAGES, { recursive: true });
    copyFileSync(`${OUT}domain-arabic.png`, `${IMAGES}domain-arabic.png`);
  }

  await page.locator('#work-going-well').focus();
  await sw.click();
  await page.waitForFunction(() => document.querySelector('.kt-app').dir === 'ltr');
  await page.getByRole('heading', { level: 1, name: /Werk en meedoen/ }).waitFor();
  await focusBackOn(page, 'work-going-well');
  assert.equal(await page.inputValue('#work-going-well'), 'سميرة تعمل صباحين في الرعاية المنزلية.');
  assert.equal((await sw.textContent()).replace('⇄', '').trim(), 'العربية');
  assert.equal(await sw.getAttribute('dir'), 'rtl');
  await sw.click();
  await page.waitForFunction(() => document.querySelector('.kt-app').dir === 'rtl');
  await focusBackOn(page, 'work-going-well');
  assert.deepEqual(app.errors, []);
  await page.context().close();
});
