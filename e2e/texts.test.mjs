// Languages and a municipality's own wording (issue 13), end to end: the
// `lang` option opens the app in that language once its texts are in; the
// `texts` option replaces a text, and a bad one is a clear message for the
// web team. Options through the iframe page's query string (frame.html).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { NL, startApp, texts } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function open(query) {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${app.url}frame.html?${new URLSearchParams(query)}`);
  return { page, errors, close: () => context.close() };
}

test('lang=ar opens in Arabic, right to left on the app and the page it owns', async () => {
  const AR = texts('ar');
  const { page, errors, close } = await open({ lang: 'ar' });
  try {
    await page.getByRole('button', { name: AR.start_new }).waitFor();
    assert.equal(await page.getAttribute('.kt-app', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    // The switcher names every language in itself; the one in use is pressed.
    const names = await page.locator('.kt-header button[lang]').evaluateAll((bs) => bs.map((b) => [b.lang, b.dir, b.textContent.trim(), b.getAttribute('aria-pressed')]));
    assert.deepEqual(names, [
      ['nl', 'ltr', 'Nederlands', 'false'], ['en', 'ltr', 'English', 'false'], ['ar', 'rtl', 'العربية', 'true'],
      ['tr', 'ltr', 'Türkçe', 'false'], ['pl', 'ltr', 'Polski', 'false'], ['uk', 'ltr', 'Українська', 'false'],
    ]);
    await page.locator('.kt-header button[lang="nl"]').click();
    await page.getByRole('button', { name: NL.start_new }).waitFor();
    assert.equal(await page.getAttribute('.kt-app', 'dir'), 'ltr');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a municipality\'s own wording shows instead of the standard text', async () => {
  const own = { nl: { start_title: 'Welkom bij het wijkteam Noord' }, pl: { start_title: 'Witamy w zespole dzielnicy' } };
  const { page, close } = await open({ texts: JSON.stringify(own) });
  try {
    await page.getByRole('heading', { level: 1, name: own.nl.start_title }).waitFor();
    await page.locator('.kt-header button[lang="pl"]').click();
    await page.getByRole('heading', { level: 1, name: own.pl.start_title }).waitFor();
    // A text it does not replace stays the standard one.
    await page.getByRole('button', { name: texts('pl').start_new }).waitFor();
  } finally {
    await close();
  }
});

test('a bad override is a clear message naming its place, and nothing is replaced', async () => {
  const { page, close } = await open({ texts: JSON.stringify({ nl: { step_of: 'Stap {x}' } }) });
  try {
    const alert = page.getByRole('alert').filter({ hasText: 'texts.nl.step_of' });
    await alert.waitFor();
    assert.match(await alert.textContent(), /\{y\}/);
    await page.getByRole('heading', { level: 1, name: NL.start_title }).waitFor();
  } finally {
    await close();
  }
});

test('a bad option on an Arabic page is said in Arabic, and follows a change of language', async () => {
  const { page, errors, close } = await open({ lang: 'ar', mode: 'toezicht' });
  try {
    const alert = page.getByRole('alert').filter({ hasText: 'mode' });
    // Said in the page's language: a resident on the page reads it too.
    await page.waitForFunction(() => /المتوقع/.test(document.querySelector('.kt-app')?.textContent ?? ''));
    assert.match((await alert.textContent()).trim(), /^Keukentafel: (data-)?mode: المتوقع "coach" أو "resident"، والموجود "toezicht"$/);
    await page.locator('.kt-header button[lang="uk"]').click();
    await page.waitForFunction(() => /очікувалося/.test(document.querySelector('.kt-app')?.textContent ?? ''));
    assert.match((await alert.textContent()).trim(), /^Keukentafel: (data-)?mode: очікувалося "coach" або "resident", знайдено "toezicht"$/);
    await page.locator('.kt-header button[lang="nl"]').click();
    await page.waitForFunction(() => /verwacht/.test(document.querySelector('.kt-app')?.textContent ?? ''));
    assert.match((await alert.textContent()).trim(), /^Keukentafel: (data-)?mode: verwacht "coach" of "resident", gevonden "toezicht"$/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
