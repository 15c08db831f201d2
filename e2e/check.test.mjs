// "Alles nog eens bekijken" shows all the plan will show (issue 12 item 6):
// the contact person with organisation and phone, network people and
// organisations with how to reach them, agreements with who, for whom and
// by when; a life area put off says "Voor later" once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, NL } from './harness.mjs';

const typical = JSON.parse(readFileSync(new URL('../tests/fixtures/typical.json', import.meta.url), 'utf8'));

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const squash = (s) => s.replace(/\s+/g, ' ');
const count = (text, word) => text.split(word).length - 1;

test('the check page shows the people, their contact and each agreement\'s who, for whom and when; a put-off area reads "Voor later" once', async () => {
  app.errors.length = 0;
  const page = await app.newPage();
  try {
    // Typical, with safety put off ("Nu niet") and nothing in it.
    const household = structuredClone(typical);
    household.domains = household.domains.map((d) => (d.domain === 'safety' ? { domain: 'safety', status: 'skipped' } : d));
    for (const a of household.assessments) a.rungs = a.rungs.filter((r) => r.domain !== 'safety');
    household.agreements = household.agreements.filter((a) => a.domain !== 'safety');
    // One agreement for a child, carried by a parent.
    const eldest = household.household.members.at(-1);
    const forChild = household.agreements.find((a) => a.carriers[0].kind === 'member');
    forChild.for_members = [eldest.id];
    await page.setInputFiles('#import-file', { name: 'later.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(household)) });
    await page.waitForSelector('h1:has-text("Het gesprek met")');
    await page.getByRole('button', { name: NL.check_title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: NL.check_title }).waitFor();
    const check = squash(await page.locator('.kt-screen').textContent());

    const c = household.household.contact;
    for (const part of [c.name, c.organisation, c.reach]) assert.ok(check.includes(part), `contact person: ${part}`);
    for (const p of household.network) {
      for (const part of [p.name, p.relation, p.helps_with]) assert.ok(check.includes(part), `network: ${part}`);
    }
    for (const p of household.professionals) {
      for (const part of [p.organisation, p.role, p.contact]) assert.ok(check.includes(part), `organisation: ${part}`);
    }
    // Who, for whom and by when, as the plan says them.
    const domijn = household.agreements.find((a) => a.carriers[0].kind === 'professional' && a.carriers[0].id === 8 && a.by_when === '2024-03-01');
    // Typed text inside the page's sentences is isolated (FSI … PDI).
    const iso = (s) => `\u2068${s}\u2069`;
    assert.ok(check.includes(`${iso(domijn.what)} (wie: ${iso('Domijn')}; wanneer: 1 maart 2024)`), 'who and when');
    const carrier = household.household.members.find((m) => m.id === forChild.carriers[0].id).name;
    assert.ok(check.includes(`${iso(forChild.what)} (wie: ${iso(carrier)}; voor ${iso(eldest.name)}`), 'for whom');

    // The put-off area: its name, "Voor later" once, no row of "Niet ingevuld".
    const later = page.locator('.kt-check__later');
    assert.equal(await later.count(), 1);
    assert.equal(count(check, NL.check_later), 1, '"Voor later" once');
    const safety = page.getByRole('heading', { level: 2, name: 'Veiligheid' });
    assert.equal(await safety.count(), 1);
    assert.equal(await later.locator('.kt-hint').textContent(), NL.check_later_hint);
    assert.ok(!(await later.textContent()).includes(NL.check_not_filled));

    // Its change button opens the area.
    await later.getByRole('button', { name: `${NL.check_change} Veiligheid`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Veiligheid/ }).waitFor();
    assert.deepEqual(app.errors, []);
  } finally {
    await page.context().close();
  }
});
