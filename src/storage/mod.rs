//! Where drafts live. The app talks to a [`KeyValueStore`] (browser
//! `localStorage` in the app, a map in tests) through [`Drafts`], which
//! namespaces keys so several embeddings and households share one device.

mod drafts;
mod memory;

#[cfg(target_arch = "wasm32")]
mod local;

pub use drafts::{DraftId, DraftSummary, Drafts, LoadedDraft};
pub use memory::MemoryStore;

#[cfg(target_arch = "wasm32")]
pub use local::LocalStore;

/// Why the store refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Storage is switched off or blocked (private mode, site settings).
    Unavailable,
    /// Anything else the browser reported.
    Other(String),
}

/// A string key-value store: the only thing the app needs from storage.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// All keys currently stored (of every namespace).
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}
