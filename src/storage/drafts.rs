//! Drafts of several households on one device, each under its own key in a
//! namespace the embedding chooses. A draft that fails to parse is reported
//! as damaged with its raw text, never dropped and never hiding the others.

use super::{revision, KeyValueStore, StoreError};
use crate::domain::format::{self, LoadError};
use crate::domain::revision::{Stamp, Unmerged};
use crate::domain::Intake;
use std::rc::Rc;

/// A draft's identifier within the namespace.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DraftId(pub String);

/// What reading one draft gave.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadedDraft {
    Ok(Box<Intake>),
    /// Stored, but not readable as a plan: kept as is so it can be
    /// downloaded or removed by the user.
    Damaged {
        raw: String,
        error: LoadError,
    },
}

/// One row of the "resume a draft" list.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftSummary {
    pub id: DraftId,
    pub draft: LoadedDraft,
}

/// The setting that says drafts may be stored (see [`Drafts::may_have_drafts`]).
const STORED_MARK: &str = "stored";

pub struct Drafts<S: KeyValueStore> {
    store: S,
    /// Where settings are kept, when not in `store` (see [`Drafts::with_settings`]).
    settings: Option<Rc<dyn KeyValueStore>>,
    namespace: String,
}

impl<S: KeyValueStore> Drafts<S> {
    /// `namespace` separates embeddings sharing one origin, e.g. "keukentafel".
    pub fn new(store: S, namespace: &str) -> Self {
        Self {
            store,
            settings: None,
            namespace: namespace.to_string(),
        }
    }

