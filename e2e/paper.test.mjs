// The plan on phones and on paper (issue 12 items 9 and 10): at 320 and
// 390 px wide nothing in the plan runs wider than its box, in the app and
// in the downloaded file; printed on A4 no line to write on crosses the box
// it is drawn in, and a short section does not take a page of its own.
// Files written go to e2e/out/ (ignored by git).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startApp, NL } from './harness.mjs';

const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname;
const OUT = new URL('./out/', import.meta.url).pathname;
const typical = JSON.parse(readFileSync(join(FIXTURES, 'typical.json'), 'utf8'));
// The typical household's plan printed on A4 before this work: 8 pages.
const TYPICAL_PAGES = 8;
// A4 less the page margins of style/page.css (15 mm either side), in CSS px.
const A4_CONTENT_PX = Math.floor(((210 - 30) / 25.4) * 96);

let app;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await startApp();
});
after(async () => { await app?.close(); });

const withPage = (body) => app.withPage(body);

/** Opens a household (a plan file's JSON) and shows its plan. */
async function openPlan(page, json, name = 'plan.json') {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await page.waitForSelector('h1:has-text("Het gesprek met")');
  await page.getByRole('button', { name: NL.plan_title, exact: true }).click();
  await page.waitForSelector('.kt-plan-screen__document .kt-plan');
}

/**
 * Every element under `root` (and the page itself) whose content is wider
 * than its box, as readable strings. Words for screen readers only (a 1 px
 * clipped box by design) are not content anyone sees.
 */
const tooWide = (page, root) => page.evaluate((root) => {
  const all = [document.documentElement, ...document.querySelectorAll(`${root}, ${root} *`)];
  return all
    .filter((e) => !e.closest('.kt-plan__vh') && e.scrollWidth > e.clientWidth)
    .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} ${e.scrollWidth} > ${e.clientWidth}`);
}, root);

const squash = (s) => s.replace(/\s+/g, ' ');
const pdfPages = (path) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
const pdfPageText = (path, n) => squash(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' }));

test('at 320 and 390 px wide no part of the plan runs wider than the screen, in the app and in the downloaded file', () => withPage(async (page) => {
  await openPlan(page, typical);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: NL.plan_download_html, exact: true }).click(),
  ]);
  const file = join(OUT, 'paper-typical.html');
  await dl.saveAs(file);

  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    assert.deepEqual(await tooWide(page, '.kt-plan-screen__document'), [], `app at ${width} px`);
    // The columns that were cut off before are still there, named.
    const all = squash(await page.textContent('.kt-plan__all-agreements'));
    for (const word of ['Wanneer', 'Stand']) assert.ok(all.includes(word), `"${word}" shows at ${width} px`);

    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
    try {
      const doc = await context.newPage();
      await doc.goto(pathToFileURL(file).href);
      assert.deepEqual(await tooWide(doc, 'body'), [], `downloaded file at ${width} px`);
      const visible = await doc.locator('.kt-plan__all-agreements td[data-label]').first().evaluate(
        (td) => getComputedStyle(td, '::before').content,
      );
      assert.match(visible, /Leefgebied/, 'a stacked cell says which column it is');
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(app.errors, []);
}));

test('on A4 every line to write on stays inside its box; a short section does not take a page of its own', () => withPage(async (page) => {
  // Typical, with one life area put off ("Nu niet"): the plan then has a
  // short "Nog niet besproken" section before the overview.
  // Its answers, rungs and agreements go, else the plan shows it in full.
  const household = structuredClone(typical);
  household.domains = household.domains.map((d) => (d.domain === 'safety' ? { domain: 'safety', status: 'skipped' } : d));
  for (const a of household.assessments) a.rungs = a.rungs.filter((r) => r.domain !== 'safety');
  household.agreements = household.agreements.filter((a) => a.domain !== 'safety');
  await openPlan(page, household, 'plan-later.json');

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: A4_CONTENT_PX, height: 1100 });
  const crossing = await page.evaluate(() => {
    const out = [];
    const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
    const plan = document.querySelector('.kt-plan-screen__document .kt-plan');
    const lines = [...plan.querySelectorAll('.kt-plan__line')];
    for (const line of lines) {
      const box = line.closest('.kt-plan__signer') ?? line.closest('.kt-plan__section');
      const a = line.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      if (!inside(a, b)) out.push(`line ${a.left}–${a.right} outside ${box.className} ${b.left}–${b.right}`);
    }
    for (const signer of plan.querySelectorAll('.kt-plan__signer')) {
      const a = signer.getBoundingClientRect();
      const b = signer.parentElement.getBoundingClientRect();
      if (!inside(a, b)) out.push(`signer ${a.left}–${a.right} outside ${b.left}–${b.right}`);
    }
    return { count: lines.length, out };
  });
  assert.ok(crossing.count >= 3, `lines to sign on are drawn (${crossing.count})`);
  assert.deepEqual(crossing.out, []);

  const later = join(OUT, 'paper-later.pdf');
  await page.pdf({ path: later, format: 'A4' });
  const pages = pdfPages(later);
  const at = [...Array(pages).keys()].map((i) => i + 1).find((n) => pdfPageText(later, n).includes('Nog niet besproken'));
  assert.ok(at, 'the put-off area is named in the PDF');
  // Alone, the section is its heading, one sentence and one line (under
  // 200 characters with the running head and the fingerprint).
  const text = pdfPageText(later, at);
  assert.ok(text.length > 400, `"Nog niet besproken" shares page ${at} with more of the plan: ${text}`);
  console.log(`# with one area put off: ${pages} A4 pages`);
  assert.ok(pages <= TYPICAL_PAGES, `one area put off does not add a page (${pages})`);
  assert.deepEqual(app.errors, []);
}));

test("the typical household's plan on A4 has no more pages than before", () => withPage(async (page) => {
  await openPlan(page, typical, 'typical.json');
  const pdf = join(OUT, 'paper-typical.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const pages = pdfPages(pdf);
  console.log(`# typical plan: ${pages} A4 pages (was ${TYPICAL_PAGES})`);
  assert.ok(pages <= TYPICAL_PAGES, `the typical plan does not grow (${pages} pages)`);
  assert.deepEqual(app.errors, []);
}));
