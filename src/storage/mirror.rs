//! The drafts the app reads, in memory, in front of a durable store that is
//! only reached asynchronously (IndexedDB in the browser). Reads are
//! synchronous, as the app's screens need them; every change is applied
//! here at once and queued as pending until the durable store confirms it.
//! The newest pending value of a key wins: a writer takes the whole queue
//! as one batch, and what changes meanwhile waits for the next batch, so no
//! two writes of one key are ever in flight.

use super::{KeyValueStore, StoreError};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Changes to write in one transaction: a key's new value, or `None` to
/// remove it. Built with `insert`, not `collect()`: a map collected from an
/// iterator is sorted first, with a new copy of the sort for every iterator
/// type (four copies cost the intake chunk 2.2 KB brotli, issue 14).
pub type Batch = BTreeMap<String, Option<String>>;

/// Plain lists, not maps: a device holds tens of keys, and list code is a
/// fraction of a map's in the app's first load (issue 6).
#[derive(Default)]
struct Inner {
    items: Vec<(String, String)>,
    pending: Vec<(String, Option<String>)>,
    /// Why the durable store could not be read, if it could not: listing
    /// drafts then says so instead of showing an empty device.
    broken: Option<StoreError>,
    on_change: Option<Rc<dyn Fn()>>,
    /// Tells this instance's writes from other tabs' (and instances').
    id: Rc<str>,
}

/// Shared handle: clones see the same drafts.
#[derive(Clone, Default)]
pub struct Mirror {
    inner: Rc<RefCell<Inner>>,
}

impl Mirror {
    pub fn new() -> Self {
        Self::default()
    }

    /// This instance's id as a writer (empty until [`Mirror::set_id`]).
    pub fn id(&self) -> Rc<str> {
        self.inner.borrow().id.clone()
    }

    /// Set by the writer when it starts (the first load needs no id).
    pub fn set_id(&self, id: &str) {
        self.inner.borrow_mut().id = id.into();
    }

    /// Every value held, as a batch: written whole when the durable store
    /// was found emptied under the running app.
    pub fn everything(&self) -> Batch {
        let inner = self.inner.borrow();
        let mut all = Batch::new();
        for (k, v) in &inner.items {
            all.insert(k.clone(), Some(v.clone()));
        }
        for (k, v) in &inner.pending {
            all.insert(k.clone(), v.clone());
        }
        all
    }

    /// Takes what the durable store holds (at start, or written by another
    /// tab). A key changed here and not yet written keeps its own value.
    pub fn load(&self, entries: impl IntoIterator<Item = (String, Option<String>)>) {
        let mut inner = self.inner.borrow_mut();
        for (key, value) in entries {
            if inner.pending.iter().any(|(k, _)| *k == key) {
                continue;
            }
            put(&mut inner.items, key, value);
        }
    }

    /// The durable store could not be read: the drafts listed are not all
    /// there are, and listing says so.
    pub fn set_broken(&self, error: Option<StoreError>) {
        self.inner.borrow_mut().broken = error;
    }

    /// Called after every change (the writer starts a batch).
    pub fn on_change(&self, f: Rc<dyn Fn()>) {
        self.inner.borrow_mut().on_change = Some(f);
    }

    /// Every pending change, now owned by the caller's write.
    pub fn take_pending(&self) -> Batch {
        let mut batch = Batch::new();
        for (k, v) in std::mem::take(&mut self.inner.borrow_mut().pending) {
            batch.insert(k, v);
        }
        batch
    }

    /// A write failed: its changes are pending again, unless a newer value
    /// of the same key is already waiting.
    pub fn put_back(&self, batch: Batch) {
        let mut inner = self.inner.borrow_mut();
        for (key, value) in batch {
            if !inner.pending.iter().any(|(k, _)| *k == key) {
                inner.pending.push((key, value));
            }
        }
    }

    /// Every pending change, still pending (kept aside when the page goes
    /// away, see `storage::revision::keep`).
    pub fn pending(&self) -> Batch {
        self.inner.borrow().pending.iter().cloned().collect()
    }

    pub fn has_pending(&self) -> bool {
        !self.inner.borrow().pending.is_empty()
    }

    fn change(&self, key: &str, value: Option<&str>) {
        {
            let mut inner = self.inner.borrow_mut();
            let value = value.map(str::to_string);
            put(&mut inner.items, key.to_string(), value.clone());
            inner.pending.retain(|(k, _)| k != key);
            inner.pending.push((key.to_string(), value));
        }
        let notify = self.inner.borrow().on_change.clone();
        if let Some(f) = notify {
            f();
        }
    }
}

/// Sets or removes `key` in a list of entries.
fn put(items: &mut Vec<(String, String)>, key: String, value: Option<String>) {
    let at = items.iter().position(|(k, _)| *k == key);
    match (at, value) {
        (Some(i), Some(v)) => items[i].1 = v,
        (None, Some(v)) => items.push((key, v)),
        (Some(i), None) => {
            items.swap_remove(i);
        }
        (None, None) => {}
    }
}

impl KeyValueStore for Mirror {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let inner = self.inner.borrow();
        Ok(inner
            .items
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone()))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.change(key, Some(value));
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.change(key, None);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let inner = self.inner.borrow();
        if let Some(e) = &inner.broken {
            return Err(e.clone());
        }
        Ok(inner.items.iter().map(|(k, _)| k.clone()).collect())
    }
}
