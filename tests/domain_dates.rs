//! Dates that exist: the core refuses an impossible review, signature or
//! assessment date and a birth year out of range, naming the field, and a
//! file holding one is refused with the field's place.

use keukentafel::domain::date::{birth_year, is_real_date, DateField};
use keukentafel::domain::edit::{
    Applied, Edit, EditError, IntakeText, PeopleList, PersonField, SignatureField, Signer,
};
use keukentafel::domain::format::{from_json, load, to_json, LoadErrorKind, Range};
use keukentafel::domain::*;

fn typical() -> Intake {
    let path = format!("{}/tests/fixtures/typical.json", env!("CARGO_MANIFEST_DIR"));
    from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

const BAD: &[&str] = &[
    "2026-02-30",
    "2025-02-29",
    "99999-01-01",
    "1899-12-31",
    "2101-01-01",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-1-1",
    "morgen",
];

#[test]
fn real_dates_only() {
    for ok in [
        "2026-02-28",
        "2024-02-29",
        "2000-02-29",
        "1900-01-01",
        "2100-12-31",
    ] {
        assert!(is_real_date(ok), "{ok}");
    }
    for bad in BAD.iter().chain(&["1900-02-29", ""]) {
        assert!(!is_real_date(bad), "{bad}");
    }
}

#[test]
fn an_impossible_review_or_signature_date_is_refused_and_nothing_changes() {
    for bad in BAD {
        let mut i = typical();
        let before = i.clone();
        let e = i.apply(Edit::SetText(IntakeText::ReviewDate, bad.to_string()));
        assert_eq!(e, Err(EditError::NotADate(DateField::ReviewDate)), "{bad}");
        let e = i.apply(Edit::SetSignature(
            Signer::Coach,
            SignatureField::Date,
            bad.to_string(),
        ));
        assert_eq!(e, Err(EditError::NotADate(DateField::SignatureDate)));
        assert_eq!(i, before);
    }
    let mut i = typical();
    for ok in ["2027-03-01", ""] {
        let r = i.apply(Edit::SetText(IntakeText::ReviewDate, ok.into()));
        assert_eq!(r, Ok(Applied::Changed));
        assert_eq!(i.co_ownership.review_date, ok);
    }
}

#[test]
fn an_impossible_assessment_date_is_refused() {
    let mut i = typical();
    let e = i.apply(Edit::StartReassessment {
        today: "2026-02-30".into(),
    });
    assert_eq!(e, Err(EditError::NotADate(DateField::AssessmentDate)));
}

#[test]
fn birth_year_partial_is_no_year_letters_or_out_of_range_are_refused() {
    assert_eq!(birth_year(""), Ok(None));
    assert_eq!(birth_year("19"), Ok(None));
    assert_eq!(birth_year(" 1985 "), Ok(Some(1985)));
    for bad in ["1899", "2101", "99999", "19a5", "-1"] {
        assert_eq!(birth_year(bad), Err(()), "{bad}");
    }
    let mut i = typical();
    let id = i.household.members[0].id;
    let before = i.household.members[0].birth_year;
    let e = i.apply(Edit::SetPerson(
        PeopleList::Members,
        id,
        PersonField::BirthYear,
        "1850".into(),
    ));
    assert_eq!(e, Err(EditError::NotADate(DateField::BirthYear)));
    assert_eq!(i.household.members[0].birth_year, before);
}

#[test]
fn a_file_with_an_impossible_date_is_refused_naming_the_field() {
    let mut cases: Vec<(Intake, &str, DateField)> = Vec::new();
    let mut i = typical();
    i.co_ownership.review_date = "2026-02-30".into();
    cases.push((i, "co_ownership.review_date", DateField::ReviewDate));
    let mut i = typical();
    i.co_ownership.coach.date = "99999-01-01".into();
    cases.push((i, "co_ownership.coach.date", DateField::SignatureDate));
    let mut i = typical();
    i.co_ownership.residents.push(Signature {
        name: "Anna".into(),
        date: "2026-04-31".into(),
    });
    let n = i.co_ownership.residents.len() - 1;
    let path = format!("co_ownership.residents[{n}].date");
    let path: &'static str = Box::leak(path.into_boxed_str());
    cases.push((i, path, DateField::SignatureDate));
    let mut i = typical();
    i.assessments[0].date = "2026-02-30".into();
    cases.push((i, "assessments[0].date", DateField::AssessmentDate));
    for (intake, path, field) in cases {
        let e = load(&to_json(&intake)).unwrap_err();
        assert_eq!(e.path, path);
        assert_eq!(
            e.kind,
            LoadErrorKind::OutOfRange {
                reason: Range::NotADate {
                    field,
                    min: 1900,
                    max: 2100
                }
            }
        );
        assert!(e.message(Lang::Nl).contains("is geen echte datum"));
        assert!(e.message(Lang::En).contains(&e.place(Lang::En)));
    }
}
