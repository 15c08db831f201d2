//! A date typed as day / month / year: read into the ISO date the intake
//! keeps, or refused with what is wrong and which field to mark.

use keukentafel::domain::date::{is_real_date, YEARS};
use keukentafel::domain::date_parts::{DateError, DateParts, Part, Problem};
use proptest::prelude::*;

fn iso(d: &str, m: &str, y: &str) -> Result<String, DateError> {
    DateParts::new(d, m, y).to_iso()
}

fn err(problem: Problem, parts: &[Part]) -> Result<String, DateError> {
    Err(DateError {
        problem,
        parts: parts.to_vec(),
    })
}

#[test]
fn three_numbers_make_an_iso_date() {
    assert_eq!(iso("7", "3", "2026"), Ok("2026-03-07".into()));
    assert_eq!(iso("07", "03", "2026"), Ok("2026-03-07".into()));
    assert_eq!(iso(" 29 ", "2", "2028"), Ok("2028-02-29".into()));
    assert_eq!(iso("31", "12", "2100"), Ok("2100-12-31".into()));
}

#[test]
fn digits_from_an_arabic_or_persian_keyboard_count() {
    assert_eq!(iso("٧", "٣", "٢٠٢٦"), Ok("2026-03-07".into()));
    assert_eq!(iso("۱۲", "۱۱", "۲۰۲۶"), Ok("2026-11-12".into()));
}

#[test]
fn all_empty_is_no_date_not_an_error() {
    assert_eq!(iso("", "", ""), Ok(String::new()));
    assert_eq!(iso(" ", "", "  "), Ok(String::new()));
}

#[test]
fn the_fields_left_empty_are_named() {
    use Part::*;
    assert_eq!(iso("7", "3", ""), err(Problem::Missing, &[Year]));
    assert_eq!(iso("", "3", "2026"), err(Problem::Missing, &[Day]));
    assert_eq!(iso("7", "", ""), err(Problem::Missing, &[Month, Year]));
}

#[test]
fn what_is_wrong_is_said_and_the_field_is_marked() {
    use Part::*;
    assert_eq!(
        iso("7", "maart", "2026"),
        err(Problem::NotANumber, &[Month])
    );
    assert_eq!(iso("-1", "3", "2026"), err(Problem::NotANumber, &[Day]));
    assert_eq!(iso("7", "3", "26"), err(Problem::YearDigits, &[Year]));
    assert_eq!(iso("7", "3", "20266"), err(Problem::YearDigits, &[Year]));
    assert_eq!(iso("7", "3", "1850"), err(Problem::YearOutOfRange, &[Year]));
    assert_eq!(iso("30", "2", "2026"), err(Problem::NotReal, &[Day]));
    assert_eq!(iso("29", "2", "2026"), err(Problem::NotReal, &[Day]));
    assert_eq!(iso("0", "3", "2026"), err(Problem::NotReal, &[Day]));
    assert_eq!(iso("123", "3", "2026"), err(Problem::NotReal, &[Day]));
    assert_eq!(iso("7", "13", "2026"), err(Problem::NotReal, &[Month]));
    assert_eq!(iso("7", "0", "2026"), err(Problem::NotReal, &[Month]));
}

#[test]
fn a_kept_date_splits_into_its_fields() {
    assert_eq!(
        DateParts::from_iso("2026-03-07"),
        DateParts::new("7", "3", "2026")
    );
    assert_eq!(
        DateParts::from_iso("2026-11-20"),
        DateParts::new("20", "11", "2026")
    );
    // An old file's odd text is not shown as if it were a date.
    assert_eq!(DateParts::from_iso("morgen"), DateParts::default());
    assert_eq!(DateParts::from_iso(""), DateParts::default());
}

proptest! {
    /// Every real day survives the round trip through the three fields.
    #[test]
    fn every_real_day_round_trips(y in YEARS, m in 1u8..=12, d in 1u8..=31) {
        let text = format!("{y:04}-{m:02}-{d:02}");
        prop_assume!(is_real_date(&text));
        let parts = DateParts::from_iso(&text);
        prop_assert_eq!(parts.to_iso(), Ok(text));
    }

    /// Whatever is typed, the result is empty, a real date or an error
    /// that marks at least one field: never an impossible date.
    #[test]
    fn anything_typed_is_a_real_date_or_a_named_error(
        d in "[0-9a-z ]{0,4}", m in "[0-9a-z ]{0,4}", y in "[0-9a-z ]{0,6}",
    ) {
        match iso(&d, &m, &y) {
            Ok(text) => prop_assert!(text.is_empty() || is_real_date(&text), "{}", text),
            Err(e) => prop_assert!(!e.parts.is_empty()),
        }
    }
}
