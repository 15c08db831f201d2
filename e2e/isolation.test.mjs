// No style leakage, either way (issue 10). A host page with aggressive CSS
// must not change the embedded component: the boxes of its heading, primary
// button, a text field and the file picker are the same (within 1 px) with
// and without that CSS, and print, the file input and axe keep working.
// And mounting the component must not change how anything of the host page
// is styled. Needs the release build with the embed loader
// (dist/keukentafel-embed.js), which mounts into a shadow root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { hostPage, hostSite, ready } from './host-page.mjs';

const FIXTURE = new URL('../tests/fixtures/typical.json', import.meta.url).pathname;

// The CSS of issue 10, as a CMS might ship it, and inherited text
// properties on <body> (they would reach the component through its host
// element but for the host reset in style/host.css).
const HOSTILE = [
  '* { all: revert }',
  'div { display: flex }',
  'input { width: 10px }',
  'html { font-size: 10px }',
  'button { text-transform: uppercase }',
  'body { letter-spacing: 0.1em; word-spacing: 0.5em; font-style: italic }',
].join('\n');

let site;
before(async () => { site = await hostSite(); });
after(async () => { await site?.close(); });

/** Width, height and font size of each selector's first match in the component. */
async function boxes(page, selectors) {
  const out = {};
  for (const [name, selector] of Object.entries(selectors)) {
    out[name] = await page.locator(`.kt-app ${selector}`).first().evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { width: r.width, height: r.height, fontSize: parseFloat(getComputedStyle(e).fontSize) };
    });
  }
  return out;
}

function assertSameBoxes(hostile, plain) {
  for (const [name, box] of Object.entries(plain)) {
    for (const [k, v] of Object.entries(box)) {
      assert.ok(Math.abs(hostile[name][k] - v) <= 1, `${name} ${k}: ${hostile[name][k]} under the hostile CSS, ${v} without`);
    }
  }
}

// The header's name is sized by its text, so inherited text properties
// that leak in show in its box.
const START = { heading: 'h1', primary: '.kt-button--primary', filePicker: '.kt-import__button', name: '.kt-header__name' };
const FORM = { heading: 'h1', primary: '.kt-button--primary', textField: '#household-name' };

async function measure(page) {
  const start = await boxes(page, START);
  await page.getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
  await page.locator('.kt-app #household-name').waitFor();
  return { start, form: await boxes(page, FORM) };
}

test('the host page\'s aggressive CSS changes no box of the component', async () => {
  site.errors.length = 0;
  const plainPage = await site.open('plain.html', hostPage());
  let plain;
  try {
    plain = await measure(plainPage);
  } finally {
    await plainPage.context().close();
  }
  const page = await site.open('hostile.html', hostPage({ css: HOSTILE }));
  try {
    // The hostile CSS is really there: it styles the page's own elements.
    const own = await page.evaluate(() => ({
      rootFont: getComputedStyle(document.documentElement).fontSize,
      field: getComputedStyle(document.querySelector('#zoek')).width,
      button: getComputedStyle(document.querySelector('form button')).textTransform,
      spacing: getComputedStyle(document.querySelector('main p')).letterSpacing,
      host: getComputedStyle(document.querySelector('[data-keukentafel]')).display,
    }));
    assert.deepEqual(own, { rootFont: '10px', field: '10px', button: 'uppercase', spacing: '1px', host: 'block' });
    const transform = await page.locator('.kt-app .kt-button--primary').evaluate((e) => getComputedStyle(e).textTransform);
    assert.equal(transform, 'none');

    const hostile = await measure(page);
    assertSameBoxes(hostile.start, plain.start);
    assertSameBoxes(hostile.form, plain.form);
    // The sizes are the user's default (16px) based ones, not the page's 10px rem.
    assert.ok(hostile.form.textField.height >= 44, `text field ${hostile.form.textField.height}px high`);
    assert.deepEqual(site.errors, []);
  } finally {
    await page.context().close();
  }
});

