// The little of the wasm binary format the build's post-processing steps
// need (scripts/minify-imports.mjs, scripts/drop-stream-classes.mjs):
// LEB128 numbers, names, and the list of sections.

/** The unsigned LEB128 number at `at`, and where it ends. */
export function readU32(bytes, at) {
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

/** `value` as unsigned LEB128. */
export function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

/** The length-prefixed UTF-8 name at `at`, and where it ends. */
export function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [bytes.toString('utf8', start, start + length), start + length];
}

/** The module with the section of id `id` replaced by `rewrite(bytes,
 *  start, end)`'s body (start and end of the section's content). */
export function rewriteSection(bytes, id, rewrite) {
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const sectionId = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    const end = start + size;
    if (sectionId === id) {
      const body = rewrite(bytes, start, end);
      parts.push(Buffer.from([id]), u32(body.length), body);
    } else {
      parts.push(bytes.subarray(at, end));
    }
    at = end;
  }
  return Buffer.concat(parts);
}
