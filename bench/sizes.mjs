// First-load bytes: every file the browser downloads to show the first
// screen from dist/index.html (the page itself, the stylesheets, the start
// script and every module it imports statically, the first part of the
// wasm), raw and compressed the way a static host serves them (gzip -9,
// brotli quality 11); and, apart, the wasm chunks fetched later, when an
// intake is opened (see src/ui/lazy.rs). Shared by the size test
// (e2e/size.test.mjs) and the benchmark (bench/run.mjs). Byte sizes are
// deterministic for one build. e2e/size.test.mjs also checks, in Chromium,
// that the first screen fetches exactly these files.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// KT_DIST points at another build, as in e2e/harness.mjs.
export const DIST = process.env.KT_DIST
  ? `${resolve(process.env.KT_DIST)}/`
  : new URL('../dist/', import.meta.url).pathname;

/** Budgets from issue 6, in bytes (1 KB = 1000 bytes, the stricter reading);
 *  `intake`: everything a complete intake downloads, brotli (issue 14). */
export const BUDGET = { brotli: 100_000, gzip: 130_000, intake: 160_000 };

/** What the size test holds a complete intake to until BUDGET.intake is
 *  reached: the figure reached and a few KB of headroom, so it can only
 *  shrink from here. Lower it when a change cuts bytes (a serde-free
 *  format). History: 317.2 KB (issue 14's prefetch, 2026-11-23); 388.4 KB
 *  with the six languages and the IndexedDB store; 413.7 KB with the lock,
 *  quick exit and remove; cut back by the merge without `to_value` and
 *  sorts (docs/performance.md) and grown by revisions: now 385.9 KB in
 *  Dutch and 395.6 KB in Ukrainian (the largest other language, with its
 *  two chunks), end of 2026-11-23; 389.6 / 400.2 KB in the fourth session,
 *  after a refused file's places and the web team's messages in all six
 *  languages (+72 texts each), the newer-version notice and the focus
 *  fixes; in the fifth: −0.5 KB after the plan file's envelope lost its
 *  `#[serde(flatten)]` (docs/performance.md, "Where the chunk's brotli
 *  bytes go"), +2.8 KB with the household screen built in two steps
 *  (`AfterPaint`: −40 ms of a tap at 4× CPU), +4.1 KB with two tabs and a
 *  removed household (the removal notice in six languages; a locked
 *  draft's record heard from another tab opened and merged; an orphaned
 *  side stored again), ≈ +6 KB with the check of a theme's colour
 *  contrast (src/ui/contrast.rs) and the a11y announcements:
 *  398.6 / 409.2 KB merged. */
export const INTAKE_LIMIT = 411_000;

