//! Revisions of a stored draft (issue 15, two tabs): the revision rule, a
//! stale write kept aside and merged, a real conflict kept for the person
//! to choose, and drafts from before revisions read as revision 0.

use keukentafel::domain::edit::{Edit, IntakeText};
use keukentafel::domain::format::{from_json, to_json};
use keukentafel::domain::merge::Conflict;
use keukentafel::domain::revision::{check, recover, Check, Stamp, Unmerged};
use keukentafel::domain::Intake;
use keukentafel::storage::revision::{after_emptied, keep, plan, rev_key, unmerged_key, Guard};
use keukentafel::storage::{Batch, DraftId, Drafts, KeyValueStore, MemoryStore};

fn with(base: &Intake, edits: impl IntoIterator<Item = (IntakeText, &'static str)>) -> Intake {
    let mut i = base.clone();
    for (field, text) in edits {
        i.apply(Edit::SetText(field, text.into()))
            .expect("edit applies");
    }
    i
}

const KEY: &str = "kt.draft.0001";

fn guard(base: Option<u64>, base_text: Option<&str>) -> Guard {
    Guard {
        key: KEY.into(),
        base,
        base_text: base_text.map(str::to_string),
    }
}

fn batch(mine: &str) -> Batch {
    [(KEY.to_string(), Some(mine.to_string()))].into()
}

#[test]
fn stamps_read_back_and_records_without_one_are_revision_0() {
    let s = Stamp { rev: 7, base: 6 };
    assert_eq!(Stamp::parse(Some(&s.to_text())), s);
    assert_eq!(Stamp::parse(None), Stamp { rev: 0, base: 0 });
    assert_eq!(Stamp::parse(Some("garbage")), Stamp::default());
    assert_eq!(Stamp::parse(Some("3")), Stamp { rev: 3, base: 0 });
}

#[test]
fn a_write_from_the_stored_revision_is_fresh_and_stamped_with_the_next() {
    let stored = Stamp { rev: 4, base: 3 };
    assert_eq!(
        check(Some(4), stored),
        Check::Fresh(Stamp { rev: 5, base: 4 })
    );
    assert_eq!(check(Some(3), stored), Check::Stale);
    assert_eq!(check(Some(5), stored), Check::Stale);
    // A writer that does not merge (a locked draft) still moves the revision on.
    assert_eq!(check(None, stored), Check::Fresh(Stamp { rev: 5, base: 4 }));
    // A draft from before revisions.
    assert_eq!(
        check(Some(0), Stamp::default()),
        Check::Fresh(Stamp { rev: 1, base: 0 })
    );
}

#[test]
fn keys_sit_beside_the_draft_in_its_namespace() {
    assert_eq!(rev_key(KEY).as_deref(), Some("kt.rev.0001"));
    assert_eq!(
        unmerged_key(KEY, "w1").as_deref(),
        Some("kt.unmerged.0001.w1")
    );
    assert_eq!(rev_key("kt.open"), None);
    assert_eq!(rev_key("kt.draft."), None);
}

#[test]
fn a_fresh_write_stores_the_draft_its_stamp_and_drops_its_own_unmerged_side() {
    let planned = plan(
        &batch("mine"),
        &[guard(Some(2), Some("base"))],
        &[Stamp { rev: 2, base: 1 }],
        "w1",
    );
    assert!(planned.stale.is_empty());
    assert_eq!(planned.write.get(KEY), Some(&Some("mine".to_string())));
    assert_eq!(
        planned.write.get("kt.rev.0001"),
        Some(&Some("3 2".to_string()))
    );
    assert_eq!(planned.write.get("kt.unmerged.0001.w1"), Some(&None));
}

#[test]
fn a_stale_write_does_not_overwrite_and_keeps_its_side_with_its_base() {
    let planned = plan(
        &batch("mine"),
        &[guard(Some(2), Some("base"))],
        &[Stamp { rev: 3, base: 2 }],
        "w1",
    );
    assert_eq!(planned.stale.len(), 1);
    assert_eq!(planned.stale[0].stored.rev, 3);
    assert!(!planned.write.contains_key(KEY), "the stored draft stays");
    assert!(!planned.write.contains_key("kt.rev.0001"));
    let side = planned.write["kt.unmerged.0001.w1"].as_deref().unwrap();
    assert_eq!(
        Unmerged::from_json(side),
        Some(Unmerged {
            rev: 2,
            base: Some("base".into()),
            mine: "mine".into()
        })
    );
}

#[test]
fn what_is_not_a_guarded_draft_is_written_as_it_is() {
    let mut b = batch("mine");
    b.insert("kt.open".into(), Some("0001".into()));
    b.insert("kt.position.0002".into(), None);
    let planned = plan(&b, &[], &[], "w1");
    assert_eq!(planned.write, b);
}

#[test]
fn a_store_emptied_under_the_app_gets_everything_held_written_afresh() {
    // The tab holds revision 2 of the open draft (and its old stamp); the
    // store was emptied, so it reads revision 0 for it.
    let mut everything = batch("mine");
    everything.insert("kt.rev.0001".into(), Some("2 1".into()));
    everything.insert("kt.open".into(), Some("0001".into()));
    let guards = [guard(Some(2), Some("base"))];
    // From the old revision the draft reads as stale: nothing of it stored.
    let stale = plan(&everything, &guards, &[Stamp::default()], "w1");
    assert!(!stale.write.contains_key(KEY));
    // As into an empty store: the draft, a fresh stamp and the rest written.
    let (write, emptied) = after_emptied(everything, &guards);
    assert_eq!(emptied, [guard(Some(0), Some("base"))]);
    assert!(
        !write.contains_key("kt.rev.0001"),
        "the old stamp is not copied"
    );
    let planned = plan(&write, &emptied, &[Stamp::default()], "w1");
    assert!(planned.stale.is_empty());
    assert_eq!(planned.write.get(KEY), Some(&Some("mine".to_string())));
    assert_eq!(
        planned.write.get("kt.rev.0001"),
        Some(&Some("1 0".to_string()))
    );
    assert_eq!(
        planned.write.get("kt.open"),
        Some(&Some("0001".to_string()))
    );
    // Another tab stored it first in the new store: merged, never overwritten.
    let planned = plan(&write, &emptied, &[Stamp { rev: 1, base: 0 }], "w1");
    assert_eq!(planned.stale.len(), 1);
    assert!(!planned.write.contains_key(KEY));
    // A draft written over any revision (locked) stays so.
    let (_, locked) = after_emptied(batch("mine"), &[guard(None, None)]);
    assert_eq!(locked, [guard(None, None)]);
}

#[test]
fn leaving_keeps_each_guarded_side_but_never_an_unguarded_one() {
    let kept = keep(&batch("mine"), &[guard(Some(2), Some("base"))], "w1");
    let side = kept["kt.unmerged.0001.w1"].as_deref().unwrap();
    assert_eq!(Unmerged::from_json(side).unwrap().mine, "mine");
    // A draft written over any revision keeps nothing.
    assert!(keep(&batch("mine"), &[guard(None, Some("plain"))], "w1").is_empty());
}

/// A locked draft's record, as stored (only its shape matters here).
const SEALED: &str = r#"{"format":"keukentafel-locked","version":1,"label":"x"}"#;

#[test]
fn a_sealed_text_never_keeps_a_side_with_a_plaintext_base_even_when_guarded() {
    assert!(keep(&batch(SEALED), &[guard(Some(2), Some("plain text"))], "w1").is_empty());
    // Written over the newer revision instead, and stamped after it.
    let planned = plan(
        &batch(SEALED),
        &[guard(Some(2), Some("plain text"))],
        &[Stamp { rev: 3, base: 2 }],
        "w1",
    );
    assert!(planned.stale.is_empty());
    assert_eq!(planned.write.get(KEY), Some(&Some(SEALED.to_string())));
    assert_eq!(
        planned.write.get("kt.rev.0001"),
        Some(&Some("4 3".to_string()))
    );
    assert!(!planned
        .write
        .values()
        .flatten()
        .any(|v| v.contains("plain text")));
}

fn base() -> Intake {
    with(
        &Intake::default(),
        [(IntakeText::HouseholdName, "Familie Jansen")],
    )
}

fn side(mine: &Intake, rev: u64) -> Unmerged {
    Unmerged {
        rev,
        base: Some(to_json(&base())),
        mine: to_json(mine),
    }
}

#[test]
fn a_side_nothing_was_stored_after_is_taken_as_it_is() {
    let mine = with(&base(), [(IntakeText::ContactName, "Sanne")]);
    let merged = recover(&side(&mine, 4), Some(&to_json(&base())), 4).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.intake, mine);
    // The draft was gone: this side is all there is.
    assert_eq!(recover(&side(&mine, 4), None, 0).unwrap().intake, mine);
}

