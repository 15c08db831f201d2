//! The mirror in front of the durable store (IndexedDB in the app) and the
//! move of old localStorage drafts into it: what is pending, what wins,
//! and that nothing is lost on a failed write or a move.

use keukentafel::storage::migrate::{self, Migration};
use keukentafel::storage::{Batch, DraftId, Drafts, KeyValueStore, MemoryStore, Mirror};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;

fn batch(pairs: &[(&str, Option<&str>)]) -> Batch {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
        .collect()
}

#[test]
fn a_draft_and_the_open_pointer_set_together_are_one_batch() {
    // Settings apart, as in the app (localStorage): the batch is the drafts'.
    let drafts = Drafts::new(Mirror::new(), "kt").with_settings(Rc::new(MemoryStore::new()));
    let id = DraftId("001".into());
    drafts.save_json(&id, "{draft}").unwrap();
    drafts.set_open_draft(Some(&id)).unwrap();
    let pending = drafts.store().take_pending();
    assert_eq!(
        pending,
        batch(&[("kt.draft.001", Some("{draft}")), ("kt.open", Some("001"))])
    );
    assert!(!drafts.store().has_pending());
    // Reads come from memory at once, written or not.
    assert_eq!(drafts.raw(&id).as_deref(), Some("{draft}"));
}

#[test]
fn the_newest_value_of_a_key_wins_and_a_failed_write_is_pending_again() {
    let mirror = Mirror::new();
    mirror.set("k", "one").unwrap();
    let in_flight = mirror.take_pending();
    // Typed on while "one" is being written.
    mirror.set("k", "two").unwrap();
    mirror.set("other", "x").unwrap();
    // The write of "one" fails: "two" must not be replaced by it.
    mirror.put_back(in_flight);
    assert_eq!(
        mirror.take_pending(),
        batch(&[("k", Some("two")), ("other", Some("x"))])
    );
    // A failed removal is pending again too.
    mirror.remove("k").unwrap();
    let removal = mirror.take_pending();
    mirror.put_back(removal.clone());
    assert_eq!(mirror.take_pending(), removal);
    assert_eq!(mirror.get("k").unwrap(), None);
}

#[test]
fn another_tabs_write_does_not_replace_a_change_not_yet_written_here() {
    let mirror = Mirror::new();
    mirror.load(batch(&[("a", Some("stored")), ("b", Some("stored"))]));
    mirror.set("a", "mine").unwrap();
    mirror.load(batch(&[("a", Some("theirs")), ("b", None)]));
    assert_eq!(mirror.get("a").unwrap().as_deref(), Some("mine"));
    assert_eq!(mirror.get("b").unwrap(), None);
    // Loading is not a change to write.
    assert_eq!(mirror.take_pending(), batch(&[("a", Some("mine"))]));
}

#[test]
fn every_change_is_announced_to_the_writer() {
    let mirror = Mirror::new();
    let calls = Rc::new(Cell::new(0));
    let seen = calls.clone();
    mirror.on_change(Rc::new(move || seen.set(seen.get() + 1)));
    mirror.set("a", "1").unwrap();
    mirror.remove("a").unwrap();
    mirror.load(batch(&[("b", Some("2"))]));
    assert_eq!(calls.get(), 2);
}

#[test]
fn settings_go_to_their_own_store_and_drafts_do_not() {
    let settings = Rc::new(MemoryStore::new());
    let drafts = Drafts::new(Mirror::new(), "kt").with_settings(settings.clone());
    drafts.set_setting("lang", "en").unwrap();
    drafts.save_json(&DraftId("001".into()), "{}").unwrap();
    assert_eq!(
        settings.get("kt.setting.lang").unwrap().as_deref(),
        Some("en")
    );
    assert_eq!(settings.get("kt.draft.001").unwrap(), None);
    assert_eq!(drafts.setting("lang").as_deref(), Some("en"));
    assert_eq!(
        drafts.store().take_pending(),
        batch(&[("kt.draft.001", Some("{}"))])
    );
    // Removing everything of the namespace reaches both, and only it.
    settings.set("other.setting.lang", "nl").unwrap();
    drafts.remove_all().unwrap();
    assert_eq!(settings.get("kt.setting.lang").unwrap(), None);
    assert_eq!(
        settings.get("other.setting.lang").unwrap().as_deref(),
        Some("nl")
    );
    assert!(drafts.ids().unwrap().is_empty());
}

#[test]
fn a_durable_store_that_could_not_be_read_is_said_on_listing() {
    let drafts = Drafts::new(Mirror::new(), "kt");
    drafts
        .store()
        .set_broken(Some(keukentafel::storage::StoreError::Unavailable));
    assert!(drafts.ids().is_err());
}

#[test]
fn everything_held_is_one_batch_for_a_store_emptied_under_the_app() {
    let mirror = Mirror::new();
    mirror.load(batch(&[("a", Some("1"))]));
    mirror.set("b", "2").unwrap();
    assert_eq!(
        mirror.everything(),
        batch(&[("a", Some("1")), ("b", Some("2"))])
    );
}

#[test]
fn old_drafts_of_the_namespace_move_and_nothing_else() {
    let legacy = [
        ("kt.draft.001", "{one}"),
        ("kt.position.001", "tasks"),
        ("kt.open", "001"),
        ("kt.setting.lang", "en"),
        ("ktx.draft.009", "{other namespace}"),
        ("other.draft.002", "{}"),
        ("host-page-key", "theirs"),
    ]
    .map(|(k, v)| (k.to_string(), v.to_string()));
    let plan = migrate::plan("kt", &BTreeMap::new(), legacy);
    assert_eq!(
        plan,
        Migration {
            write: batch(&[
                ("kt.draft.001", Some("{one}")),
                ("kt.open", Some("001")),
                ("kt.position.001", Some("tasks")),
            ]),
            remove: vec![
                "kt.draft.001".into(),
                "kt.position.001".into(),
                "kt.open".into()
            ],
        }
    );
}

#[test]
fn a_key_already_moved_is_not_overwritten_by_its_old_copy_but_the_copy_goes() {
    let durable = BTreeMap::from([("kt.draft.001".to_string(), "{newer}".to_string())]);
    let plan = migrate::plan(
        "kt",
        &durable,
        [("kt.draft.001".to_string(), "{older}".to_string())],
    );
    assert!(plan.write.is_empty());
    assert_eq!(plan.remove, ["kt.draft.001"]);
    assert!(!plan.is_empty());
}

#[test]
fn nothing_to_move_is_an_empty_plan() {
    let plan = migrate::plan("kt", &BTreeMap::new(), Vec::new());
    assert!(plan.is_empty());
    assert!(!migrate::is_legacy_key("kt", "kt.draft."));
    assert!(migrate::is_legacy_key("kt", "kt.open"));
    assert!(!migrate::is_legacy_key("kt", "kt.opener"));
}
