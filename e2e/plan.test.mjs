// The plan document end to end: open a plan file, print it to PDF, download
// the standalone HTML file and read it without JavaScript, open it again,
// make a copy for an organisation, keep hostile text inert everywhere, and
// refuse broken files without changing anything on the device.
//
// Files written (PDFs, downloads, the PNG of the printed first page) go to
// e2e/out/ (ignored by git): a test run changes no tracked file. The PNG is
// copied to docs/images/plan-page-1.png for the README only by `./run
// images` (KT_IMAGES=1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startApp, storedEntries, NL } from './harness.mjs';

const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname;
const OUT = new URL('./out/', import.meta.url).pathname;
const IMAGES = new URL('../docs/images/', import.meta.url).pathname;
const fixture = (name) => join(FIXTURES, name);
const typical = JSON.parse(readFileSync(fixture('typical.json'), 'utf8'));

// What the typical household's plan must show.
const HOUSEHOLD = typical.household.display_name;
const CONTACT = typical.household.contact.name;
const STRENGTH = 'We wonen al tien jaar in deze straat en kennen de buren goed.';
const AGREEMENT = 'Post elke zaterdag samen openen';

let app;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await startApp();
});
after(async () => { await app?.close(); });

// Shared between tests, in file order.
let original = { fingerprint: '', htmlPath: '' };

// ---------------------------------------------------------------- helpers

const withPage = (body) => app.withPage(body);

/** Picks a file in "Een plan openen": a path, or { name, mimeType, buffer }. */
async function pick(page, file) {
  await page.setInputFiles('#import-file', file);
}

/** Opens a plan file and waits for the task list of the new draft. */
async function openPlanFile(page, file) {
  await pick(page, file);
  await page.waitForSelector('h1:has-text("Het gesprek met")');
}

async function toPlan(page) {
  await page.getByRole('button', { name: NL.plan_title, exact: true }).click();
  await page.waitForSelector('.kt-plan-screen__document .kt-plan');
}

async function toStart(page) {
  await page.getByRole('button', { name: NL.nav_to_start }).click();
  await page.waitForSelector('#import-file');
}

async function shownFingerprint(page) {
  return (await page.textContent('.kt-plan-screen__document .kt-plan__fingerprint code')).trim();
}