#[test]
fn a_stale_side_merges_with_the_stored_draft_field_by_field() {
    let mine = with(&base(), [(IntakeText::ContactName, "Sanne")]);
    let theirs = with(
        &base(),
        [(IntakeText::HouseholdName, "Familie Jansen-de Vries")],
    );
    let merged = recover(&side(&mine, 4), Some(&to_json(&theirs)), 5).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        merged.intake.household.display_name,
        "Familie Jansen-de Vries"
    );
    assert_eq!(merged.intake.household.contact.name, "Sanne");
}

#[test]
fn the_same_field_changed_on_both_sides_is_kept_as_a_conflict_with_both_texts() {
    let mine = with(&base(), [(IntakeText::HouseholdName, "Familie B")]);
    let theirs = with(&base(), [(IntakeText::HouseholdName, "Familie A")]);
    let merged = recover(&side(&mine, 4), Some(&to_json(&theirs)), 5).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(Conflict::text(&c.mine), "Familie B");
    assert_eq!(Conflict::text(&c.theirs), "Familie A");
}

#[test]
fn a_side_without_its_base_still_loses_nothing() {
    let mine = with(&base(), [(IntakeText::ContactName, "Sanne")]);
    let theirs = with(&base(), [(IntakeText::ContactName, "Piet")]);
    let unmerged = Unmerged {
        rev: 1,
        base: None,
        mine: to_json(&mine),
    };
    let merged = recover(&unmerged, Some(&to_json(&theirs)), 2).unwrap();
    let texts: Vec<_> = merged
        .conflicts
        .iter()
        .flat_map(|c| [Conflict::text(&c.mine), Conflict::text(&c.theirs)])
        .collect();
    assert!(
        texts.contains(&"Sanne".to_string()) && texts.contains(&"Piet".to_string()),
        "{texts:?}"
    );
}

