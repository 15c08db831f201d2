// First-load budget (issue 6): everything the browser downloads for the
// first screen, compressed as a static host serves it, must stay within
// 100 KB brotli and 130 KB gzip. Byte size is deterministic, so unlike the
// timings in `./run bench` this is a test. Reads the release build in dist/
// that scripts/e2e.sh has just made. The static count (bench/sizes.mjs) is
// checked against what Chromium really fetches, and the wasm chunk must
// load, and only, when an intake opens (src/ui/lazy.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, DIST, INTAKE_LIMIT, LOCALES, firstLoadFiles, intakeChunks, kb, laterFiles, localeFirstLoads, measure } from '../bench/sizes.mjs';
import { NL, startApp, texts, throttle, waitSaved } from './harness.mjs';
import { hostPage, hostSite } from './host-page.mjs';

const { rows, total, later, embed, intake, intakeIn } = measure();
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const detail = rows.map((r) => `${r.file}: ${kb(r.raw)} raw, ${kb(r.gzip)} gzip, ${kb(r.brotli)} brotli`).join('\n');

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('index.html loads the css, the start script, the js glue and the wasm, with preload hints', () => {
  const names = rows.map((r) => r.file);
  const wasm = names.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `one wasm file in the first load: ${names}`);
  assert.ok(names.some((f) => f.endsWith('/keukentafel.js')), `no js glue among ${names}`);
  assert.ok(names.some((f) => f.endsWith('.css')), `no css among ${names}`);
  // Without the hints, html -> start.js -> glue -> wasm costs a round trip
  // each on a slow connection (issue 6).
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const js of names.filter((f) => f.endsWith('.js'))) {
    assert.match(html, new RegExp(`<link rel="modulepreload" href="${esc(js)}"`), `no modulepreload for ${js}`);
  }
  assert.match(html, new RegExp(`<link rel="preload" href="${esc(wasm[0])}"[^>]*as="fetch"`));
});

test('the intake is a chunk of its own, not part of the first load', () => {
  const chunks = later.rows.filter((r) => r.file.endsWith('.wasm'));
  assert.ok(chunks.length >= 1, `no wasm chunk besides the first part: ${laterFiles()}`);
});

test('every language but Dutch is two chunks of its own, fetched only when chosen', () => {
  const later = laterFiles();
  for (const code of LOCALES) {
    for (const part of [`split_locale_${code}.wasm`, `split_locale_${code}_rest.wasm`]) {
      assert.ok(later.some((f) => f.endsWith(`/${part}`)), `no ${part} among ${later}`);
    }
  }
  assert.ok(!later.some((f) => f.endsWith('/split_locale_nl.wasm')), 'Dutch is in the first load');
});

for (const { code, total: sum, chunk } of localeFirstLoads()) {
  test(`first load in ${code} (the first load and its first-screen texts) is at most ${kb(BUDGET.brotli)} brotli`, () => {
    assert.ok(sum.brotli <= BUDGET.brotli,
      `first load in ${code} is ${kb(sum.brotli)} brotli (${chunk.file}: ${kb(chunk.brotli)})`);
  });
}

test(`first load is at most ${kb(BUDGET.brotli)} brotli`, () => {
  assert.ok(total.brotli <= BUDGET.brotli,
    `first load is ${kb(total.brotli)} brotli, over the ${kb(BUDGET.brotli)} budget by ${kb(total.brotli - BUDGET.brotli)}\n${detail}`);
});

test(`first load on a host page (the embed loader) is at most ${kb(BUDGET.brotli)} brotli`, () => {
  const files = embed.rows.map((r) => r.file);
  assert.ok(files.some((f) => f.endsWith('keukentafel-embed.css')) && files.some((f) => f.endsWith('_bg.wasm')), `${files}`);
  assert.ok(embed.total.brotli <= BUDGET.brotli,
    `the embed first load is ${kb(embed.total.brotli)} brotli\n${embed.rows.map((r) => `${r.file}: ${kb(r.brotli)}`).join('\n')}`);
});

// Issue 14's budget is BUDGET.intake (160 KB), not reached yet: this holds
// the figure reached, so the total can only go down (bench/sizes.mjs). In
// Dutch: the first load and the intake's chunk(s), no language chunk; in
// another language also its two chunks.
for (const [lang, sum] of [['nl', intake], ...intakeIn.map((l) => [l.code, l.intake])]) {
  test(`a complete intake in ${lang} (first load + intake chunk${lang === 'nl' ? '' : ' + its two language chunks'}) is at most ${kb(INTAKE_LIMIT)} brotli`, () => {
    const wasm = sum.rows.filter((r) => r.file.endsWith('.wasm')).map((r) => r.file);
    assert.ok(wasm.length >= 2, 'the first part and at least one chunk');
    const locale = wasm.filter((f) => /split_locale_/.test(f)).map((f) => f.split('/').pop()).sort();
    assert.deepEqual(locale, lang === 'nl' ? [] : [`split_locale_${lang}.wasm`, `split_locale_${lang}_rest.wasm`]);
    assert.ok(sum.total.brotli <= INTAKE_LIMIT,
      `a complete intake in ${lang} is ${kb(sum.total.brotli)} brotli, over ${kb(INTAKE_LIMIT)} (issue 14's budget: ${kb(BUDGET.intake)})\n${sum.rows.map((r) => `${r.file}: ${kb(r.brotli)}`).join('\n')}`);
  });
}