/** Clicks a button that downloads a file; saves it in e2e/out/. */
async function download(page, name, as) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = join(OUT, as ?? dl.suggestedFilename());
  await dl.saveAs(path);
  return { path, suggested: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const squash = (s) => s.replace(/\s+/g, ' ');
const pdfText = (path) => squash(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
const pdfPages = (path) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);

/** Everything the app keeps on the device, in a comparable form. */
const deviceState = async (page) => JSON.stringify([
  await page.evaluate(() => Object.entries(localStorage).sort()),
  Object.entries(await storedEntries(page)).sort(),
]);

/** Opens a file in a context of its own; returns { page, close }. */
async function openFile(path, javaScriptEnabled) {
  const context = await app.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(pathToFileURL(path).href);
  return { page, close: () => context.close() };
}

// ------------------------------------------------------------------ tests

test('a plan file opens as a new draft, prints to PDF with the plan and without the buttons', () => withPage(async (page) => {
  assert.equal(await page.locator('.kt-draft').count(), 0);
  await openPlanFile(page, fixture('typical.json'));
  assert.match(await page.textContent('h1'), /Familie El Amrani – De Vries/);

  await toStart(page);
  assert.equal(await page.locator('.kt-draft').count(), 1, 'the file became one new draft');
  await page.getByRole('button', { name: `Verder met ${HOUSEHOLD}` }).click();
  await toPlan(page);

  const fingerprint = await shownFingerprint(page);
  assert.match(fingerprint, /^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);
  original.fingerprint = fingerprint;
  const screen = squash(await page.textContent('.kt-plan-screen__document'));
  for (const text of [STRENGTH, AGREEMENT, CONTACT]) assert.ok(screen.includes(text), `on screen: ${text}`);

  const pdf = join(OUT, 'plan-typical.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = pdfText(pdf);
  for (const wanted of [STRENGTH, AGREEMENT, CONTACT, fingerprint, HOUSEHOLD]) {
    assert.ok(text.includes(wanted), `PDF holds: ${wanted}`);
  }
  for (const chrome of [NL.plan_print, NL.plan_download_html, NL.plan_download_json, NL.plan_copy_download, NL.nav_to_start, 'Terug naar', NL.plan_sign_title]) {
    assert.ok(!text.includes(chrome), `PDF has no app chrome: ${chrome}`);
  }
  const pages = pdfPages(pdf);
  console.log(`# typical plan: ${pages} A4 pages, PDF ${statSync(pdf).size} bytes`);
  assert.ok(pages >= 2 && pages <= 12, `a sensible number of pages (${pages})`);

  // Page 1 as a small PNG for the README (copied there by `./run images`).
  const prefix = join(OUT, 'plan-page-1');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  if (process.env.KT_IMAGES === '1') {
    mkdirSync(IMAGES, { recursive: true });
    copyFileSync(`${prefix}.png`, join(IMAGES, 'plan-page-1.png'));
  }

  assert.deepEqual(app.errors, []);
}));

test('the plan downloads as HTML and as JSON; the JSON holds the same plan as the file opened', () => withPage(async (page) => {
  await openPlanFile(page, fixture('typical.json'));
  await toPlan(page);

  const html = await download(page, NL.plan_download_html, 'plan-typical.html');
  assert.match(html.suggested, /^plan-familie-el-amrani-de-vries-\d{4}-\d{2}-\d{2}\.html$/);
  assert.ok(html.text.includes('id="keukentafel-plan"'), 'carries the plan as data');
  console.log(`# typical plan: exported HTML ${Buffer.byteLength(html.text)} bytes`);
  original.htmlPath = html.path;

  const json = await download(page, NL.plan_download_json, 'plan-typical.json');
  assert.match(json.suggested, /\.json$/);
  const saved = JSON.parse(json.text);
  const strip = (p) => { const c = structuredClone(p); delete c.co_ownership.last_changed; return c; };
  assert.deepEqual(strip(saved), strip(typical), 'nothing lost or changed on the way through the app');

  assert.deepEqual(app.errors, []);
}));

test('the downloaded HTML file reads without JavaScript', async () => {
  assert.ok(original.htmlPath, 'needs the download of the previous test');
  const { page, close } = await openFile(original.htmlPath, false);
  try {
    const text = squash(await page.textContent('body'));
    for (const wanted of [HOUSEHOLD, AGREEMENT, STRENGTH, CONTACT, original.fingerprint]) {
      assert.ok(text.includes(wanted), `readable: ${wanted}`);
    }
    assert.match(await page.textContent('h1'), /Uw plan/);
    // Styled from the inline CSS alone (no network, no app).
    const maxWidth = await page.$eval('.kt-plan', (el) => getComputedStyle(el).maxInlineSize);
    assert.notEqual(maxWidth, 'none');
  } finally {
    await close();
  }
});

test('the downloaded HTML opens again as the same plan, never over the one already there', () => withPage(async (page) => {
  // On an empty device: straight in, same fingerprint.
  await openPlanFile(page, original.htmlPath);
  await toPlan(page);
  assert.equal(await shownFingerprint(page), original.fingerprint);

  // The same plan again: the app asks.
  await toStart(page);
  const before = await deviceState(page);
  await pick(page, original.htmlPath);
  await page.waitForSelector('#import-question');
  assert.match(await page.textContent('.kt-import__question'), /Dit plan staat al op dit apparaat/);
  assert.ok((await page.textContent('.kt-import__question')).includes(original.fingerprint));
  await page.waitForFunction(() => document.activeElement?.id === 'import-question'); // the question takes focus
  assert.equal(await deviceState(page), before, 'nothing saved while asking');

  // "Open the one already here": no new draft.
  await page.getByRole('button', { name: NL.import_open_existing }).click();
  await page.waitForSelector('.kt-plan-screen__document .kt-plan'); // it was left on the plan
  await toStart(page);
  assert.equal(await page.locator('.kt-draft').count(), 1);

  // "Keep both": a second draft with the same plan.
  await pick(page, original.htmlPath);
  await page.getByRole('button', { name: NL.import_keep_both }).click();
  await page.waitForSelector('h1:has-text("Het gesprek met")');
  await toPlan(page);
  assert.equal(await shownFingerprint(page), original.fingerprint);
  await toStart(page);
  assert.equal(await page.locator('.kt-draft').count(), 2);
  // The list tells the two apart; the copy keeps the plan's own name.
  const names = (await page.locator('.kt-draft h3').allTextContents()).map((n) => n.trim()).sort();
  assert.deepEqual(names, [HOUSEHOLD, NL.start_draft_copy.replace('{name}', HOUSEHOLD).replace('{n}', '2')]);

  assert.deepEqual(app.errors, []);
}));

test('a copy for an organisation leaves out an unticked topic and says it is partial', () => withPage(async (page) => {
  await openPlanFile(page, fixture('typical.json'));
  await toPlan(page);
  const copyBox = page.locator('section[aria-labelledby="plan-copy-title"]');
  await copyBox.getByLabel('Veiligheid').uncheck();
  await copyBox.getByLabel(NL.plan_section_notes).uncheck();
  const copy = await download(page, NL.plan_copy_download, 'plan-typical-copy.html');
  assert.match(copy.suggested, /^plan-familie-el-amrani-de-vries-kopie-\d{4}-\d{2}-\d{2}\.html$/);
  assert.ok(!copy.text.includes('keukentafel-plan"'), 'a copy carries no plan data');
  assert.ok(!copy.text.includes('Yasmine wil veilig naar school fietsen'));
  assert.ok(!copy.text.includes('Met Yasmine een veilige fietsroute zoeken'));
  assert.ok(!copy.text.includes('Woonconsulent is al een keer'), 'notes left out');

  const { page: doc, close } = await openFile(copy.path, false);
  try {
    const notice = squash(await doc.textContent('.kt-plan__partial'));
    assert.match(notice, /Dit is een deel van het plan/);
    assert.match(notice, /Veiligheid/);
    const headings = await doc.$$eval('.kt-plan h2, .kt-plan h3', (hs) => hs.map((h) => h.textContent.trim()));
    assert.ok(!headings.includes('Veiligheid'), 'no section for the unticked topic');
    assert.ok(headings.includes('Wonen'), 'the ticked topics are there');
    assert.ok((await doc.textContent('body')).includes(AGREEMENT));
    const code = (await doc.textContent('.kt-plan__fingerprint code')).trim();
    assert.notEqual(code, original.fingerprint, 'a copy has its own fingerprint');
  } finally {
    await close();
  }

  // The copy cannot be opened as a plan: it says so, nothing changes.
  await toStart(page);
  const before = await deviceState(page);
  await pick(page, copy.path);
  await page.waitForSelector('[data-testid="import-error"]');
  assert.match(await page.textContent('[data-testid="import-error"]'), /geen plan/);
  assert.equal(await deviceState(page), before);

  assert.deepEqual(app.errors, []);
}));

// A professional kept in the copy lists only the topics the copy keeps.
test('a copy names a left-out topic only in its "left out" notice', () => withPage(async (page) => {
  await openPlanFile(page, fixture('typical.json'));
  await toPlan(page);
  await page.locator('section[aria-labelledby="plan-copy-title"]').getByLabel('Veiligheid').uncheck();
  const copy = await download(page, NL.plan_copy_download, 'plan-typical-copy-2.html');
  const { page: doc, close } = await openFile(copy.path, false);
  try {
    const rest = await doc.evaluate(() => {
      document.querySelector('.kt-plan__partial').remove();
      return document.body.textContent;
    });
    assert.ok(!rest.includes('Veiligheid'));
  } finally {
    await close();
  }
}));

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=1</script>',
].join(' ');
const FREE_TEXT = new Set([
  'display_name', 'name', 'role', 'organisation', 'reach', 'relation', 'helps_with', 'contact',
  'going_well', 'wants', 'worries', 'notes', 'what', 'by_when', 'review_note',
]);

/** The typical plan with hostile text added to every free-text field. */
function hostilePlan() {
  const walk = (value, key) => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return typeof value === 'string' && FREE_TEXT.has(key) ? `${value} ${HOSTILE}` : value;
  };
  return walk(structuredClone(typical), '');
}

