//! "Alles van dit apparaat verwijderen": everything Keukentafel stored on
//! this device for this embedding, after a confirmation that says what goes
//! and that it cannot be undone. That is every key of the namespace (drafts,
//! locked or not, their positions, the open-draft pointer, settings) in
//! localStorage and sessionStorage, and the app's offline copy in Cache
//! Storage (`keukentafel-*`, written by `sw.js`): those are the app's own
//! files, not household data, but they are stored by Keukentafel, and the
//! person asked for everything. The service worker fills the cache again
//! on the next visit with a network. Other embeddings' namespaces on the
//! same site are theirs, and stay.

use super::components::removal_focus::AfterRedraw;
use super::notice::{report, report_err, UiError};
use super::state::AppState;
use super::steps::drafts::DRAFT_LIST;
use super::{browser, lock};
use crate::i18n::{t, Key};
use crate::storage::StoreError;
use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Asks, then removes everything (see the module's comment).
pub fn remove_everything(app: AppState) {
    // Its button goes with the drafts: focus goes to the screen's heading.
    let after = AfterRedraw::note_focused(DRAFT_LIST);
    if !browser::confirm(t(app.lang.get_untracked(), Key::remove_everything_confirm)) {
        return;
    }
    lock::forget(app);
    let namespace = app.config(|c| c.namespace.clone());
    let stored = app.drafts().remove_all();
    let session = clear_session_storage(&namespace);
    report_err(app, stored.and(session).map_err(UiError::Remove));
    app.drafts_changed.update(|n| *n += 1);
    after.then();
    leptos::task::spawn_local(async move {
        if let Err(e) = clear_caches().await {
            report(app, UiError::Remove(e));
        }
    });
}

fn clear_session_storage(namespace: &str) -> Result<(), StoreError> {
    let Ok(Some(storage)) = window().session_storage() else {
        // No session storage: nothing can be in it.
        return Ok(());
    };
    let prefix = format!("{namespace}.");
    let len = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&prefix))
        .collect();
    for key in keys {
        storage
            .remove_item(&key)
            .map_err(|_| StoreError::Other("sessionStorage".into()))?;
    }
    Ok(())
}

/// Deletes every `keukentafel-*` cache (the offline copy of the app).
async fn clear_caches() -> Result<(), StoreError> {
    let failed = |_| StoreError::Other("caches".into());
    let caches = Reflect::get(&window(), &"caches".into()).map_err(failed)?;
    // Outside a secure context there is no Cache Storage, so nothing in it.
    if caches.is_undefined() {
        return Ok(());
    }
    let call = |name: &str, args: &Array| -> Result<Promise, StoreError> {
        let f: Function = Reflect::get(&caches, &name.into())
            .map_err(failed)?
            .unchecked_into();
        f.apply(&caches, args)
            .map_err(failed)
            .map(JsCast::unchecked_into)
    };
    let names: Array = JsFuture::from(call("keys", &Array::new())?)
        .await
        .map_err(failed)?
        .unchecked_into();
    for name in names.iter().filter_map(|n| n.as_string()) {
        if name.starts_with("keukentafel-") {
            JsFuture::from(call("delete", &Array::of1(&JsValue::from(name)))?)
                .await
                .map_err(failed)?;
        }
    }
    Ok(())
}
