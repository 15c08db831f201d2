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

test(`first load is at most ${kb(BUDGET.brotli)} brotli`, () => {
  assert.ok(total.brotli <= BUDGET.brotli,
    `first load is ${kb(total.brotli)} brotli, over the ${kb(BUDGET.brotli)} budget by ${kb(total.brotli - BUDGET.brotli)}\n${detail}`);
});

test(`first load is at most ${kb(BUDGET.gzip)} gzip`, () => {
  assert.ok(total.gzip <= BUDGET.gzip,
    `first load is ${kb(total.gzip)} gzip, over the ${kb(BUDGET.gzip)} budget by ${kb(total.gzip - BUDGET.gzip)}\n${detail}`);
});
