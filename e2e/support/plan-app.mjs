// The harness's server and browser for the plan tests, with two additions:
// the bundle directory can be set with KT_DIST (so a build in another
// directory can be tested while dist/ is being rebuilt), and the browser
// is exposed, for opening exported files in contexts of their own
// (JavaScript off or on).
import { resolve } from 'node:path';
import { serve, launch } from '../harness.mjs';

export async function startPlanApp() {
  const root = process.env.KT_DIST ? `${resolve(process.env.KT_DIST)}/` : undefined;
  const server = await serve(root);
  const chrome = await launch();
  const errors = [];
  return {
    url: server.url,
    browser: chrome.browser,
    errors,
    /** A fresh context (empty device) with the app's start screen open. */
    async newPage() {
      const context = await chrome.browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('dialog', (d) => d.accept());
      await page.goto(server.url);
      await page.waitForSelector('.kt-app h1');
      return page;
    },
    async close() {
      await chrome.close();
      await server.close();
    },
  };
}
