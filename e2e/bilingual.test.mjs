// The plan in two languages (issue 13): "Plan in twee talen" on the plan
// screen puts every heading and fixed text in the household's language
// and in Dutch, on screen, on A4 paper and in the downloaded file; what the
// household typed is there once; the fingerprint does not change; nothing
// is clipped under print. Printed in Arabic–Dutch (right to left and left
// to right on one page) and in English–Dutch.
//
// Files go to e2e/out/; `./run images` (KT_IMAGES=1) copies the picture of
// the bilingual plan's first page to docs/images/plan-bilingual.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, EN, texts } from './harness.mjs';

const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname;
const OUT = new URL('./out/', import.meta.url).pathname;
const IMAGES = new URL('../docs/images/', import.meta.url).pathname;
const typical = JSON.parse(readFileSync(join(FIXTURES, 'typical.json'), 'utf8'));
const NL_DOC = texts('nl');
const EN_DOC = texts('en');
const NATIVE = { en: 'English', ar: 'العربية' };
const NAME_OF_WORK = { en: 'Work and taking part', ar: texts('ar').cat_work_name };

// Typed by the household (the fixture): printed once, as typed.
const TYPED = [
  'We wonen al tien jaar in deze straat en kennen de buren goed.',
  'Een droge slaapkamer voor de kinderen.',
];
// Headings in both languages (the document's own texts, from locales/).
const HEADINGS = ['doc_plan_title', 'doc_contact_heading', 'doc_all_agreements_heading', 'doc_review_heading'];

let app;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await startApp();
});
after(async () => { await app?.close(); });

const squash = (s) => s.replace(/\s+/g, ' ');
// Text as pdftotext gives it, compared without what it changes in Arabic:
// letters come out as their drawn (presentation) forms (NFKC undoes that),
// with direction marks, and vowel marks, and spaces where a word was drawn
// in parts; a lam–alef ligature comes out as alef–lam. So both sides are
// compared as letters only, without spaces, marks or vowel marks.
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u0652\s]/g;
const pdfText = (path) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(MARKS, '');
// (The ligature is within a word: swapped before the spaces go.)
const asPrinted = (text) => text.normalize('NFKC').replace(/ل([اأإآ])/g, '$1ل').replace(MARKS, '');
const pdfPages = (path) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
const count = (text, part) => text.split(part).length - 1;

/** The typical household opened in `lang` (its reading language), on
 * its plan screen. */
async function planIn(lang) {
  app.errors.length = 0;
  const page = await app.newPage();
  const words = texts(lang);
  await page.getByRole('button', { name: NATIVE[lang], exact: true }).click();
  await page.waitForFunction((l) => document.querySelector('.kt-app').lang === l, lang);
  await page.setInputFiles('#import-file', join(FIXTURES, 'typical.json'));
  await page.getByRole('button', { name: NAME_OF_WORK[lang] }).waitFor();
  await page.getByRole('button', { name: words.plan_title, exact: true }).click();
  await page.waitForSelector('.kt-plan-screen__document .kt-plan');
  return page;
}
const englishPlan = () => planIn('en');

/** Elements of the plan whose content runs out of their box, under print. */
const overflowing = (page) => page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('.kt-plan-screen__document .kt-plan *')) {
    const style = getComputedStyle(el);
    // Inline boxes have no width of their own; a visually hidden text is
    // 1px wide on purpose; the chart is drawn to its own view box.
    if (style.display === 'inline' || style.display === 'none' || el.clientWidth <= 1 || el.closest('svg')) continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth} "${el.textContent.trim().slice(0, 40)}"`);
    }
  }
  const plan = document.querySelector('.kt-plan-screen__document .kt-plan').getBoundingClientRect();
  for (const el of document.querySelectorAll('.kt-plan-screen__document .kt-plan *')) {
    const r = el.getBoundingClientRect();
    // Words for screen readers only sit in a clipped 1px box on purpose.
    if (r.width <= 1 || el.closest('svg') || el.closest('.kt-plan__vh')) continue;
    if (r.left < plan.left - 1 || r.right > plan.right + 1) {
      out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 40)}" in ${el.parentElement.tagName.toLowerCase()}.${el.parentElement.className} outside the plan: ${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(plan.left)}–${Math.round(plan.right)}`);
    }
  }
  return out;
});

