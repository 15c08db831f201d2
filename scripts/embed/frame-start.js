// The iframe page's start: mounts the app with the options of the frame's
// query string (?lang=en&namespace=enschede&mode=resident) and tells the
// host page (keukentafel-frame.js) its height and when the screen changes.
import init, { mountPage } from './keukentafel.js';

await init();
// The intake's chunks (scripts/page.mjs fills in their names), once the
// first part is in and before mounting: with options to check, the app
// fetches them while it mounts, and that fetch takes over this preload;
// else they come at low priority (issue 14: a tap on "start" then finds
// them). Not when the visitor asked the browser to save data, nor with
// ?offline: the service worker, registered below, keeps the chunk only when
// the chunk's fetch passes through it (see start.js in scripts/page.mjs).
if (!navigator.connection?.saveData && !new URLSearchParams(location.search).has('offline')) {
  for (const name of __CHUNKS__) {
    const link = Object.assign(document.createElement('link'), {
      rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous', href: new URL(name, import.meta.url).href,
    });
    link.setAttribute('fetchpriority', 'low');
    document.head.append(link);
  }
}
mountPage([...new URLSearchParams(location.search)].map(([k, v]) => [k, v]));
const root = document.getElementById('keukentafel');
if (parent !== window) {
  const tell = (message) => parent.postMessage({ keukentafel: message.type, ...message }, '*');
  new ResizeObserver(() => tell({ type: 'height', height: document.documentElement.scrollHeight }))
    .observe(document.documentElement);
  let heading = '';
  new MutationObserver(() => {
    const h1 = root.querySelector('h1')?.textContent ?? '';
    if (h1 !== heading) { heading = h1; tell({ type: 'navigated' }); }
  }).observe(root, { childList: true, subtree: true, characterData: true });
  // Quick exit: the frame can only replace itself; the host page's script
  // replaces the whole page with the neutral one (the app checked the URL).
  addEventListener('keukentafel:exit', () => tell({ type: 'exit', url: root.getAttribute('data-kt-exit-url') ?? '' }));
}
if (new URLSearchParams(location.search).has('offline') && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).catch(() => {});
}
dispatchEvent(new CustomEvent('keukentafel:started'));
