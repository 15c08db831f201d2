// Keukentafel on a municipality's page (issue 10): the example host pages
// served as a web team would, with the strict Content-Security-Policy of
// the README as a real header. Direct: two instances on a CMS page, the
// app's files under a sub-path. Iframe: the host on one origin framing the
// app's page from another. Every server and browser is stopped in after().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, storedEntries, waitStored, NL } from './harness.mjs';
import { serve } from '../scripts/serve.mjs';
import { serveExamples } from '../scripts/examples.mjs';

const DIST = process.env.KT_DIST ?? new URL('../dist/', import.meta.url).pathname;
const OUT = new URL('./out/', import.meta.url).pathname;
const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname;
const typical = JSON.parse(readFileSync(join(FIXTURES, 'typical.json'), 'utf8'));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let chrome;
let sites;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  chrome = await launch();
  sites = await serveExamples(DIST);
});
after(async () => {
  await chrome?.close();
  await sites?.close();
});

/**
 * A fresh context and page that records every CSP violation and console
 * error (from the page and its frames). `serviceWorkers` stays allowed only
 * where a test says so.
 */
async function open(url, { serviceWorkers = 'block', init = null } = {}) {
  const context = await chrome.browser.newContext({ acceptDownloads: true, serviceWorkers });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  page.on('dialog', (d) => d.accept());
  await page.exposeFunction('ktViolation', (v) => problems.push(`csp: ${v}`));
  await page.addInitScript(() => {
    addEventListener('securitypolicyviolation', (e) => {
      window.ktViolation(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, context, problems, close: () => context.close() };
}

const resident = (page) => page.locator('[data-namespace="voorbeeldstad"]');
const coach = (page) => page.locator('[data-namespace="voorbeeldstad-wijkteam"]');
const ready = (page) => page.waitForSelector('[data-keukentafel][data-keukentafel-ready] >> nth=1', { state: 'attached' });

/** Opens the typical household's plan file in one instance and goes to its plan. */
async function openTypical(page, host) {
  await host.locator('#import-file').setInputFiles(join(FIXTURES, 'typical.json'));
  await host.locator('h1:has-text("Het gesprek met")').waitFor();
  await host.getByRole('button', { name: 'Uw plan', exact: true }).click();
  await host.locator('.kt-plan-screen__document .kt-plan').waitFor();
}

/** The fetches of the intake's chunk the page made (resource timing). */
const chunkFetches = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .filter((e) => /\/split_[^/]*\.wasm$/.test(new URL(e.name).pathname)).length);

test('direct: the loader prefetches the chunk once (not with saveData), and "start" uses it', { timeout: 90_000 }, async () => {
  for (const saveData of [false, true]) {
    const s = await open(sites.direct, {
      init: saveData ? () => Object.defineProperty(Object.getPrototypeOf(navigator.connection), 'saveData', { get: () => true }) : null,
    });
    try {
      await ready(s.page);
      await s.page.waitForLoadState('networkidle');
      await s.page.waitForTimeout(1000);
      // These instances have options, which the app checks with the chunk
      // right after mounting: one fetch either way, shared with the preload.
      assert.equal(await chunkFetches(s.page), 1, `saveData ${saveData}: one fetch, not two`);
      const links = await s.page.evaluate(() => [...document.head.querySelectorAll('link[rel=preload][fetchpriority=low]')].length);
      assert.equal(links, saveData ? 0 : 1);
      await coach(s.page).getByRole('button', { name: NL.start_new }).click();
      await coach(s.page).locator('#household-name').waitFor();
      assert.equal(await chunkFetches(s.page), 1, `saveData ${saveData}: one fetch in all`);
      assert.deepEqual(s.problems, []);
    } finally { await s.close(); }
  }
});

test('direct: two instances start under the strict CSP, each in its own shadow root; an intake typed through to its plan breaks no rule', { timeout: 90_000 }, async () => {
  const s = await open(sites.direct);
  try {
    await ready(s.page);
    const shadows = await s.page.evaluate(() => [...document.querySelectorAll('[data-keukentafel]')]
      .map((el) => el.shadowRoot?.querySelector('.kt-app h1')?.textContent ?? null));
    assert.equal(shadows.length, 2);
    for (const h1 of shadows) assert.ok(h1, 'each element renders its own start screen in its shadow root');
    // An intake typed in one instance: household, a domain, back to the
    // start, on to the plan; then a plan file opened in the other.
    const c = coach(s.page);
    await c.getByRole('button', { name: NL.start_new }).click();
    await c.locator('#household-name').fill('Familie CSP');
    await c.getByRole('button', { name: NL.household_continue }).click();
    await c.getByRole('button', { name: 'Werk en meedoen' }).click();
    await c.locator('#work-going-well').fill('Ik help elke week in de buurttuin.');
    await c.getByRole('button', { name: NL.nav_next }).click();
    await c.locator('#work-wants').fill('Een vaste baan in de groenvoorziening.');
    const finish = c.getByRole('button', { name: NL.domain_finish });
    while (!(await finish.isVisible())) await c.getByRole('button', { name: NL.nav_next }).click();
    await finish.click();
    await c.getByRole('button', { name: 'Uw plan', exact: true }).waitFor();
    await c.getByRole('button', { name: NL.nav_to_start }).click();
    await c.getByRole('button', { name: NL.start_resume_named.replace('{name}', 'Familie CSP') }).click();
    await c.getByRole('button', { name: 'Uw plan', exact: true }).click();
    const plan = await c.locator('.kt-plan-screen__document').textContent();
    assert.match(plan, /Ik help elke week in de buurttuin/);
    assert.match(plan, /Een vaste baan in de groenvoorziening/);
    await openTypical(s.page, resident(s.page));
    assert.match(await resident(s.page).locator('.kt-plan-screen__document').textContent(), /Familie El Amrani/);
    assert.deepEqual(s.problems, []);
  } finally { await s.close(); }
});

test('direct: the host page keeps its lang, title, scroll and styles; two namespaces keep separate drafts', { timeout: 90_000 }, async () => {
  const s = await open(sites.direct);
  try {
    await ready(s.page);
    const host = () => s.page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      headerBg: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
      bodyFont: getComputedStyle(document.body).fontFamily,
      link: getComputedStyle(document.querySelector('main a')).color,
    }));
    const before = await host();
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await resident(s.page).getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
    await resident(s.page).locator('#household-name').fill('Familie Resident');
    await coach(s.page).getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
    await coach(s.page).locator('#household-name').fill('Familie Coach');
    await waitStored(s.page, (e) => Object.keys(e).filter((k) => k.includes('.draft.')).length === 2
      && Object.values(e).some((v) => v.includes('Familie Coach')));
    await s.page.waitForTimeout(600);
    const keys = Object.fromEntries(Object.entries(await storedEntries(s.page))
      .filter(([k]) => k.includes('.draft.')).map(([k, v]) => [k.split('.draft.')[0], JSON.parse(v).household.display_name]));
    assert.deepEqual(keys, { voorbeeldstad: 'Familie Resident', 'voorbeeldstad-wijkteam': 'Familie Coach' });
    const after = await host();
    assert.deepEqual(after, before, 'the host page is unchanged');
    // Both instances show their own household after a reload.
    await s.page.reload();
    await ready(s.page);
    assert.equal(await resident(s.page).locator('#household-name').inputValue(), 'Familie Resident');
    assert.equal(await coach(s.page).locator('#household-name').inputValue(), 'Familie Coach');
    assert.deepEqual(s.problems, []);
  } finally { await s.close(); }
});

