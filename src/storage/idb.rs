//! Drafts on disk: the browser's IndexedDB, one database per origin
//! (`keukentafel`) with one object store of string keys and string values
//! (the keys carry each embedding's namespace, as before in localStorage).
//!
//! Why not localStorage: Chromium writes localStorage to disk lazily, so a
//! killed browser lost text the app had shown as saved (issue 15; measured
//! figures in the README). A `readwrite` transaction opened with
//! `durability: "strict"` is flushed to disk before its `complete` event,
//! and only then does the app say "Opgeslagen". Every batch of changes is
//! one transaction: a draft and the open-draft pointer are written together
//! or not at all.

use super::mirror::{Batch, Mirror};
use super::revision::{self, Guard, Planned};
use super::{migrate, KeyValueStore, LocalStore, StoreError};
use crate::domain::revision::Stamp;
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::IdbDatabase;

const DB_NAME: &str = "keukentafel";
const STORE: &str = "kv";

thread_local! {
    /// One connection for every instance on the page.
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

// Every call goes through `Reflect` rather than typed web-sys methods and
// no `Closure` is made: each typed method and closure signature adds its
// own import and adapter to the JS glue and the wasm that every first
// visit loads (issue 6). `IdbDatabase` is kept as the connection's type
// only (its casts are unchecked and cost nothing).

/// `target[name]`.
fn get(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// `target[method](...args)`.
fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = get(target, method).dyn_into()?;
    f.apply(target, &args.iter().collect())
}

/// How the app tells a failure the browser named.
fn classify(error: &JsValue) -> StoreError {
    match get(error, "name").as_string().unwrap_or_default().as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        // Private modes and blocked site data refuse to open or write.
        "SecurityError" | "InvalidStateError" | "UnknownError" | "NotAllowedError" => {
            StoreError::Unavailable
        }
        other => StoreError::Other(other.to_string()),
    }
}

/// A promise settled by `on_ok` / `on_err` events of `target`, awaited:
/// the event that settled it.
async fn settled(target: &JsValue, on_ok: &[&str], on_err: &[&str]) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        // Setting an event handler property cannot fail on these objects.
        for name in on_ok {
            _ = js_sys::Reflect::set(target, &(*name).into(), &resolve);
        }
        for name in on_err {
            _ = js_sys::Reflect::set(target, &(*name).into(), &reject);
        }
    });
    JsFuture::from(promise).await
}

/// Opens the database, creating its one store the first time. Any failure
/// to open or read means the browser does not let us keep drafts here.
async fn open() -> Result<IdbDatabase, StoreError> {
    let unavailable = |_| StoreError::Unavailable;
    let factory = get(&js_sys::global(), "indexedDB");
    let request = call(&factory, "open", &[&DB_NAME.into(), &1.into()]).map_err(unavailable)?;
    // The store is created in `upgradeneeded`, while its version change
    // transaction is active: the event's handlers and the microtasks after
    // them (this future's wake-up is one) run before it ends.
    let done = ["onsuccess", "onupgradeneeded"];
    let event = settled(&request, &done, &["onerror"])
        .await
        .map_err(unavailable)?;
    if get(&event, "type").as_string().as_deref() == Some("upgradeneeded") {
        // Failing here fails the open, which the caller reports.
        _ = call(
            &get(&request, "result"),
            "createObjectStore",
            &[&STORE.into()],
        );
        _ = js_sys::Reflect::set(&request, &"onupgradeneeded".into(), &JsValue::NULL);
        settled(&request, &["onsuccess"], &["onerror"])
            .await
            .map_err(unavailable)?;
    }
    let db = get(&request, "result");
    if db.is_object() {
        Ok(db.unchecked_into())
    } else {
        Err(StoreError::Unavailable)
    }
}

/// The open connection, or a new one (the first time, or when `fresh`:
/// the browser closed the old one, e.g. its data was cleared).
pub async fn database(fresh: bool) -> Result<IdbDatabase, StoreError> {
    if !fresh {
        if let Some(db) = DB.with_borrow(Clone::clone) {
            return Ok(db);
        }
    }
    let db = open().await?;
    DB.set(Some(db.clone()));
    Ok(db)
}