test('hostile text stays text: in the app, in print, in the exported file with JavaScript on', () => withPage(async (page) => {
  const file = { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostilePlan())) };
  await openPlanFile(page, file);
  await toPlan(page);
  const doc = page.locator('.kt-plan-screen__document');
  assert.equal(await doc.locator('img').count(), 0);
  assert.equal(await doc.locator('script').count(), 0);
  assert.ok((await doc.textContent()).includes('<script>window.__pwned=1</script>'), 'shown as typed');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  const pdf = join(OUT, 'plan-hostile.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  assert.ok(pdfText(pdf).includes('<img src=x onerror="window.__pwned=1">'), 'printed as text');

  const exported = await download(page, NL.plan_download_html, 'plan-hostile.html');
  const { page: opened, close } = await openFile(exported.path, true);
  try {
    await opened.waitForLoadState('load');
    await opened.waitForTimeout(200);
    assert.equal(await opened.evaluate(() => window.__pwned), undefined);
    assert.equal(await opened.locator('img').count(), 0);
    const scripts = await opened.$$eval('script', (s) => s.map((e) => e.type));
    assert.deepEqual(scripts, ['application/json'], 'the data block is the only script');
    assert.ok((await opened.textContent('h1')).includes('<script>window.__pwned=1</script>'));
  } finally {
    await close();
  }

  // And it opens again as the same plan.
  const fingerprint = await shownFingerprint(page);
  await toStart(page);
  await pick(page, exported.path);
  await page.getByRole('button', { name: NL.import_keep_both }).click();
  await page.waitForSelector('h1:has-text("Het gesprek met")');
  await toPlan(page);
  assert.equal(await shownFingerprint(page), fingerprint);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  assert.deepEqual(app.errors, []);
}));

