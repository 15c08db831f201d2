// Serves the example host pages as a municipality would, with the strict
// Content-Security-Policy of the README as a real HTTP header:
//   direct  a CMS page (examples/municipal-page) with the app's files under
//           a sub-path (/wonen/intake/), two instances
//   iframe  a host page (examples/iframe-host) on one origin framing the
//           app's frame.html served from another origin
//
//   node scripts/examples.mjs [DIST]     prints the URLs (Ctrl-C stops)
import { resolve } from 'node:path';
import { serve } from './serve.mjs';

const root = new URL('../examples/', import.meta.url).pathname;

/** The policy for a page that embeds Keukentafel directly (README). */
export const DIRECT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
/** A strict host policy plus the one directive the iframe way needs. */
export const iframeHostCsp = (appOrigin) => "default-src 'self'; style-src 'self'; object-src 'none'; "
  + `base-uri 'none'; frame-ancestors 'none'; frame-src ${appOrigin}`;
/** The app's own policy for frame.html: may be framed by the host only. */
export const frameCsp = (hostOrigin) => DIRECT_CSP.replace("frame-ancestors 'none'", `frame-ancestors ${hostOrigin}`);

/** Starts the servers; resolves to { direct, iframeHost, app, close }. */
export async function serveExamples(dist, { csp = DIRECT_CSP } = {}) {
  dist = resolve(dist);
  const direct = await serve(`${root}municipal-page`, {
    mounts: { '/wonen/intake/': dist, '/site.css': `${root}shared/site.css` },
    headers: { 'content-security-policy': csp },
  });
  // The app on "localhost", the host on "127.0.0.1": two origins.
  let hostOrigin = '';
  const app = await serve(dist, { host: 'localhost', headers: {} });
  const appOrigin = new URL(app.url).origin;
  const iframeHost = await serve(`${root}iframe-host`, {
    mounts: { '/js/keukentafel-frame.js': `${dist}/keukentafel-frame.js`, '/site.css': `${root}shared/site.css` },
    headers: { 'content-security-policy': iframeHostCsp(appOrigin) },
    replace: { __APP_ORIGIN__: appOrigin },
  });
  hostOrigin = new URL(iframeHost.url).origin;
  app.setHeaders({ 'content-security-policy': frameCsp(hostOrigin) });
  return {
    direct: direct.url,
    iframeHost: iframeHost.url,
    app: app.url,
    close: () => Promise.all([direct.close(), app.close(), iframeHost.close()]),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serveExamples(process.argv[2] ?? 'dist');
  console.log(`[examples] municipal page (direct, CSP): ${s.direct}\n[examples] iframe host: ${s.iframeHost}\n[examples] app: ${s.app}`);
}
