//! Bad-inputs catalogue rows 74–75: a plan with 10 000 agreements and a file
//! with 1 MB in one field. Both are refused in plain words naming the limit,
//! quickly (no hang), whether the plan comes as JSON or as the HTML export.

mod document_support;

use document_support::{plan_of, typical};
use keukentafel::document::export_html;
use keukentafel::domain::format::{
    load_any, to_json, LoadErrorKind, Range, MAX_LIST_ITEMS, MAX_TEXT_CHARS,
};
use keukentafel::domain::{Intake, Lang};
use std::time::{Duration, Instant};

/// Generous for a debug build on a shared 2-core machine; a hang or a
/// quadratic walk over the list would be far beyond it.
const NO_HANG: Duration = Duration::from_secs(10);

/// The typical household with its first agreement copied until it holds
/// `n` agreements, each with an id of its own (a valid plan but for the count).
fn with_agreements(n: usize) -> Intake {
    let mut intake = typical();
    let first = intake.agreements[0].clone();
    intake.agreements.clear();
    for i in 0..n {
        let mut a = first.clone();
        a.id = intake.next_id();
        a.what = format!("Afspraak {i}");
        intake.agreements.push(a);
    }
    intake
}

/// Loads `text` and returns how long it took, with the result.
fn timed(
    text: &str,
) -> (
    Duration,
    Result<keukentafel::domain::format::Loaded, keukentafel::domain::format::LoadError>,
) {
    let start = Instant::now();
    let result = load_any(text);
    (start.elapsed(), result)
}

fn assert_refused_for_too_many(text: &str, what: &str) {
    let (took, result) = timed(text);
    eprintln!("{what}: {} bytes refused in {took:?}", text.len());
    assert!(took < NO_HANG, "{what} took {took:?}");
    let e = result.expect_err("10 000 agreements are over the list limit");
    assert_eq!(e.path, "agreements");
    assert_eq!(
        e.kind,
        LoadErrorKind::OutOfRange {
            reason: Range::TooManyItems {
                count: 10_000,
                limit: MAX_LIST_ITEMS
            }
        }
    );
    assert_eq!(
        e.message(Lang::Nl),
        "Deze lijst is te lang: er staan 10000 dingen in. Er mogen hooguit 2000 dingen in. Plaats in het bestand: afspraken."
    );
    assert_eq!(
        e.message(Lang::En),
        "This list is too long: it holds 10000 items. It may hold at most 2000 items. Place in the file: agreements."
    );
}

#[test]
fn ten_thousand_agreements_in_a_plan_file_are_refused_naming_the_limit() {
    let json = to_json(&with_agreements(10_000));
    assert_refused_for_too_many(&json, "JSON with 10 000 agreements");
}

#[test]
fn ten_thousand_agreements_in_an_html_export_are_refused_naming_the_limit() {
    let intake = with_agreements(10_000);
    let html = export_html(&plan_of(&intake), &to_json(&intake), Lang::Nl, "2026-11-23");
    assert_refused_for_too_many(&html, "HTML export with 10 000 agreements");
}

#[test]
fn the_limit_itself_opens_as_it_was_saved() {
    // 2 000 agreements, the most a list may hold: opened, nothing dropped.
    let intake = with_agreements(MAX_LIST_ITEMS);
    let json = to_json(&intake);
    let (took, result) = timed(&json);
    eprintln!(
        "JSON with 2 000 agreements ({} bytes) opened in {took:?}",
        json.len()
    );
    assert!(took < NO_HANG, "took {took:?}");
    assert_eq!(result.expect("at the limit it opens").intake, intake);
    let html = export_html(&plan_of(&intake), &json, Lang::En, "2026-11-23");
    let (took, result) = timed(&html);
    eprintln!(
        "HTML with 2 000 agreements ({} bytes) opened in {took:?}",
        html.len()
    );
    assert!(took < NO_HANG, "took {took:?}");
    assert_eq!(result.expect("the export opens too").intake, intake);
}

#[test]
fn one_megabyte_in_one_field_of_a_file_is_refused_with_the_count_and_the_limit() {
    let mut intake = typical();
    intake.household.display_name = "a".repeat(1_000_000);
    let json = to_json(&intake);
    let (took, result) = timed(&json);
    assert!(took < NO_HANG, "took {took:?}");
    let e = result.expect_err("1 MB is over the text limit");
    assert_eq!(e.path, "household.display_name");
    assert_eq!(
        e.kind,
        LoadErrorKind::TextTooLong {
            chars: 1_000_000,
            limit: MAX_TEXT_CHARS
        }
    );
    assert_eq!(
        e.message(Lang::Nl),
        "Deze tekst is te lang (1000000 tekens). Er passen hooguit 10000 tekens in. Plaats in het bestand: huishouden, naam."
    );
    assert_eq!(
        e.message(Lang::En),
        "This text is too long (1000000 characters). It may hold at most 10000 characters. Place in the file: household, name."
    );
    // The same in the HTML export.
    let html = export_html(&plan_of(&intake), &json, Lang::Nl, "2026-11-23");
    let e = load_any(&html).expect_err("the export is refused the same way");
    assert_eq!(
        e.kind,
        LoadErrorKind::TextTooLong {
            chars: 1_000_000,
            limit: MAX_TEXT_CHARS
        }
    );
}
