//! Where drafts live. The app talks to a [`KeyValueStore`] through
//! [`Drafts`], which namespaces keys so several embeddings and households
//! share one device. In the app that store is a [`Mirror`]: synchronous
//! reads from memory, every change written to IndexedDB (`idb`) in strict
//! transactions; in tests a map.

mod drafts;
mod memory;
pub mod migrate;
mod mirror;
pub mod revision;

#[cfg(target_arch = "wasm32")]
pub mod channel;
#[cfg(target_arch = "wasm32")]
pub mod idb;
#[cfg(target_arch = "wasm32")]
mod local;

pub use drafts::{DraftId, DraftSummary, Drafts, LoadedDraft};
pub use memory::MemoryStore;
pub use mirror::{Batch, Mirror};

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