test('the generated hostile household (tests/fixtures/hostile.json) stays text on the check page and in the plan', () => withPage(async (page) => {
  let dialogs = 0;
  page.on('dialog', () => { dialogs += 1; });
  await openPlanFile(page, fixture('hostile.json'));
  await page.getByRole('button', { name: NL.check_title }).click();
  await page.getByRole('heading', { level: 1, name: NL.check_title }).waitFor();
  const check = page.locator('.kt-screen');
  assert.equal(await check.locator('img, svg, script').count(), 0);
  assert.ok((await check.textContent()).includes('<script>alert(13)</script>'), 'an answer shown as typed');
  await page.getByRole('button', { name: NL.check_to_plan }).click();
  await page.waitForSelector('.kt-plan-screen__document .kt-plan');
  const doc = page.locator('.kt-plan-screen__document');
  assert.equal(await doc.locator('img, script').count(), 0);
  assert.ok((await doc.textContent()).includes('<svg onload=alert(1)>'), 'shown as typed');
  assert.equal(dialogs, 0, 'nothing typed ran');
  assert.deepEqual(app.errors, []);
}));

test('a tampered export asks first with both fingerprints; a second plan block is refused', () => withPage(async (page) => {
  assert.ok(original.htmlPath, 'needs the download of an earlier test');
  const html = readFileSync(original.htmlPath, 'utf8');
  const at = html.indexOf('id="keukentafel-plan"');
  const tampered = join(OUT, 'plan-tampered.html');
  writeFileSync(tampered, html.slice(0, at) + html.slice(at).replace('Amrani', 'Amrano'));
  const before = await deviceState(page);

  await pick(page, tampered);
  await page.waitForSelector('#import-question');
  assert.match(await page.textContent('#import-question'), /De tekst en de gegevens in dit bestand verschillen/);
  const said = await page.textContent('[data-testid="import-mismatch"]');
  assert.ok(said.includes(original.fingerprint), 'the printed fingerprint is shown');
  const data = /kenmerk ([0-9a-z]{4}(?:-[0-9a-z]{4}){3})\. Iemand/.exec(said)?.[1];
  assert.ok(data && data !== original.fingerprint, `the data's own fingerprint is shown: ${said}`);
  assert.equal(await deviceState(page), before, 'nothing saved while asking');
  await page.getByRole('button', { name: NL.import_cancel }).click();
  assert.equal(await page.locator('#import-question').count(), 0);
  assert.equal(await deviceState(page), before, 'stopping changes nothing');

  // Opening the data anyway is the person's choice; it opens what the data says.
  await pick(page, tampered);
  await page.getByRole('button', { name: NL.import_open_anyway }).click();
  await page.waitForSelector('h1:has-text("Het gesprek met")');
  await toPlan(page);
  assert.equal(await shownFingerprint(page), data);
  await toStart(page);

  const doubled = join(OUT, 'plan-two-blocks.html');
  const block = html.slice(html.lastIndexOf('<script', at), html.indexOf('</script>', at) + 9);
  writeFileSync(doubled, html.replace('<main>', block.replace('Amrani', 'Verborgen') + '<main>'));
  const now = await deviceState(page);
  await pick(page, doubled);
  await page.waitForSelector('[data-testid="import-error"]');
  assert.match(await page.textContent('[data-testid="import-error"]'), /In deze webpagina zitten 2 plannen in plaats van één/);
  assert.equal(await deviceState(page), now, 'a refused file changes nothing');
  assert.deepEqual(app.errors, []);
}));

