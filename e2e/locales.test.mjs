// Every language end to end (issue 13): a whole intake in Arabic by the
// keyboard alone, and in each of the six languages every screen passes axe,
// says its language and direction on `.kt-app`, and shows no text in
// another language's script (outside elements marked with their own lang).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, storedDraft, storedEntries, texts, waitSaved } from './harness.mjs';
import { axeViolations } from './axe.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];
const NATIVE = { nl: 'Nederlands', en: 'English', ar: 'العربية', tr: 'Türkçe', pl: 'Polski', uk: 'Українська' };
// A household name a person there might type, in the language's script.
const FAMILY = { nl: 'Familie Jansen', en: 'The Smith family', ar: 'عائلة سارة', tr: 'Yılmaz ailesi', pl: 'Rodzina Nowak', uk: 'Родина Шевченко' };
const ARABIC = /[\u0600-\u06FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]+/g;
// Latin words an Arabic or Ukrainian screen may show:
// the product's name and the file kinds (.html, .json) a plan is saved as.
const LATIN_ALLOWED = new Set(['Keukentafel', 'html', 'json', 'JSON']);

async function fresh() {
  const page = await app.newPage();
  await page.evaluate(() => localStorage.clear());
  return page;
}

async function choose(page, lang) {
  if (lang === 'nl') return;
  await page.locator(`.kt-header button[lang="${lang}"]`).click();
  await page.waitForFunction((l) => document.querySelector('.kt-app').lang === l, lang);
}

/** The text shown in the session's own language: text nodes whose nearest
 * `lang` is the app's (a language's own name in the switcher is not). */
function ownText(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.kt-app');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script,style,[hidden]')) continue;
      if (el.closest('[lang]') !== root) continue;
      if (!el.getClientRects().length) continue;
      out.push(n.textContent);
    }
    return out.join(' ');
  });
}

/** What is wrong with the screen for a session in `lang` (empty if nothing). */
async function screenFaults(page, lang, screen) {
  const faults = [];
  const at = `${lang} ${screen}`;
  for (const v of await axeViolations(page)) faults.push(`${at}: axe ${v}`);
  const { l, d } = await page.evaluate(() => {
    const a = document.querySelector('.kt-app');
    return { l: a.getAttribute('lang'), d: a.getAttribute('dir') };
  });
  if (l !== lang) faults.push(`${at}: .kt-app lang="${l}"`);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (d !== dir) faults.push(`${at}: .kt-app dir="${d}", expected ${dir}`);
  const text = await ownText(page);
  if (lang !== 'ar' && ARABIC.test(text)) faults.push(`${at}: Arabic letters: ${text.match(/\S*[\u0600-\u06FF]+\S*/g).slice(0, 5).join(' | ')}`);
  if (lang !== 'uk' && CYRILLIC.test(text)) faults.push(`${at}: Cyrillic letters: ${text.match(/\S*[\u0400-\u04FF]+\S*/g).slice(0, 5).join(' | ')}`);
  if (lang === 'ar' || lang === 'uk') {
    const latin = [...new Set(text.match(LATIN) ?? [])].filter((w) => !LATIN_ALLOWED.has(w));
    if (latin.length) faults.push(`${at}: Latin words: ${latin.slice(0, 8).join(' ')}`);
  }
  return faults;
}

for (const lang of LANGS) {
  test(`${lang}: every screen passes axe, says lang and dir, and shows only its own script`, async () => {
    const L = texts(lang);
    const page = await fresh();
    const faults = [];
    const check = async (screen) => faults.push(...(await screenFaults(page, lang, screen)));
    try {
      await choose(page, lang);
      await page.getByRole('button', { name: L.start_new }).waitFor();
      await check('start');
      await page.getByRole('button', { name: L.start_new }).click();
      await page.waitForSelector('#household-name');
      await page.locator('#household-name').fill(FAMILY[lang]);
      await check('household');
      await page.locator('.kt-screen > .kt-button-group .kt-button--primary').click();
      await page.waitForSelector('.kt-task-list');
      await check('tasks');
      await page.getByRole('button', { name: L.cat_work_name, exact: true }).click();
      await page.waitForSelector('.kt-caption');
      await page.locator('textarea[id$="-going-well"]').fill(FAMILY[lang]);
      await check('a domain');
      for (let step = 0; step < 8 && !(await page.locator('.kt-task-list').count()); step++) {
        const heading = await page.locator('h1').textContent();
        await page.locator('.kt-screen .kt-button--primary').last().click();
        await page.waitForFunction((old) => document.querySelector('.kt-task-list') || document.querySelector('h1')?.textContent !== old, heading);
      }
      await page.waitForSelector('.kt-task-list');
      await page.getByRole('button', { name: L.check_title, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: L.check_title }).waitFor();
      await check('check');
      await page.getByRole('button', { name: L.check_to_plan, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: L.plan_title }).waitFor();
      await check('plan');
      assert.deepEqual(faults, []);
      assert.deepEqual(app.errors, []);
    } finally {
      await page.context().close();
    }
  });
}

