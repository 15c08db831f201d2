// NL Design System themes reach the embedded component (issue 10). A host
// page loads a real theme package's CSS (devDependencies) and puts its class
// on <body>; the embed loader (dist/keukentafel-embed.js) mounts Keukentafel
// into a shadow root. The primary and secondary buttons, a link, the focus
// ring, the font, the text colour and the text fields must then show the
// theme's token values (read from the host page), and axe must find no
// contrast failure. Without a theme the component keeps its own colours,
// and a page's --kt-* value applies (docs/embedding.md, "Theme tokens").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { hostPage, hostSite, styleOf, tabTo, tokenValue } from './host-page.mjs';

// Our own values (style/keukentafel.css), which a theme must replace.
const FIXTURE = new URL('../tests/fixtures/typical.json', import.meta.url).pathname;

const OURS = { primary: 'rgb(0, 112, 60)', link: 'rgb(29, 79, 145)', focus: 'rgb(255, 221, 0)' };

// Where the two themes keep the tokens Keukentafel reads: Voorbeeld sets only
// the generic --basis-* name for the document, the focus ring and fields.
const TOKENS = {
  utrecht: {
    font: '--utrecht-document-font-family',
    text: '--utrecht-document-color',
    focus: '--utrecht-focus-outline-color',
    focusWidth: '--utrecht-focus-outline-width',
    focusStyle: '--utrecht-focus-outline-style',
    control: '--utrecht-form-control-border-color',
  },
  voorbeeld: {
    font: '--basis-text-font-family-default',
    text: '--basis-color-default-color-document',
    focus: '--basis-focus-outline-color',
    focusWidth: '--basis-focus-outline-width',
    focusStyle: '--basis-focus-outline-style',
    control: '--basis-form-control-border-color',
  },
};

let site;
before(async () => { site = await hostSite(); });
after(async () => { await site?.close(); });

const contrast = (violations) => violations.filter((v) => v.startsWith('color-contrast'));

for (const theme of Object.keys(TOKENS)) {
  const tokens = TOKENS[theme];

  test(`${theme} theme: the start screen takes its button, link, font, text colour and focus ring`, async () => {
    site.errors.length = 0;
    const page = await site.open(`${theme}.html`, hostPage({ theme }));
    try {
      const token = (property, name) => tokenValue(page, property, name);

      const primary = await styleOf(page, '.kt-button--primary', ['background-color', 'color', 'font-weight']);
      const bg = await token('background-color', '--utrecht-button-primary-action-background-color');
      assert.notEqual(bg, OURS.primary, 'the theme sets a primary colour of its own');
      assert.equal(primary['background-color'], bg);
      assert.equal(primary.color, await token('color', '--utrecht-button-primary-action-color'));

      const link = await styleOf(page, '.kt-header .kt-button--link', ['color', 'text-decoration-line']);
      const linkColour = await token('color', '--utrecht-link-color');
      assert.notEqual(linkColour, OURS.link);
      assert.equal(link.color, linkColour);
      assert.equal(link['text-decoration-line'], await token('text-decoration-line', '--utrecht-link-text-decoration'));

      const app = await styleOf(page, '', ['font-family', 'color']);
      assert.equal(app['font-family'], await token('font-family', tokens.font));
      assert.equal(app.color, await token('color', tokens.text));

      // Keyboard focus on the primary button: the theme's focus outline.
      await tabTo(page, '.kt-button--primary');
      const ring = await styleOf(page, '.kt-button--primary', ['outline-color', 'outline-width', 'outline-style']);
      assert.ok(await page.locator('.kt-app .kt-button--primary').evaluate((e) => e.matches(':focus-visible')));
      const focus = await token('outline-color', tokens.focus);
      assert.notEqual(focus, OURS.focus);
      assert.equal(ring['outline-color'], focus);
      assert.equal(ring['outline-width'], await token('outline-width', tokens.focusWidth));
      assert.equal(ring['outline-style'], await token('outline-style', tokens.focusStyle));

      // Hover: the theme's hover colour.
      await page.locator('.kt-app .kt-button--primary').hover();
      const hovered = await styleOf(page, '.kt-button--primary', ['background-color']);
      assert.equal(hovered['background-color'], await token('background-color', '--utrecht-button-primary-action-hover-background-color'));

      assert.deepEqual(contrast(await axeViolations(page)), []);
      assert.deepEqual(site.errors, []);
    } finally {
      await page.context().close();
    }
  });

  test(`${theme} theme: text fields and secondary buttons take it too, and nothing fails contrast`, async () => {
    site.errors.length = 0;
    const page = await site.open(`${theme}-form.html`, hostPage({ theme }));
    try {
      const token = (property, name) => tokenValue(page, property, name);
      await page.getByRole('button', { name: 'Een nieuw gesprek beginnen' }).click();
      await page.locator('.kt-app #household-name').waitFor();

      const field = await styleOf(page, '#household-name', ['border-top-color', 'border-top-width']);
      assert.equal(field['border-top-color'], await token('border-top-color', tokens.control));

      const secondary = await styleOf(page, '.kt-button--secondary', ['background-color', 'color', 'border-top-color']);
      assert.equal(secondary.color, await token('color', '--utrecht-button-secondary-action-color'));
      assert.equal(secondary['border-top-color'], await token('border-top-color', '--utrecht-button-secondary-action-border-color'));
      // Voorbeeld's secondary background is transparent: the component's own
      // background (the document's) shows through.
      const secondaryBg = await token('background-color', '--utrecht-button-secondary-action-background-color');
      assert.equal(secondary['background-color'], secondaryBg);

      assert.deepEqual(contrast(await axeViolations(page)), []);
      assert.deepEqual(site.errors, []);
    } finally {
      await page.context().close();
    }
  });

  test(`${theme} theme: the task list and the plan have no contrast failure either`, async () => {
    site.errors.length = 0;
    const page = await site.open(`${theme}-plan.html`, hostPage({ theme }));
    try {
      await page.setInputFiles('.kt-app #import-file', FIXTURE);
      await page.locator('.kt-app h1:has-text("Het gesprek met")').waitFor();
      assert.deepEqual(contrast(await axeViolations(page)), []);
      await page.getByRole('button', { name: 'Uw plan', exact: true }).click();
      await page.locator('.kt-app .kt-plan').waitFor();
      assert.deepEqual(contrast(await axeViolations(page)), []);
      assert.deepEqual(site.errors, []);
    } finally {
      await page.context().close();
    }
  });
}

