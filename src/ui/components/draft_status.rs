//! The quiet "saved at 14:32" line. Only the settled state is in the live
//! region, so screen readers hear it once after typing stops, not on every
//! keystroke; a failed save is announced at once, with what to do.

use crate::i18n::{t, tf, Key};
use crate::storage::StoreError;
use crate::ui::state::{use_app, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn DraftStatus() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let settled = move || match app.save_status.get() {
        SaveStatus::Saved(time) => tf(lang.get(), Key::status_saved_at, &[("time", &time)]),
        _ => String::new(),
    };
    let busy = move || {
        (app.save_status.get() == SaveStatus::Pending).then(|| t(lang.get(), Key::status_saving))
    };
    let failure = move || match app.save_status.get() {
        SaveStatus::Failed(StoreError::QuotaExceeded) => {
            Some(t(lang.get(), Key::status_failed_full))
        }
        SaveStatus::Failed(StoreError::Unavailable) => {
            Some(t(lang.get(), Key::status_failed_unavailable))
        }
        SaveStatus::Failed(StoreError::Other(_)) => Some(t(lang.get(), Key::status_failed_other)),
        _ => None,
    };
    view! {
        <div class="kt-draft-status" data-testid="draft-status">
            <span class="kt-draft-status__busy" aria-hidden="true">{busy}</span>
            <span class="kt-draft-status__saved" role="status" aria-live="polite">{settled}</span>
            <div class="kt-draft-status__failed" role="alert">
                {move || failure().map(|msg| view! { <p class="kt-notice kt-notice--warning">{msg}</p> })}
            </div>
        </div>
    }
}
