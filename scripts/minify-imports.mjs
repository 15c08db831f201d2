// Renames the first part's imports from the wasm-bindgen glue to short
// names, in the wasm and in the glue alike.
//
// Why: wasm-bindgen names every import `__wbg_<name>_<16 hex digits>`. The
// hex is random to a compressor and sits in both files, so the ~190 imports
// cost ~4.5 KB brotli of the first load (measured: wasm 94.2 → 91.7 KB, glue
// 6.3 → 4.4 KB). binaryen's `--minify-imports` would also rename the imports
// from `__wasm_split.js`, which that module exports by name, so we rename
// only the glue's own module here.
//
//   node scripts/minify-imports.mjs DIR   (keukentafel_bg.wasm + keukentafel.js)
//
// The chunks import nothing from the glue (only memory, the table and the
// first part's exports), so they stay as they are. Any name not found exactly
// once as a key of the glue's import object stops the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readName as name, readU32, rewriteSection, u32 } from './wasm-binary.mjs';

const GLUE_MODULE = './keukentafel_bg.js';
const IMPORT_SECTION = 2;

/** Where an import's description (kind and type) ends. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`minify-imports: unknown import kind ${kind}`);
  }
}

/** `$a`, `$b`, …, `$Z`, `$ba`, …: valid, unquoted property keys. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  do {
    out = letters[index % letters.length] + out;
    index = Math.floor(index / letters.length);
  } while (index);
  return `$${out}`;
}

/** The wasm with the glue module's imports renamed, and the renames. */
function renameInWasm(bytes) {
  const renames = new Map();
  const wasm = rewriteSection(bytes, IMPORT_SECTION, (b, start) => {
    let [count, p] = readU32(b, start);
    const section = [u32(count)];
    for (let i = 0; i < count; i++) {
      const [module, afterModule] = name(b, p);
      const [field, afterField] = name(b, afterModule);
      const afterDescription = skipDescription(b, afterField);
      if (module === GLUE_MODULE) {
        const short = shortName(renames.size);
        renames.set(field, short);
        section.push(b.subarray(p, afterModule), u32(short.length), Buffer.from(short),
          b.subarray(afterField, afterDescription));
      } else {
        section.push(b.subarray(p, afterDescription));
      }
      p = afterDescription;
    }
    return Buffer.concat(section);
  });
  return [wasm, renames];
}

function renameInGlue(js, renames) {
  for (const [field, short] of renames) {
    const escaped = field.replace(/[$]/g, '\\$');
    // A key of the import object: `name:` or a method `name(`.
    const key = new RegExp(`(?<![\\w$])${escaped}(?=\\s*[:(])`, 'g');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`minify-imports: ${field} is ${found} times a key in the glue, not once`);
    js = js.replace(key, short);
  }
  return js;
}

const dir = process.argv[2];
const wasmPath = join(dir, 'keukentafel_bg.wasm');
const gluePath = join(dir, 'keukentafel.js');
const [wasm, renames] = renameInWasm(readFileSync(wasmPath));
const glue = renameInGlue(readFileSync(gluePath, 'utf8'), renames);
new WebAssembly.Module(wasm); // stops the build on a broken binary
writeFileSync(wasmPath, wasm);
writeFileSync(gluePath, glue);
