// The language switch by keyboard, as a screen reader user meets it: every
// language is a button named in itself, the one in use pressed; choosing
// one leaves focus on that button, now pressed (WCAG 2.4.3: before, the
// buttons were drawn anew and focus stayed on the same spot, now another
// language), and a status region that was already there, saying the
// language the app is in, says the change in the new language, inside an
// element with its `lang` and `dir` (WCAG 4.1.3, 3.1.2).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { NL, startApp, texts } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** What has focus: its `lang`, `aria-pressed` and text. */
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return [a.getAttribute('lang'), a.getAttribute('aria-pressed'), a.textContent.trim()];
});

/** The header's status region: its words and the language it is read in. */
const said = (page) => page.evaluate(() => {
  const region = document.querySelector('.kt-header [role="status"]');
  const inLang = region?.closest('[lang]');
  return [region?.textContent.trim(), inLang?.getAttribute('lang'), inLang?.getAttribute('dir')];
});

test('choosing a language by keyboard keeps focus on its button, now pressed, and says the change in that language', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: NL.start_new }).waitFor();
    const pressed = () => page.locator('.kt-header button[lang]').evaluateAll((bs) => bs.map((b) => [b.lang, b.getAttribute('aria-pressed')]));
    assert.deepEqual(await pressed(), [['nl', 'true'], ['en', 'false'], ['ar', 'false'], ['tr', 'false'], ['pl', 'false'], ['uk', 'false']]);
    // The region is there before anything is chosen: a live region added
    // together with its words is often not read.
    assert.deepEqual(await said(page), [NL.lang_chosen, 'nl', 'ltr']);

    for (const [lang, dir, name] of [['ar', 'rtl', 'العربية'], ['uk', 'ltr', 'Українська'], ['nl', 'ltr', 'Nederlands']]) {
      await page.locator(`.kt-header button[lang="${lang}"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((l) => document.querySelector('.kt-app').lang === l, lang);
      await page.getByRole('button', { name: texts(lang).start_new }).waitFor();
      assert.deepEqual(await focused(page), [lang, 'true', name], `focus after choosing ${lang}`);
      assert.deepEqual(await said(page), [texts(lang).lang_chosen, lang, dir], `said after choosing ${lang}`);
      assert.equal((await pressed()).filter(([, p]) => p === 'true').map(([l]) => l).join(), lang);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