test('a non-plan, a truncated and a newer-version file each say why, and change nothing', () => withPage(async (page) => {
  await openPlanFile(page, fixture('typical.json'));
  await toStart(page);
  const before = await deviceState(page);
  const cases = [
    ['bad-not-a-plan.json', /^Dit bestand is geen plan van Keukentafel\.$/],
    ['bad-truncated.json', /^Dit bestand is niet compleet/],
    ['bad-newer-version.json', /^Dit plan is gemaakt met een nieuwere versie van de app \(versie 99/],
  ];
  const seen = new Set();
  for (const [name, message] of cases) {
    await pick(page, fixture(name));
    const error = page.locator('[data-testid="import-error"]');
    await page.waitForFunction((m) => {
      const el = document.querySelector('[data-testid="import-error"]');
      return el && new RegExp(m).test(el.textContent);
    }, message.source);
    const text = (await error.textContent()).trim();
    seen.add(text);
    const alert = page.locator('.kt-import__error');
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.textContent(), /Er is niets veranderd op dit apparaat/);
    assert.equal(await deviceState(page), before, `${name} changed nothing`);
    assert.equal(await page.locator('.kt-draft').count(), 1);
  }
  assert.equal(seen.size, 3, 'three different messages');
  assert.deepEqual(app.errors, []);
}));

test('a file dropped on the box opens too; fields the app does not know are named first', () => withPage(async (page) => {
  const extra = { ...structuredClone(typical), favourite_colour: 'blauw' };
  const dt = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'plan.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(extra));
  await page.dispatchEvent('.kt-import__drop', 'drop', { dataTransfer: dt });
  await page.waitForSelector('#import-question');
  assert.match(await page.textContent('[data-testid="import-dropped"]'), /favourite_colour/);
  assert.equal(await page.locator('.kt-draft').count(), 0, 'nothing saved before the answer');
  await page.getByRole('button', { name: NL.import_open_anyway }).click();
  await page.waitForSelector('h1:has-text("Het gesprek met")');
  await toStart(page);
  assert.equal(await page.locator('.kt-draft').count(), 1);
  assert.deepEqual(app.errors, []);
}));

async function chooseLang(page, lang) {
  await page.locator(`.kt-header button[lang="${lang}"]`).click();
  await page.waitForFunction((l) => document.querySelector('.kt-app').lang === l, lang);
}

const jsonFile = (household) => ({
  name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(household)),
});

test('a file with 300 fields the app does not know names five, each isolated, and counts the rest in the page\'s language', () => withPage(async (page) => {
  const extra = structuredClone(typical);
  for (let i = 0; i < 300; i++) extra[`extra_${String(i).padStart(3, '0')}`] = i;
  await chooseLang(page, 'ar');
  await pick(page, jsonFile(extra));
  await page.waitForSelector('#import-question');
  const dropped = page.getByTestId('import-dropped');
  // Each name in its own <bdi>: a Latin key keeps its order in Arabic.
  assert.deepEqual(await dropped.locator('bdi').allTextContents(),
    ['extra_000', 'extra_001', 'extra_002', 'extra_003', 'extra_004']);
  const arabic = await dropped.textContent();
  assert.match(arabic, /و295 أخرى/);
  assert.doesNotMatch(arabic, /extra_005/);
  // The question follows a change of language, like every other text.
  await chooseLang(page, 'nl');
  assert.match(await dropped.textContent(), /extra_004 en nog 295 andere\. De rest/);
  assert.equal(await dropped.locator('bdi').count(), 5);
  await page.getByRole('button', { name: NL.import_cancel }).click();
  assert.equal(await page.locator('.kt-draft').count(), 0, 'nothing saved');
  assert.deepEqual(app.errors, []);
}));

