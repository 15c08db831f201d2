//! Saves the open draft shortly after the user stops typing, at the latest
//! [`MAX_WAIT`] after the first unsaved change while they keep typing, and
//! at once when the page is hidden or left (closed lid, closed tab,
//! reload), so nothing typed is lost. The input handlers only mark the
//! draft dirty; serialising and writing happen off the typing path. The
//! status says "saved" only when the writer (`writer`) reports the
//! transaction complete, i.e. on disk.
//!
//! Autosave owns its state (the debounce timer, whether there are unsaved
//! changes) in its own context under the app's root owner; the rest of the
//! shell reaches it through the functions below. Every listener and timer
//! it starts is removed when that owner is cleaned up (the app unmounted),
//! after a last save of what is pending.

use super::browser;
use super::state::{AppState, SaveStatus};
use super::writer::{self, Writer};
use crate::domain::format;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast};

/// Quiet time after the last change before the draft is written.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// Longest wait from the first unsaved change to its save while someone
/// types without a pause (issue 15: a kill then loses at most this much;
/// with the write's own time it stays under 2 s).
const MAX_WAIT: Duration = Duration::from_millis(1500);

/// The timers and whether the open draft has unsaved changes.
#[derive(Clone, Copy)]
struct Autosave {
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// Started by the first unsaved change, not moved by later ones.
    deadline: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    dirty: StoredValue<bool>,
    writer: StoredValue<Writer, LocalStorage>,
}

impl Autosave {
    fn stop_timer(&self) {
        for timer in [self.timer, self.deadline] {
            if let Some(handle) = timer.get_value() {
                handle.clear();
            }
            timer.set_value(None);
        }
    }
}

/// Autosave's state, once installed (see `session::activate`).
fn state(app: AppState) -> Option<Autosave> {
    app.in_root(use_context::<Autosave>).flatten()
}

/// Forgets unsaved changes (the user chose another tab's version).
pub fn discard(app: AppState) {
    if let Some(a) = state(app) {
        a.stop_timer();
        a.dirty.set_value(false);
    }
}

/// True while the open draft has changes not yet stored (not yet handed
/// to the writer, or being written).
pub fn unsaved(app: AppState) -> bool {
    state(app).is_some_and(|a| a.dirty.get_value() || a.writer.with_value(Writer::busy))
}

/// Marks the open draft as having changes to save (a save that did not
/// happen, or the user chose to keep this tab's version).
pub fn mark_dirty(app: AppState) {
    if let Some(a) = state(app) {
        a.dirty.set_value(true);
    }
}

/// Wires the autosave under the current owner (the app's root) until it
/// is cleaned up.
pub fn install(app: AppState) {
    let autosave = Autosave {
        timer: StoredValue::new_local(None),
        deadline: StoredValue::new_local(None),
        dirty: StoredValue::new(false),
        writer: StoredValue::new_local(writer::install(app)),
    };
    provide_context(autosave);
    autosave
        .writer
        .get_value()
        .on_settled(std::rc::Rc::new(move |result| {
            settled(app, autosave, result)
        }));

    Effect::new(move |first: Option<()>| {
        app.intake.track();
        // The first run is the initial value, not a change.
        if first.is_none() || app.draft.get_untracked().is_none() {
            return;
        }
        autosave.dirty.set_value(true);
        // A failure stays on screen until a save succeeds: hiding it on
        // every keystroke would make it flicker, and re-announce it.
        if !matches!(
            app.save_status.get_untracked(),
            SaveStatus::Pending | SaveStatus::Failed(_)
        ) {
            app.save_status.set(SaveStatus::Pending);
        }
        if let Some(handle) = autosave.timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || save(app, autosave), DEBOUNCE).ok();
        autosave.timer.set_value(handle);
        if autosave.deadline.with_value(Option::is_none) {
            let handle = set_timeout_with_handle(move || save(app, autosave), MAX_WAIT).ok();
            autosave.deadline.set_value(handle);
        }
    });

    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| save_now(app, autosave));
    let on_hidden = Closure::<dyn Fn()>::new(move || {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        if hidden {
            save_now(app, autosave);
        }
    });
    // Without this listener a hidden page still saves on `pagehide` and
    // after the debounce; there is nothing the person could do about it.
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_hidden.as_ref().unchecked_ref());
    let on_hidden = SendWrapper::new(on_hidden);
    on_cleanup(move || {
        // Unmounted: save what is pending, then leave nothing behind.
        save_now(app, autosave);
        autosave.writer.with_value(Writer::detach);
        autosave.stop_timer();
        pagehide.remove();
        // Removing a listener that is not there is not an error anyone sees.
        let _ = document().remove_event_listener_with_callback(
            "visibilitychange",
            on_hidden.as_ref().unchecked_ref(),
        );
        drop(on_hidden);
    });
}