test('"Plan in two languages" shows every heading in English and Dutch, the typed words once, the same fingerprint', async () => {
  const page = await englishPlan();
  try {
    const fingerprint = (await page.textContent('.kt-plan__fingerprint code')).trim();
    const single = squash(await page.textContent('.kt-plan-screen__document'));
    assert.equal(await page.locator('.kt-plan__second').count(), 0, 'one language to start with');

    await page.getByLabel(EN.plan_bilingual).check();
    await page.waitForSelector('.kt-plan--two');
    const two = squash(await page.textContent('.kt-plan-screen__document'));
    for (const key of HEADINGS) {
      assert.ok(two.includes(EN_DOC[key]) && two.includes(NL_DOC[key]), `both: ${EN_DOC[key]} / ${NL_DOC[key]}`);
    }
    const second = page.locator('.kt-plan__second').first();
    assert.equal(await second.getAttribute('lang'), 'nl');
    assert.equal(await second.getAttribute('dir'), 'ltr');
    assert.equal(await page.getAttribute('.kt-plan--two', 'lang'), 'en');
    for (const typed of TYPED) {
      assert.equal(count(two, typed), count(single, typed), `typed once: ${typed}`);
      assert.equal(count(two, typed), 1, typed);
    }
    assert.equal((await page.textContent('.kt-plan__fingerprint code')).trim(), fingerprint, 'the same fingerprint');

    // The choice stays with the draft over a reload.
    await page.reload();
    await page.waitForSelector('.kt-plan--two');
    assert.ok(await page.getByLabel(EN.plan_bilingual).isChecked());
    assert.deepEqual(app.errors, []);
  } finally {
    await page.context().close();
  }
});

for (const lang of ['ar', 'en']) test(`the plan in ${lang} and Dutch prints on A4 with both languages, nothing clipped; the file carries both and the same data`, async () => {
  const words = texts(lang);
  const page = await planIn(lang);
  try {
    const fingerprint = (await page.textContent('.kt-plan__fingerprint code')).trim();
    const single = join(OUT, `plan-typical-${lang}.pdf`);
    await page.pdf({ path: single, format: 'A4' });

    await page.getByLabel(words.plan_bilingual).check();
    await page.waitForSelector('.kt-plan--two');
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await overflowing(page), [], 'no text runs out of its box under print');
    await page.emulateMedia({ media: null });
    const pdf = join(OUT, `plan-bilingual-${lang}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const text = pdfText(pdf);
    for (const key of HEADINGS) {
      assert.ok(text.includes(asPrinted(words[key])), `PDF: ${words[key]}`);
      assert.ok(text.includes(asPrinted(NL_DOC[key])), `PDF: ${NL_DOC[key]}`);
    }
    assert.ok(text.includes(asPrinted(fingerprint)), 'PDF: the fingerprint');
    for (const typed of TYPED) assert.equal(count(text, asPrinted(typed)), 1, `PDF, once: ${typed}`);
    const pages = { single: pdfPages(single), two: pdfPages(pdf) };
    console.log(`# typical plan on A4: ${pages.single} pages in ${lang}, ${pages.two} pages in ${lang} and Dutch`);
    assert.ok(pages.two >= pages.single && pages.two <= 2 * pages.single, `a sensible number of pages (${pages.two})`);

    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(OUT, `plan-bilingual-${lang}`)]);
    if (process.env.KT_IMAGES === '1' && lang === 'ar') {
      mkdirSync(IMAGES, { recursive: true });
      copyFileSync(join(OUT, 'plan-bilingual-ar.png'), join(IMAGES, 'plan-bilingual.png'));
    }

    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: words.plan_download_html, exact: true }).click(),
    ]);
    const path = join(OUT, `plan-bilingual-${lang}.html`);
    await dl.saveAs(path);
    const html = readFileSync(path, 'utf8');
    assert.match(html, lang === 'ar' ? /<html lang="ar" dir="rtl">/ : /<html lang="en" dir="ltr">/);
    assert.ok(html.includes('kt-plan--two') && html.includes('lang="nl" dir="ltr"'), 'both languages in the file');
    assert.ok(html.includes(fingerprint));
    const data = JSON.parse(/<script type="application\/json" id="keukentafel-plan">([\s\S]*?)<\/script>/.exec(html)[1]);
    assert.equal(data.household.display_name, typical.household.display_name, 'the same data');
    assert.deepEqual(app.errors, []);
  } finally {
    await page.context().close();
  }
});
