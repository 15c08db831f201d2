//! Two writers on one IndexedDB database (two tabs, issue 15): both start
//! from the same revision and write at once; the store takes exactly one,
//! the other's write is stale: it overwrites nothing, its side is kept
//! beside the draft, and merged with the stored draft it is written as
//! the next revision. Both edits survive. Real IndexedDB, headless Chromium.
#![cfg(target_arch = "wasm32")]

use keukentafel::domain::edit::{Edit, IntakeText};
use keukentafel::domain::format::{from_json, to_json};
use keukentafel::domain::revision::{recover, Stamp, Unmerged};
use keukentafel::domain::Intake;
use keukentafel::storage::idb::{self, Written};
use keukentafel::storage::revision::Guard;
use keukentafel::storage::Batch;
use std::collections::BTreeMap;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "rv.draft.001";

fn with(base: &Intake, field: IntakeText, text: &str) -> Intake {
    let mut i = base.clone();
    i.apply(Edit::SetText(field, text.into())).unwrap();
    i
}

fn one(text: &str) -> Batch {
    [(KEY.to_string(), Some(text.to_string()))].into()
}

fn guard(base: u64, base_text: &str) -> Guard {
    Guard {
        key: KEY.into(),
        base: Some(base),
        base_text: Some(base_text.into()),
    }
}

async fn stored() -> BTreeMap<String, String> {
    let db = idb::database(false).await.unwrap();
    idb::read_all(&db).await.unwrap().into_iter().collect()
}

/// Starts a guarded write now; its outcome later (`Ok(true)`: written,
/// `Ok(false)`: stale).
fn start(batch: Batch, guard: Guard, writer: &'static str) -> js_sys::Promise {
    future_to_promise(async move {
        let db = idb::database(false)
            .await
            .map_err(|e| JsValue::from_str(&format!("{e:?}")))?;
        let w: Written = idb::write_guarded(&db, &batch, &[guard], writer)
            .await
            .map_err(|e| JsValue::from_str(&format!("{e:?}")))?;
        Ok(JsValue::from_bool(w.planned.stale.is_empty()))
    })
}

#[wasm_bindgen_test]
async fn a_stale_write_overwrites_nothing_and_merged_both_edits_survive() {
    let base = with(
        &Intake::default(),
        IntakeText::HouseholdName,
        "Familie Jansen",
    );
    let base_json = to_json(&base);
    // A draft from before revisions: no stamp, revision 0.
    let db = idb::database(false).await.unwrap();
    idb::write(&db, &one(&base_json)).await.unwrap();
    assert_eq!(stored().await.get("rv.rev.001"), None);

    // Tab A renames the household, tab B fills in the contact: both from
    // revision 0, both written at the same moment.
    let a = to_json(&with(
        &base,
        IntakeText::HouseholdName,
        "Familie Jansen-de Vries",
    ));
    let b = to_json(&with(&base, IntakeText::ContactName, "Sanne de Coach"));
    let both = js_sys::Array::of2(
        &start(one(&a), guard(0, &base_json), "A").into(),
        &start(one(&b), guard(0, &base_json), "B").into(),
    );
    let outcomes = JsFuture::from(js_sys::Promise::all(&both)).await.unwrap();
    let outcomes: Vec<bool> = js_sys::Array::from(&outcomes)
        .iter()
        .map(|v| v.as_bool().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        vec![true, false],
        "exactly one is stored: the first"
    );

    // B's write overwrote nothing; B's side is kept beside A's draft.
    let now = stored().await;
    assert_eq!(now[KEY], a);
    assert_eq!(
        Stamp::parse(now.get("rv.rev.001").map(String::as_str)),
        Stamp { rev: 1, base: 0 }
    );
    let side = Unmerged::from_json(&now["rv.unmerged.001.B"]).unwrap();
    assert_eq!(side.mine, b);
    assert_eq!(side.rev, 0);

    // B merges its side with what is stored (as other_tab does) and writes
    // the result from revision 1: fresh now, and its side goes with it.
    let merged = recover(&side, Some(&now[KEY]), 1).unwrap();
    assert!(merged.conflicts.is_empty());
    let merged_json = to_json(&merged.intake);
    let w = idb::write_guarded(&db, &one(&merged_json), &[guard(1, &now[KEY])], "B")
        .await
        .unwrap();
    assert!(w.planned.stale.is_empty());

    let end = stored().await;
    let draft = from_json(&end[KEY]).unwrap();
    assert_eq!(draft.household.display_name, "Familie Jansen-de Vries");
    assert_eq!(draft.household.contact.name, "Sanne de Coach");
    assert_eq!(
        Stamp::parse(end.get("rv.rev.001").map(String::as_str)).rev,
        2
    );
    assert!(
        !end.contains_key("rv.unmerged.001.B"),
        "the merged side is gone"
    );

    // A, still at revision 0, cannot overwrite that either.
    let late = idb::write_guarded(&db, &one(&a), &[guard(0, &base_json)], "A")
        .await
        .unwrap();
    assert_eq!(late.planned.stale.len(), 1);
    assert_eq!(late.stored[0].as_deref(), Some(merged_json.as_str()));
    assert_eq!(stored().await[KEY], merged_json);
}

#[wasm_bindgen_test]
async fn the_same_field_on_both_sides_keeps_both_texts_until_asked() {
    let base_json = to_json(&with(
        &Intake::default(),
        IntakeText::HouseholdName,
        "Familie Beide",
    ));
    let db = idb::database(false).await.unwrap();
    let key = |k: &str| k.replace("rv.", "rw.");
    let first: Batch = [(key(KEY), Some(base_json.clone()))].into();
    idb::write(&db, &first).await.unwrap();
    let g = |base| Guard {
        key: key(KEY),
        base: Some(base),
        base_text: Some(base_json.clone()),
    };
    let a = to_json(&with(
        &Intake::default(),
        IntakeText::HouseholdName,
        "Familie Beide (eerste)",
    ));
    let b = to_json(&with(
        &Intake::default(),
        IntakeText::HouseholdName,
        "Familie Beide (tweede)",
    ));
    let wa = idb::write_guarded(&db, &[(key(KEY), Some(a.clone()))].into(), &[g(0)], "A")
        .await
        .unwrap();
    assert!(wa.planned.stale.is_empty());
    let wb = idb::write_guarded(&db, &[(key(KEY), Some(b.clone()))].into(), &[g(0)], "B")
        .await
        .unwrap();
    assert_eq!(wb.planned.stale.len(), 1);
    let now = stored().await;
    assert_eq!(now["rw.draft.001"], a, "A's text is the draft");
    let side = Unmerged::from_json(&now["rw.unmerged.001.B"]).unwrap();
    assert_eq!(side.mine, b, "B's text is kept beside it");
    let merged = recover(&side, Some(&a), 1).unwrap();
    assert_eq!(
        merged.conflicts.len(),
        1,
        "a real conflict: the person is asked"
    );
}
