//! The check page's view model comes from the plan's own derivation, and
//! every field reference gives the id the screens and the e2e tests use.

use keukentafel::domain::catalogue::{Catalogue, Field};
use keukentafel::domain::checks::Missing;
use keukentafel::domain::edit::*;
use keukentafel::domain::field_ref::{AgreementPart, FieldRef};
use keukentafel::domain::plan::{build_plan, check_answers, CheckAnswer};
use keukentafel::domain::*;

fn typical() -> Intake {
    let path = format!("{}/tests/fixtures/typical.json", env!("CARGO_MANIFEST_DIR"));
    format::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn row<'a>(
    domains: &'a [keukentafel::domain::plan::CheckDomain],
    domain: &DomainId,
    field: Field,
) -> &'a Option<CheckAnswer> {
    &domains
        .iter()
        .find(|d| &d.id == domain)
        .unwrap()
        .rows
        .iter()
        .find(|r| r.field == field)
        .unwrap()
        .answer
}

#[test]
fn the_check_page_says_what_the_plan_says() {
    let intake = typical();
    let catalogue = Catalogue::standard();
    let plan = build_plan(&intake, &catalogue);
    let check = check_answers(&intake, &catalogue);
    assert_eq!(check.len(), catalogue.domains.len());
    let mut compared = 0;
    for d in &plan.domains {
        let names = |field| match row(&check, &d.id, field) {
            Some(CheckAnswer::Names(n)) => n.clone(),
            _ => Vec::new(),
        };
        assert_eq!(names(Field::Network), d.network, "{:?}", d.id);
        assert_eq!(names(Field::Professionals), d.professionals, "{:?}", d.id);
        let strengths = match row(&check, &d.id, Field::Strengths) {
            Some(CheckAnswer::Strengths(s)) => s.clone(),
            _ => Vec::new(),
        };
        assert_eq!(strengths, d.strengths, "{:?}", d.id);
        if let Some(CheckAnswer::Rungs(lines)) = row(&check, &d.id, Field::RungNow) {
            for line in lines {
                let in_plan = d.rungs.iter().find(|r| r.who == line.who).unwrap();
                assert_eq!((line.answer, &line.text), (in_plan.now, &in_plan.now_text));
                compared += 1;
            }
        }
    }
    assert!(compared > 0, "the fixture has ladder answers to compare");
}

#[test]
fn an_empty_intake_is_not_filled_in_anywhere_and_links_to_each_field() {
    let catalogue = Catalogue::standard();
    let check = check_answers(&Intake::default(), &catalogue);
    let optional = check
        .iter()
        .flat_map(|d| &d.rows)
        .filter(|r| r.optional)
        .count();
    assert!(optional > 0, "worries are optional in every domain");
    for d in &check {
        for r in &d.rows {
            assert_eq!(r.answer, None, "{:?} {:?}", d.id, r.field);
            assert_eq!(r.target, FieldRef::Domain(d.id.clone(), r.field));
            // The page says "(not required)" after exactly the catalogue's
            // optional questions.
            let q = catalogue
                .domain(&d.id)
                .unwrap()
                .questions
                .iter()
                .find(|q| q.field == r.field)
                .unwrap();
            assert_eq!(r.optional, q.optional, "{:?} {:?}", d.id, r.field);
        }
    }
}

#[test]
fn blank_agreements_and_unanswered_ladders_are_not_answers() {
    let catalogue = Catalogue::standard();
    let domain = catalogue.domains[0].id.clone();
    let mut i = Intake::default();
    i.apply(Edit::AddAgreement {
        domain: domain.clone(),
        today: "2026-11-23".into(),
    })
    .unwrap();
    i.apply(Edit::SetRung {
        domain: domain.clone(),
        member: None,
        side: RungSide::Wanted,
        answer: LadderAnswer::Rung(4),
        today: "2026-11-23".into(),
    })
    .unwrap();
    let check = check_answers(&i, &catalogue);
    assert_eq!(row(&check, &domain, Field::Agreements), &None);
    assert_eq!(row(&check, &domain, Field::RungNow), &None);
    assert!(matches!(
        row(&check, &domain, Field::RungWanted),
        Some(CheckAnswer::Rungs(lines)) if lines.len() == 1 && lines[0].answer == LadderAnswer::Rung(4)
    ));
}

#[test]
fn field_references_give_the_ids_the_screens_use() {
    let work = DomainId::new("work");
    let cases = [
        (FieldRef::Text(IntakeText::HouseholdName), "household-name"),
        (FieldRef::Text(IntakeText::ReviewDate), "plan-review-date"),
        (
            FieldRef::Person(PeopleList::Members, 3, PersonField::BirthYear),
            "member-3-birth-year",
        ),
        (
            FieldRef::Person(PeopleList::Network, 4, PersonField::HelpsWith),
            "network-4-helps-with",
        ),
        (
            FieldRef::PersonMember(PeopleList::Professionals, 5, 3),
            "professional-5-member-3",
        ),
        (
            FieldRef::Domain(work.clone(), Field::GoingWell),
            "work-going-well",
        ),
        (FieldRef::Domain(work, Field::RungWanted), "work-ladder"),
        (
            FieldRef::Agreement(7, AgreementPart::OtherName),
            "agreement-7-other-name",
        ),
        (
            FieldRef::Signature(Signer::Resident(1), SignatureField::Date),
            "plan-resident-1-date",
        ),
        (
            FieldRef::Signature(Signer::Coach, SignatureField::Name),
            "plan-coach-name",
        ),
    ];
    for (field, id) in cases {
        assert_eq!(field.id(), id);
    }
}

#[test]
fn a_gap_links_to_the_field_it_is_fixed_in() {
    assert_eq!(FieldRef::from(Missing::MemberName(2)).id(), "member-2-name");
    assert_eq!(
        FieldRef::from(Missing::AgreementWhat(9)).id(),
        "agreement-9-what"
    );
    assert_eq!(
        FieldRef::from(Missing::AgreementWho(9)).id(),
        "agreement-9-other-name"
    );
    assert_eq!(
        FieldRef::from(Missing::HouseholdName).id(),
        "household-name"
    );
}