/// Every key and value in the store, in key order.
pub async fn read_all(db: &IdbDatabase) -> Result<Vec<(String, String)>, StoreError> {
    let unavailable = |_| StoreError::Unavailable;
    let tx = call(db, "transaction", &[&STORE.into()]).map_err(unavailable)?;
    let store = call(&tx, "objectStore", &[&STORE.into()]).map_err(unavailable)?;
    let keys = call(&store, "getAllKeys", &[]).map_err(unavailable)?;
    let values = call(&store, "getAll", &[]).map_err(unavailable)?;
    // Both come in key order, from one snapshot; the second ends last.
    settled(&values, &["onsuccess"], &["onerror"])
        .await
        .map_err(unavailable)?;
    let keys = js_sys::Array::from(&get(&keys, "result"));
    let values = js_sys::Array::from(&get(&values, "result"));
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
        .collect())
}

/// Writes `batch` in one strict transaction; resolves once it is on disk.
pub async fn write(db: &IdbDatabase, batch: &Batch) -> Result<(), StoreError> {
    write_breaking_after(db, batch, None).await
}

/// A `readwrite` transaction on the store that Chromium flushes to disk
/// before its `complete` event, and its object store.
fn strict_transaction(db: &IdbDatabase) -> Result<(JsValue, JsValue), StoreError> {
    // `db.transaction(STORE, "readwrite", { durability: "strict" })`: the
    // options are unstable in the locked web-sys (behind a cfg flag). A
    // browser that does not know the option ignores it.
    let options = js_sys::Object::new();
    _ = js_sys::Reflect::set(&options, &"durability".into(), &"strict".into());
    let tx = call(
        db,
        "transaction",
        &[&STORE.into(), &"readwrite".into(), &options],
    )
    .map_err(|e| classify(&e))?;
    let store = call(&tx, "objectStore", &[&STORE.into()]).map_err(|e| classify(&e))?;
    Ok((tx, store))
}

/// [`write`], but aborted after `after` of its changes when given: the
/// component tests break a write mid-way with it and find the old draft.
#[doc(hidden)]
pub async fn write_breaking_after(
    db: &IdbDatabase,
    batch: &Batch,
    after: Option<usize>,
) -> Result<(), StoreError> {
    let (tx, store) = strict_transaction(db)?;
    for (n, (key, value)) in batch.iter().enumerate() {
        if after == Some(n) {
            // An abort can only fail on a finished transaction.
            _ = call(&tx, "abort", &[]);
            break;
        }
        let key = JsValue::from_str(key);
        match value {
            Some(v) => call(&store, "put", &[&JsValue::from_str(v), &key]),
            None => call(&store, "delete", &[&key]),
        }
        .map_err(|e| classify(&e))?;
    }
    // Sent now rather than when this task ends: a page being left (reload,
    // closed tab) has little time. Browsers without `commit` commit at the
    // end of the task anyway.
    if after.is_none() {
        _ = call(&tx, "commit", &[]);
    }
    settled(&tx, &["oncomplete"], &["onerror", "onabort"])
        .await
        .map(drop)
        .map_err(|_| match get(&tx, "error") {
            e if e.is_object() => classify(&e),
            _ => StoreError::Other("AbortError".into()),
        })
}

/// What a guarded write stored, and the drafts it did not (stale), each
/// with the text stored instead.
pub struct Written {
    pub planned: Planned,
    pub stored: Vec<Option<String>>,
}

