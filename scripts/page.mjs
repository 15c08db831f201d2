// The last step of scripts/build.sh: turns the staged wasm/JS files and the
// stylesheets into dist/, ready to copy to a web server as one folder.
//
//   dist/index.html             the app's own page (start script, preload hints)
//   dist/frame.html             the same app for an <iframe> on a host page
//   dist/keukentafel-embed.js   the loader a host page includes (stable name)
//   dist/keukentafel-frame.js   the iframe host script (stable name)
//   dist/sw.js                  keeps the app's files for offline use (opt-in)
//   dist/app-<hash>/...         every other asset; <hash> covers all of them,
//                               so the folder can be cached forever and a new
//                               build never mixes with an old one
//
// Usage: node scripts/page.mjs STAGE_DIR OUT_DIR
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify as minifyJs } from 'terser';

const [stage, out] = process.argv.slice(2).map((p) => resolve(p));
const root = new URL('..', import.meta.url).pathname;
const embedDir = join(root, 'scripts', 'embed');
const template = readFileSync(join(root, 'index.html'), 'utf8');

// The wasm chunks wasm-split-cli made (fetched on demand by __wasm_split.js):
// the intake's, and two per language besides Dutch (`split_locale_<code>`
// and `split_locale_<code>_rest`, src/ui/locales.rs), fetched only when
// that language is chosen.
const chunks = readdirSync(stage).filter((f) => f.endsWith('.wasm') && f !== 'keukentafel_bg.wasm');
const intakeChunks = chunks.filter((f) => !f.startsWith('split_locale_'));