test(`first load is at most ${kb(BUDGET.gzip)} gzip`, () => {
  assert.ok(total.gzip <= BUDGET.gzip,
    `first load is ${kb(total.gzip)} gzip, over the ${kb(BUDGET.gzip)} budget by ${kb(total.gzip - BUDGET.gzip)}\n${detail}`);
});

/** The path of every same-origin request of `page`, in order. */
function record(page, origin) {
  const fetched = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin) fetched.push(url.pathname.replace(/^\//, '') || 'index.html');
  });
  return fetched;
}

/** Makes the page see `navigator.connection.saveData` (as bench/run.mjs). */
function emulateSaveData() {
  const proto = navigator.connection && Object.getPrototypeOf(navigator.connection);
  if (proto) Object.defineProperty(proto, 'saveData', { get: () => true, configurable: true });
}


test('the first screen fetches exactly the counted files, then the chunk once at idle; a tap on "start" does not fetch it again', async () => {
  // A tablet: touch, no hover to warm the chunk (issue 14).
  const context = await app.browser.newContext({ hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = record(page, new URL(app.url).origin);
  const chunks = intakeChunks();
  try {
    const prefetch = page.waitForRequest((r) => chunks.some((c) => r.url().endsWith(c)), { timeout: 15_000 });
    await page.goto(app.url);
    const start = page.getByRole('button', { name: 'Een nieuw gesprek beginnen' });
    await start.waitFor();
    const request = await prefetch;
    await page.waitForLoadState('networkidle');
    // Asked for only after every file of the first screen, at low priority.
    const last = Math.max(...firstLoadFiles().map((f) => fetched.indexOf(f)));
    for (const chunk of chunks) assert.ok(fetched.indexOf(chunk) > last, `${chunk} after the first screen's files: ${fetched}`);
    assert.deepEqual([...new Set(fetched)].sort(), [...firstLoadFiles(), ...chunks].sort());
    for (const chunk of chunks) assert.equal(fetched.filter((f) => f === chunk).length, 1, `${chunk} prefetched once`);
    assert.equal(await page.evaluate((u) => document.querySelector(`link[rel=preload][href="${u}"]`)?.getAttribute('fetchpriority'), request.url()), 'low');

    await start.tap();
    await page.getByLabel('Hoe wilt u dat we uw huishouden noemen?').waitFor();
    // The intake's chunks only, never a language's, each once.
    const added = [...new Set(fetched)].filter((f) => !firstLoadFiles().includes(f));
    assert.deepEqual(added.sort(), chunks);
    for (const chunk of chunks) assert.equal(fetched.filter((f) => f === chunk).length, 1, `${chunk}: the tap used the prefetched one`);

    // A returning visitor's reload: start.js fetches the chunk alongside the
    // first part (the draft reopens at once), and only once.
    await page.getByLabel('Hoe wilt u dat we uw huishouden noemen?').fill('Familie Terug');
    // Saved before the visitor comes back (start.js looks in IndexedDB; a
    // draft written only as the page goes away may land there after it looked).
    await waitSaved(page);
    fetched.length = 0;
    await page.reload();
    await page.waitForSelector('#household-name');
    assert.equal(await page.inputValue('#household-name'), 'Familie Terug');
    await page.waitForLoadState('networkidle');
    for (const chunk of chunks) assert.equal(fetched.filter((f) => f === chunk).length, 1, `${chunk} fetched once: ${fetched}`);
  } finally {
    await context.close();
  }
});

test('a Dutch session (start, an intake, the plan) fetches no other language', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const fetched = record(page, new URL(app.url).origin);
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: NL.start_new }).click();
    await page.getByLabel(NL.household_name).fill('Familie Nederlands');
    await page.getByRole('button', { name: NL.household_continue }).click();
    await page.getByRole('button', { name: NL.plan_title, exact: true }).click();
    await page.waitForSelector('.kt-plan-screen__document .kt-plan');
    await page.waitForLoadState('networkidle');
    const locale = fetched.filter((f) => /split_locale_/.test(f));
    assert.deepEqual(locale, [], 'a Dutch session fetched another language');
    assert.ok(fetched.some((f) => f.endsWith('split_intake.wasm')), `${fetched}`);
  } finally {
    await context.close();
  }
});

