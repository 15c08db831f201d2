// Native controls in the app's language and right to left (issue 13): the
// file picker is a labelled button over a hidden file input, dates are
// typed as day / month / year with messages naming the field, a domain
// page with `dir="rtl"` on the component root is drawn mirrored without
// sideways scrolling, and typed text sits isolated in the DOM.
//
// Until the Arabic locale is merged, right to left is set on the
// component root by the test (what the language switcher will do).
// Screenshots go to e2e/out/ (ignored by git).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { startApp, NL } from './harness.mjs';
import { axeViolations } from './axe.mjs';

const OUT = new URL('./out/', import.meta.url).pathname;
const typical = JSON.parse(readFileSync(new URL('../tests/fixtures/typical.json', import.meta.url), 'utf8'));

let app;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await startApp();
});
after(async () => { await app?.close(); });

const withPage = (body) => app.withPage(body);

async function open(page, household) {
  const buffer = Buffer.from(JSON.stringify(household));
  await page.setInputFiles('#import-file', { name: 'plan.json', mimeType: 'application/json', buffer });
  await page.waitForSelector('.kt-task-list');
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('the file picker is a button in the app\'s language, opened by the keyboard, and names the chosen file', () => withPage(async (page) => {
  const button = page.locator('.kt-import__button');
  assert.equal((await button.textContent()).trim(), NL.import_label);
  // One control for a screen reader: the file input, named by the label.
  const input = page.getByLabel(NL.import_label);
  assert.equal(await input.count(), 1);
  assert.equal(await input.evaluate((e) => `${e.tagName}:${e.type}`), 'INPUT:file');
  // The browser's own control ("Choose File") is not drawn.
  const box = await page.locator('#import-file').boundingBox();
  assert.ok(box.width <= 1 && box.height <= 1, `hidden input ${JSON.stringify(box)}`);
  // Keyboard: Tab reaches it, the focus shows on the button, Enter opens the picker.
  for (let i = 0; i < 30 && (await focusedId(page)) !== 'import-file'; i++) await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'import-file');
  assert.notEqual(await button.evaluate((e) => getComputedStyle(e).outlineStyle), 'none', 'focus ring on the button');
  const name = 'خطة (de Vries, Jan).json';
  // Listen first, and let one round trip pass so the browser intercepts
  // the picker before the key is pressed.
  const opened = page.waitForEvent('filechooser');
  assert.equal(await focusedId(page), 'import-file');
  await page.keyboard.press('Enter');
  const chooser = await opened;
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from('{"not": "a plan"}') });
  const chosen = page.getByTestId('import-chosen');
  await chosen.waitFor();
  assert.ok((await chosen.textContent()).startsWith(NL.import_chosen));
  // The name as the device has it, isolated from the sentence around it.
  assert.equal(await chosen.locator('bdi').textContent(), name);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(app.errors, []);
}));

