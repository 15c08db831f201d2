//! Moving drafts kept by earlier versions in `localStorage` into the
//! durable store, losing nothing: the old copies are removed only after the
//! durable store has confirmed the new ones (the caller's order), and a key
//! the durable store already has is never overwritten by an old copy (a
//! kill after the move but before the removal reached the disk leaves old
//! copies behind; the durable one is newer).

use super::mirror::Batch;
use std::collections::BTreeMap;

/// A key this namespace's drafts used in `localStorage`: drafts, their
/// positions and the open-draft pointer. Settings stay where they are.
pub fn is_legacy_key(namespace: &str, key: &str) -> bool {
    let Some(rest) = key
        .strip_prefix(namespace)
        .and_then(|r| r.strip_prefix('.'))
    else {
        return false;
    };
    rest == "open"
        || rest.strip_prefix("draft.").is_some_and(|id| !id.is_empty())
        || rest
            .strip_prefix("position.")
            .is_some_and(|id| !id.is_empty())
}

/// What to write to the durable store, and which old keys to remove once
/// it is written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Migration {
    pub write: Batch,
    pub remove: Vec<String>,
}

impl Migration {
    pub fn is_empty(&self) -> bool {
        self.remove.is_empty()
    }
}

/// Plans the move of `legacy` (every `localStorage` entry) given what the
/// durable store holds.
pub fn plan(
    namespace: &str,
    durable: &BTreeMap<String, String>,
    legacy: impl IntoIterator<Item = (String, String)>,
) -> Migration {
    let mut migration = Migration::default();
    for (key, value) in legacy {
        if !is_legacy_key(namespace, &key) {
            continue;
        }
        if !durable.contains_key(&key) {
            migration.write.insert(key.clone(), Some(value));
        }
        migration.remove.push(key);
    }
    migration
}