test('direct: the resident instance hides the coach fields; the coach instance shows them prefilled', { timeout: 90_000 }, async () => {
  const s = await open(sites.direct);
  try {
    await ready(s.page);
    await resident(s.page).getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
    await resident(s.page).locator('#household-name').waitFor();
    assert.equal(await resident(s.page).locator('#contact-name').count(), 0, 'no coach fields for a resident alone');
    await coach(s.page).getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
    await coach(s.page).locator('#household-name').waitFor();
    assert.equal(await coach(s.page).locator('#contact-organisation').inputValue(), 'Wijkteam Voorbeeldstad');
  } finally { await s.close(); }
});

test('direct: unmount() removes every node and listener it added; mounting again works', { timeout: 90_000 }, async () => {
  const s = await open(sites.direct);
  try {
    await ready(s.page);
    const cdp = await s.context.newCDPSession(s.page);
    const listeners = async () => {
      const types = [];
      for (const target of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: target });
        const { listeners: l } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        types.push(...l.map((x) => `${target}:${x.type}`));
      }
      return types.sort();
    };
    // Open an intake in one instance, so autosave and the second-tab watch run.
    await resident(s.page).getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
    await resident(s.page).locator('#household-name').fill('Familie Weg');
    const mounted = await listeners();
    const unmountAll = () => s.page.evaluate(async () => {
      const { handleOf } = await import('/wonen/intake/keukentafel-embed.js');
      for (const el of document.querySelectorAll('[data-keukentafel]')) handleOf(el)?.unmount();
      return [...document.querySelectorAll('[data-keukentafel]')].map((el) => ({
        nodes: el.shadowRoot.childNodes.length,
        light: el.childNodes.length,
        ready: el.hasAttribute('data-keukentafel-ready'),
      }));
    });
    assert.deepEqual(await unmountAll(), [{ nodes: 0, light: 0, ready: false }, { nodes: 0, light: 0, ready: false }]);
    // The instances' own listeners (autosave, second-tab watch) are gone;
    // what is left belongs to the loader, this test and Playwright.
    const OWN = ['document:visibilitychange', 'window:pagehide'];
    const left = await listeners();
    for (const own of OWN) assert.ok(mounted.includes(own), `while mounted: ${own}`);
    assert.deepEqual(left.filter((l) => OWN.includes(l)), [], `after unmount: ${left.join(', ')}`);
    // The typing was saved on unmount; a fresh mount shows the draft.
    const entries = await waitStored(s.page, (e) => Object.entries(e).some(([k, v]) => k.startsWith('voorbeeldstad.draft.') && v.includes('Familie Weg')));
    const stored = Object.entries(entries).find(([k]) => k.startsWith('voorbeeldstad.draft.'))?.[1] ?? '';
    assert.match(stored, /Familie Weg/);
    await s.page.evaluate(async () => {
      const { mount } = await import('/wonen/intake/keukentafel-embed.js');
      const el = document.querySelector('[data-namespace="voorbeeldstad"]');
      // Twice at once: one instance.
      const [a, b] = await Promise.all([mount(el, { mode: 'resident' }), mount(el, { mode: 'resident' })]);
      if (a !== b || el.shadowRoot.querySelectorAll('.kt-app').length !== 1) throw new Error('two instances in one element');
    });
    await resident(s.page).locator('#household-name').waitFor();
    assert.equal(await resident(s.page).locator('#household-name').inputValue(), 'Familie Weg');
    // Mounting and unmounting again leaves the same nothing behind.
    await unmountAll();
    assert.deepEqual(await listeners(), left);
    assert.deepEqual(s.problems, []);
  } finally { await s.close(); }
});

