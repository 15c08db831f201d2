// Everything the page's origin holds, as text, for the tests that prove
// what is (not) stored: localStorage, sessionStorage, every IndexedDB
// database (every object store's keys and records) and Cache Storage
// (every cached response's body).

/** One line per stored item: "<where>:<name>=<content>". */
export async function storedItems(page) {
  return page.evaluate(async () => {
    const out = [];
    const decoder = new TextDecoder();
    // Records may hold binary data or blobs: read those as text too.
    const asText = async (value) => {
      if (value instanceof Blob) return value.text();
      if (value instanceof ArrayBuffer) return decoder.decode(value);
      if (ArrayBuffer.isView(value)) return decoder.decode(value);
      if (Array.isArray(value)) return (await Promise.all(value.map(asText))).join(',');
      if (value && typeof value === 'object') {
        const parts = [];
        for (const [k, v] of Object.entries(value)) parts.push(`${k}:${await asText(v)}`);
        return `{${parts.join(',')}}`;
      }
      return String(value);
    };
    for (const [name, storage] of [['local', localStorage], ['session', sessionStorage]]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        out.push(`${name}:${key}=${storage.getItem(key)}`);
      }
    }
    const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name));
      for (const store of db.objectStoreNames) {
        const os = db.transaction(store).objectStore(store);
        const keys = await request(os.getAllKeys());
        const values = await request(os.getAll());
        for (let i = 0; i < keys.length; i += 1) out.push(`idb:${name}/${store}/${await asText(keys[i])}=${await asText(values[i])}`);
      }
      db.close();
    }
    if (self.caches) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) {
          const res = await cache.match(req);
          out.push(`cache:${name}:${req.url}=${res ? await res.text() : ''}`);
        }
      }
    }
    return out;
  });
}
