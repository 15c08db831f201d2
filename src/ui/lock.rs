//! The open draft's lock, while it is unlocked: its key (memory only, never
//! stored), the sealed writes autosave hands over, and the idle timer that
//! locks it again. Installed with autosave under the app's root owner
//! (`session::activate`); every listener and timer goes with that owner.
//!
//! A locked draft is stored only as a sealed record (`domain::locked`):
//! autosave serialises as ever, and this module seals the text with a
//! fresh IV (`write_sealed`) before it goes into the drafts' mirror, from
//! where the writer (`ui::writer`) stores it durably. Sealed before the
//! mirror, not in the writer's `seal` step: WebCrypto is async, and the
//! mirror is also what the draft list reads and what other tabs are sent,
//! so it must never hold a locked draft's plaintext. Locking ("Nu
//! vergrendelen", idle, quick exit, back to the start screen) waits for
//! the last write, then forgets the key.

use super::crypto::{CryptoError, Lock};
use super::state::{AppState, SaveStatus};
use super::{autosave, session};
use crate::domain::locked::{self, LockProblem};
use crate::storage::{DraftId, StoreError};
use leptos::prelude::*;
use std::time::Duration;

/// The lock of the open draft and the state of its sealed writes.
#[derive(Clone, Copy)]
struct Locks {
    open: StoredValue<Option<(DraftId, Lock)>, LocalStorage>,
    /// Sealed writes started and finished (written, or overtaken by a
    /// newer one), in order: an older seal never overwrites a newer one.
    issued: StoredValue<u64>,
    finished: StoredValue<u64>,
    idle: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The text last stored sealed (or opened): writing it again would
    /// only make a new record of the same plan.
    stored: StoredValue<Option<String>, LocalStorage>,
}

/// Why a draft could not be locked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockFailure {
    /// What the person typed does not pass (`domain::locked`).
    Input(LockProblem),
    Crypto(CryptoError),
    /// The sealed draft could not be written: the draft stays as it was.
    Store(StoreError),
}

fn state(app: AppState) -> Option<Locks> {
    app.in_root(use_context::<Locks>).flatten()
}

/// Wires the lock's state and the idle timer under the current owner.
pub fn install(app: AppState) {
    let locks = Locks {
        open: StoredValue::new_local(None),
        issued: StoredValue::new(0),
        finished: StoredValue::new(0),
        idle: StoredValue::new_local(None),
        stored: StoredValue::new_local(None),
    };
    provide_context(locks);
    // Any key or pointer in the page counts as use.
    let keys = window_event_listener(leptos::ev::keydown, move |_| touch(app));
    let pointer = window_event_listener(leptos::ev::pointerdown, move |_| touch(app));
    on_cleanup(move || {
        keys.remove();
        pointer.remove();
        stop_idle(locks);
    });
}

fn stop_idle(locks: Locks) {
    if let Some(handle) = locks.idle.try_get_value().flatten() {
        handle.clear();
    }
    locks.idle.try_set_value(None);
}

/// The lock of draft `id`, when it is the open, unlocked draft.
pub fn current(app: AppState, id: &DraftId) -> Option<Lock> {
    state(app)?
        .open
        .with_value(|o| o.as_ref().filter(|(d, _)| d == id).map(|(_, l)| l.clone()))
}

/// The label of the open draft's lock, if it has one.
pub fn label(app: AppState) -> Option<String> {
    let id = app.draft.get_untracked()?;
    current(app, &id).map(|l| l.label)
}

/// Opens draft `id` with `lock` held; `text` is what is stored sealed
/// (the opened text), if known.
pub fn hold(app: AppState, id: DraftId, lock: Lock, text: Option<String>) {
    if let Some(locks) = state(app) {
        locks.open.set_value(Some((id, lock)));
        locks.stored.set_value(text);
        touch(app);
    }
}

/// True when `json` is what is already stored sealed for the open draft.
pub fn is_stored(app: AppState, json: &str) -> bool {
    state(app).is_some_and(|l| l.stored.with_value(|s| s.as_deref() == Some(json)))
}

/// The open draft's text as last stored sealed (or opened), if known.
pub fn stored_text(app: AppState) -> Option<String> {
    state(app)?.stored.get_value()
}

