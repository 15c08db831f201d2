// Keeps Keukentafel's own files on the device, so an intake started online
// goes on, and survives a reload, with the network gone. Scoped to the
// app's folder; it never touches a host page's own requests, and holds no
// household data (drafts live in the browser's storage, not here).
// Written by scripts/page.mjs: __FILES__ is this release's first-load files
// and pages, kept at install; the intake's chunk is kept when it is first
// fetched (so a visitor who never starts an intake never downloads it).
const CACHE = 'keukentafel-__FOLDER__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new URL(f, self.registration.scope)))));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('keukentafel-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// Stores a good answer for next time (the intake's chunk, fetched when an
// intake starts, is kept this way rather than downloaded for everyone).
const keep = (request) => (response) => {
  if (response.ok) { const copy = response.clone(); caches.open(CACHE).then((c) => c.put(request, copy)); }
  return response;
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  // Hashed files never change: the cache first. Pages: the network first,
  // so a new release is picked up, and the cache when offline.
  const hashed = /\/app-[0-9a-f]+\//.test(new URL(request.url).pathname);
  event.respondWith(hashed
    ? caches.match(request).then((hit) => hit ?? fetch(request).then(keep(request)))
    : fetch(request).then(keep(request))
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())));
});