/** The files the first screen makes the browser fetch (index.html first). */
export function firstLoadFiles(dist = DIST) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = ['index.html'];
  const add = (ref, from = '') => {
    if (!ref || /^(data:|https?:|\/\/)/.test(ref)) return;
    const name = posix.normalize(posix.join(from, ref.split(/[?#]/)[0])).replace(/^\//, '');
    if (files.includes(name)) return;
    files.push(name);
    // A module's static imports load with it (the wasm-bindgen glue
    // imports the split loader); dynamic ones (chunks) do not.
    if (name.endsWith('.js')) {
      const code = readFileSync(join(dist, name), 'utf8');
      for (const m of code.matchAll(/^\s*import\b[^'"()]*['"](\.{1,2}\/[^'"]+)['"]/gm)) add(m[1], dirname(name));
    }
  };
  // <link href> (stylesheets, modulepreload, preload) and <script src>.
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /rel="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (/stylesheet|modulepreload|preload/.test(rel)) add(/href="([^"]*)"/.exec(m[0])?.[1]);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) add(m[1]);
  return files;
}

/**
 * What a host page that embeds Keukentafel fetches for its first screen:
 * the loader, the glue (and its static imports), the wasm's first part and
 * the embed stylesheet, as the loader names them.
 */
export function embedFirstLoadFiles(dist = DIST) {
  const loader = readFileSync(join(dist, 'keukentafel-embed.js'), 'utf8');
  const folder = /\.\/(app-[0-9a-f]+)\//.exec(loader)[1];
  // The names the loader fetches (strings survive minifying).
  const named = ['keukentafel.js', 'keukentafel_bg.wasm', 'keukentafel-embed.css'];
  for (const n of named) if (!loader.includes(`"${n}"`) && !loader.includes(`'${n}'`)) throw new Error(`the loader names no ${n}`);
  const files = ['keukentafel-embed.js'];
  const add = (name) => {
    if (files.includes(name)) return;
    files.push(name);
    if (name.endsWith('.js')) {
      const code = readFileSync(join(dist, name), 'utf8');
      for (const m of code.matchAll(/^\s*import\b[^'"()]*['"](\.{1,2}\/[^'"]+)['"]/gm)) add(posix.join(dirname(name), m[1]));
    }
  };
  for (const n of named) add(`${folder}/${n}`);
  return files;
}

/** Every other file of the build: the chunks, fetched when first needed. */
export function laterFiles(dist = DIST) {
  const first = new Set(firstLoadFiles(dist));
  const all = [];
  const walk = (dir) => {
    for (const e of readdirSync(join(dist, dir), { withFileTypes: true })) {
      const name = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(name);
      else all.push(name);
    }
  };
  walk('');
  return all.filter((f) => !first.has(f)).sort();
}

/** Every language but Dutch (Dutch is in the first load): src/ui/locales.rs. */
export const LOCALES = ['en', 'ar', 'tr', 'pl', 'uk'];

/** A language's two chunks (first-screen texts, then the rest). */
export function localeChunks(dist = DIST, code) {
  const later = laterFiles(dist);
  return [`split_locale_${code}.wasm`, `split_locale_${code}_rest.wasm`].map((name) => {
    const file = later.find((f) => f.endsWith(`/${name}`));
    if (!file) throw new Error(`no ${name} in ${dist}`);
    return file;
  });
}

/** The intake's chunks: every chunk but the languages'. */
export function intakeChunks(dist = DIST) {
  return laterFiles(dist).filter((f) => f.endsWith('.wasm') && !/\/split_locale_/.test(f)).sort();
}

/**
 * The first load in each language besides Dutch: the first load and that
 * language's first-screen chunk (`split_locale_<code>.wasm`), which the
 * app fetches before it shows the first screen in it; and the language's
 * second chunk (the intake's texts), fetched when an intake opens.
 */
export function localeFirstLoads(dist = DIST) {
  const first = sizes(dist, firstLoadFiles(dist));
  const later = laterFiles(dist);
  return LOCALES.map((code) => {
    const find = (name) => later.find((f) => f.endsWith(`/${name}`));
    const [chunk, rest] = sizes(dist, [find(`split_locale_${code}.wasm`), find(`split_locale_${code}_rest.wasm`)]).rows;
    const total = { file: `first load in ${code}`, raw: first.total.raw + chunk.raw, gzip: first.total.gzip + chunk.gzip, brotli: first.total.brotli + chunk.brotli };
    return { code, chunk, rest, total };
  });
}

const sizes = (dist, files) => {
  const rows = files.map((file) => {
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
};

/** Raw, gzip and brotli size of each first-load file, plus the total;
 *  `later` the same for the files fetched when an intake opens. */
export function measure(dist = DIST) {
  return {
    ...sizes(dist, firstLoadFiles(dist)),
    later: sizes(dist, laterFiles(dist)),
    embed: sizes(dist, embedFirstLoadFiles(dist)),
    // Issue 14: what one complete intake (every domain filled, the plan
    // seen, printed and exported) costs: the first load and the intake's
    // chunk(s); in Dutch nothing else (no language chunk).
    intake: sizes(dist, [...firstLoadFiles(dist), ...intakeChunks(dist)]),
    // The same in each other language: also its two chunks.
    intakeIn: LOCALES.map((code) => ({
      code,
      intake: sizes(dist, [...firstLoadFiles(dist), ...intakeChunks(dist), ...localeChunks(dist, code)]),
    })),
  };
}

/** Of `measure().intakeIn`, the language whose complete intake is largest. */
export const largestIntake = (intakeIn) => intakeIn.reduce((a, b) => (b.intake.total.brotli > a.intake.total.brotli ? b : a));

export const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

// `node bench/sizes.mjs` prints the table on its own (no browser needed).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, total, later, embed, intake, intakeIn } = measure();
  const line = (r) => console.log(`${r.file.padEnd(56)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} ${kb(r.brotli).padStart(10)}`);
  console.log('first load');
  [...rows, total].forEach(line);
  console.log('later (an intake opens)');
  [...later.rows, later.total].forEach(line);
  console.log('first load on a host page (keukentafel-embed.js)');
  [...embed.rows, embed.total].forEach(line);
  console.log('per language: its first-screen chunk, its intake chunk, the first load in it');
  for (const l of localeFirstLoads()) [l.chunk, l.rest, l.total].forEach(line);
  console.log(`a complete intake in Dutch (first load + intake chunk): ${kb(intake.total.brotli)} brotli, budget ${kb(BUDGET.intake)}`);
  const largest = largestIntake(intakeIn);
  console.log(`a complete intake in ${largest.code} (the largest other language; + its two chunks): ${kb(largest.intake.total.brotli)} brotli`);
}
