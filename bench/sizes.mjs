// First-load bytes: every file the browser downloads to show the app from
// dist/index.html (the page itself, the stylesheets, the JS glue and the
// wasm), raw and compressed the way a static host serves them (gzip -9,
// brotli quality 11). Shared by the size test (e2e/size.test.mjs) and the
// benchmark (bench/run.mjs). Byte sizes are deterministic for one build.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// KT_DIST points at another build, as in e2e/harness.mjs.
export const DIST = process.env.KT_DIST
  ? `${resolve(process.env.KT_DIST)}/`
  : new URL('../dist/', import.meta.url).pathname;

/** Budgets from issue 6, in bytes (1 KB = 1000 bytes, the stricter reading). */
export const BUDGET = { brotli: 100_000, gzip: 130_000 };

/** The files index.html makes the browser fetch (itself first). */
export function firstLoadFiles(dist = DIST) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = ['index.html'];
  const add = (ref) => {
    if (!ref || /^(data:|https?:|\/\/)/.test(ref)) return;
    const name = ref.replace(/^\.?\//, '').split(/[?#]/)[0];
    if (name && !files.includes(name)) files.push(name);
  };
  // <link href> (stylesheets, modulepreload, preload) and <script src>.
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /rel="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (/stylesheet|modulepreload|preload/.test(rel)) add(/href="([^"]*)"/.exec(m[0])?.[1]);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) add(m[1]);
  // Trunk's inline loader: import ... from '/x.js'; init({ module_or_path: '/x_bg.wasm' }).
  for (const m of html.matchAll(/(?:from|module_or_path:)\s*['"]([^'"]+)['"]/g)) add(m[1]);
  return files;
}

/** Raw, gzip and brotli size of each first-load file, plus the total. */
export function measure(dist = DIST) {
  const rows = firstLoadFiles(dist).map((file) => {
    const body = readFileSync(join(dist, file));
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    };
  });
  const total = { file: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) {
    total.raw += r.raw;
    total.gzip += r.gzip;
    total.brotli += r.brotli;
  }
  return { rows, total };
}

export const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

// `node bench/sizes.mjs` prints the table on its own (no browser needed).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, total } = measure();
  for (const r of [...rows, total]) {
    console.log(`${r.file.padEnd(40)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} ${kb(r.brotli).padStart(10)}`);
  }
}
