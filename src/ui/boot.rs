//! At start: the drafts are read from IndexedDB (asynchronously) into the
//! mirror the screens read; meanwhile the app shows "loading". Then drafts
//! an earlier version kept in localStorage are moved (with the wasm chunk,
//! only on a device that has them), and the draft that was open when the
//! page went away is reopened, or the start screen is shown. Kept small:
//! this is the first load (the writer and other tabs' changes are wired
//! with the chunk, `session::activate`).

use super::lazy;
use super::state::AppState;
use crate::storage::idb;
use leptos::prelude::*;

pub fn start(app: AppState, namespace: String) {
    app.booting.set(true);
    // Under the app's owner: what it starts (a retry after a failed chunk
    // load, for one) lives as long as the app.
    leptos::task::spawn_local_scoped(async move {
        // What could not be read says so where it matters: the start
        // screen's list (the mirror is marked) and the save status of the
        // next write.
        _ = idb::read_into(&app.mirror()).await;
        let legacy = idb::has_legacy(&namespace);
        if !legacy && app.drafts().open_draft().is_none() {
            app.booting.set(false);
            return;
        }
        lazy::run(app, move || {
            let namespace = namespace.clone();
            async move {
                let done = lazy::resume(app, namespace, legacy).await;
                if !matches!(done, Ok(true)) {
                    app.booting.set(false);
                }
                done.map(drop)
            }
        });
    });
}
