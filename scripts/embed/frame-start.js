// The iframe page's start: mounts the app with the options of the frame's
// query string (?lang=en&namespace=enschede&mode=resident) and tells the
// host page (keukentafel-frame.js) its height and when the screen changes.
import init, { mountPage } from './keukentafel.js';

await init();
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