test('under the hostile CSS the file input opens a plan, print hides the app chrome, axe finds no contrast failure', async () => {
  site.errors.length = 0;
  const page = await site.open('hostile-use.html', hostPage({ css: HOSTILE }));
  try {
    assert.deepEqual((await axeViolations(page)).filter((v) => v.startsWith('color-contrast')), []);

    const header = page.locator('.kt-app .kt-header');
    assert.notEqual(await header.evaluate((e) => getComputedStyle(e).display), 'none');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await header.evaluate((e) => getComputedStyle(e).display), 'none', 'print rules reach the shadow root');
    assert.notEqual(await page.locator('.kt-app h1').evaluate((e) => getComputedStyle(e).display), 'none');
    await page.emulateMedia({ media: 'screen' });

    await page.setInputFiles('.kt-app #import-file', FIXTURE);
    await page.locator('.kt-app h1:has-text("Het gesprek met")').waitFor();
    assert.deepEqual(site.errors, []);
  } finally {
    await page.context().close();
  }
});

test('mounting the component changes the style of nothing on the host page', async () => {
  site.errors.length = 0;
  // The page's own CSS, so there is something a leaking rule could override.
  const css = 'body { font: 18px/1.6 Georgia, serif; color: #222; } a { color: #0b57d0; } button, input { font: inherit; }';
  const page = await site.open('before-after.html', hostPage({ css, loader: false }), { ready: false });
  try {
    // The same element objects before and after (the loader's <script> and
    // anything it adds are new; a new stylesheet shows in the count). Sizes
    // change when the component takes its place; registered custom
    // properties (the loader's --kt-rem) exist on every element by definition.
    const snapshot = () => page.evaluate(() => {
      const host = document.querySelector('[data-keukentafel]');
      window.ktBefore ??= [...document.querySelectorAll('*')].filter((e) => e !== host);
      const geometry = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin']);
      const elements = window.ktBefore;
      return {
        sheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
        elements: elements.map((e) => {
          const cs = getComputedStyle(e);
          const style = {};
          for (const p of cs) if (!p.startsWith('--') && !geometry.has(p)) style[p] = cs.getPropertyValue(p);
          return { tag: e.tagName + (e.id ? `#${e.id}` : ''), style };
        }),
      };
    });
    const before = await snapshot();
    assert.ok(before.elements.length > 10);
    await page.addScriptTag({ type: 'module', url: 'keukentafel-embed.js' });
    await ready(page);
    const after = await snapshot();
    assert.equal(after.sheets, before.sheets, 'a stylesheet was added to the host document');
    assert.equal(after.adopted, before.adopted, 'a stylesheet was adopted by the host document');
    for (const [i, b] of before.elements.entries()) {
      const a = after.elements[i];
      const changed = Object.keys(b.style).filter((p) => a.style[p] !== b.style[p]);
      assert.deepEqual(changed.map((p) => `${b.tag} ${p}: ${b.style[p]} -> ${a.style[p]}`), []);
    }
    assert.deepEqual(site.errors, []);
  } finally {
    await page.context().close();
  }
});

test('type follows the visitor\'s own font size as on the app\'s own page, not the host page\'s 10px rem', async () => {
  site.errors.length = 0;
  const sizes = async (page) => ({
    heading: await page.locator('.kt-app h1').evaluate((e) => getComputedStyle(e).fontSize),
    body: await page.locator('.kt-app').evaluate((e) => getComputedStyle(e).fontSize),
    target: await page.locator('.kt-app .kt-button--primary').evaluate((e) => getComputedStyle(e).minHeight),
  });
  const own = await site.open('index.html', undefined, { ready: false, fontSize: 20 });
  let expected;
  try {
    await own.locator('.kt-app h1').waitFor();
    expected = await sizes(own);
  } finally {
    await own.context().close();
  }
  // 36px, 17px and 44px at the usual 16px; a fifth larger at 20px.
  assert.deepEqual(expected, { heading: '45px', body: '21.25px', target: '55px' });
  const page = await site.open('hostile-large.html', hostPage({ css: HOSTILE }), { fontSize: 20 });
  try {
    assert.deepEqual(await sizes(page), expected);
    assert.deepEqual(site.errors, []);
  } finally {
    await page.context().close();
  }
});

