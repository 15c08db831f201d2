// "Opgeslagen" means on disk (issue 15 item 1): the browser process is
// killed with SIGKILL (as by a power cut or a force-quit) one second after
// the status said saved, started again on the same profile, and the text
// must be there. Also while someone types without a pause: saving has a
// maximum wait. Each test launches its own Chromium with its own profile
// (Playwright's persistent context, a child of this process) and kills
// only that process, found by its parent (this process) and its profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, NL, serve, waitSaved } from './harness.mjs';

const RUNS = Number(process.env.KT_KILL_RUNS ?? 10);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let server;
// A Chromium killed with SIGKILL cannot remove its temporary "scoped"
// directories (~100 MB each, ten and more per run): they go into a
// directory of this file's own, removed when it ends.
const chromeTmp = mkdtempSync(join(tmpdir(), 'kt-durable-chromium-'));
before(async () => { server = await serve(); });
after(async () => {
  await server?.close();
  rmSync(chromeTmp, { recursive: true, force: true });
});

/** The Chromium browser process Playwright started for `profile`: a child
 * of this Node process whose command line names that profile. */
function browserPid(profile) {
  const own = String(process.pid);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      if (ppid !== own) continue;
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmd.includes(`--user-data-dir=${profile}`)) return Number(entry);
    } catch { /* the process ended meanwhile */ }
  }
  return undefined;
}

const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };

/** Chromium on `profile`, with a function that kills it with SIGKILL. */
async function open(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    env: { ...process.env, TMPDIR: chromeTmp },
  });
  const pid = browserPid(profile);
  assert.ok(pid, 'the browser process of this profile was not found');
  const page = context.pages()[0] ?? await context.newPage();
  const kill = async () => {
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 100 && alive(pid); i++) await sleep(50);
    await context.close().catch(() => {});
  };
  const close = async () => {
    await context.close().catch(() => {});
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  };
  return { page, kill, close };
}

/** What the reopened app shows of the household's name: the open draft is
 * reopened on its last screen; the name field is there or one click away. */
async function nameAfterRestart(profile) {
  const chrome = await open(profile);
  try {
    const { page } = chrome;
    await page.goto(server.url);
    await page.waitForSelector('.kt-app h1');
    if (!(await page.locator('#household-name').count())) return null;
    return await page.inputValue('#household-name');
  } finally {
    await chrome.close();
  }
}

async function startTyping(page) {
  await page.goto(server.url);
  await page.getByRole('button', { name: NL.start_new }).click();
  await page.waitForSelector('#household-name');
}

test(`killed 1 s after "saved", the text is there (${RUNS} runs)`, async () => {
  const lost = [];
  for (let run = 0; run < RUNS; run++) {
    const profile = mkdtempSync(join(tmpdir(), 'kt-kill-'));
    const chrome = await open(profile);
    try {
      await startTyping(chrome.page);
      const name = `Familie Kill ${run}`;
      await chrome.page.locator('#household-name').fill(name);
      await waitSaved(chrome.page);
      await sleep(1000);
      await chrome.kill();
      const after = await nameAfterRestart(profile);
      if (after !== name) lost.push(`run ${run}: ${JSON.stringify(after)}`);
    } finally {
      await chrome.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  console.log(`kill 1 s after saved: ${RUNS - lost.length} of ${RUNS} kept`);
  assert.deepEqual(lost, [], 'text shown as saved was lost');
});

test('typing a key every 150 ms for 8 s and killed while typing: all but the last 2 s are there', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'kt-kill-'));
  const chrome = await open(profile);
  try {
    await startTyping(chrome.page);
    await chrome.page.locator('#household-name').focus();
    let typed = '';
    const started = Date.now();
    for (let i = 0; Date.now() - started < 8000; i++) {
      const key = 'abcdefghijklmnopqrstuvwxyz'[i % 26];
      await chrome.page.keyboard.type(key);
      typed += key;
      await sleep(150);
    }
    // No pause: the debounce alone would never have saved.
    await chrome.kill();
    const after = (await nameAfterRestart(profile)) ?? '';
    const perKey = 8000 / typed.length;
    console.log(`killed while typing: ${after.length} of ${typed.length} characters kept`);
    assert.ok(typed.startsWith(after), `kept text is not what was typed: ${after}`);
    assert.ok(typed.length - after.length <= Math.ceil(2000 / perKey),
      `lost ${typed.length - after.length} characters (more than 2 s of typing)`);
  } finally {
    await chrome.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('typing a key every 150 ms for 8 s, killed 1 s after the last key: all of it is there', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'kt-kill-'));
  const chrome = await open(profile);
  try {
    await startTyping(chrome.page);
    const field = chrome.page.locator('#household-name');
    await field.focus();
    let typed = '';
    const started = Date.now();
    for (let i = 0; Date.now() - started < 8000; i++) {
      const key = 'abcdefghijklmnopqrstuvwxyz'[i % 26];
      await chrome.page.keyboard.type(key);
      typed += key;
      await sleep(150);
    }
    await sleep(1000);
    await chrome.kill();
    const after = (await nameAfterRestart(profile)) ?? '';
    console.log(`steady typing: ${after.length} of ${typed.length} characters kept`);
    assert.ok(typed.startsWith(after), `kept text is not what was typed: ${after}`);
    assert.equal(after, typed);
  } finally {
    await chrome.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
