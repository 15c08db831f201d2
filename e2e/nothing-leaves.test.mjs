// Nothing leaves the device (issue 15): one whole session — the intake of a
// household typed in, its plan, printing (page.pdf), downloading the plan,
// and opening the downloaded file again — with every request the browser
// makes recorded. The only requests allowed are the app's own files, from
// the test server, by their paths in the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startApp, waitSaved, NL } from './harness.mjs';
import { DIST } from '../bench/sizes.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Every file of the release build, as a path on the server. */
function ownFiles(dir = DIST, prefix = '/') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory()
    ? ownFiles(join(dir, e.name), `${prefix}${e.name}/`)
    : [`${prefix}${e.name}`]));
}

test('a whole session makes no request but for the app\'s own files', async () => {
  const own = new Set(['/', ...ownFiles()]);
  const context = await app.browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const requests = [];
  // Every request of every page and worker in the context, whatever its kind.
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), type: r.resourceType() }));
  const sockets = [];
  const page = await context.newPage();
  page.on('websocket', (w) => sockets.push(w.url()));
  page.on('dialog', (d) => d.accept());
  const dir = mkdtempSync(join(tmpdir(), 'kt-leaves-'));
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: NL.start_new }).click();
    await page.getByLabel(NL.household_name).fill('Familie Thuis');
    await page.getByRole('button', { name: NL.member_add, exact: true }).click();
    await page.keyboard.type('Samira');
    await page.getByRole('button', { name: NL.household_continue }).click();
    await page.getByRole('button', { name: 'Werk en meedoen' }).click();
    await page.locator('#work-going-well').fill('Samira helpt in de buurthuiskeuken');
    await waitSaved(page);
    const finish = page.getByRole('button', { name: NL.domain_finish });
    while (!(await finish.count())) await page.getByRole('button', { name: NL.nav_next }).click();
    await finish.click();
    await page.waitForSelector('.kt-task-list');
    await page.getByRole('button', { name: NL.check_title, exact: true }).click();
    await page.getByRole('button', { name: NL.check_to_plan }).click();
    await page.waitForSelector('.kt-plan-screen__document .kt-plan');

    await page.pdf({ path: join(dir, 'plan.pdf'), format: 'A4' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: NL.plan_download_html, exact: true }).click(),
    ]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);

    await page.getByRole('button', { name: NL.nav_to_start }).click();
    await page.setInputFiles('#import-file', file);
    await page.waitForSelector('#import-question');
    await page.getByRole('button', { name: NL.import_keep_both }).click();
    await page.waitForSelector('h1:has-text("Het gesprek met")');
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const origin = new URL(app.url).origin;
  const foreign = requests.filter((r) => !r.url.startsWith('blob:') && !r.url.startsWith('data:')
    && (new URL(r.url).origin !== origin || !own.has(new URL(r.url).pathname) || r.method !== 'GET'));
  assert.deepEqual(foreign, [], 'requests that are not the app\'s own files');
  assert.deepEqual(sockets, []);
  // The session did load the app (the recording works).
  assert.ok(requests.some((r) => r.url.endsWith('.wasm')), JSON.stringify(requests));
});
