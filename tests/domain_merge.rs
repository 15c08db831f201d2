//! Three-way merge of two tabs' versions of one intake (`domain::merge`):
//! different fields merge, the same field changed differently is a
//! conflict with both texts, new things on both sides are both kept.

use keukentafel::domain::edit::{
    AgreementText, DomainText, Edit, IntakeText, PeopleList, PersonField,
};
use keukentafel::domain::field_ref::{AgreementPart, FieldRef};
use keukentafel::domain::merge::{merge, take_theirs, Conflict};
use keukentafel::domain::{DomainId, Intake};
use proptest::prelude::*;

fn with(base: &Intake, edits: impl IntoIterator<Item = Edit>) -> Intake {
    let mut i = base.clone();
    for e in edits {
        i.apply(e).expect("edit applies");
    }
    i
}

fn named(name: &str) -> Intake {
    with(
        &Intake::default(),
        [Edit::SetText(IntakeText::HouseholdName, name.into())],
    )
}

#[test]
fn different_fields_merge_without_asking() {
    let base = named("Familie Jansen");
    let mine = with(
        &base,
        [Edit::SetText(
            IntakeText::HouseholdName,
            "Familie Jansen-de Vries".into(),
        )],
    );
    let theirs = with(
        &base,
        [Edit::SetText(IntakeText::ContactName, "Sanne".into())],
    );
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.conflicts, []);
    assert_eq!(
        merged.intake.household.display_name,
        "Familie Jansen-de Vries"
    );
    assert_eq!(merged.intake.household.contact.name, "Sanne");
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_with_both_texts() {
    let base = named("Familie Jansen");
    let mine = with(
        &base,
        [Edit::SetText(IntakeText::HouseholdName, "Familie A".into())],
    );
    let theirs = with(
        &base,
        [Edit::SetText(IntakeText::HouseholdName, "Familie B".into())],
    );
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(Conflict::text(&c.mine), "Familie A");
    assert_eq!(Conflict::text(&c.theirs), "Familie B");
    assert_eq!(c.field(), Some(FieldRef::Text(IntakeText::HouseholdName)));
    // Until chosen, this side's text holds; choosing theirs takes it.
    assert_eq!(merged.intake.household.display_name, "Familie A");
    assert_eq!(
        take_theirs(&merged.intake, c).household.display_name,
        "Familie B"
    );
}

#[test]
fn conflicts_come_in_the_order_of_their_paths() {
    // Listed for the person in this order, whichever side a field is in.
    let base = named("Familie Jansen");
    let side = |s: &str| {
        with(
            &base,
            [
                Edit::SetText(IntakeText::ReviewDate, format!("2027-0{s}-01")),
                Edit::SetText(IntakeText::HouseholdName, format!("Familie {s}")),
                Edit::SetText(IntakeText::ContactReach, format!("06-{s}")),
                Edit::SetText(IntakeText::ContactName, format!("Sanne {s}")),
            ],
        )
    };
    let merged = merge(&base, &side("1"), &side("2"));
    let paths: Vec<&str> = merged.conflicts.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "co_ownership.review_date",
            "household.contact.name",
            "household.contact.reach",
            "household.display_name",
        ]
    );
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let base = named("Familie Jansen");
    let both = with(
        &base,
        [Edit::SetText(IntakeText::HouseholdName, "Familie J".into())],
    );
    let merged = merge(&base, &both, &both);
    assert_eq!(merged.conflicts, []);
    assert_eq!(merged.intake, both);
}