test('with saveData the chunk is not fetched ahead of need; the tap on "start" fetches it', async () => {
  const context = await app.browser.newContext({ hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(emulateSaveData);
  const fetched = record(page, new URL(app.url).origin);
  try {
    await page.goto(app.url);
    assert.equal(await page.evaluate(() => navigator.connection.saveData), true);
    const start = page.getByRole('button', { name: 'Een nieuw gesprek beginnen' });
    await start.waitFor();
    await page.waitForLoadState('networkidle');
    // Longer than the idle callback's 2 s timeout.
    await page.waitForTimeout(2500);
    assert.deepEqual([...new Set(fetched)].sort(), [...firstLoadFiles()].sort());

    await start.tap();
    await page.getByLabel('Hoe wilt u dat we uw huishouden noemen?').waitFor();
    for (const chunk of intakeChunks()) assert.equal(fetched.filter((f) => f === chunk).length, 1, `${chunk} fetched at the tap`);
  } finally {
    await context.close();
  }
});

test('choosing Arabic fetches its first-screen texts only, then the rest when an intake opens (the intake chunk was prefetched)', async () => {
  const AR = texts('ar');
  // No offline worker: once it is ready it puts the intake's chunk into its
  // cache with a fetch of the page's own, which a worker that is late (a busy
  // machine) makes after the network went quiet: counted below as fetched
  // by choosing Arabic (it failed so 1 run in 5 at 4x CPU throttling).
  // The worker is tested in e2e/embed.test.mjs ("offline: …").
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await throttle(page);
  const fetched = record(page, new URL(app.url).origin);
  const intake = intakeChunks();
  try {
    // The intake's chunks come at idle (issue 14): wait for them, so what
    // follows counts only what choosing Arabic fetches.
    const prefetch = page.waitForRequest((r) => intake.some((c) => r.url().endsWith(c)), { timeout: 15_000 });
    await page.goto(app.url);
    await page.getByRole('button', { name: NL.start_new }).waitFor();
    await prefetch;
    await page.waitForLoadState('networkidle');
    fetched.length = 0;
    const arabic = page.locator('.kt-header button[lang="ar"]');
    assert.equal(await arabic.getAttribute('dir'), 'rtl');
    await arabic.click();
    await page.getByRole('button', { name: AR.start_new }).waitFor();
    assert.deepEqual(fetched.filter((f) => f.endsWith('.wasm')).map((f) => f.split('/').pop()), ['split_locale_ar.wasm']);
    assert.equal(await page.getAttribute('.kt-app', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('.kt-app', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    await page.getByRole('button', { name: AR.start_new }).click();
    await page.getByLabel(AR.household_name).waitFor();
    const wasm = fetched.filter((f) => f.endsWith('.wasm')).map((f) => f.split('/').pop()).sort();
    // Its two chunks and no other language's. The intake's chunk was
    // prefetched at idle; by the tap Chromium may ask for it once more
    // (from the preload or the cache), so it is allowed here.
    assert.deepEqual(wasm.filter((f) => f !== 'split_intake.wasm'), ['split_locale_ar.wasm', 'split_locale_ar_rest.wasm']);
  } finally {
    await context.close();
  }
});

test('a language that cannot be fetched keeps the current one and says so', async () => {
  const context = await app.browser.newContext();
  // Routed before the page loads (a route added later may miss the fetch).
  let failing = true;
  await context.route(/split_locale_tr/, (route) => (failing ? route.abort() : route.continue()));
  const page = await context.newPage();
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: NL.start_new }).waitFor();
    await page.locator('.kt-header button[lang="tr"]').click();
    await page.getByText(NL.load_failed_title).waitFor();
    assert.equal(await page.getAttribute('.kt-app', 'lang'), 'nl');
    await page.getByRole('button', { name: NL.start_new }).waitFor();
    // The retry fetches it once the connection is back.
    failing = false;
    await page.getByRole('button', { name: NL.load_retry }).click();
    await page.getByRole('button', { name: texts('tr').start_new }).waitFor();
    assert.equal(await page.getAttribute('.kt-app', 'lang'), 'tr');
  } finally {
    await context.close();
  }
});

test('on a host page the embed loader prefetches the chunk once (not with saveData), and "start" uses it', { timeout: 90_000 }, async () => {
  const site = await hostSite();
  const chunkFetches = (page) => page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /\/split_[^/]*\.wasm$/.test(new URL(e.name).pathname)).length);
  try {
    for (const saveData of [false, true]) {
      // Only a namespace: nothing for the app to check, so it needs the
      // chunk only when an intake starts.
      const page = await site.open(`prefetch-${saveData}.html`, hostPage(), { init: saveData ? emulateSaveData : undefined });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      assert.equal(await chunkFetches(page), saveData ? 0 : 1, `saveData ${saveData}: fetched ahead`);
      await page.getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
      await page.locator('#household-name').waitFor();
      assert.equal(await chunkFetches(page), 1, `saveData ${saveData}: one fetch in all`);
      await page.context().close();
    }
    assert.deepEqual(site.errors, []);
  } finally {
    await site.close();
  }
});