    /// Keeps settings (the language) in `settings` instead: in the app
    /// drafts are in IndexedDB, read asynchronously, while the language is
    /// needed before the first paint, from localStorage.
    pub fn with_settings(mut self, settings: Rc<dyn KeyValueStore>) -> Self {
        self.settings = Some(settings);
        self
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// The storage key of a draft (other tabs' writes are matched on it).
    pub fn draft_key(&self, id: &DraftId) -> String {
        format!("{}.draft.{}", self.namespace, id.0)
    }

    fn position_key(&self, id: &DraftId) -> String {
        format!("{}.position.{}", self.namespace, id.0)
    }

    fn draft_prefix(&self) -> String {
        format!("{}.draft.", self.namespace)
    }

    /// The ids of every draft in this namespace, oldest first, without
    /// reading the drafts themselves (the start screen asks this before the
    /// code that reads drafts has loaded).
    pub fn ids(&self) -> Result<Vec<DraftId>, StoreError> {
        let prefix = self.draft_prefix();
        let mut ids: Vec<DraftId> = Vec::new();
        // Each put in its place rather than `sort()`: the start screen
        // lists drafts, and a sort's generic code is ~1 KB brotli of the
        // first load (a device holds tens of drafts at most).
        for key in self.store.keys()? {
            if let Some(id) = key.strip_prefix(&prefix) {
                let id = DraftId(id.to_string());
                let at = ids.partition_point(|x| *x < id);
                ids.insert(at, id);
            }
        }
        Ok(ids)
    }

    /// Every draft in this namespace, sorted by id (ids start with their
    /// creation time, so this is oldest first).
    pub fn list(&self) -> Result<Vec<DraftSummary>, StoreError> {
        self.ids()?
            .into_iter()
            .map(|id| {
                let draft = self.load(&id)?;
                Ok(DraftSummary { id, draft })
            })
            .collect()
    }

    /// Reads one draft; a missing draft reads as an empty intake.
    pub fn load(&self, id: &DraftId) -> Result<LoadedDraft, StoreError> {
        let Some(raw) = self.store.get(&self.draft_key(id))? else {
            return Ok(LoadedDraft::Ok(Box::default()));
        };
        Ok(match format::from_json(&raw) {
            Ok(intake) => LoadedDraft::Ok(Box::new(intake)),
            Err(error) => LoadedDraft::Damaged { raw, error },
        })
    }

    /// The stored text of a draft, as is.
    pub fn raw(&self, id: &DraftId) -> Option<String> {
        self.store.get(&self.draft_key(id)).ok().flatten()
    }

    /// Writes an already serialised draft (see [`format::to_json`]).
    pub fn save_json(&self, id: &DraftId, json: &str) -> Result<(), StoreError> {
        self.store.set(&self.draft_key(id), json)?;
        self.mark_stored();
        Ok(())
    }

    /// Whether this namespace may have drafts in `store`, known at once:
    /// the app's store is read asynchronously, its settings are not. Only
    /// "no" is sure of something (the start screen need not wait for the
    /// store); a device whose drafts predate the mark says "no" too, until
    /// one of them is saved or opened again.
    pub fn may_have_drafts(&self) -> bool {
        self.setting(STORED_MARK).is_some()
    }

    /// Notes that this namespace has stored a draft (see
    /// [`Drafts::may_have_drafts`]): once, not at every save.
    fn mark_stored(&self) {
        if !self.may_have_drafts() {
            // Not told: without the mark the next first screen only waits
            // for the store, as it always did.
            let _ = self.set_setting(STORED_MARK, "1");
        }
    }

    pub fn save(&self, id: &DraftId, intake: &Intake) -> Result<(), StoreError> {
        self.save_json(id, &format::to_json(intake))
    }

    /// Where in the flow the user was (opaque to storage).
    pub fn position(&self, id: &DraftId) -> Option<String> {
        self.store.get(&self.position_key(id)).ok().flatten()
    }

    pub fn set_position(&self, id: &DraftId, position: &str) -> Result<(), StoreError> {
        self.store.set(&self.position_key(id), position)
    }

    pub fn remove(&self, id: &DraftId) -> Result<(), StoreError> {
        let key = self.draft_key(id);
        self.store.remove(&key)?;
        for (side, _) in self.unmerged(id)? {
            self.store.remove(&side)?;
        }
        if let Some(rev) = revision::rev_key(&key) {
            self.store.remove(&rev)?;
        }
        self.store.remove(&self.position_key(id))?;
        self.remove_draft_settings(id)?;
        if self.ids()?.is_empty() {
            // The last one: not even a mark that there were drafts stays.
            self.settings_store()
                .remove(&self.setting_key(STORED_MARK))?;
        }
        Ok(())
    }

    fn settings_store(&self) -> &dyn KeyValueStore {
        match &self.settings {
            Some(s) => s.as_ref(),
            None => &self.store,
        }
    }

    /// A draft's own settings (named `<name>.<id>`, such as the languages
    /// at the table) go with the draft: nothing of a removed household
    /// stays on the device.
    fn remove_draft_settings(&self, id: &DraftId) -> Result<(), StoreError> {
        let (prefix, suffix) = (self.setting_key(""), format!(".{}", id.0));
        let own = |key: &String| key.starts_with(&prefix) && key.ends_with(&suffix);
        match &self.settings {
            Some(s) => {
                for key in s.keys()?.iter().filter(|k| own(k)) {
                    s.remove(key)?;
                }
            }
            None => {
                for key in self.store.keys()?.iter().filter(|k| own(k)) {
                    self.store.remove(key)?;
                }
            }
        }
        Ok(())
    }

    /// The stored draft's revision (0 before revisions, or none stored).
    pub fn stamp(&self, id: &DraftId) -> Stamp {
        let key = revision::rev_key(&self.draft_key(id)).unwrap_or_default();
        Stamp::parse(self.store.get(&key).ok().flatten().as_deref())
    }

    /// Every side of draft `id` not yet merged in (by key), readable or not.
    pub fn unmerged(&self, id: &DraftId) -> Result<Vec<(String, Option<Unmerged>)>, StoreError> {
        let Some(prefix) = revision::unmerged_prefix(&self.draft_key(id)) else {
            return Ok(Vec::new());
        };
        let mut found = Vec::new();
        for key in self.store.keys()? {
            if key.starts_with(&prefix) {
                let side = self.store.get(&key)?.and_then(|t| Unmerged::from_json(&t));
                found.push((key, side));
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(found)
    }

    /// Drafts of which only sides kept aside are left, stored again. That
    /// happens when a draft is removed (in another tab) while a tab holds
    /// text of it not yet stored, and that tab's page goes away (closed,
    /// crashed) after keeping its side but before writing the draft again:
    /// the text is on the device, but no list would show it. Each such
    /// draft is stored from the first of its sides that reads as a plan,
    /// which is then removed; any other side stays, merged in when the
    /// draft is opened. Returns the drafts stored again.
    pub fn restore_orphans(&self) -> Result<Vec<DraftId>, StoreError> {
        let prefix = format!("{}.unmerged.", self.namespace);
        let mut restored = Vec::new();
        // In the store's order, not sorted: a sort's generic code costs
        // about 1 KB of the intake's chunk, and which side comes first
        // matters little (the others are merged in at the next open).
        for key in self.store.keys()?.iter().filter(|k| k.starts_with(&prefix)) {
            let Some((id, _writer)) = key[prefix.len()..].split_once('.') else {
                continue;
            };
            let id = DraftId(id.to_string());
            if restored.contains(&id) || self.raw(&id).is_some() {
                continue;
            }
            let side = self.store.get(key)?.and_then(|t| Unmerged::from_json(&t));
            // Anything else is left as it is, never dropped.
            let Some(side) = side.filter(|s| format::from_json(&s.mine).is_ok()) else {
                continue;
            };
            self.save_json(&id, &side.mine)?;
            self.store.remove(key)?;
            restored.push(id);
        }
        Ok(restored)
    }

    /// Removes an unmerged side once it is merged in and saved.
    pub fn forget_unmerged(&self, key: &str) -> Result<(), StoreError> {
        self.store.remove(key)
    }

    /// The draft that was open when the page went away, to reopen it.
    pub fn open_draft(&self) -> Option<DraftId> {
        let key = format!("{}.open", self.namespace);
        self.store.get(&key).ok().flatten().map(DraftId)
    }

    pub fn set_open_draft(&self, id: Option<&DraftId>) -> Result<(), StoreError> {
        let key = format!("{}.open", self.namespace);
        match id {
            Some(id) => {
                self.store.set(&key, &id.0)?;
                self.mark_stored();
                Ok(())
            }
            None => self.store.remove(&key),
        }
    }

    /// The storage key of a setting.
    pub fn setting_key(&self, name: &str) -> String {
        format!("{}.setting.{name}", self.namespace)
    }

    /// A preference of this namespace, such as the chosen language.
    pub fn setting(&self, name: &str) -> Option<String> {
        // Matched, not a `&dyn` of either: the first load reads settings,
        // and a trait object would pull all of the store's code into it.
        let key = self.setting_key(name);
        match &self.settings {
            Some(s) => s.get(&key),
            None => self.store.get(&key),
        }
        .ok()
        .flatten()
    }

    pub fn set_setting(&self, name: &str, value: &str) -> Result<(), StoreError> {
        let key = self.setting_key(name);
        match &self.settings {
            Some(s) => s.set(&key, value),
            None => self.store.set(&key, value),
        }
    }

    /// Removes every key of this namespace (and nothing of other namespaces).
    pub fn remove_all(&self) -> Result<(), StoreError> {
        let prefix = format!("{}.", self.namespace);
        for key in self.store.keys()? {
            if key.starts_with(&prefix) {
                self.store.remove(&key)?;
            }
        }
        if let Some(settings) = &self.settings {
            for key in settings.keys()? {
                if key.starts_with(&format!("{prefix}setting.")) {
                    settings.remove(&key)?;
                }
            }
        }
        Ok(())
    }
}