#[test]
fn a_field_of_one_agreement_is_named_as_that_field() {
    let base = with(
        &Intake::default(),
        [Edit::AddAgreement {
            domain: DomainId::new("work"),
            today: "2026-11-23".into(),
        }],
    );
    let id = base.agreements[0].id;
    let mine = with(
        &base,
        [Edit::SetAgreementText(
            id,
            AgreementText::What,
            "Bellen".into(),
        )],
    );
    let theirs = with(
        &base,
        [Edit::SetAgreementText(
            id,
            AgreementText::What,
            "Mailen".into(),
        )],
    );
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(
        merged.conflicts[0].field(),
        Some(FieldRef::Agreement(id, AgreementPart::What))
    );
    let theirs_taken = take_theirs(&merged.intake, &merged.conflicts[0]);
    assert_eq!(theirs_taken.agreements[0].what, "Mailen");
}

#[test]
fn things_added_on_both_sides_are_all_kept_even_with_the_same_new_id() {
    let base = named("Familie Jansen");
    // Both sides' counters give id 1: a member here, an agreement there,
    // and a network person in both.
    let mine = with(
        &base,
        [
            Edit::AddPerson(PeopleList::Members),
            Edit::SetPerson(PeopleList::Members, 1, PersonField::Name, "Ayla".into()),
            Edit::AddPerson(PeopleList::Network),
            Edit::SetPerson(
                PeopleList::Network,
                2,
                PersonField::Name,
                "Buurvrouw".into(),
            ),
        ],
    );
    let theirs = with(
        &base,
        [
            Edit::AddAgreement {
                domain: DomainId::new("work"),
                today: "2026-11-23".into(),
            },
            Edit::SetAgreementText(1, AgreementText::What, "Bellen".into()),
            Edit::AddPerson(PeopleList::Network),
            Edit::SetPerson(PeopleList::Network, 2, PersonField::Name, "Opa".into()),
        ],
    );
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.conflicts, []);
    let i = &merged.intake;
    assert_eq!(i.household.members.len(), 1);
    assert_eq!(i.agreements.len(), 1);
    let names: Vec<&str> = i.network.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["Buurvrouw", "Opa"]);
    let mut ids: Vec<u32> = i
        .household
        .members
        .iter()
        .map(|m| m.id)
        .chain(i.network.iter().map(|n| n.id))
        .chain(i.agreements.iter().map(|a| a.id))
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 4, "every id is unique");
    assert!(i.next_id >= *ids.last().unwrap());
}

#[test]
fn a_removal_on_one_side_and_a_change_on_the_other_keeps_the_change() {
    let base = with(&named("F"), [Edit::AddPerson(PeopleList::Members)]);
    let id = base.household.members[0].id;
    let mine = with(&base, [Edit::RemovePerson(PeopleList::Members, id)]);
    let theirs = with(
        &base,
        [Edit::SetPerson(
            PeopleList::Members,
            id,
            PersonField::Name,
            "Ayla".into(),
        )],
    );
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.conflicts, []);
    assert_eq!(merged.intake.household.members[0].name, "Ayla");
    // An untouched person removed on one side is removed.
    let theirs = base.clone();
    assert!(merge(&base, &mine, &theirs)
        .intake
        .household
        .members
        .is_empty());
}

#[test]
fn the_save_stamp_and_counter_never_conflict() {
    let base = named("F");
    let mine = with(
        &base,
        [Edit::StampSaved {
            at: "2026-11-23T10:00:00.000Z".into(),
        }],
    );
    let theirs = with(
        &base,
        [Edit::StampSaved {
            at: "2026-11-23T10:00:05.000Z".into(),
        }],
    );
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.conflicts, []);
    assert_eq!(
        merged.intake.co_ownership.last_changed,
        "2026-11-23T10:00:05.000Z"
    );
}

fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zé ]{0,6}").unwrap()
}

fn domain() -> impl Strategy<Value = DomainId> {
    prop_oneof![Just("work"), Just("housing")].prop_map(DomainId::new)
}