/// True while the writer has changes waiting or in flight.
pub fn writing(app: AppState) -> bool {
    state(app).is_some_and(|a| a.writer.with_value(Writer::busy))
}

/// Writes the open draft now if it has unsaved changes.
pub fn flush(app: AppState) {
    if let Some(a) = state(app) {
        save(app, a);
    }
}

/// [`save`], and the write started in this task, not the next: a page
/// being left may not run another. What is being written is first kept
/// aside on its own (`Writer::keep_before_leaving`): a write that must
/// read the stored revision first may not finish before the page is gone.
fn save_now(app: AppState, autosave: Autosave) {
    save(app, autosave);
    autosave.writer.with_value(Writer::keep_before_leaving);
    autosave.writer.with_value(Writer::kick);
}

fn save(app: AppState, pending: Autosave) {
    pending.stop_timer();
    if !pending.dirty.get_value() {
        return;
    }
    let Some(id) = app.draft.get_untracked() else {
        return;
    };
    // Another tab wrote this draft: wait for the user's choice rather than
    // overwrite its work.
    if app.other_tab.get_untracked() {
        return;
    }
    // Sides kept aside and merged into this version go with its write.
    super::other_tab::forget_merged(app);
    // A locked draft is written only sealed, which is async: the lock
    // module writes it and sets the status.
    if let Some(lock) = super::lock::current(app, &id) {
        pending.dirty.set_value(false);
        let unchanged = app.intake.with_untracked(format::to_json);
        if super::lock::is_stored(app, &unchanged) {
            if app.save_status.get_untracked() == SaveStatus::Pending {
                app.save_status.set(SaveStatus::Idle);
            }
            return;
        }
        app.stamp_saved(browser::now_iso());
        let json = app.intake.with_untracked(format::to_json);
        super::lock::write_sealed(app, id, lock, json);
        return;
    }
    let drafts = app.drafts();
    // Nothing new (e.g. the version just taken over from another tab):
    // writing it again would only wake the other tab.
    let unchanged = app.intake.with_untracked(format::to_json);
    if drafts.raw(&id).as_deref() == Some(unchanged.as_str()) {
        pending.dirty.set_value(false);
        // While that very value is being written, its end says "saved".
        if app.save_status.get_untracked() == SaveStatus::Pending
            && !pending.writer.with_value(Writer::busy)
        {
            app.save_status.set(SaveStatus::Idle);
        }
        return;
    }
    app.stamp_saved(browser::now_iso());
    let json = app.intake.with_untracked(format::to_json);
    // Into the mirror now; the writer stores it and `settled` tells.
    match drafts.save_json(&id, &json) {
        Ok(()) => pending.dirty.set_value(false),
        // Still dirty: the next change or page hide tries again, and the
        // data stays in memory meanwhile.
        Err(e) => {
            let failed = SaveStatus::Failed(e);
            if app.save_status.get_untracked() != failed {
                app.save_status.set(failed);
            }
        }
    }
}

/// How a write went: "saved" once nothing is left to write, a failure at
/// once (what failed is pending again; the next change or page hide tries
/// again, and the text stays in memory meanwhile).
fn settled(app: AppState, autosave: Autosave, result: Result<(), crate::storage::StoreError>) {
    match result {
        Ok(()) => {
            let stored = !autosave.writer.with_value(Writer::busy);
            // Nothing left to write: what the mirror holds is what is
            // stored, the version another tab's changes are merged against.
            if let (true, Some(id)) = (stored, app.draft.get_untracked()) {
                if let Some(raw) = app.drafts().raw(&id) {
                    super::other_tab::set_base(app, &id, raw);
                }
            }
            let done = !autosave.dirty.get_value() && stored;
            let waiting = matches!(
                app.save_status.get_untracked(),
                SaveStatus::Pending | SaveStatus::Failed(_)
            );
            if done && waiting && app.draft.with_untracked(Option::is_some) {
                app.save_status
                    .set(SaveStatus::Saved(browser::clock_time()));
            }
        }
        Err(e) => {
            let failed = SaveStatus::Failed(e);
            if app.save_status.get_untracked() != failed {
                app.save_status.set(failed);
            }
        }
    }
}
