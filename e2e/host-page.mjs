// Host pages for the embed tests (theme, isolation): a temporary site with a
// copy of the release build (dist/), the NL Design System theme CSS from
// node_modules, and the host pages a test writes, served on 127.0.0.1 and
// driven in Chromium. `close()` stops both and removes the site, also when
// a test failed (call it in `after`).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, serve, throttle } from './harness.mjs';

const DIST = process.env.KT_DIST ? resolve(process.env.KT_DIST) : new URL('../dist/', import.meta.url).pathname;
const MODULES = new URL('../node_modules/', import.meta.url).pathname;

/** The theme packages (devDependencies): their CSS sets the tokens on the class. */
export const THEMES = {
  utrecht: { css: '@utrecht/design-tokens/dist/theme.css', className: 'utrecht-theme' },
  voorbeeld: {
    css: '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
    className: 'voorbeeld-theme',
  },
};

/**
 * A municipal page around one `<div data-keukentafel>`: a header with a
 * link, a heading, a paragraph, a field and a button of its own (so a test
 * can see the page's CSS is really there), the theme's CSS and class, and
 * the embed loader unless `loader` is false.
 */
export function hostPage({ theme, css = '', loader = true } = {}) {
  const t = theme ? THEMES[theme] : null;
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Hulp bij geldzaken – Gemeente Voorbeeld</title>
${t ? `<link rel="stylesheet" href="themes/${theme}.css">` : ''}
${css ? `<style>${css}</style>` : ''}
</head>
<body${t ? ` class="${t.className}"` : ''}>
<header><p>Gemeente Voorbeeld</p><nav><a href="#contact">Contact</a></nav></header>
<main>
<h1>Hulp bij geldzaken</h1>
<p>Vul samen met uw coach het gesprek in.</p>
<div data-keukentafel data-namespace="e2e"></div>
<form><label for="zoek">Zoeken</label> <input id="zoek" type="search"> <button type="button">Zoek</button></form>
</main>
${loader ? '<script type="module" src="keukentafel-embed.js"></script>' : ''}
</body>
</html>
`;
}

/** Copies dist/ and the themes into a temporary folder, serves it and starts Chromium. */
export async function hostSite() {
  const dir = mkdtempSync(join(tmpdir(), 'kt-host-'));
  cpSync(DIST, dir, { recursive: true });
  mkdirSync(join(dir, 'themes'));
  for (const [name, theme] of Object.entries(THEMES)) cpSync(join(MODULES, theme.css), join(dir, 'themes', `${name}.css`));
  let server;
  let chrome;
  try {
    server = await serve(dir);
    chrome = await launch();
  } catch (e) {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const errors = [];
  return {
    errors,
    /**
     * Writes `html` as `name` into the site (unless undefined: a page of the
     * build, e.g. index.html) and opens it in a fresh context; `fontSize`
     * sets the browser's default font size first; `init` is an init script.
     */
    async open(name, html, { ready: wait = true, fontSize, init } = {}) {
      if (html !== undefined) writeFileSync(join(dir, name), html);
      const context = await chrome.browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await throttle(page);
      if (fontSize) {
        // The visitor's own default font size (a browser setting).
        const cdp = await context.newCDPSession(page);
        await cdp.send('Page.enable');
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontSize, fixed: fontSize } });
      }
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('dialog', (d) => d.accept());
      if (init) await page.addInitScript(init);
      await page.goto(`${server.url}${name}`);
      if (wait) await ready(page);
      return page;
    },
    async close() {
      await chrome.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the loader has mounted the component and its start screen shows. */
export async function ready(page) {
  await page.waitForSelector('[data-keukentafel][data-keukentafel-ready]', { state: 'attached' });
  // Playwright's CSS selectors pierce open shadow roots.
  await page.locator('.kt-app h1').first().waitFor();
}

/**
 * What `token` computes to as `property` on an element of the host page
 * (inside the themed <body>): the value the component should show. Throws
 * when the page does not set the token, so a test cannot compare two
 * fallbacks and pass without a theme.
 */
export async function tokenValue(page, property, token) {
  return page.evaluate(([property, token]) => {
    if (getComputedStyle(document.body).getPropertyValue(token).trim() === '') {
      throw new Error(`the page does not set ${token}`);
    }
    const probe = document.createElement('span');
    // A width computes to 0 without a style.
    probe.style.setProperty('outline-style', 'solid');
    probe.style.setProperty(property, `var(${token})`);
    document.body.append(probe);
    const value = getComputedStyle(probe).getPropertyValue(property);
    probe.remove();
    return value;
  }, [property, token]);
}

/** The computed `properties` of the first element in the component matching `selector` (none: its root). */
export async function styleOf(page, selector, properties) {
  return page.locator(selector ? `.kt-app ${selector}` : '.kt-app').first().evaluate(
    (e, properties) => Object.fromEntries(properties.map((p) => [p, getComputedStyle(e).getPropertyValue(p)])),
    properties,
  );
}

/** Presses Tab until the focused element inside the component matches `selector`. */
export async function tabTo(page, selector) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate(
      (selector) => document.querySelector('[data-keukentafel]').shadowRoot?.activeElement?.matches(selector) ?? false,
      selector,
    );
    if (there) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