test('a list over the limit is refused with the count, the limit and the list in the screens\' words', () => withPage(async (page) => {
  const long = structuredClone(typical);
  const first = long.agreements[0];
  long.agreements = Array.from({ length: 2001 }, (_, i) => ({ ...first, id: 100 + i }));
  await chooseLang(page, 'uk');
  await pick(page, jsonFile(long));
  const error = page.getByTestId('import-error');
  await error.waitFor();
  assert.equal((await error.textContent()).trim(),
    'Цей список задовгий: у ньому 2001 пункт. Найбільше може бути 2000 пунктів. Місце у файлі: домовленості.');
  await chooseLang(page, 'nl');
  assert.equal((await error.textContent()).trim(),
    'Deze lijst is te lang: er staan 2001 dingen in. Er mogen hooguit 2000 dingen in. Plaats in het bestand: afspraken.');
  assert.equal(await page.locator('.kt-draft').count(), 0, 'nothing saved');
  assert.deepEqual(app.errors, []);
}));

test('review date and signatures typed on the plan screen appear in the plan and are saved', () => withPage(async (page) => {
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.getByLabel(NL.household_name).fill('Familie Test');
  await page.getByRole('button', { name: NL.household_continue }).click();
  await page.waitForSelector('h1:has-text("Het gesprek met")');
  await toPlan(page);
  const review = page.getByRole('group', { name: NL.plan_review_date });
  await review.getByLabel(NL.date_day).fill('1');
  await review.getByLabel(NL.date_month).fill('3');
  await review.getByLabel(NL.date_year).fill('2027');
  await page.locator('#plan-resident-0-name').fill('Anna de Boer');
  await page.getByRole('button', { name: NL.plan_resident_add }).click();
  // The new row's name field takes focus (after the next frame).
  await page.waitForFunction(() => document.activeElement?.id === 'plan-resident-1-name');
  await page.keyboard.type('Kees de Boer');
  await page.locator('#plan-coach-name').fill('Marloes Hendriks');
  const doc = page.locator('.kt-plan-screen__document');
  await page.waitForFunction(() => document.querySelector('.kt-plan-screen__document').textContent.includes('Kees de Boer'));
  const text = squash(await doc.textContent());
  for (const wanted of ['1 maart 2027', 'Anna de Boer', 'Kees de Boer', 'Marloes Hendriks']) {
    assert.ok(text.includes(wanted), `in the plan: ${wanted}`);
  }
  await page.reload();
  await page.waitForSelector('.kt-plan-screen__document .kt-plan');
  assert.equal(await page.inputValue('#plan-resident-1-name'), 'Kees de Boer');
  assert.deepEqual(
    [await page.inputValue('#plan-review-date'), await page.inputValue('#plan-review-date-month'), await page.inputValue('#plan-review-date-year')],
    ['1', '3', '2027'],
  );
  assert.deepEqual(app.errors, []);
}));

test('export size of the large fixture', () => withPage(async (page) => {
  await openPlanFile(page, fixture('large.json'));
  await toPlan(page);
  const html = await download(page, NL.plan_download_html, 'plan-large.html');
  const pdf = join(OUT, 'plan-large.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  console.log(`# large plan: exported HTML ${Buffer.byteLength(html.text)} bytes, ${pdfPages(pdf)} A4 pages`);
  writeFileSync(join(OUT, 'sizes.txt'), `large html ${Buffer.byteLength(html.text)}\nlarge pages ${pdfPages(pdf)}\n`);
  assert.ok(Buffer.byteLength(html.text) < 1024 * 1024);
  assert.deepEqual(app.errors, []);
}));
