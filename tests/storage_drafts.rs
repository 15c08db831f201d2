//! Drafts on one device: namespaced, several households, damaged drafts
//! reported (not dropped), a full store refused without losing the last
//! good draft.

use keukentafel::domain::{format, Intake};
use keukentafel::storage::{DraftId, Drafts, KeyValueStore, LoadedDraft, MemoryStore, StoreError};

fn intake(name: &str) -> Intake {
    let mut i = Intake::default();
    i.household.display_name = name.to_string();
    i
}

#[test]
fn saves_and_lists_several_households() {
    let drafts = Drafts::new(MemoryStore::new(), "kt");
    drafts
        .save(&DraftId("002".into()), &intake("Familie B"))
        .unwrap();
    drafts
        .save(&DraftId("001".into()), &intake("Familie A"))
        .unwrap();
    let list = drafts.list().unwrap();
    let names: Vec<_> = list
        .iter()
        .map(|d| match &d.draft {
            LoadedDraft::Ok(i) => i.household.display_name.clone(),
            LoadedDraft::Damaged { .. } => "damaged".into(),
        })
        .collect();
    assert_eq!(names, ["Familie A", "Familie B"]);
}

#[test]
fn ids_lists_this_namespace_without_reading_the_drafts() {
    let store = MemoryStore::new();
    store.set("kt.draft.002", "not a plan at all").unwrap();
    store.set("kt.position.002", "tasks").unwrap();
    store.set("kt.setting.lang", "en").unwrap();
    store.set("other.draft.000", "{}").unwrap();
    let drafts = Drafts::new(store, "kt");
    drafts
        .save(&DraftId("001".into()), &intake("Familie A"))
        .unwrap();
    assert_eq!(
        drafts.ids().unwrap(),
        [DraftId("001".into()), DraftId("002".into())]
    );
    drafts.remove_all().unwrap();
    assert!(drafts.ids().unwrap().is_empty());
}

#[test]
fn a_damaged_draft_is_reported_with_its_raw_text_and_hides_nothing() {
    let store = MemoryStore::new();
    store
        .set("kt.draft.001", "{\"format\":\"keukentafel-plan\",\"vers")
        .unwrap();
    let drafts = Drafts::new(store, "kt");
    drafts
        .save(&DraftId("002".into()), &intake("Familie B"))
        .unwrap();
    let list = drafts.list().unwrap();
    assert_eq!(list.len(), 2);
    match &list[0].draft {
        LoadedDraft::Damaged { raw, .. } => assert!(raw.starts_with("{\"format\"")),
        other => panic!("expected damaged, got {other:?}"),
    }
    assert!(
        matches!(&list[1].draft, LoadedDraft::Ok(i) if i.household.display_name == "Familie B")
    );
}

#[test]
fn namespaces_do_not_see_or_remove_each_other() {
    let store = MemoryStore::new();
    store
        .set("other.draft.001", &format::to_json(&intake("X")))
        .unwrap();
    let drafts = Drafts::new(store, "kt");
    drafts
        .save(&DraftId("001".into()), &intake("Familie A"))
        .unwrap();
    drafts.set_open_draft(Some(&DraftId("001".into()))).unwrap();
    assert_eq!(drafts.list().unwrap().len(), 1);
    drafts.remove_all().unwrap();
    assert!(drafts.list().unwrap().is_empty());
    assert_eq!(drafts.open_draft(), None);
    assert!(drafts.store().get("other.draft.001").unwrap().is_some());
}

#[test]
fn a_full_store_refuses_the_write_and_keeps_the_last_saved_draft() {
    let first = format::to_json(&intake("Familie A"));
    let drafts = Drafts::new(MemoryStore::with_quota(first.len() + 40), "kt");
    let id = DraftId("001".into());
    drafts.save(&id, &intake("Familie A")).unwrap();
    let mut bigger = intake("Familie A");
    bigger.household.members.push(Default::default());
    bigger.household.contact.name = "x".repeat(500);
    assert_eq!(drafts.save(&id, &bigger), Err(StoreError::QuotaExceeded));
    match drafts.load(&id).unwrap() {
        LoadedDraft::Ok(i) => assert_eq!(*i, intake("Familie A")),
        other => panic!("expected the earlier draft, got {other:?}"),
    }
}

#[test]
fn remove_takes_the_draft_and_its_position() {
    let drafts = Drafts::new(MemoryStore::new(), "kt");
    let id = DraftId("001".into());
    drafts.save(&id, &intake("A")).unwrap();
    drafts.set_position(&id, "tasks").unwrap();
    assert_eq!(drafts.position(&id).as_deref(), Some("tasks"));
    drafts.remove(&id).unwrap();
    assert!(drafts.store().keys().unwrap().is_empty());
}

#[test]
fn settings_are_kept_per_namespace() {
    let drafts = Drafts::new(MemoryStore::new(), "kt");
    drafts.set_setting("lang", "en").unwrap();
    assert_eq!(drafts.setting("lang").as_deref(), Some("en"));
    assert_eq!(drafts.setting("other"), None);
}