fn edit() -> impl Strategy<Value = Edit> {
    let list = prop_oneof![Just(PeopleList::Members), Just(PeopleList::Network)];
    prop_oneof![
        text().prop_map(|v| Edit::SetText(IntakeText::HouseholdName, v)),
        text().prop_map(|v| Edit::SetText(IntakeText::ContactName, v)),
        list.clone().prop_map(Edit::AddPerson),
        (list.clone(), 0u32..8).prop_map(|(l, i)| Edit::RemovePerson(l, i)),
        (list, 0u32..8, text()).prop_map(|(l, i, v)| Edit::SetPerson(l, i, PersonField::Name, v)),
        (domain(), text()).prop_map(|(d, v)| Edit::SetDomainText(d, DomainText::Worries, v)),
        domain().prop_map(|domain| Edit::AddAgreement {
            domain,
            today: "2026-11-23".into()
        }),
        (0u32..8, text()).prop_map(|(i, v)| Edit::SetAgreementText(i, AgreementText::What, v)),
    ]
}

/// An intake after some edits (refused ones change nothing).
fn after(base: &Intake, edits: Vec<Edit>) -> Intake {
    let mut i = base.clone();
    for e in edits {
        let _ = i.apply(e);
    }
    i
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Merging with a side that did not change gives the other side.
    #[test]
    fn merging_with_an_unchanged_side_gives_the_other(
        base in proptest::collection::vec(edit(), 0..12),
        changes in proptest::collection::vec(edit(), 0..12),
    ) {
        let base = after(&Intake::default(), base);
        let changed = after(&base, changes);
        let one = merge(&base, &changed, &base);
        prop_assert_eq!(&one.intake, &changed);
        prop_assert!(one.conflicts.is_empty());
        let other = merge(&base, &base, &changed);
        prop_assert_eq!(&other.intake, &changed);
        prop_assert!(other.conflicts.is_empty());
    }

    /// Merge is symmetric up to conflicts: the same fields conflict from
    /// either side, and with every conflict given the same side's value
    /// both merges are the same intake.
    #[test]
    fn merge_is_symmetric_up_to_conflicts(
        base in proptest::collection::vec(edit(), 0..12),
        mine in proptest::collection::vec(edit(), 0..10),
        theirs in proptest::collection::vec(edit(), 0..10),
    ) {
        let base = after(&Intake::default(), base);
        let (m, t) = (after(&base, mine), after(&base, theirs));
        let mt = merge(&base, &m, &t);
        let tm = merge(&base, &t, &m);
        let paths = |c: &[Conflict]| c.iter().map(|c| c.path.clone()).collect::<Vec<_>>();
        prop_assert_eq!(paths(&mt.conflicts), paths(&tm.conflicts));
        // tm holds t's values at the conflicts; taking its "theirs" (m's)
        // for each gives mt's choice everywhere.
        let mut chosen = tm.intake.clone();
        for c in &tm.conflicts {
            chosen = take_theirs(&chosen, c);
        }
        // New ids on both sides are renumbered on the "theirs" side, so
        // then the two merges differ in ids only: compared where one side
        // added nothing.
        let comparable = m.next_id == base.next_id || t.next_id == base.next_id;
        if comparable {
            prop_assert_eq!(&chosen, &mt.intake);
        }
    }

    /// Edits to different parts (the household's name and people here,
    /// domains and agreements there) merge without asking and keep both.
    #[test]
    fn edits_to_different_parts_keep_both(
        base in proptest::collection::vec(edit(), 0..12),
        names in proptest::collection::vec(text(), 1..4),
        worries in proptest::collection::vec(text(), 1..4),
    ) {
        let base = after(&Intake::default(), base);
        let m = after(&base, names.into_iter().map(|v| Edit::SetText(IntakeText::HouseholdName, v)).collect());
        let t = after(&base, worries.into_iter().map(|v| Edit::SetDomainText(DomainId::new("work"), DomainText::Worries, v)).collect());
        let merged = merge(&base, &m, &t);
        prop_assert!(merged.conflicts.is_empty());
        prop_assert_eq!(&merged.intake.household, &m.household);
        prop_assert_eq!(&merged.intake.domains, &t.domains);
    }
}
