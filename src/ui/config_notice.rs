//! The notice for the web team when the embedding's options, extra domains
//! or own texts could not be read. It is on the page, where a resident
//! sees it too, so it is in the page's language like every other text and
//! follows a change of it.

use super::locales;
use super::state::use_app;
use crate::i18n::{self, Part};
use leptos::prelude::*;

/// The mistake said first, or nothing.
#[component]
pub fn ConfigNotice() -> impl IntoView {
    let app = use_app();
    // A language chosen before the intake's code was in has only its first
    // screen's texts (`ui::locales::ensure`): fetch the rest, then say it
    // again, rather than show an empty line.
    Effect::new(move || {
        let lang = app.lang.get();
        if app.config_error.with(Option::is_some) && !i18n::is_loaded(lang, Part::Rest) {
            leptos::task::spawn_local(async move {
                if locales::ensure_all(lang).await.is_ok() && app.lang.get_untracked() == lang {
                    app.lang.set(lang);
                }
            });
        }
    });
    move || {
        app.config_error.get().map(|problem| {
            view! {
                <p class="kt-notice kt-notice--warning" role="alert">
                    "Keukentafel: "{move || problem.message(app.lang.get())}
                </p>
            }
        })
    }
}
