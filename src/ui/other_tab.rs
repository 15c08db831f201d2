//! A second tab on the same draft. When another tab writes the draft that
//! is open here (`boot` hears it on the writers' channel), this tab stops
//! saving (so neither overwrites the other unasked) and asks which version
//! to keep. Nothing is thrown away until the user chooses.

use super::autosave;
use super::state::use_app;
use crate::i18n::Key;
use crate::storage::LoadedDraft;
use crate::ui::state::tr;
use leptos::prelude::*;

/// The notice shown while another tab has changed this draft.
#[component]
pub fn OtherTabNotice() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let take_theirs = move |_| {
        if let Some(id) = app.draft.get_untracked() {
            if let Ok(LoadedDraft::Ok(theirs)) = app.drafts().load(&id) {
                autosave::discard(app);
                app.replace_intake(*theirs);
                autosave::discard(app);
            }
        }
        app.other_tab.set(false);
    };
    let keep_mine = move |_| {
        app.other_tab.set(false);
        autosave::mark_dirty(app);
        autosave::flush(app);
    };
    view! {
        <Show when=move || app.other_tab.get()>
            <div class="kt-notice kt-notice--warning kt-no-print" role="alert">
                <p class="kt-body">{tr(lang, Key::other_tab_body)}</p>
                <div class="kt-button-group">
                    <button type="button" class="kt-button kt-button--secondary" on:click=take_theirs>
                        {tr(lang, Key::other_tab_take_theirs)}
                    </button>
                    <button type="button" class="kt-button kt-button--secondary" on:click=keep_mine>
                        {tr(lang, Key::other_tab_keep_mine)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
