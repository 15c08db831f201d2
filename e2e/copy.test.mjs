// A copy for an organisation (issue 12 item 8): its share line counts only
// the agreements in the copy and can be left out; household members can be
// left out, and then their name is nowhere in the copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startApp, NL } from './harness.mjs';

const OUT = new URL('./out/', import.meta.url).pathname;
const typical = JSON.parse(readFileSync(new URL('../tests/fixtures/typical.json', import.meta.url), 'utf8'));
const squash = (s) => s.replace(/\s+/g, ' ');

let app;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await startApp();
});
after(async () => { await app?.close(); });

/** The total of the share line ("3 van de 7 (43%)" → 7) in a document. */
const shareTotal = async (page) => Number(/\d+ van de (\d+)/.exec(squash(await page.locator('.kt-plan__share').first().textContent()))[1]);

async function downloadCopy(page, as) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: NL.plan_copy_download, exact: true }).click(),
  ]);
  const path = join(OUT, as);
  await dl.saveAs(path);
  return { path, text: readFileSync(path, 'utf8') };
}

async function open(path) {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pathToFileURL(path).href);
  return { page, close: () => context.close() };
}

test('a copy counts only its own agreements, can leave out the share and a child, whose name is then nowhere in it', async () => {
  app.errors.length = 0;
  const page = await app.newPage();
  try {
    // The youngest gets a name no one typed in a text, carries one
    // agreement and another is for them.
    const household = structuredClone(typical);
    const child = household.household.members.find((m) => m.id === 4);
    child.name = 'Noortje';
    household.agreements.push(
      { id: 90, what: 'Zelf de tas inpakken', carriers: [{ kind: 'member', id: 4 }], by_when: 'elke dag', domain: 'work', status: 'agreed', created: '2024-06-03', review_note: '' },
      { id: 91, what: 'Naar de zwemles brengen', carriers: [{ kind: 'member', id: 1 }], for_members: [4], by_when: 'woensdag', domain: 'health', status: 'agreed', created: '2024-06-03', review_note: '' },
    );
    household.next_id = 92;
    await page.setInputFiles('#import-file', { name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(household)) });
    await page.waitForSelector('h1:has-text("Het gesprek met")');
    await page.getByRole('button', { name: NL.plan_title, exact: true }).click();
    await page.waitForSelector('.kt-plan-screen__document .kt-plan');
    const fullTotal = await shareTotal(page);
    assert.ok(squash(await page.textContent('.kt-plan-screen__document')).includes('Noortje'));

    // 1. One topic left out: the share counts only what the copy lists.
    const box = page.locator('section[aria-labelledby="plan-copy-title"]');
    await box.getByLabel('Geld').uncheck();
    const first = await downloadCopy(page, 'copy-without-money.html');
    let doc = await open(first.path);
    try {
      const total = await shareTotal(doc.page);
      assert.ok(total < fullTotal, `the copy's share counts ${total}, not the full plan's ${fullTotal}`);
      const rows = await doc.page.locator('.kt-plan__all-agreements tbody tr:not(:first-child)').count();
      assert.ok(total <= rows, `no more counted (${total}) than listed (${rows})`);
    } finally {
      await doc.close();
    }

    // 2. The share and the child left out too.
    await box.getByRole('checkbox', { name: NL.plan_section_share, exact: true }).uncheck();
    const members = box.getByRole('group', { name: NL.plan_copy_members });
    await members.getByRole('checkbox', { name: 'Noortje', exact: true }).uncheck();
    const second = await downloadCopy(page, 'copy-without-child.html');
    assert.ok(!second.text.includes('Noortje'), 'the child\'s name is nowhere in the file');
    doc = await open(second.path);
    try {
      assert.equal(await doc.page.locator('.kt-plan__share').count(), 0, 'no share line');
      const text = squash(await doc.page.textContent('body'));
      const notice = squash(await doc.page.textContent('.kt-plan__partial'));
      assert.match(notice, /Wie doet de afspraken/);
      assert.match(notice, /Gezinsleden die niet in deze kopie staan: 1/);
      assert.ok(text.includes('Zelf de tas inpakken'), 'their agreement stays');
      assert.ok(text.includes('een gezinslid (niet in deze kopie)'), 'carried by "a household member"');
      assert.ok(text.includes('Naar de zwemles brengen'));
    } finally {
      await doc.close();
    }
    assert.deepEqual(app.errors, []);
  } finally {
    await page.context().close();
  }
});
