//! Saves the open draft shortly after the user stops typing, and at once
//! when the page is hidden or left (closed lid, closed tab, reload), so
//! nothing typed is lost. The input handlers only mark the draft dirty;
//! serialising and writing happen off the typing path.
//!
//! Autosave owns its state (the debounce timer, whether there are unsaved
//! changes) in its own context under the app's root owner; the rest of the
//! shell reaches it through the functions below. Every listener and timer
//! it starts is removed when that owner is cleaned up (the app unmounted),
//! after a last save of what is pending.

use super::browser;
use super::state::{AppState, SaveStatus};
use crate::domain::format;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast};

/// Quiet time after the last change before the draft is written.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// The debounce timer and whether the open draft has unsaved changes.
#[derive(Clone, Copy)]
struct Autosave {
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    dirty: StoredValue<bool>,
}

impl Autosave {
    fn stop_timer(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.timer.set_value(None);
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
        dirty: StoredValue::new(false),
    };
    provide_context(autosave);

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
        autosave.stop_timer();
        let handle = set_timeout_with_handle(move || save(app, autosave), DEBOUNCE).ok();
        autosave.timer.set_value(handle);
    });

    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| save(app, autosave));
    let on_hidden = Closure::<dyn Fn()>::new(move || {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        if hidden {
            save(app, autosave);
        }
    });
    // Without this listener a hidden page still saves on `pagehide` and
    // after the debounce; there is nothing the person could do about it.
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_hidden.as_ref().unchecked_ref());
    let on_hidden = SendWrapper::new(on_hidden);
    on_cleanup(move || {
        // Unmounted: save what is pending, then leave nothing behind.
        save(app, autosave);
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

/// Writes the open draft now if it has unsaved changes.
pub fn flush(app: AppState) {
    if let Some(a) = state(app) {
        save(app, a);
    }
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
        if app.save_status.get_untracked() == SaveStatus::Pending {
            app.save_status.set(SaveStatus::Idle);
        }
        return;
    }
    app.stamp_saved(browser::now_iso());
    let json = app.intake.with_untracked(format::to_json);
    match drafts.save_json(&id, &json) {
        Ok(()) => {
            pending.dirty.set_value(false);
            app.save_status
                .set(SaveStatus::Saved(browser::clock_time()));
        }
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
