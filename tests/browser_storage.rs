//! IndexedDB in a real headless Chromium: a write broken mid-way leaves the
//! old draft and pointer whole; old localStorage drafts move in losing
//! nothing, and stay where they were while the move cannot be written.
#![cfg(target_arch = "wasm32")]

use keukentafel::domain::format;
use keukentafel::storage::{
    idb, Batch, DraftId, Drafts, KeyValueStore, LoadedDraft, LocalStore, Mirror, StoreError,
};
use std::collections::BTreeMap;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn batch(pairs: &[(&str, Option<&str>)]) -> Batch {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
        .collect()
}

async fn stored_map(db: &web_sys::IdbDatabase) -> BTreeMap<String, String> {
    idb::read_all(db).await.unwrap().into_iter().collect()
}

/// Runs JavaScript in the test page (to break the browser's storage).
fn js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_write_broken_mid_way_leaves_the_old_draft_and_pointer_whole() {
    let db = idb::database(false).await.unwrap();
    let old = batch(&[("wb.draft.001", Some("{old}")), ("wb.open", Some("001"))]);
    idb::write(&db, &old).await.unwrap();
    // The new draft under a new id, and the pointer switched to it: broken
    // after the first of its two changes.
    let new = batch(&[("wb.draft.002", Some("{new}")), ("wb.open", Some("002"))]);
    let broken = idb::write_breaking_after(&db, &new, Some(1)).await;
    assert!(
        broken.is_err(),
        "an aborted transaction must not report success"
    );
    // And a new version of the same draft, broken after the draft itself.
    let same = batch(&[("wb.draft.001", Some("{half}")), ("wb.open", Some("001"))]);
    assert!(idb::write_breaking_after(&db, &same, Some(1))
        .await
        .is_err());
    let stored = stored_map(&db).await;
    assert_eq!(
        stored.get("wb.draft.001").map(String::as_str),
        Some("{old}")
    );
    assert_eq!(stored.get("wb.open").map(String::as_str), Some("001"));
    assert_eq!(stored.get("wb.draft.002"), None);
    // Unbroken, the same batch is written whole.
    idb::write(&db, &new).await.unwrap();
    let stored = stored_map(&db).await;
    assert_eq!(
        stored.get("wb.draft.002").map(String::as_str),
        Some("{new}")
    );
    assert_eq!(stored.get("wb.open").map(String::as_str), Some("002"));
}

#[wasm_bindgen_test]
async fn old_localstorage_drafts_move_into_indexeddb_and_only_then_leave() {
    // Real old-format data: the typical household as version 2 wrote it.
    let v2 = include_str!("fixtures/v2-typical.json");
    let current = format::to_json(&format::from_json(v2).unwrap());
    LocalStore.set("mg.draft.000000000001aaaa", v2).unwrap();
    LocalStore
        .set("mg.draft.000000000002bbbb", &current)
        .unwrap();
    LocalStore
        .set("mg.position.000000000001aaaa", "tasks")
        .unwrap();
    LocalStore.set("mg.open", "000000000001aaaa").unwrap();
    LocalStore.set("mg.setting.lang", "en").unwrap();
    LocalStore
        .set("mgx.draft.0001", "{another namespace}")
        .unwrap();

    let mirror = Mirror::new();
    idb::read_into(&mirror).await.unwrap();
    assert!(idb::has_legacy("mg"));
    idb::migrate(&mirror, "mg").await.unwrap();
    assert!(!idb::has_legacy("mg"));

    let db = idb::database(false).await.unwrap();
    let stored = stored_map(&db).await;
    assert_eq!(
        stored.get("mg.draft.000000000001aaaa").map(String::as_str),
        Some(v2)
    );
    assert_eq!(stored.get("mg.draft.000000000002bbbb"), Some(&current));
    assert_eq!(
        stored.get("mg.open").map(String::as_str),
        Some("000000000001aaaa")
    );
    assert_eq!(
        stored
            .get("mg.position.000000000001aaaa")
            .map(String::as_str),
        Some("tasks")
    );
    for gone in [
        "mg.draft.000000000001aaaa",
        "mg.draft.000000000002bbbb",
        "mg.open",
    ] {
        assert_eq!(LocalStore.get(gone).unwrap(), None, "{gone} left behind");
    }
    // The setting stays in localStorage; another namespace is untouched.
    assert_eq!(
        LocalStore.get("mg.setting.lang").unwrap().as_deref(),
        Some("en")
    );
    assert!(LocalStore.get("mgx.draft.0001").unwrap().is_some());
    LocalStore.remove("mgx.draft.0001").unwrap();

    let drafts = Drafts::new(mirror, "mg").with_settings(std::rc::Rc::new(LocalStore));
    assert_eq!(drafts.setting("lang").as_deref(), Some("en"));
    assert_eq!(drafts.ids().unwrap().len(), 2);
    let id = DraftId("000000000001aaaa".into());
    assert!(matches!(drafts.load(&id).unwrap(), LoadedDraft::Ok(_)));
    assert_eq!(drafts.open_draft(), Some(id));
    assert_eq!(
        drafts.store().take_pending(),
        Batch::new(),
        "nothing left to write"
    );
}

#[wasm_bindgen_test]
async fn a_move_that_cannot_be_written_keeps_the_old_copies_and_tries_again() {
    LocalStore.set("mq.draft.0001", "{kept}").unwrap();
    LocalStore.set("mq.open", "0001").unwrap();
    js("self.__put = IDBObjectStore.prototype.put; IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };");
    let mirror = Mirror::new();
    idb::read_into(&mirror).await.unwrap();
    let result = idb::migrate(&mirror, "mq").await;
    js("IDBObjectStore.prototype.put = self.__put;");
    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert_eq!(
        LocalStore.get("mq.draft.0001").unwrap().as_deref(),
        Some("{kept}")
    );
    // Shown from memory meanwhile, and pending for the writer's next try.
    let drafts = Drafts::new(mirror, "mq");
    assert_eq!(
        drafts.raw(&DraftId("0001".into())).as_deref(),
        Some("{kept}")
    );
    let pending = drafts.store().take_pending();
    assert_eq!(
        pending,
        batch(&[("mq.draft.0001", Some("{kept}")), ("mq.open", Some("0001"))])
    );
    LocalStore.remove("mq.draft.0001").unwrap();
    LocalStore.remove("mq.open").unwrap();
}