test('direct: a bad option is said in the element for the web team, not a blank box', { timeout: 90_000 }, async () => {
  const s = await open(sites.direct);
  try {
    await ready(s.page);
    await s.page.evaluate(async () => {
      const { mount } = await import('/wonen/intake/keukentafel-embed.js');
      const el = document.createElement('div');
      el.id = 'bad';
      document.querySelector('main').append(el);
      await mount(el, { mode: 'toezicht' });
    });
    // The component says it, in the page's language, with what is allowed.
    const said = s.page.locator('#bad .kt-notice[role="alert"]');
    await said.waitFor();
    const text = await said.textContent();
    for (const word of ['mode', 'coach', 'resident', 'toezicht']) assert.ok(text.includes(word), `${word} in: ${text}`);
    // A namespace that would not pass opens no storage at all.
    await s.page.evaluate(async () => {
      const { mount } = await import('/wonen/intake/keukentafel-embed.js');
      const el = document.createElement('div');
      el.id = 'bad-ns';
      document.querySelector('main').append(el);
      await mount(el, { namespace: 'Gemeente.Enschede' });
    });
    await s.page.locator('#bad-ns .kt-notice[role="alert"]').waitFor();
    assert.match(await s.page.locator('#bad-ns .kt-notice[role="alert"]').textContent(), /namespace/);
    assert.equal(await s.page.locator('#bad-ns h1').count(), 0, 'no start screen under a namespace that does not pass');
    assert.deepEqual(s.problems, []);
  } finally { await s.close(); }
});