// Starts the app on its own page and tells the page (and the benchmark) it
// is running. A returning visitor (drafts on this device) needs the
// intake's chunk at once, to reopen the draft or list the drafts: fetch it
// alongside the first part rather than after it. localStorage holds only
// drafts of earlier versions (the chunk's code moves them); today's are in
// IndexedDB, checked asynchronously below.
const START_JS = `import init, { mountPage, warm } from './keukentafel.js';
const chunks = ${JSON.stringify(intakeChunks)};
// A <link rel=preload>, not a prefetch: the chunk loader's fetch() takes a
// preloaded response over whatever the host's cache headers say (a
// prefetch only helps where the host lets it be cached). crossOrigin
// "anonymous" is what that fetch() asks for, so the two match.
const preload = (f, priority) => {
  const href = new URL(f, import.meta.url).href;
  // Not again once asked for: by a preload, or by the app itself (a draft
  // saved as the last page went away may be in IndexedDB only after the
  // check below, and the app reopens it with its own fetch).
  if (document.querySelector(\`link[rel=preload][href="\${href}"]\`) || performance.getEntriesByName(href).length) return null;
  const link = Object.assign(document.createElement('link'), {
    rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous', href,
  });
  if (priority) link.setAttribute('fetchpriority', priority);
  // A failed preload stays matched to the next fetch of its URL, which then
  // fails without asking the network: the app's retry, when the app's own
  // first fetch came before this preload (the drafts check is async). A
  // fetch of our own takes it over, and goes with it.
  link.addEventListener('error', () => {
    link.remove();
    fetch(href).catch(() => {});
  });
  document.head.append(link);
  return link;
};
const returning = (k) => /\\.(open|draft\\.)/.test(k);
try {
  if (Object.keys(localStorage).some(returning)) chunks.forEach((f) => preload(f));
} catch {
  // No storage: no drafts to return to.
}
// Drafts live in IndexedDB (src/storage/idb.rs, database "keukentafel",
// store "kv"): look there too, alongside init(), so the preload is in place
// before the app asks for the chunk to reopen the draft (one download, not a
// second one at idle). Only an existing database is opened: opening one
// that is not there would create it without its store.
const returningVisitor = (indexedDB.databases?.() ?? Promise.resolve([])).then((dbs) => dbs.some((d) => d.name === 'keukentafel') && new Promise((done) => {
  const open = indexedDB.open('keukentafel');
  open.onsuccess = () => {
    const db = open.result;
    try {
      const keys = db.transaction('kv').objectStore('kv').getAllKeys();
      keys.onsuccess = () => done(keys.result.some((k) => returning(String(k))));
      keys.onerror = () => done(false);
    } catch {
      done(false);
    }
    db.close();
  };
  open.onerror = () => done(false);
})).catch(() => false);
// Only while the app has not started: once mounted it fetches the chunk for
// the draft itself, and a preload then would be a second download.
let mounted = false;
returningVisitor.then((yes) => yes && !mounted && chunks.forEach((f) => preload(f)));
const wasm = await init();
mounted = true;
mountPage([]);
// Issue 14: a new visitor taps "start" on a tablet (no hover to warm the
// chunk): fetch it once the first screen is up and the page is idle, at low
// priority, unless the visitor asked the browser to save data.
const afterLoad = (f) => (document.readyState === 'complete' ? f() : addEventListener('load', f, { once: true }));
if (!navigator.connection?.saveData) {
  afterLoad(() => (window.requestIdleCallback ?? ((f) => setTimeout(f, 200)))(() => returningVisitor.then((yes) => {
    // A returning visitor's draft loads the chunk itself.
    if (yes) return;
    const ahead = chunks.map((f) => preload(f, 'low')).filter(Boolean);
    // Then compiled and started too, so the tap only renders the household
    // screen: once the preloads have finished, as the loader's fetch takes a
    // finished preload over, where one still in flight could be fetched a
    // second time. A failed one is left to the tap, which says so. None
    // asked for here: a returning visitor's draft reopens with the chunk,
    // which the app loads itself.
    if (ahead.length) {
      Promise.all(ahead.map((l) => new Promise((done) => {
        l.addEventListener('load', () => done(true));
        l.addEventListener('error', () => done(false));
      })))
        .then((ok) => ok.every(Boolean) && warm());
    }
  }), { timeout: 2000 }));
}
if (document.getElementById('keukentafel')?.hasAttribute('data-offline') && 'serviceWorker' in navigator) {
  // After the first screen, so it never competes with it.
  afterLoad(() => navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).then(() => navigator.serviceWorker.ready).then(() => {
    // The worker keeps the chunk when the chunk's fetch passes through it.
    // A preload made before it controlled the page did not, and the tap's
    // fetch takes that preload over without passing through it either: once
    // the chunk has arrived, put it into the worker's cache (a second
    // download only where the host forbids caching it).
    const cache = \`keukentafel-\${new URL('.', import.meta.url).pathname.split('/').at(-2)}\`;
    const urls = chunks.map((f) => new URL(f, import.meta.url).href);
    const kept = new Set();
    new PerformanceObserver((list) => {
      for (const { name } of list.getEntries()) {
        if (!urls.includes(name) || kept.has(name)) continue;
        kept.add(name);
        caches.open(cache).then(async (c) => (await c.match(name)) ?? c.add(name)).catch(() => {});
      }
    }).observe({ type: 'resource', buffered: true });
  }).catch(() => {}));
}
dispatchEvent(new CustomEvent('keukentafel:started', { detail: { wasm } }));
`;
// Minified like the glue (scripts/build.sh runs terser before this script
// writes the start script): it is in every first load.
writeFileSync(join(stage, 'start.js'), (await minifyJs(START_JS, { module: true, compress: true, mangle: true })).code);
writeFileSync(join(stage, 'frame-start.js'), (await minifyJs(
  readFileSync(join(embedDir, 'frame-start.js'), 'utf8').replace('__CHUNKS__', JSON.stringify(intakeChunks)),
  { module: true, compress: true, mangle: true },
)).code);

// Two stylesheets: everything for a page the app owns; the embed one
// leaves out what styles a whole document (@page), since it sits in a
// shadow root on a host page.
const links = [...template.matchAll(/\s*<link rel="stylesheet" href="(style\/[^"]+)" \/>/g)];
const bundlesFile = join(root, 'style', 'bundles.json');
const bundles = existsSync(bundlesFile)
  ? JSON.parse(readFileSync(bundlesFile, 'utf8'))
  : { standalone: links.map((m) => m[1]), embed: links.map((m) => m[1]) };