/// Writes `batch` in one strict transaction, each guarded draft only if
/// the store still holds the revision it was made from
/// ([`revision::plan`]): the stored stamps are read in the same
/// transaction, so no other writer can store in between. A stale draft is
/// not written; `writer`'s side of it is kept as unmerged, and the stored
/// text is returned for the merge.
pub async fn write_guarded(
    db: &IdbDatabase,
    batch: &Batch,
    guards: &[Guard],
    writer: &str,
) -> Result<Written, StoreError> {
    if guards.is_empty() {
        write(db, batch).await?;
        let planned = revision::plan(batch, guards, &[], writer);
        return Ok(Written {
            planned,
            stored: Vec::new(),
        });
    }
    let (tx, store) = strict_transaction(db)?;
    let mut reads = Vec::new();
    for guard in guards {
        let rev_key = revision::rev_key(&guard.key).unwrap_or_default();
        let stamp = call(&store, "get", &[&rev_key.into()]).map_err(|e| classify(&e))?;
        let text = call(&store, "get", &[&guard.key.as_str().into()]).map_err(|e| classify(&e))?;
        reads.push((stamp, text));
    }
    // Requests of one transaction succeed in order: the last one's success
    // means all are read. Its handler's microtasks (this future's wake-up)
    // run while the transaction is still active, so the writes below join it.
    if let Some((_, last)) = reads.last() {
        settled(last, &["onsuccess"], &["onerror"])
            .await
            .map_err(|_| StoreError::Other("read before write".into()))?;
    }
    let stamps: Vec<Stamp> = reads
        .iter()
        .map(|(s, _)| Stamp::parse(get(s, "result").as_string().as_deref()))
        .collect();
    let stored = reads
        .iter()
        .map(|(_, t)| get(t, "result").as_string())
        .collect();
    let planned = revision::plan(batch, guards, &stamps, writer);
    for (key, value) in &planned.write {
        let key = JsValue::from_str(key);
        match value {
            Some(v) => call(&store, "put", &[&JsValue::from_str(v), &key]),
            None => call(&store, "delete", &[&key]),
        }
        .map_err(|e| classify(&e))?;
    }
    _ = call(&tx, "commit", &[]);
    settled(&tx, &["oncomplete"], &["onerror", "onabort"])
        .await
        .map_err(|_| match get(&tx, "error") {
            e if e.is_object() => classify(&e),
            _ => StoreError::Other("AbortError".into()),
        })?;
    Ok(Written { planned, stored })
}

/// At start: fills `mirror` with what the durable store holds. When it
/// cannot be read, the mirror is marked (listing drafts says so) and the
/// error returned.
pub async fn read_into(mirror: &Mirror) -> Result<(), StoreError> {
    let read = match database(false).await {
        Ok(db) => read_all(&db).await,
        Err(e) => Err(e),
    };
    match read {
        Ok(entries) => {
            mirror.load(entries.into_iter().map(|(k, v)| (k, Some(v))));
            Ok(())
        }
        Err(e) => {
            mirror.set_broken(Some(e.clone()));
            Err(e)
        }
    }
}

/// True when localStorage still holds drafts of `namespace` from before
/// (then [`migrate`] runs, with the wasm chunk).
pub fn has_legacy(namespace: &str) -> bool {
    // Settings stay in localStorage; any other key of the namespace is
    // a draft's (`migrate` picks exactly which).
    let (ns, settings) = (format!("{namespace}."), format!("{namespace}.setting."));
    LocalStore
        .keys()
        .unwrap_or_default()
        .iter()
        .any(|k| k.starts_with(&ns) && !k.starts_with(&settings))
}

/// Moves this namespace's drafts of earlier versions out of localStorage
/// (see [`super::migrate`]), after [`read_into`]: written to IndexedDB in
/// one transaction, and only once that is complete removed from
/// localStorage. When the write fails the old copies stay where they were,
/// the mirror shows them, and they are pending for the writer's next try.
pub async fn migrate(mirror: &Mirror, namespace: &str) -> Result<(), StoreError> {
    let legacy = LocalStore
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|k| {
            let v = LocalStore.get(&k).ok().flatten()?;
            Some((k, v))
        });
    let mut durable = BTreeMap::new();
    if let Ok(db) = database(false).await {
        for (k, v) in read_all(&db).await.unwrap_or_default() {
            durable.insert(k, v);
        }
    }
    let migration = migrate::plan(namespace, &durable, legacy);
    mirror.load(migration.write.clone());
    let written = match database(false).await {
        Ok(db) => write(&db, &migration.write).await,
        Err(e) => Err(e),
    };
    if let Err(e) = written {
        mirror.put_back(migration.write);
        return Err(e);
    }
    for key in migration.remove {
        // An old copy left behind is removed at the next start (the
        // durable one wins, see `migrate::plan`).
        _ = LocalStore.remove(&key);
    }
    Ok(())
}
