//! The start screen: begin a new intake, pick up a draft on this device,
//! open a plan file, remove everything. It is the first screen, so it is
//! built from the part of the wasm the page loads first: the list of
//! drafts (which reads them) and the intake itself come from the chunk.

use crate::i18n::{t, Key};
use crate::ui::components::{ImportPlan, PageHeading};
use crate::ui::lazy::{self, LazyView};
use crate::ui::notice;
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn StartScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    // Only the ids: reading the drafts is the chunk's work.
    let ids = Memo::new(move |_| {
        app.drafts_changed.track();
        app.drafts().ids()
    });
    let any_drafts = move || ids.with(|ids| ids.as_ref().is_ok_and(|l| !l.is_empty()));
    let start_new = move |_| lazy::run(app, move || lazy::start_new(app));
    // Asked and done by the chunk's code: it also clears the other stores.
    let remove_all = move |_| lazy::run(app, move || lazy::remove_everything(app));
    view! {
        <section class="kt-screen">
            // The notice's words come with the chunk: fetched only when
            // there is something to say, not for every first visit.
            {move || notice::pending(app).then(|| view! { <LazyView load=lazy::loader(lazy::notice) /> })}
            <PageHeading text=Signal::derive(move || t(lang.get(), Key::start_title).to_string()) />
            <p class="kt-lead">{tr(lang, Key::start_intro)}</p>
            <p class="kt-body">{tr(lang, Key::start_privacy)}</p>
            <button type="button" class="kt-button kt-button--primary"
                on:click=start_new
                // Fetch the chunk on intent, so the click itself does not wait.
                on:pointerenter=move |_| lazy::warm() on:focus=move |_| lazy::warm()>
                {tr(lang, Key::start_new)}
            </button>
            <h2 class="kt-heading-m">{tr(lang, Key::start_drafts_title)}</h2>
            {move || match ids.get() {
                Err(_) => view! { <p class="kt-notice kt-notice--warning">{tr(lang, Key::status_failed_unavailable)}</p> }.into_any(),
                Ok(list) if list.is_empty() => view! { <p class="kt-body">{tr(lang, Key::start_no_drafts)}</p> }.into_any(),
                // While the chunk is known not to load, the app's notice says
                // so once; the list waits for its retry instead of repeating it.
                Ok(_) => (move || app.load_failed.with(Option::is_none).then(|| view! {
                    <LazyView load=lazy::loader(lazy::draft_list) />
                })).into_any(),
            }}
            <ImportPlan />
            // Last on the page: the one action that cannot be undone.
            {move || any_drafts().then(|| view! {
                <div class="kt-button-group">
                    <button type="button" class="kt-button kt-button--warning" on:click=remove_all>
                        {tr(lang, Key::start_remove_all)}
                    </button>
                </div>
            })}
        </section>
    }
}