#[test]
fn remove_takes_the_drafts_own_settings_and_leaves_the_others() {
    let settings = std::rc::Rc::new(MemoryStore::new());
    let drafts = Drafts::new(MemoryStore::new(), "kt").with_settings(settings.clone());
    let (gone, kept) = (DraftId("001".into()), DraftId("002".into()));
    drafts.save(&gone, &intake("A")).unwrap();
    drafts.save(&kept, &intake("B")).unwrap();
    drafts.set_setting("table.001", "ar,nl").unwrap();
    drafts.set_setting("table.002", "tr,nl").unwrap();
    drafts.set_setting("lang", "en").unwrap();
    drafts.remove(&gone).unwrap();
    assert_eq!(drafts.setting("table.001"), None);
    assert_eq!(drafts.setting("table.002").as_deref(), Some("tr,nl"));
    assert_eq!(drafts.setting("lang").as_deref(), Some("en"));
    let mut left = settings.keys().unwrap();
    left.sort();
    // "stored": household B is still there.
    assert_eq!(
        left,
        [
            "kt.setting.lang",
            "kt.setting.stored",
            "kt.setting.table.002"
        ]
    );
}

/// The start screen shows at once when the settings say no draft was ever
/// stored (issue 14); saving or opening one says otherwise, and removing
/// everything forgets it again (a shared device keeps no trace).
#[test]
fn the_settings_know_whether_drafts_may_be_stored() {
    let settings = std::rc::Rc::new(MemoryStore::new());
    let drafts = Drafts::new(MemoryStore::new(), "kt").with_settings(settings.clone());
    assert!(!drafts.may_have_drafts());
    let id = DraftId("001".into());
    drafts.save(&id, &intake("Familie A")).unwrap();
    assert!(drafts.may_have_drafts());
    assert_eq!(
        settings.get("kt.setting.stored").unwrap().as_deref(),
        Some("1")
    );

    drafts.remove_all().unwrap();
    assert!(!drafts.may_have_drafts());
    drafts.set_open_draft(Some(&id)).unwrap();
    assert!(drafts.may_have_drafts(), "an opened draft marks it too");
    drafts.save(&id, &intake("Familie A")).unwrap();
    drafts
        .save(&DraftId("002".into()), &intake("Familie B"))
        .unwrap();
    drafts.remove(&id).unwrap();
    assert!(drafts.may_have_drafts(), "one household is left");
    drafts.remove(&DraftId("002".into())).unwrap();
    assert!(
        !drafts.may_have_drafts(),
        "the last one removed takes the mark"
    );
    drafts.set_open_draft(Some(&id)).unwrap();
    assert!(drafts.may_have_drafts(), "an opened draft marks it too");

    // Another namespace on the same device knows nothing of it.
    let other = Drafts::new(MemoryStore::new(), "gemeente").with_settings(settings);
    assert!(!other.may_have_drafts());
}

#[test]
fn a_refused_save_does_not_mark_drafts_as_stored() {
    let drafts = Drafts::new(MemoryStore::with_quota(10), "kt");
    assert!(drafts
        .save(&DraftId("001".into()), &intake("Familie A"))
        .is_err());
    assert!(!drafts.may_have_drafts());
}

/// Draft "0001" removed in one tab while another tab held unsaved text of
/// it, whose page then went away after keeping its side (`w1`), before
/// writing the draft again; another side of it (`w2`, found after it) and
/// a side of a draft still there are left as they are.
fn orphaned_store() -> MemoryStore {
    use keukentafel::domain::revision::Unmerged;
    let store = MemoryStore::new();
    let side = |name: &str, rev| {
        Unmerged {
            rev,
            base: None,
            mine: format::to_json(&intake(name)),
        }
        .to_json()
    };
    store
        .set("kt.unmerged.0001.w1", &side("Familie Typt Door", 3))
        .unwrap();
    store
        .set("kt.unmerged.0001.w2", &side("Familie Oud", 2))
        .unwrap();
    store
        .set("kt.unmerged.0002.w1", &side("Familie Blijft", 1))
        .unwrap();
    store
        .set("kt.draft.0002", &format::to_json(&intake("Familie Blijft")))
        .unwrap();
    store.set("kt.unmerged.0003.w1", "not a side").unwrap();
    store
}

#[test]
fn a_draft_of_which_only_a_side_kept_aside_is_left_is_stored_again_and_listed() {
    let drafts = Drafts::new(orphaned_store(), "kt");
    assert_eq!(drafts.restore_orphans().unwrap(), [DraftId("0001".into())]);
    let names: Vec<_> = drafts
        .list()
        .unwrap()
        .into_iter()
        .map(|d| match d.draft {
            LoadedDraft::Ok(i) => i.household.display_name,
            LoadedDraft::Damaged { .. } => "damaged".into(),
        })
        .collect();
    assert_eq!(names, ["Familie Typt Door", "Familie Blijft"]);
    let store = drafts.store();
    // The side it was made from is gone; the other one is merged in at its
    // next open; the others stay as they were, never dropped.
    assert_eq!(store.get("kt.unmerged.0001.w1").unwrap(), None);
    assert!(store.get("kt.unmerged.0001.w2").unwrap().is_some());
    assert!(store.get("kt.unmerged.0002.w1").unwrap().is_some());
    assert_eq!(
        store.get("kt.unmerged.0003.w1").unwrap().as_deref(),
        Some("not a side")
    );
    assert_eq!(store.get("kt.draft.0003").unwrap(), None);
    // Nothing more the second time.
    assert_eq!(drafts.restore_orphans().unwrap(), Vec::<DraftId>::new());
}
