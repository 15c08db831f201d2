// Where a wasm file's bytes go, grouped the way docs/performance.md's
// issue-14 table is: by crate, our modules apart, `<T as Trait>` under the
// trait's crate, serde's derive on our types on its own. Reads the CSV of
// `twiggy top -n 100000 --format csv FILE.wasm` (names are only in the
// wasm before wasm-opt: the pre-split wasm in the cargo target dir, or
// wasm-split-cli's output of it).
//
//   twiggy top -n 100000 --format csv split_intake.wasm > chunk.csv
//   node bench/wasm-groups.mjs chunk.csv
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const LEPTOS = /^(tachys|leptos|leptos_dom|reactive_graph|any_spawner|or_poisoned|throw_error|oco_ref|send_wrapper|either_of|slotmap|next_tuple|guardian|futures|futures_util|futures_channel)$/;

/** The group a function (or twiggy item) of this name counts under. */
export function group(name) {
  if (/^data (segment|\[)/.test(name)) return 'data (texts, tables, strings)';
  if (/^(custom section|type\[|import |export |elem\[|table\[|global\[|memory\[)/.test(name)) return 'wasm structure';
  if (/serde(_core)?::(de|ser)::(Deserialize|Serialize) for keukentafel/.test(name) || /^keukentafel::[a-z_:]+::_::<impl/.test(name)) return 'serde derive on our types';
  if (name.includes('serde_json')) return 'serde_json';
  if (name.includes('serde')) return 'serde (other)';
  const generic = /^<([A-Z])\b[^>]* as ([A-Za-z_]\w*)/.exec(name);
  const crate = generic ? generic[2] : (/^<?([A-Za-z_]\w*)/.exec(name)?.[1] ?? '?');
  if (crate === 'keukentafel') {
    const parts = name.split('::');
    if (parts[1] === 'ui' && ['steps', 'components', 'intake'].includes(parts[2])) return `keukentafel::ui::${parts[2]}`;
    return ['domain', 'ui', 'document'].includes(parts[1]) ? parts.slice(0, 3).join('::') : parts.slice(0, 2).join('::');
  }
  if (/^(core|alloc|std|compiler_builtins|dlmalloc)$/.test(crate)) return 'core/alloc/std';
  if (LEPTOS.test(crate)) return 'leptos (tachys, reactive_graph, leptos)';
  if (/^(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures)$/.test(crate)) return 'wasm-bindgen, js-sys, web-sys';
  return crate;
}

/** The rows of twiggy's CSV: [name, shallow bytes]. */
function rows(csv) {
  const out = [];
  for (const line of csv.split('\n').slice(1)) {
    const m = /^"((?:[^"]|"")*)",(\d+)/.exec(line) ?? /^([^,]*),(\d+)/.exec(line);
    if (m) out.push([m[1].replace(/""/g, '"'), Number(m[2])]);
  }
  return out;
}

// Run as a script (bench/brotli-groups.mjs imports `group`).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const totals = new Map();
  let total = 0;
  for (const [name, bytes] of rows(readFileSync(process.argv[2], 'utf8'))) {
    if (/names" subsection|^\.\.\. and|^Σ/.test(name)) continue;
    const g = group(name);
    totals.set(g, (totals.get(g) ?? 0) + bytes);
    total += bytes;
  }
  console.log(`${process.argv[2]}: ${total} bytes without the name section`);
  for (const [g, bytes] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${String(bytes).padStart(9)} ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${g}`);
  }
}