test('without a theme the component keeps its own colours, and a page can set --kt-* values', async () => {
  site.errors.length = 0;
  const plain = await site.open('plain.html', hostPage());
  try {
    assert.equal((await styleOf(plain, '.kt-button--primary', ['background-color']))['background-color'], OURS.primary);
    assert.equal((await styleOf(plain, '.kt-header .kt-button--link', ['color'])).color, OURS.link);
    await tabTo(plain, '.kt-button--primary');
    assert.equal((await styleOf(plain, '.kt-button--primary', ['outline-color']))['outline-color'], OURS.focus);
    assert.deepEqual(contrast(await axeViolations(plain)), []);
  } finally {
    await plain.context().close();
  }

  // The page's value on the host element reaches past the component's root
  // (it used to be overridden there).
  const css = '[data-keukentafel] { --kt-colour-primary: #8a1538; --kt-colour-link: #154273; }';
  const custom = await site.open('custom.html', hostPage({ css }));
  try {
    assert.equal((await styleOf(custom, '.kt-button--primary', ['background-color']))['background-color'], 'rgb(138, 21, 56)');
    assert.equal((await styleOf(custom, '.kt-header .kt-button--link', ['color'])).color, 'rgb(21, 66, 115)');
    assert.deepEqual(contrast(await axeViolations(custom)), []);
  } finally {
    await custom.context().close();
  }
  assert.deepEqual(site.errors, []);
});

test('a theme colour with too little contrast is told in the console with its ratio and the threshold, and ours is used instead', async () => {
  site.errors.length = 0;
  // A primary colour that passes (8.6:1 with white) and a link colour that
  // does not (2.7:1 on white).
  const css = '[data-keukentafel] { --kt-colour-primary: #8a1538; --kt-colour-link: #7f9fcf; }';
  const page = await site.open('pale.html', hostPage({ css }));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  try {
    const link = async () => (await styleOf(page, '.kt-header .kt-button--link', ['color'])).color;
    assert.equal(await link(), 'rgb(127, 159, 207)', 'the first screen shows the theme as it is');
    // The check comes with the intake's code, which intent on "start" fetches.
    await page.locator('.kt-app .kt-button--primary').first().focus();
    await page.locator('.kt-app').first().evaluate((app) => new Promise((done) => {
      const seen = () => getComputedStyle(app.querySelector('.kt-header .kt-button--link')).color === 'rgb(29, 79, 145)';
      const wait = () => (seen() ? done() : requestAnimationFrame(wait));
      wait();
    }));
    assert.equal(await link(), OURS.link);
    assert.equal((await styleOf(page, '.kt-button--primary', ['background-color']))['background-color'], 'rgb(138, 21, 56)', 'a colour that passes is kept');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.equal(warnings[0], "Keukentafel: the contrast of links is 2.70:1, below 4.5:1 (WCAG 2.1 SC 1.4.3); using Keukentafel's own colours for --_kt-link and --_kt-bg instead.");
    assert.deepEqual(contrast(await axeViolations(page)), []);
  } finally {
    await page.context().close();
  }
  assert.deepEqual(site.errors, []);
});