// Comments and layout whitespace go: the stylesheet is in every first load.
const minify = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')
  .replace(/\s*([{};])\s*/g, '$1').replace(/;}/g, '}').trim();
const joinCss = (list) => minify(list.map((f) => readFileSync(join(root, f), 'utf8')).join('\n'));
// On a page the app owns, `rem` is the app's own: the shadow-root guard
// `calc(N * var(--kt-rem, 1rem))` is written back as `Nrem` there.
const ownPage = (css) => css.replace(/calc\(([0-9.]+) \* var\(--kt-rem, 1rem\)\)/g, '$1rem');
writeFileSync(join(stage, 'keukentafel.css'), ownPage(joinCss(bundles.standalone)));
writeFileSync(join(stage, 'keukentafel-embed.css'), joinCss(bundles.embed));

const files = readdirSync(stage).sort();
const digest = createHash('sha256');
for (const f of files) digest.update(f).update(readFileSync(join(stage, f)));
const folder = `app-${digest.digest('hex').slice(0, 12)}`;

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, folder), { recursive: true });
for (const f of files) copyFileSync(join(stage, f), join(out, folder, f));

const sri = (f) => `sha384-${createHash('sha384').update(readFileSync(join(stage, f))).digest('base64')}`;
const at = (f) => `${folder}/${f}`;

// A page the app owns: the template's stylesheets as one, preload hints
// for the whole chain (page -> start script -> glue -> split loader, and
// the wasm) so it costs one round trip instead of one per link.
function page(startScript) {
  let html = template.replace(/\s*<!--[\s\S]*?-->/, '');
  for (const m of links.slice(1)) html = html.replace(m[0], '');
  html = html.replace(links[0][0].trim(), `<link rel="stylesheet" href="${at('keukentafel.css')}" integrity="${sri('keukentafel.css')}" />`);
  const modules = [startScript, 'keukentafel.js', '__wasm_split.js'].filter((f) => files.includes(f));
  const hints = [
    ...modules.map((f) => `<link rel="modulepreload" href="${at(f)}" integrity="${sri(f)}" />`),
    `<link rel="preload" href="${at('keukentafel_bg.wasm')}" as="fetch" type="application/wasm" crossorigin="anonymous" />`,
    `<script type="module" src="${at(startScript)}" integrity="${sri(startScript)}"></script>`,
  ];
  return html.replace('  </head>', `${hints.map((h) => `    ${h}\n`).join('')}  </head>`);
}
writeFileSync(join(out, 'index.html'), page('start.js'));
// The iframe page: no offline unless the host asks (?offline), the same app.
writeFileSync(join(out, 'frame.html'), page('frame-start.js').replace(/<div id="keukentafel"[^>]*>/, '<div id="keukentafel">'));

const fill = (name, values) => {
  let text = readFileSync(join(embedDir, name), 'utf8');
  for (const [k, v] of Object.entries(values)) text = text.replaceAll(k, v);
  writeFileSync(join(out, name), text);
};
fill('keukentafel-embed.js', {
  __FOLDER__: folder,
  __FILES__: JSON.stringify({
    glue: 'keukentafel.js',
    wasm: { name: 'keukentafel_bg.wasm', integrity: sri('keukentafel_bg.wasm') },
    css: { name: 'keukentafel-embed.css', integrity: sri('keukentafel-embed.css') },
    // The loader prefetches these: the intake's only, never a language's.
    chunks: intakeChunks,
  }),
});
fill('keukentafel-frame.js', {});
fill('sw.js', {
  __FOLDER__: folder,
  // './' too: the app's own page is usually asked for as its folder.
  __FILES__: JSON.stringify(['./', 'index.html', 'frame.html', 'keukentafel-embed.js',
    ...files.filter((f) => !chunks.includes(f)).map(at)]),
});
console.log(`[build] ${out}/{index,frame}.html, keukentafel-embed.js, keukentafel-frame.js, sw.js + ${folder}/ (${files.length} files)`);
