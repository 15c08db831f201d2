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
  // One link shared by every answer: each wake-up sends what the link
  // carried since the last one, 1 KB at a time, taking turns between the
  // answers under way; an answer whose connection closed stops taking any.
  const sending = [];
  let pump = null;
  const send = (res, headers, body) => {
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(200, headers);
      sending.push({ res, body, at: 0 });
      pump ??= setTimeout(step, 0, performance.now());
    }, throttle.latency);
  };
  const step = (last) => {
    const now = performance.now();
    let budget = ((now - last) / 1000) * throttle.bytesPerSecond;
    while (budget >= 1 && sending.length) {
      const a = sending.shift();
      if (a.res.destroyed) continue;
      const n = Math.min(1000, a.body.length - a.at, Math.floor(budget));
      const slice = a.body.subarray(a.at, a.at + n);
      a.at += n;
      budget -= n;
      if (a.at >= a.body.length) a.res.end(slice);
      else { a.res.write(slice); sending.push(a); }
    }
    // Unused budget is not saved up: an idle link does not burst later.
    pump = sending.length ? setTimeout(step, 5, now - (budget / throttle.bytesPerSecond) * 1000) : null;
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