#[test]
fn an_unreadable_side_is_left_alone() {
    let unmerged = Unmerged {
        rev: 1,
        base: None,
        mine: "{not a draft".into(),
    };
    assert_eq!(recover(&unmerged, Some(&to_json(&base())), 2), None);
}

#[test]
fn drafts_read_their_stamp_and_unmerged_sides_and_remove_them_with_the_draft() {
    let drafts = Drafts::new(MemoryStore::default(), "kt");
    let id = DraftId("0001".into());
    drafts.save(&id, &base()).unwrap();
    assert_eq!(
        drafts.stamp(&id),
        Stamp::default(),
        "a draft from before revisions"
    );
    let store = drafts.store();
    store.set("kt.rev.0001", "5 4").unwrap();
    store
        .set("kt.unmerged.0001.w1", &side(&base(), 4).to_json())
        .unwrap();
    store.set("kt.unmerged.00010.w1", "other draft's").unwrap();
    assert_eq!(drafts.stamp(&id), Stamp { rev: 5, base: 4 });
    let sides = drafts.unmerged(&id).unwrap();
    assert_eq!(sides.len(), 1);
    assert_eq!(sides[0].0, "kt.unmerged.0001.w1");
    assert_eq!(
        from_json(&sides[0].1.as_ref().unwrap().mine).unwrap(),
        base()
    );
    drafts.remove(&id).unwrap();
    let left = store.keys().unwrap();
    assert_eq!(left, vec!["kt.unmerged.00010.w1".to_string()]);
}

#[test]
fn an_unmerged_side_reads_back_as_written_and_a_broken_one_reads_as_none() {
    for side in [
        Unmerged {
            rev: 7,
            base: Some("{\"a\": \"\\\"quoted\\\"\"}".into()),
            mine: "ë\n\u{202e}".into(),
        },
        Unmerged {
            rev: 0,
            base: None,
            mine: String::new(),
        },
    ] {
        assert_eq!(Unmerged::from_json(&side.to_json()), Some(side));
    }
    for broken in [
        "",
        "{",
        "[]",
        r#"{"rev":-1,"base":null,"mine":""}"#,
        r#"{"rev":1,"base":null}"#,
    ] {
        assert_eq!(Unmerged::from_json(broken), None, "{broken}");
    }
}
