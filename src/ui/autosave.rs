//! Saves the open draft shortly after the user stops typing, and at once
//! when the page is hidden or left (closed lid, closed tab, reload), so
//! nothing typed is lost. The input handlers only mark the draft dirty;
//! serialising and writing happen off the typing path.

use super::browser;
use super::state::{AppState, SaveStatus};
use crate::domain::format;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast};

/// Quiet time after the last change before the draft is written.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// The debounce timer and whether the open draft has unsaved changes.
#[derive(Clone, Copy)]
pub struct Pending {
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    dirty: StoredValue<bool>,
}

impl Default for Pending {
    fn default() -> Self {
        Self {
            timer: StoredValue::new_local(None),
            dirty: StoredValue::new(false),
        }
    }
}

impl Pending {
    /// Forgets unsaved changes (the user chose another tab's version).
    pub fn discard(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.timer.set_value(None);
        self.dirty.set_value(false);
    }

    pub fn mark_dirty(&self) {
        self.dirty.set_value(true);
    }
}

/// Wires the autosave for the app's lifetime.
pub fn install(app: AppState) {
    let pending = app.pending;

    Effect::new(move |first: Option<()>| {
        app.intake.track();
        // The first run is the initial value, not a change.
        if first.is_none() || app.draft.get_untracked().is_none() {
            return;
        }
        pending.dirty.set_value(true);
        // A failure stays on screen until a save succeeds: hiding it on
        // every keystroke would make it flicker, and re-announce it.
        if !matches!(
            app.save_status.get_untracked(),
            SaveStatus::Pending | SaveStatus::Failed(_)
        ) {
            app.save_status.set(SaveStatus::Pending);
        }
        if let Some(handle) = pending.timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || flush(app), DEBOUNCE).ok();
        pending.timer.set_value(handle);
    });

    let _ = window_event_listener(leptos::ev::pagehide, move |_| flush(app));
    let on_hidden = Closure::<dyn Fn()>::new(move || {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        if hidden {
            flush(app);
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_hidden.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_hidden.forget();
}

/// Writes the open draft now if it has unsaved changes.
pub fn flush(app: AppState) {
    let pending = app.pending;
    if let Some(handle) = pending.timer.get_value() {
        handle.clear();
        pending.timer.set_value(None);
    }
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
    // Stamping must not count as a change, or saving would never settle.
    app.intake
        .update_untracked(|i| i.co_ownership.last_changed = browser::now_iso());
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