test("direct: under default-src 'self' alone the element says what the web team must change", { timeout: 90_000 }, async () => {
  const strict = await serveExamples(DIST, { csp: "default-src 'self'" });
  const s = await open(strict.direct);
  try {
    await s.page.waitForSelector('[data-keukentafel] .kt-embed-problem >> nth=1');
    const texts = await s.page.locator('[data-keukentafel] .kt-embed-problem').allTextContents();
    assert.equal(texts.length, 2);
    for (const t of texts) assert.match(t, /wasm-unsafe-eval/);
    assert.match(texts[0], /Keukentafel kan hier niet starten/, 'in the page\'s language');
  } finally { await s.close(); await strict.close(); }
});

test('direct: axe finds no WCAG 2.1 AA violation on the host page with two instances', { timeout: 90_000 }, async () => {
  const s = await open(sites.direct);
  try {
    await ready(s.page);
    // evaluate() is not subject to the page's CSP (addScriptTag would be).
    await s.page.evaluate(AXE);
    const result = await s.page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
    const inComponent = result.violations.filter((v) => v.nodes.some((n) => n.target.length > 1));
    assert.deepEqual(inComponent.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  } finally { await s.close(); }
});

test('direct: printing the embedded plan prints the plan alone, without the host page', { timeout: 90_000 }, async () => {
  const s = await open(sites.direct);
  try {
    await ready(s.page);
    await openTypical(s.page, coach(s.page));
    await coach(s.page).getByRole('button', { name: 'Afdrukken', exact: true }).click();
    const frame = coach(s.page).locator('iframe.kt-print-frame');
    await frame.waitFor({ state: 'attached' });
    const printed = await frame.evaluate((f) => ({
      html: f.contentDocument.documentElement.outerHTML,
      css: [...f.contentDocument.adoptedStyleSheets].map((sh) => [...sh.cssRules].map((r) => r.cssText).join('\n')).join('\n'),
    }));
    assert.deepEqual(s.problems, [], 'printing under the CSP broke no rule');
    // The frame's document, printed to PDF as Chromium prints it.
    const context = await chrome.browser.newContext();
    try {
      const paper = await context.newPage();
      await paper.setContent(printed.html);
      await paper.addStyleTag({ content: printed.css });
      const pdf = join(OUT, 'embedded-plan.pdf');
      await paper.pdf({ path: pdf, format: 'A4', printBackground: true });
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.match(text, /Familie El Amrani/);
      assert.match(text, new RegExp(typical.household.contact.name));
      for (const chrome of ['Gemeente Voorbeeldstad', 'Hoofdmenu', 'Werk en inkomen', 'Postbus', 'Afdrukken']) {
        assert.ok(!text.includes(chrome), `the host's "${chrome}" is not on paper`);
      }
    } finally { await context.close(); }
  } finally { await s.close(); }
});

test('direct: a municipality\'s own domain from the config is in the task list, the plan, its chart and the file, and survives import elsewhere', { timeout: 90_000 }, async () => {
  const extra = JSON.parse(readFileSync(new URL('../examples/extra-domains.json', import.meta.url), 'utf8'));
  // The typical household, with answers and a rung for "opvoeden".
  const plan = structuredClone(typical);
  plan.domains.push({
    domain: 'opvoeden', status: 'done', going_well: 'Wij eten elke avond samen aan tafel.',
    strengths: ['opvoeden.routine'], wants: 'Minder ruzie over de telefoon.', worries: '', network: [], professionals: [], notes: '',
  });
  plan.assessments.at(-1).rungs.push({ domain: 'opvoeden', member: null, now: { rung: 2 }, wanted: { rung: 4 } });
  const file = join(OUT, 'with-opvoeden.json');
  writeFileSync(file, JSON.stringify(plan));

  const s = await open(sites.direct);
  try {
    await ready(s.page);
    await s.page.evaluate(async (domains) => {
      const { mount } = await import('/wonen/intake/keukentafel-embed.js');
      const el = Object.assign(document.createElement('div'), { id: 'gemeente' });
      document.querySelector('main').append(el);
      await mount(el, { namespace: 'eigen-domeinen', extraDomains: domains });
    }, extra);
    const host = s.page.locator('#gemeente');
    await host.locator('#import-file').setInputFiles(file);
    await host.locator('h1:has-text("Het gesprek met")').waitFor();
    // The task list: the standard five, then the municipality's two.
    await host.getByRole('button', { name: 'Opvoeden' }).waitFor();
    await host.getByRole('button', { name: 'Dagbesteding' }).waitFor();
    await host.getByRole('button', { name: 'Uw plan', exact: true }).click();
    const doc = host.locator('.kt-plan-screen__document');
    await doc.locator('.kt-plan').waitFor();
    const text = await doc.textContent();
    assert.match(text, /Opvoeden/);
    assert.match(text, /Wij eten elke avond samen aan tafel/);
    assert.match(text, new RegExp(extra[0].strengths.find((x) => x.id === 'opvoeden.routine').text.nl));
    // Its rung, on its own ladder of five (not the standard six).
    assert.match(text, /van 5/);
    assert.ok(await doc.locator('svg text:has-text("Opvoeden")').count() > 0, 'a row in the chart');
    const [dl] = await Promise.all([
      s.page.waitForEvent('download'),
      host.getByRole('button', { name: 'Plan downloaden', exact: true }).click(),
    ]);
    const exported = join(OUT, 'with-opvoeden.html');
    await dl.saveAs(exported);
    assert.match(readFileSync(exported, 'utf8'), /"opvoeden"/, 'the file carries the domain');
    // Another embedding that does not know the domain opens the file and keeps it.
    const other = coach(s.page);
    await other.locator('#import-file').setInputFiles(exported);
    await other.locator('h1:has-text("Het gesprek met")').waitFor();
    await waitStored(s.page, (e) => Object.entries(e)
      .some(([k, v]) => k.startsWith('voorbeeldstad-wijkteam.draft.') && v.includes('Wij eten elke avond')));
    await other.getByRole('button', { name: 'Uw plan', exact: true }).click();
    await other.locator('.kt-plan-screen__document .kt-plan').waitFor();
    assert.match(await other.locator('.kt-plan-screen__document').textContent(), /Wij eten elke avond samen aan tafel/);
    assert.deepEqual(s.problems, []);
  } finally { await s.close(); }
});

test('iframe: the host adds only frame-src; the frame sizes itself to its content, no violation on either side', { timeout: 90_000 }, async () => {
  const s = await open(sites.iframeHost);
  try {
    const frame = s.page.frameLocator('iframe[data-keukentafel-frame]');
    await frame.locator('.kt-app h1').waitFor();
    await frame.getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
    await frame.locator('#household-name').fill('Familie Frame');
    // The household page is long: the frame grows to it (one scroll bar, the page's).
    await s.page.waitForFunction(() => {
      const f = document.querySelector('iframe[data-keukentafel-frame]');
      return f.getBoundingClientRect().height > 900;
    });
    const sizes = await s.page.evaluate(() => {
      const f = document.querySelector('iframe[data-keukentafel-frame]');
      return { frame: Math.round(f.getBoundingClientRect().height) };
    });
    const inner = await s.page.frames().find((f) => f.url().includes('frame.html')).evaluate(() => ({
      scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight,
    }));
    assert.ok(inner.scroll <= inner.client + 1, `no scroll bar inside the frame: ${JSON.stringify({ ...inner, ...sizes })}`);
    assert.deepEqual(s.problems, []);
  } finally { await s.close(); }
});

test('iframe: the frame prefetches the chunk once, and "start" uses it', { timeout: 90_000 }, async () => {
  const s = await open(sites.iframeHost);
  try {
    const frame = s.page.frameLocator('iframe[data-keukentafel-frame]');
    await frame.locator('.kt-app h1').waitFor();
    const inner = () => s.page.frames().find((f) => f.url().includes('frame.html'));
    const fetches = () => inner().evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => /\/split_[^/]*\.wasm$/.test(new URL(e.name).pathname)).length);
    await inner().waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/split_/.test(e.name)));
    assert.equal(await fetches(), 1);
    await frame.getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
    await frame.locator('#household-name').waitFor();
    assert.equal(await fetches(), 1, 'the start used the prefetched chunk');
    assert.deepEqual(s.problems, []);
  } finally { await s.close(); }
});

