// Keukentafel embed loader: the one file a host page includes, by a stable
// name. A release changes only the hashed folder named below, so a page
// never needs editing for a new version. Every `[data-keukentafel]` element
// gets an instance of its own; `mount(element, options)` does it by hand.
// Written by scripts/page.mjs from scripts/embed/keukentafel-embed.js.
const APP = new URL('./__FOLDER__/', import.meta.url);
const FILES = __FILES__;

// What a web team must change, in the page's language, instead of a blank box.
const SAY = {
  nl: {
    csp: 'Keukentafel kan hier niet starten: het beveiligingsbeleid van deze pagina (Content-Security-Policy) staat WebAssembly niet toe. Voor de webbeheerder: voeg \'wasm-unsafe-eval\' toe aan script-src.',
    load: 'Keukentafel kon niet laden. Controleer de internetverbinding en laad de pagina opnieuw.',
  },
  en: {
    csp: 'Keukentafel cannot start here: this page\'s security policy (Content-Security-Policy) does not allow WebAssembly. For the web team: add \'wasm-unsafe-eval\' to script-src.',
    load: 'Keukentafel could not load. Check the internet connection and reload the page.',
  },
};

let cspRefused = false;
addEventListener('securitypolicyviolation', (e) => {
  if (e.blockedURI === 'wasm-eval' || /wasm/.test(e.violatedDirective)) cspRefused = true;
});

let started;
function start() {
  // `rem` in a shadow root is the host's root font size, which a host may
  // set to anything: the stylesheet sizes in --kt-rem instead, set on the
  // element to the user's own default size. Registered as a length, it
  // inherits as that size rather than being re-read at every element.
  try {
    CSS.registerProperty({ name: '--kt-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch { /* registered already (a second loader), or not supported: the fallback is 1rem */ }
  started ??= (async () => {
    const glue = await import(new URL(FILES.glue, APP).href);
    await glue.default({ module_or_path: fetch(new URL(FILES.wasm.name, APP), { integrity: FILES.wasm.integrity }) });
    return glue;
  })();
  return started;
}

const handles = new WeakMap();
const mounting = new WeakMap();

/** The instance mounted in `element`, if any ({ unmount() }). */
export const handleOf = (element) => handles.get(element);

/**
 * Mounts an instance into `element`. `options` are those of the
 * data-attributes by their JS names (`lang`, `namespace`, `mode`,
 * `coachName`, `coachOrganisation`, `coachContact`, `extraDomains`,
 * `offline`); they win over the element's attributes. Resolves to a
 * handle with `unmount()`. A wrong option is said inside the component,
 * for the web team; a page that cannot run WebAssembly gets a plain message
 * in the element and a rejection.
 */
export function mount(element, options = {}) {
  // One instance per element: mounting again (also while the first is
  // still starting) gives the same one.
  if (!mounting.has(element)) {
    const started = mountNew(element, options);
    started.catch(() => mounting.delete(element));
    mounting.set(element, started);
  }
  return mounting.get(element);
}

async function mountNew(element, options) {
  const lang = langOf(element);
  let glue;
  try {
    glue = await start();
  } catch (e) {
    started = undefined; // a retry (reload, or mount again) may work
    const text = cspRefused || /Content.Security.Policy|wasm-eval/i.test(String(e)) ? SAY[lang].csp : SAY[lang].load;
    tell(element, text);
    throw new Error(text);
  }
  const pairs = Object.entries(options).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
  // A shadow root of its own: the host's CSS cannot reach in, and two
  // instances' ids never meet. It cannot be taken off again; unmount
  // empties it, and a later mount reuses it.
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(FILES.css.name, APP).href });
  if (FILES.css.integrity) Object.assign(link, { integrity: FILES.css.integrity, crossOrigin: 'anonymous' });
  const root = document.createElement('div');
  // Unstyled until the stylesheet is there; shown once it loads or fails,
  // never a blank box.
  root.hidden = true;
  const styled = new Promise((done) => { link.onload = done; link.onerror = done; });
  shadow.append(link, root);
  // Before mounting: an instance with options fetches the chunk while it
  // mounts (to check them), and that fetch must find this preload.
  prefetchChunks();
  // A wrong option is said inside the component, for the web team.
  const handle = glue.mount(element, root, pairs);
  for (const where of [element, shadow]) where.querySelector(':scope > .kt-embed-problem')?.remove();
  await styled;
  root.hidden = false;
  element.setAttribute('data-keukentafel-ready', '');
  if (options.offline ?? element.hasAttribute('data-offline')) offline();
  const api = {
    unmount() {
      handles.delete(element);
      mounting.delete(element);
      handle.unmount();
      handle.free();
      link.remove();
      root.remove();
      element.removeAttribute('data-keukentafel-ready');
    },
  };
  handles.set(element, api);
  return api;
}

// Issue 14: the intake's chunks as soon as the first screen mounts, at
// low priority (a tap on "start" then finds them), unless the visitor asked
// the browser to save data. Not at idle as on the app's own page: an
// instance with options fetches the chunk right after mounting (to check
// them), and only a preload already in place shares that download. The
// first part is loaded by then, and low priority yields to the stylesheet. A
// <link rel=preload> in the host page's head: the chunk loader's fetch()
// takes it over whatever the cache headers say; crossOrigin "anonymous" is
// what that fetch() asks for.
let prefetched = false;
function prefetchChunks() {
  if (prefetched || navigator.connection?.saveData) return;
  prefetched = true;
  for (const name of FILES.chunks ?? []) {
    const link = Object.assign(document.createElement('link'), {
      rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous', href: new URL(name, APP).href,
    });
    link.setAttribute('fetchpriority', 'low');
    document.head.append(link);
  }
}

function langOf(element) {
  const code = (element.dataset.lang || element.closest('[lang]')?.lang || 'nl').slice(0, 2);
  return code in SAY ? code : 'nl';
}

// In the shadow root once there is one (light DOM children of a shadow
// host are not shown).
function tell(element, text) {
  const where = element.shadowRoot ?? element;
  const p = where.querySelector(':scope > .kt-embed-problem') ?? document.createElement('p');
  p.className = 'kt-embed-problem';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  where.append(p);
}

// Keeps the app's own files for use without a network, scoped to the app's
// folder (opt-in: a host may not allow service workers).
function offline() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { scope: new URL('./', import.meta.url).pathname })
    .catch(() => { /* without it the app works online as before */ });
}

for (const element of document.querySelectorAll('[data-keukentafel]')) {
  mount(element).catch(() => { /* said in the element */ });
}
