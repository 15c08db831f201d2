// Where a wasm file's *brotli* bytes go: twiggy (bench/wasm-groups.mjs)
// counts raw bytes before wasm-opt, but what a visitor downloads is the
// optimised file, compressed, where code that repeats costs little. This
// takes an optimised wasm that kept its names (`wasm-opt -Oz -g`), and for
// each group of functions (the groups of wasm-groups.mjs) and each kind of
// data (each language's texts, the stylesheets, the rest) measures what
// leaving it out of the file saves at brotli 11: brotli(all) − brotli(all
// without it). Leave-one-out figures overlap a little (what two groups
// share counts in neither), so they do not add up to the total; the line
// "not attributed" says how much.
//
//   wasm-split-cli $CARGO_TARGET_DIR/wasm32-unknown-unknown/release/keukentafel.wasm OUT --out-name keukentafel
//   wasm-opt -Oz -g <the features of scripts/build.sh> OUT/split_intake.wasm -o chunk.wasm
//   node bench/brotli-groups.mjs chunk.wasm
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { group } from './wasm-groups.mjs';

const file = readFileSync(process.argv[2]);
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

/** Rust's legacy symbol mangling (`_ZN…E`) back to a path, as twiggy shows it. */
function demangle(name) {
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let i = 3;
  while (i < name.length && name[i] !== 'E') {
    const digits = /^\d+/.exec(name.slice(i))?.[0];
    if (!digits) break;
    i += digits.length;
    parts.push(name.slice(i, i + Number(digits)));
    i += Number(digits);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
  const words = { LT: '<', GT: '>', RF: '&', BP: '*', C: ',', SP: '@', LP: '(', RP: ')' };
  return parts
    .map((p) =>
      p
        .replace(/^_\$/, '$')
        .replace(/\$(LT|GT|RF|BP|C|SP|LP|RP)\$/g, (_, w) => words[w])
        .replace(/\$u([0-9a-f]+)\$/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
        .replace(/\.\./g, '::'),
    )
    .join('::');
}

let pos = 8;
const leb = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = file[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return result;
  }
};

// The file as pieces: [bytes, label]. Labels of code are function names,
// of data a kind, of everything else "wasm structure".
const pieces = [];
const names = new Map();
let imported = 0;
const bodies = [];
const segments = [];
while (pos < file.length) {
  const id = file[pos++];
  const size = leb();
  const end = pos + size;
  if (id === 0) {
    const nameLen = leb();
    const title = file.subarray(pos, pos + nameLen).toString();
    pos += nameLen;
    if (title === 'name') {
      while (pos < end) {
        const sub = file[pos++];
        const subEnd = leb() + pos;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) {
            const idx = leb();
            const len = leb();
            names.set(idx, file.subarray(pos, pos + len).toString());
            pos += len;
          }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    // Imported functions come first in the function index space.
    for (let n = leb(); n > 0; n--) {
      pos += leb();
      pos += leb();
      const kind = file[pos++];
      if (kind === 0) {
        imported++;
        leb();
      } else if (kind === 1) {
        pos++;
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 2) {
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) {
        pos += 2;
      }
    }
    pieces.push([file.subarray(end - size, end), 'wasm structure']);
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const len = leb();
      bodies.push(file.subarray(pos, pos + len));
      pos += len;
    }
  } else if (id === 11) {
    for (let n = leb(); n > 0; n--) {
      const flags = leb();
      const start = pos;
      if (flags === 2) leb();
      // The offset expression: i32.const, global.get, i32.add, end.
      for (let op = flags === 1 ? 0x0b : file[pos++]; op !== 0x0b; op = file[pos++]) {
        if (op === 0x41 || op === 0x23) leb();
      }
      const head = file.subarray(start, pos);
      const len = leb();
      segments.push(file.subarray(pos, pos + len));
      pieces.push([head, 'wasm structure']);
      pos += len;
    }
  } else {
    pieces.push([file.subarray(pos, end), 'wasm structure']);
  }
  pos = end;
}
// FOCUS='regex;regex…' measures the functions whose (demangled) names
// match each as a group of its own, e.g. FOCUS='Carrier|content::Content'.
const focus = (process.env.FOCUS ?? '').split(';').filter(Boolean).map((f) => new RegExp(f));
const label = (name) =>
  focus.some((f) => f.test(demangle(name)))
    ? `FOCUS ${focus.find((f) => f.test(demangle(name))).source}`
    : /^__wasm_split_/.test(name)
    ? 'our #[lazy] functions (wasm-split names them by their export)'
    : /^_R.*to_lowercase/.test(name)
      ? 'str::to_lowercase (Unicode tables)'
      : group(demangle(name));
bodies.forEach((body, i) => pieces.push([body, label(names.get(imported + i) ?? '?')]));

// Data: mark each language's texts and each stylesheet where they occur.
const marks = [];
const root = new URL('..', import.meta.url);
for (const f of readdirSync(new URL('locales/', root)).filter((f) => f.endsWith('.json'))) {
  const texts = Object.values(JSON.parse(readFileSync(new URL(`locales/${f}`, root), 'utf8')));
  if (f === 'en.json') marks.push(['data: the texts\' key names (i18n::Key as text)', Object.keys(JSON.parse(readFileSync(new URL(`locales/${f}`, root), 'utf8'))).filter((k) => k.length >= 6)]);
  marks.push([`data: texts ${f.replace('.json', '')}`, texts.filter((t) => typeof t === 'string' && Buffer.byteLength(t) >= 6)]);
}
for (const f of readdirSync(new URL('style/', root)).filter((f) => f.endsWith('.css'))) {
  marks.push([`data: style/${f}`, [readFileSync(new URL(`style/${f}`, root), 'utf8')]]);
}
// String literals of our own source, by folder (the catalogue's texts,
// the document's HTML fragments…), when not already a language's text.
const literals = new Map();
const walk = (dir) => {
  for (const e of readdirSync(new URL(dir, root), { withFileTypes: true })) {
    if (e.isDirectory()) walk(`${dir}${e.name}/`);
    else if (e.name.endsWith('.rs')) {
      const src = readFileSync(new URL(`${dir}${e.name}`, root), 'utf8');
      const label = `data: string literals of ${dir.split('/').slice(0, 3).join('/')}`;
      for (const m of src.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
        const text = m[1].replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
        if (Buffer.byteLength(text) >= 8 && !text.includes('\\')) {
          if (!literals.has(label)) literals.set(label, []);
          literals.get(label).push(text);
        }
      }
    }
  }
};
walk('src/');
marks.unshift(...literals);
for (const seg of segments) {
  const label = new Array(seg.length).fill('data: other (catalogue, strings, tables)');
  for (const [name, texts] of marks) {
    for (const t of texts) {
      const needle = Buffer.from(t);
      for (let at = seg.indexOf(needle); at >= 0; at = seg.indexOf(needle, at + needle.length)) {
        label.fill(name, at, at + needle.length);
      }
    }
  }
  // Panic locations: the source files' paths.
  for (const m of seg.toString('latin1').matchAll(/(\/root\/|\/rustc\/|src\/)[\w/.@-]*\.rs/g)) {
    label.fill('data: panic locations (file paths)', m.index, m.index + m[0].length);
  }
  let from = 0;
  for (let i = 1; i <= seg.length; i++) {
    if (i === seg.length || label[i] !== label[from]) {
      pieces.push([seg.subarray(from, i), label[from]]);
      from = i;
    }
  }
}

const without = (drop) => Buffer.concat(pieces.filter(([, l]) => !drop(l)).map(([b]) => b));
const all = brotli(without(() => false));
const raw = new Map();
for (const [b, l] of pieces) raw.set(l, (raw.get(l) ?? 0) + b.length);

// Groups together, as the questions of issue 14 ask them.
const joined = {
  'the plan format: serde derive + serde_json + serde + domain::format': /serde|domain::format$/,
  'views: leptos generics + keukentafel::ui::*': /^leptos|keukentafel::ui/,
  'data: texts, all languages': /^data: texts/,
};
const rows = [];
// Groups under 3 KB raw are measured together, as one.
const SMALL = 'groups under 3 KB raw each, together';
for (const p of pieces) if (raw.get(p[1]) < 3000 && !p[1].startsWith('FOCUS')) p[1] = SMALL;
raw.clear();
for (const [b, l] of pieces) raw.set(l, (raw.get(l) ?? 0) + b.length);
for (const l of raw.keys()) rows.push([l, raw.get(l), all - brotli(without((x) => x === l))]);
let attributed = rows.reduce((s, r) => s + r[2], 0);
for (const [name, re] of Object.entries(joined)) {
  const r = [...raw].filter(([l]) => re.test(l)).reduce((s, [, n]) => s + n, 0);
  rows.push([`(together) ${name}`, r, all - brotli(without((x) => re.test(x)))]);
}
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const total = pieces.reduce((n, [b]) => n + b.length, 0);
console.log(`${process.argv[2]}: ${kb(total)} KB raw, ${kb(all)} KB brotli (without custom sections)`);
console.log('    raw KB  brotli KB (what leaving it out saves)');
for (const [l, r, b] of rows.sort((a, b) => b[2] - a[2])) if (b >= 300 || l.startsWith('(')) console.log(`${kb(r)} ${kb(b)}  ${l}`);
console.log(`${kb(0)} ${kb(all - attributed)}  not attributed (shared between groups: counts in none)`);
