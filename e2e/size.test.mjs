// First-load budget (issue 6): everything index.html makes the browser
// download, compressed as a static host serves it, must stay within
// 100 KB brotli and 130 KB gzip. Byte size is deterministic, so unlike the
// timings in `./run bench` this is a test. Reads the release build in dist/
// that scripts/e2e.sh has just made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, DIST, kb, measure } from '../bench/sizes.mjs';

const { rows, total } = measure();
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const detail = rows.map((r) => `${r.file}: ${kb(r.raw)} raw, ${kb(r.gzip)} gzip, ${kb(r.brotli)} brotli`).join('\n');

test('index.html loads the css, the js glue and the wasm, with preload hints', () => {
  const names = rows.map((r) => r.file);
  const js = names.find((f) => f.endsWith('.js'));
  const wasm = names.find((f) => f.endsWith('.wasm'));
  assert.ok(wasm, `no wasm among ${names}`);
  assert.ok(js, `no js among ${names}`);
  assert.ok(names.some((f) => f.endsWith('.css')), `no css among ${names}`);
  // Without the hints, html -> js -> wasm costs a round trip each on a slow
  // connection (issue 6).
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(html, new RegExp(`<link rel="modulepreload" href="/?${esc(js)}"`));
  assert.match(html, new RegExp(`<link rel="preload" href="/?${esc(wasm)}"[^>]*as="fetch"`));
});

// The budget is not met yet (see docs/performance.md: about 2.4x over, and
// what it would take). These two run and print the gap on every run, marked
// TODO so they do not hide other failures; remove the `todo` once met.
const UNMET = 'budget not met yet: see docs/performance.md';

test(`first load is at most ${kb(BUDGET.brotli)} brotli`, { todo: UNMET }, () => {
  assert.ok(total.brotli <= BUDGET.brotli,
    `first load is ${kb(total.brotli)} brotli, over the ${kb(BUDGET.brotli)} budget by ${kb(total.brotli - BUDGET.brotli)}\n${detail}`);
});

test(`first load is at most ${kb(BUDGET.gzip)} gzip`, { todo: UNMET }, () => {
  assert.ok(total.gzip <= BUDGET.gzip,
    `first load is ${kb(total.gzip)} gzip, over the ${kb(BUDGET.gzip)} budget by ${kb(total.gzip - BUDGET.gzip)}\n${detail}`);
});

// Until the budget is met, the size may not grow: the ceiling is the size
// measured when this was written (244.9 KB brotli, 310.6 KB gzip) plus a
// few percent for ordinary work. Lower it as the size comes down.
const CEILING = { brotli: 258_000, gzip: 327_000 };

test('first load does not grow past the recorded ceiling', () => {
  assert.ok(total.brotli <= CEILING.brotli && total.gzip <= CEILING.gzip,
    `first load is ${kb(total.brotli)} brotli / ${kb(total.gzip)} gzip, over the ceiling of ${kb(CEILING.brotli)} / ${kb(CEILING.gzip)}\n${detail}`);
});