test('a date is typed as day, month and year by keyboard; a wrong one is named with its field', () => withPage(async (page) => {
  const household = structuredClone(typical);
  household.co_ownership.review_date = '';
  await open(page, household);
  await page.getByRole('button', { name: NL.plan_title, exact: true }).click();
  await page.waitForSelector('.kt-plan-screen__document .kt-plan');
  const review = page.getByRole('group', { name: NL.plan_review_date });
  for (const label of [NL.date_day, NL.date_month, NL.date_year]) {
    assert.equal(await review.getByLabel(label, { exact: true }).getAttribute('inputmode'), 'numeric', label);
  }
  assert.equal(await page.locator('input[type=date]').count(), 0, 'no browser date picker');
  const error = page.locator('#plan-review-date-error');
  const plan = page.locator('.kt-plan-screen__document');
  // Start on the day field; from there on only the keyboard.
  await page.focus('#plan-review-date');
  await page.keyboard.type('31');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2027');
  assert.equal(await error.count(), 0, 'no message while typing');
  await page.keyboard.press('Tab'); // leaves the three fields
  await error.waitFor();
  assert.ok((await error.textContent()).includes(NL.date_error_not_real.replace('{field}', NL.plan_review_date)));
  assert.equal(await page.getAttribute('#plan-review-date', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#plan-review-date-month', 'aria-invalid'), null);
  assert.match(await review.getAttribute('aria-describedby'), /plan-review-date-error/);
  assert.deepEqual(await axeViolations(page), []);
  // Back to the day (Tab selects what is in a field): put right, the message goes.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedId(page), 'plan-review-date');
  await page.keyboard.type('28');
  await error.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('.kt-plan-screen__document').textContent.includes('28 februari 2027'));
  // A year taken away: the plan shows no date, leaving says which part is missing.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await error.waitFor();
  assert.ok((await error.textContent()).includes(NL.date_error_missing_year.replace('{field}', NL.plan_review_date)));
  assert.ok(!(await plan.textContent()).includes('28 februari 2027'));
  assert.deepEqual(app.errors, []);
}));

/** Boxes of what carries direction on a ladder page. */
function ladderBoxes(page) {
  return page.evaluate(() => {
    const box = (e) => { const r = e.getBoundingClientRect(); return { x: r.x, right: r.right }; };
    const ladders = [...document.querySelectorAll('.kt-ladder > *')].slice(0, 2).map(box);
    const rung = document.querySelector('.kt-ladder .kt-rung');
    return {
      ladders,
      radio: box(rung.querySelector('input')),
      label: box(rung.querySelector('label')),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

test('right to left: a domain page is drawn mirrored, without sideways scrolling, and axe finds nothing', () => withPage(async (page) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  await open(page, typical);
  await page.locator('.kt-task__link').nth(2).click();
  while (!(await page.locator('.kt-ladder').count())) await page.getByRole('button', { name: NL.nav_next }).click();
  const ltr = await ladderBoxes(page);
  await page.evaluate(() => document.querySelector('.kt-app').setAttribute('dir', 'rtl'));
  const rtl = await ladderBoxes(page);
  assert.ok(ltr.ladders.length === 2, 'now and wanted side by side');
  // Left to right "now" comes first on the left; right to left on the right.
  assert.ok(ltr.ladders[0].x < ltr.ladders[1].x, JSON.stringify(ltr.ladders));
  assert.ok(rtl.ladders[0].x > rtl.ladders[1].x, JSON.stringify(rtl.ladders));
  // The radio stands before its words: left of them, or right of them.
  assert.ok(ltr.radio.right <= ltr.label.x, JSON.stringify(ltr));
  assert.ok(rtl.radio.x >= rtl.label.right, JSON.stringify(rtl));
  assert.ok(rtl.overflow <= 0, `sideways scroll ${rtl.overflow}px`);
  await page.screenshot({ path: `${OUT}rtl-domain.png`, fullPage: true });
  assert.deepEqual(await axeViolations(page), []);
  // On a phone too.
  await page.setViewportSize({ width: 320, height: 640 });
  assert.ok((await ladderBoxes(page)).overflow <= 0, 'no sideways scroll at 320 px');
  assert.deepEqual(app.errors, []);
}));

test('typed text is isolated: a Dutch name with punctuation inside right-to-left text, and the reverse', () => withPage(async (page) => {
  const household = structuredClone(typical);
  const dutch = 'de Vries, Jan (jr.)';
  const arabic = 'عائلة العمراني';
  household.household.display_name = arabic;
  household.household.members[0].name = dutch;
  await open(page, household);
  await page.evaluate(() => document.querySelector('.kt-app').setAttribute('dir', 'rtl'));
  // The heading is one string (also the page title): isolated as characters.
  assert.ok((await page.locator('h1').textContent()).includes(`\u2068${arabic}\u2069`));
  // Every text node holding the name is inside <bdi> or dir="auto", or
  // (in a sentence built as one string) between FSI and PDI. Words that
  // are only spoken (visually hidden) need none: speech keeps the order.
  const unisolated = (root, name) => page.evaluate(([root, name]) => {
    const bad = [];
    const walk = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const text = n.textContent;
      if (!text.includes(name) || n.parentElement.closest('.kt-visually-hidden')) continue;
      const element = n.parentElement.closest('bdi, [dir="auto"]');
      if (!element && !text.includes(`\u2068${name}\u2069`)) bad.push(text.trim().slice(0, 80));
    }
    return { bad, seen: document.querySelector(root).textContent.includes(name) };
  }, [root, name]);
  // A member's own ladder on a domain page.
  await page.getByRole('button', { name: 'Werk en meedoen' }).click();
  while (!(await page.locator('.kt-ladder').count())) await page.getByRole('button', { name: NL.nav_next }).click();
  let r = await unisolated('.kt-app', dutch);
  assert.ok(r.seen, 'the name is on the domain page');
  assert.deepEqual(r.bad, [], 'domain page');
  // The check page and the plan (the same renderer as print and export).
  const finish = page.getByRole('button', { name: NL.domain_finish });
  while (!(await finish.count())) await page.getByRole('button', { name: NL.nav_next }).click();
  await finish.click();
  await page.waitForSelector('.kt-task-list');
  await page.getByRole('button', { name: NL.check_title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: NL.check_title }).waitFor();
  r = await unisolated('.kt-app', dutch);
  assert.ok(r.seen, 'the name is on the check page');
  assert.deepEqual(r.bad, [], 'check page');
  await page.getByRole('button', { name: NL.check_to_plan }).click();
  await page.waitForSelector('.kt-plan-screen__document .kt-plan');
  r = await unisolated('.kt-plan-screen__document', dutch);
  assert.ok(r.seen, 'the name is in the plan');
  assert.deepEqual(r.bad, [], 'plan');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(app.errors, []);
}));