test('iframe: Tab moves from the host into the frame, through it, and back out to the host', { timeout: 90_000 }, async () => {
  const s = await open(sites.iframeHost);
  try {
    const frame = s.page.frameLocator('iframe[data-keukentafel-frame]');
    await frame.locator('.kt-app h1').waitFor();
    const app = s.page.frames().find((f) => f.url().includes('frame.html'));
    await s.page.locator('.site-header a').last().focus();
    const visited = [];
    for (let i = 0; i < 20; i++) {
      await s.page.keyboard.press('Tab');
      const where = await s.page.evaluate(() => document.activeElement?.tagName === 'IFRAME' ? 'frame' : document.activeElement?.textContent?.trim());
      if (where === 'frame') {
        visited.push(`frame: ${await app.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id)}`);
      } else {
        visited.push(`host: ${where}`);
        if (visited.some((v) => v.startsWith('frame:'))) break;
      }
    }
    assert.ok(visited.some((v) => v.includes('Een nieuw gesprek beginnen')), `the frame's start button is reached: ${visited}`);
    assert.match(visited.at(-1), /^host: Na het gesprek/, `then the host's next link: ${visited}`);
  } finally { await s.close(); }
});

test('offline: an intake started online goes on and survives a reload with the network gone', { timeout: 90_000 }, async () => {
  // The app's own page, with its service worker (data-offline).
  const app = await serve(DIST);
  const s = await open(app.url, { serviceWorkers: 'allow' });
  try {
    await s.page.waitForSelector('.kt-app h1');
    await s.page.evaluate(() => navigator.serviceWorker.ready);
    await s.page.getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
    await s.page.locator('#household-name').fill('Familie Offline');
    await waitStored(s.page, (e) => Object.values(e).some((v) => v.includes('Familie Offline')));
    await s.context.setOffline(true);
    await s.page.locator('#household-name').fill('Familie Offline, zonder net');
    await waitStored(s.page, (e) => Object.values(e).some((v) => v.includes('zonder net')));
    await s.page.reload();
    await s.page.locator('#household-name').waitFor();
    assert.equal(await s.page.locator('#household-name').inputValue(), 'Familie Offline, zonder net');
  } finally { await s.close(); await app.close(); }
});
