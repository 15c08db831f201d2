// A static server for a built dist/ on 127.0.0.1, shared by `./run serve`,
// the end-to-end tests and the benchmark.
//
//   node scripts/serve.mjs [DIR] [PORT]     (default: dist 8080)
//
// With `compress`, it answers with brotli or gzip (best quality,
// compressed once per file) when the browser accepts it, as a
// municipality's web server or CDN would; timings on a slow network depend
// on it. `encodings` records what was sent.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve as resolvePath } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` on 127.0.0.1 (port 0: a free one); resolves to
 * { url, encodings, close }. For the embedding tests, a host page's server:
 * `mounts` serves more folders under sub-paths ({ '/wonen/intake/': 'dist' }),
 * `headers` are sent with every answer (a Content-Security-Policy), and
 * `replace` fills placeholders in HTML (another server's origin).
 * `throttle` ({ latency: ms, bytesPerSecond }) makes it a slow connection:
 * every answer starts `latency` ms late and all answers share one
 * bandwidth (the benchmark's slow 4G; Chromium's own emulation missed
 * requests made after the page had loaded, such as the chunk's).
 */
export function serve(root, { port = 0, compress = false, host = '127.0.0.1', mounts = {}, headers: extra = {}, replace = {}, throttle = null } = {}) {
  const roots = [...Object.entries(mounts), ['/', root]]
    .map(([prefix, dir]) => [prefix, `${resolvePath(dir)}/`]);
  const cache = new Map();
  const encodings = new Set();
  // Headers that depend on another server's address, known only later.
  let later = {};
  const server = http.createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const [prefix, base] = roots.find(([p]) => (p.endsWith('/') ? path.startsWith(p) : path === p));
    // A prefix without a trailing slash names one file.
    const rel = prefix.endsWith('/') ? path.slice(prefix.length - 1) : '';
    const file = rel ? join(base, rel.endsWith('/') ? `${rel}index.html` : rel) : base.slice(0, -1);
    if (rel && !file.startsWith(base)) { res.writeHead(403).end(); return; }
    let body;
    try { body = await readFile(file); } catch { res.writeHead(404, { ...extra, ...later }).end('not found'); return; }
    if (extname(file) === '.html' && Object.keys(replace).length) {
      let text = body.toString('utf8');
      for (const [k, v] of Object.entries(replace)) text = text.replaceAll(k, v);
      body = Buffer.from(text);
    }
    const headers = { ...extra, ...later, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    const accept = String(req.headers['accept-encoding'] ?? '');
    const enc = !compress ? null : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    if (enc) {
      const key = `${enc}:${file}`;
      if (!cache.has(key)) {
        cache.set(key, enc === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 }));
      }
      body = cache.get(key);
      headers['content-encoding'] = enc;
      headers.vary = 'accept-encoding';
    }
    encodings.add(enc ?? 'identity');
    if (throttle) { send(res, headers, body); return; }
    res.writeHead(200, headers);
    res.end(body);
  });
  // One link for every answer: slices of 1 KB leave in the order they were
  // queued, each when the link has carried the ones before it.
  let free = 0;
  const SLICE = 1000;
  const send = (res, headers, body) => {
    setTimeout(() => {
      res.writeHead(200, headers);
      for (let at = 0; at < body.length; at += SLICE) {
        const slice = body.subarray(at, at + SLICE);
        free = Math.max(free, performance.now()) + (slice.length / throttle.bytesPerSecond) * 1000;
        const last = at + SLICE >= body.length;
        setTimeout(() => (last ? res.end(slice) : res.write(slice)), free - performance.now());
      }
      if (body.length === 0) res.end();
    }, throttle.latency);
  };
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      // `host` names the same loopback address differently, so two servers
      // are two origins (127.0.0.1 and localhost), as host and app would be.
      const url = `http://${host}:${server.address().port}/`;
      const setHeaders = (h) => { later = h; };
      done({ url, encodings, setHeaders, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, { port: Number(port), compress: true });
  console.log(`[serve] Keukentafel at ${url} (Ctrl-C stops)`);
}
