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

const EXPORT_SECTION = 7;
const STREAM_EXPORT = /^(__wbg_)?intounderlying(bytesource|sink|source)(_|$)/;
const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, at];
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

function withoutStreamExports(bytes) {
  const parts = [bytes.subarray(0, 8)];
  let dropped = 0;
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    const end = start + size;
    if (id !== EXPORT_SECTION) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readU32(bytes, start);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const entryStart = p;
      const [length, nameStart] = readU32(bytes, p);
      const name = bytes.toString('utf8', nameStart, nameStart + length);
      [, p] = readU32(bytes, nameStart + length + 1); // kind byte, then index
      if (STREAM_EXPORT.test(name)) dropped++;
      else kept.push(bytes.subarray(entryStart, p));
    }
    const body = Buffer.concat([u32(kept.length), ...kept]);
    parts.push(Buffer.from([EXPORT_SECTION]), u32(body.length), body);
    at = end;
  }
  if (dropped === 0) throw new Error('drop-stream-classes: no wasm-streams export found in the wasm');
  return Buffer.concat(parts);
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