test('ar: a whole intake by the keyboard alone, and every answer is in the plan', async () => {
  const AR = texts('ar');
  const page = await fresh();
  try {
    const focused = () => page.evaluate(() => {
      const a = document.activeElement;
      return `${a.tagName.toLowerCase()}#${a.id}|${(a.textContent || '').trim().slice(0, 60)}`;
    });
    const tabTo = async (pattern, limit = 80) => {
      for (let i = 0; i < limit; i++) {
        if (pattern.test(await focused())) return;
        await page.keyboard.press('Tab');
      }
      assert.fail(`Tab never reached ${pattern}; focus is on ${await focused()}`);
    };
    const exact = (text) => new RegExp(`\\|${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

    await tabTo(exact(NATIVE.ar));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.kt-app').lang === 'ar');
    await tabTo(exact(AR.start_new));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#household-name');
    await tabTo(/household-name/);
    await page.keyboard.type('عائلة الكيبورد');
    await tabTo(exact(AR.member_add));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /member-\d+-name/.test(document.activeElement.id));
    await page.keyboard.type('سارة');
    await page.keyboard.press('Tab');
    await page.keyboard.type('أم');
    await tabTo(exact(AR.household_continue));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.kt-task-list');

    const domains = ['work', 'housing', 'finances', 'health', 'safety'];
    const wentWell = (n) => `يسير جيدًا ${n}`;
    const agreement = 'سارة تتصل بمكتب العمل يوم الاثنين';
    for (const [n, id] of domains.entries()) {
      await tabTo(exact(AR[`cat_${id}_name`]));
      await page.keyboard.press('Enter');
      await page.waitForSelector('.kt-caption');
      for (let step = 0; step < 8; step++) {
        const heading = await page.locator('h1').textContent();
        if (await page.locator('textarea[id$="-going-well"]').count()) {
          await tabTo(/textarea#.*-going-well/);
          await page.keyboard.type(wentWell(n));
        }
        if (await page.locator('.kt-ladder').count()) {
          await tabTo(/input#.*-ladder-now-\d/);
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('ArrowDown');
        }
        if (n === 0 && (await page.locator('.kt-agreements').count())) {
          await tabTo(exact(AR.agreement_add));
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => /agreement-\d+-what/.test(document.activeElement.id));
          await page.keyboard.type(agreement);
          await page.keyboard.press('Tab');
          assert.match(await focused(), /select#agreement-\d+-who/);
          await page.keyboard.press('ArrowDown');
        }
        await tabTo(new RegExp(`\\|(${AR.nav_next}|${AR.domain_finish})$`));
        const last = (await focused()).endsWith(AR.domain_finish);
        await page.keyboard.press('Enter');
        if (last) break;
        await page.waitForFunction((old) => document.querySelector('h1')?.textContent !== old, heading);
      }
      await page.waitForSelector('.kt-task-list');
    }

    await tabTo(exact(AR.check_title));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: AR.check_title }).waitFor();
    await tabTo(exact(AR.check_to_plan), 400);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: AR.plan_title }).waitFor();

    const plan = await page.locator('.kt-app').innerText();
    for (const answer of ['عائلة الكيبورد', 'سارة', agreement, ...domains.map((_, n) => wentWell(n))]) {
      assert.ok(plan.includes(answer), `the plan shows "${answer}"`);
    }
    await waitSaved(page);
    // Drafts live in IndexedDB; "saved" means written there.
    const saved = await storedDraft(page);
    assert.ok(saved, `a stored draft; keys: ${Object.keys(await storedEntries(page)).join(', ')}`);
    assert.deepEqual(saved.domains.map((d) => d.status), Array(5).fill('done'));
    const rungs = saved.assessments.at(-1).rungs;
    for (const id of domains) {
      assert.ok(rungs.find((x) => x.domain === id)?.now?.rung, `a rung chosen by keyboard for ${id}`);
    }
    assert.deepEqual(saved.agreements[0].carriers, [{ kind: 'member', id: saved.household.members[0].id }]);
    assert.deepEqual(app.errors, []);
  } finally {
    await page.context().close();
  }
});
