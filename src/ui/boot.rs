//! At start: the drafts are read from IndexedDB (asynchronously) into the
//! mirror the screens read; meanwhile the app shows "loading". Then, with
//! the wasm chunk and only when needed: the texts of a language other than
//! Dutch are fetched, drafts an earlier version kept in localStorage are
//! moved, and the draft that was open when the page went away is reopened.
//! Kept small: this is the first load (the writer and other tabs' changes
//! are wired with the chunk, `session::activate`).

use super::components::lang_switch;
use super::lazy;
use super::locales;
use super::state::{AppState, Screen};
use crate::domain::Lang;
use crate::storage::idb;
use leptos::prelude::*;

/// `namespace` is `None` when the configuration gave none the app can use:
/// then no storage is read, only the language's texts.
pub fn start(app: AppState, namespace: Option<String>, lang: Lang) {
    // A first visit, as far as the settings know (read at once, where the
    // drafts take a round trip to IndexedDB): the start screen shows
    // without waiting for the drafts (issue 14). Should the read find an
    // open draft after all (drafts older than the mark), it reopens then.
    let legacy = namespace.as_deref().is_some_and(idb::has_legacy);
    let at_once =
        lang == Lang::Nl && namespace.is_some() && !legacy && !app.drafts().may_have_drafts();
    app.booting.set(!at_once);
    // Under the app's owner: what it starts (a retry after a failed chunk
    // load, for one) lives as long as the app.
    leptos::task::spawn_local_scoped(async move {
        let reopen = namespace.is_some() && {
            // What could not be read says so where it matters: the start
            // screen's list (the mirror is marked) and the save status of
            // the next write.
            _ = idb::read_into(&app.mirror()).await;
            legacy || app.drafts().open_draft().is_some()
        };
        if at_once {
            // The start screen's list shows what was read.
            app.drafts_changed.update(|n| *n += 1);
            // Started or opened one meanwhile: that is the open draft now.
            if app.draft.get_untracked().is_some()
                || app.screen.with_untracked(|s| *s != Screen::Start)
            {
                return;
            }
        }
        if !reopen && lang == Lang::Nl {
            // Shown at once, the start screen is up already: setting the
            // flag again would build it anew and drop what a person began
            // on it (a plan file being opened was lost: e2e/boot.test.mjs).
            if !at_once {
                app.booting.set(false);
            }
            return;
        }
        app.booting.set(true);
        lazy::run(app, move || {
            let namespace = namespace.clone().unwrap_or_default();
            async move {
                // A language that will not load keeps Dutch (the notice
                // says so, with a retry); the draft reopens either way.
                let texts = if reopen {
                    locales::ensure_all(lang).await
                } else {
                    locales::ensure(lang).await
                };
                if texts.is_ok() {
                    lang_switch::show(app, lang);
                }
                let done = if reopen {
                    lazy::resume(app, namespace, legacy).await
                } else {
                    Ok(false)
                };
                if !matches!(done, Ok(true)) {
                    app.booting.set(false);
                }
                texts.and(done.map(drop))
            }
        });
    });
}