/// True while a sealed write has been started and not yet handed to the
/// writer (sealing is async): its text is not stored yet.
pub fn sealing(app: AppState) -> bool {
    state(app).is_some_and(|l| l.finished.get_value() < l.issued.get_value())
}

/// Another tab stored `text` sealed as the open draft (opened here with
/// the held key): it is what is stored now.
pub fn took(app: AppState, text: String) {
    if let Some(locks) = state(app) {
        locks.stored.set_value(Some(text));
    }
}

/// Forgets the key: the draft is locked again. Pending writes keep their
/// own copy of the key and finish.
pub fn forget(app: AppState) {
    if let Some(locks) = state(app) {
        locks.open.set_value(None);
        locks.stored.set_value(None);
        stop_idle(locks);
    }
}

/// Restarts the idle timer while a locked draft is open.
fn touch(app: AppState) {
    let Some(locks) = state(app) else { return };
    if locks.open.with_value(Option::is_none) {
        return;
    }
    stop_idle(locks);
    let minutes = app.config(|c| c.auto_lock_minutes);
    let after = Duration::from_secs(u64::from(minutes) * 60);
    let handle = set_timeout_with_handle(move || lock_now(app), after).ok();
    locks.idle.set_value(handle);
}

/// Seals `json` and writes it as draft `id` (autosave's write for a locked
/// draft). The status says "saved" only once the sealed text is stored.
pub fn write_sealed(app: AppState, id: DraftId, lock: Lock, json: String) {
    let Some(locks) = state(app) else { return };
    let seq = locks.issued.get_value() + 1;
    locks.issued.set_value(seq);
    leptos::task::spawn_local(async move {
        let sealed = lock.seal(&json).await;
        // A newer write finished first: this older text must not replace it.
        if locks.finished.try_get_value().unwrap_or(0) > seq {
            return;
        }
        let written = match sealed {
            Ok(parts) => app.drafts().save_json(&id, &parts.to_json()),
            Err(e) => Err(StoreError::Other(format!("{e:?}"))),
        };
        locks.finished.try_set_value(seq);
        match written {
            // In the drafts' mirror now; the writer stores it durably and
            // autosave's status says "saved" when it has.
            Ok(()) => {
                locks.stored.try_set_value(Some(json));
            }
            Err(e) => {
                autosave::mark_dirty(app);
                app.save_status.set(SaveStatus::Failed(e));
            }
        }
    });
}

/// Waits until every sealed write started so far is sealed and the writer
/// has stored it (at most a few seconds: a seal takes milliseconds).
pub async fn settle(app: AppState) {
    let Some(locks) = state(app) else { return };
    for _ in 0..300 {
        let sealed = locks.finished.try_get_value().unwrap_or(0)
            >= locks.issued.try_get_value().unwrap_or(0);
        if sealed && !autosave::writing(app) {
            return;
        }
        crate::ui::browser::sleep(10).await;
    }
}

/// Locks the open draft with a new passphrase: from now on it is stored
/// only sealed. Nothing changes when the input does not pass or the
/// sealed draft cannot be written.
pub async fn lock_open_draft(
    app: AppState,
    passphrase: String,
    repeat: String,
    label: String,
) -> Result<(), LockFailure> {
    let label = locked::check_new_lock(&passphrase, &repeat, &label).map_err(LockFailure::Input)?;
    let Some(id) = app.draft.get_untracked() else {
        return Ok(());
    };
    let lock = Lock::create(&passphrase, &label)
        .await
        .map_err(LockFailure::Crypto)?;
    hold(app, id.clone(), lock, None);
    autosave::mark_dirty(app);
    autosave::flush(app);
    settle(app).await;
    if let SaveStatus::Failed(e) = app.save_status.get_untracked() {
        // The draft is still stored as before; it must not look locked.
        forget(app);
        return Err(LockFailure::Store(e));
    }
    Ok(())
}

/// "Nu vergrendelen", and the idle timer: writes what is pending (sealed),
/// forgets the key and goes back to the start screen, where the draft is
/// listed by its label.
pub fn lock_now(app: AppState) {
    leptos::task::spawn_local(async move {
        autosave::flush(app);
        settle(app).await;
        forget(app);
        session::close_draft(app);
    });
}
