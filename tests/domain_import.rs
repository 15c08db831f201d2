//! Opening a plan file decides natively: a plan already on the device is
//! found by fingerprint (whenever it was last saved), a new complete plan
//! opens at once, and a file with fields left out asks first. Also the copy
//! for an organisation: what is unticked is left out, nothing else.

use keukentafel::domain::catalogue::Catalogue;
use keukentafel::domain::edit::{Edit, IntakeText};
use keukentafel::domain::format::{self, Loaded};
use keukentafel::domain::import::{copy_numbers, decide_import, ImportDecision, SamePlan};
use keukentafel::domain::plan::{build_plan, Redaction, Section};
use keukentafel::domain::*;

fn typical() -> Intake {
    let path = format!("{}/tests/fixtures/typical.json", env!("CARGO_MANIFEST_DIR"));
    format::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn loaded(intake: Intake, dropped: &[&str]) -> Loaded {
    Loaded {
        intake,
        from_version: format::VERSION,
        dropped_fields: dropped.iter().map(|s| s.to_string()).collect(),
        printed_fingerprints: Vec::new(),
        cleaned_chars: 0,
    }
}

fn named(name: &str) -> Intake {
    let mut i = Intake::default();
    i.apply(Edit::SetText(IntakeText::HouseholdName, name.into()))
        .unwrap();
    i
}

#[test]
fn a_new_complete_plan_opens_at_once() {
    let c = Catalogue::standard();
    let other = named("Familie Anders");
    let d = decide_import(loaded(typical(), &[]), &c, [("a", &other)]);
    assert_eq!(d, ImportDecision::Open(Box::new(typical())));
}

#[test]
fn the_same_plan_on_the_device_is_named_even_when_saved_later() {
    let c = Catalogue::standard();
    let mut here = typical();
    here.apply(Edit::StampSaved {
        at: "2031-01-01T10:00:00Z".into(),
    })
    .unwrap();
    let other = named("Familie Anders");
    let d = decide_import(
        loaded(typical(), &[]),
        &c,
        [("first", &other), ("second", &here), ("third", &here)],
    );
    let plan = build_plan(&typical(), &c);
    assert_eq!(
        d,
        ImportDecision::Ask {
            loaded: Box::new(loaded(typical(), &[])),
            same: Some(SamePlan {
                key: "second",
                name: plan.household_name,
                fingerprint: plan.fingerprint,
            }),
            mismatch: None,
        }
    );
}

#[test]
fn a_changed_plan_is_not_the_same_plan() {
    let c = Catalogue::standard();
    let mut here = typical();
    here.apply(Edit::SetText(IntakeText::ReviewDate, "2027-02-02".into()))
        .unwrap();
    let d = decide_import(loaded(typical(), &[]), &c, [(1, &here)]);
    assert!(matches!(d, ImportDecision::Open(_)));
}

#[test]
fn a_file_with_fields_left_out_asks_first() {
    let c = Catalogue::standard();
    let d = decide_import::<u8>(loaded(typical(), &["household.pet"]), &c, []);
    assert!(
        matches!(d, ImportDecision::Ask { same: None, loaded, mismatch: None } if loaded.dropped_fields == ["household.pet"])
    );
}

#[test]
fn a_copy_leaves_out_only_what_was_unticked() {
    let plan = build_plan(&typical(), &Catalogue::standard());
    assert!(
        plan.domains.len() >= 2,
        "the fixture has domains to leave out"
    );
    let all = Redaction::leaving_out(&plan, &[], &[]);
    assert_eq!(all, Redaction::everything(&plan));
    let first = plan.domains[0].id.clone();
    let unknown = DomainId::new("not-in-the-plan");
    let keep = Redaction::leaving_out(
        &plan,
        &[first.clone(), unknown],
        &[Section::Worries, Section::Notes],
    );
    assert!(!keep.domains.contains(&first));
    assert_eq!(keep.domains.len(), plan.domains.len() - 1);
    assert_eq!(keep.sections.len(), Section::ALL.len() - 2);
    assert!(!keep.sections.contains(&Section::Worries));
}

#[test]
fn copies_of_one_plan_are_told_apart_in_the_list() {
    assert_eq!(
        copy_numbers(&[
            "Familie Jansen",
            "Familie Anders",
            "Familie Jansen",
            "familie jansen "
        ]),
        [None, None, Some(2), Some(3)]
    );
    assert_eq!(copy_numbers(&["A", "B"]), [None, None]);
    assert!(copy_numbers(&[]).is_empty());
}
