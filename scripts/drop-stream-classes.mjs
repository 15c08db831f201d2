// Drops the three stream classes wasm-streams exports (IntoUnderlyingSource,
// IntoUnderlyingByteSource, IntoUnderlyingSink) from the first part and its
// glue, before wasm-opt and terser run.
//
// Why: leptos always enables server_fn's `browser` feature, which brings
// wasm-streams for streaming server functions. Its `#[wasm_bindgen]` classes
// are exports, so nothing could remove them, and they keep std's I/O error
// texts and promise code alive: ~2 KB brotli of the first load for an app
// that has no server. Without the exports wasm-opt removes that code, and
// terser never sees the JS classes.
//
//   node scripts/drop-stream-classes.mjs DIR   (keukentafel_bg.wasm + keukentafel.js, unminified)
//
// Every step checks what it found, so a wasm-bindgen or wasm-streams update
// that changes the shape stops the build instead of shipping half of it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readU32, rewriteSection, u32 } from './wasm-binary.mjs';

const EXPORT_SECTION = 7;
const STREAM_EXPORT = /^(__wbg_)?intounderlying(bytesource|sink|source)(_|$)/;
const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

function withoutStreamExports(bytes) {
  let dropped = 0;
  const wasm = rewriteSection(bytes, EXPORT_SECTION, (b, start) => {
    let [count, p] = readU32(b, start);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const entryStart = p;
      const [length, nameStart] = readU32(b, p);
      const name = b.toString('utf8', nameStart, nameStart + length);
      [, p] = readU32(b, nameStart + length + 1); // kind byte, then index
      if (STREAM_EXPORT.test(name)) dropped++;
      else kept.push(b.subarray(entryStart, p));
    }
    return Buffer.concat([u32(kept.length), ...kept]);
  });
  if (dropped === 0) throw new Error('drop-stream-classes: no wasm-streams export found in the wasm');
  return wasm;
}

function withoutStreamClasses(js) {
  for (const name of CLASSES) {
    const klass = new RegExp(
      `^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n` +
      `if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`, 'm');
    const registry = new RegExp(`^const ${name}Finalization = [^;]*;\\n`, 'm');
    for (const [what, pattern] of [['class', klass], ['finalization registry', registry]]) {
      if (!pattern.test(js)) throw new Error(`drop-stream-classes: the glue's ${what} ${name} has an unknown shape`);
      js = js.replace(pattern, '');
    }
  }
  if (/intounderlying/i.test(js)) throw new Error('drop-stream-classes: the glue still uses a stream class');
  return js;
}

const dir = process.argv[2];
const wasmPath = join(dir, 'keukentafel_bg.wasm');
const gluePath = join(dir, 'keukentafel.js');
writeFileSync(wasmPath, withoutStreamExports(readFileSync(wasmPath)));
writeFileSync(gluePath, withoutStreamClasses(readFileSync(gluePath, 'utf8')));
