// The last step of scripts/build.sh: turns the staged wasm/JS files and the
// stylesheets named in ./index.html into dist/.
//
//   dist/index.html            the page, with the start script and preload hints
//                              (and the stylesheets of ./index.html as one file)
//   dist/app-<hash>/...        every asset; <hash> covers all of them, so the
//                              folder can be cached forever and a new build
//                              never mixes with an old one
//
// Usage: node scripts/page.mjs STAGE_DIR OUT_DIR
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [stage, out] = process.argv.slice(2).map((p) => resolve(p));
const root = new URL('..', import.meta.url).pathname;
const template = readFileSync(join(root, 'index.html'), 'utf8');

// The wasm chunks wasm-split-cli made (fetched on demand by __wasm_split.js).
const chunks = readdirSync(stage).filter((f) => f.endsWith('.wasm') && f !== 'keukentafel_bg.wasm');

// Starts the app and tells the page (and the benchmark) it is running. A
// returning visitor (drafts on this device) needs the intake's chunk at
// once, to reopen the draft or list the drafts: fetch it alongside the
// first part rather than after it, one round trip and its transfer sooner.
const START_JS = `import init from './keukentafel.js';
try {
  if (Object.keys(localStorage).some((k) => /\\.(open|draft\\.)/.test(k))) {
    for (const f of ${JSON.stringify(chunks)}) {
      const link = Object.assign(document.createElement('link'), {
        rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous',
        href: new URL(f, import.meta.url).href,
      });
      document.head.append(link);
    }
  }
} catch {
  // No storage: no drafts to return to.
}
const wasm = await init();
dispatchEvent(new CustomEvent('keukentafel:started', { detail: { wasm } }));
`;
writeFileSync(join(stage, 'start.js'), START_JS);

// The stylesheets, in the template's order, as one file: one request
// instead of four, and it compresses better as a whole.
const links = [...template.matchAll(/\s*<link rel="stylesheet" href="(style\/[^"]+)" \/>/g)];
const css = links.map((m) => `/* ${m[1]} */\n${readFileSync(join(root, m[1]), 'utf8')}`).join('\n');
writeFileSync(join(stage, 'keukentafel.css'), css);

const files = readdirSync(stage).sort();
const digest = createHash('sha256');
for (const f of files) digest.update(f).update(readFileSync(join(stage, f)));
const folder = `app-${digest.digest('hex').slice(0, 12)}`;

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, folder), { recursive: true });
for (const f of files) copyFileSync(join(stage, f), join(out, folder, f));

const sri = (f) => `sha384-${createHash('sha384').update(readFileSync(join(stage, f))).digest('base64')}`;
const at = (f) => `${folder}/${f}`;
let page = template.replace(/\s*<!--[\s\S]*?-->/, '');
for (const m of links.slice(1)) page = page.replace(m[0], '');
page = page.replace(links[0][0].trim(), `<link rel="stylesheet" href="${at('keukentafel.css')}" integrity="${sri('keukentafel.css')}" />`);
// One round trip for the whole chain (page -> start.js -> glue -> split
// loader, and the wasm) instead of one per link.
const modules = ['start.js', 'keukentafel.js', '__wasm_split.js'].filter((f) => files.includes(f));
const hints = [
  ...modules.map((f) => `<link rel="modulepreload" href="${at(f)}" integrity="${sri(f)}" />`),
  `<link rel="preload" href="${at('keukentafel_bg.wasm')}" as="fetch" type="application/wasm" crossorigin="anonymous" />`,
  `<script type="module" src="${at('start.js')}" integrity="${sri('start.js')}"></script>`,
];
page = page.replace('  </head>', `${hints.map((h) => `    ${h}\n`).join('')}  </head>`);
writeFileSync(join(out, 'index.html'), page);
console.log(`[build] ${out}/index.html + ${folder}/ (${files.length} files)`);
