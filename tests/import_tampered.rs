//! Exports that cannot lie: an HTML plan made by the real exporter and
//! then changed — in its data, in its printed fingerprint, or with a second
//! plan block — never opens silently as something other than what its
//! readable page shows.

mod document_support;

use document_support::{plan_of, typical};
use keukentafel::document::export_html;
use keukentafel::domain::catalogue::Catalogue;
use keukentafel::domain::format::{load_any, load_html, to_json, LoadErrorKind, SCRIPT_ID};
use keukentafel::domain::import::{decide_import, ImportDecision, Mismatch};
use keukentafel::domain::text::Lang;
use keukentafel::domain::{DomainAnswers, DomainId, Intake};

/// The typical plan exported the way the app's download button does it.
fn exported() -> String {
    let intake = typical();
    export_html(&plan_of(&intake), &to_json(&intake), Lang::Nl, "2026-11-23")
}

fn fingerprint() -> String {
    plan_of(&typical()).fingerprint
}

/// Where the data block starts (the readable page is before it).
fn data_start(html: &str) -> usize {
    html.find(&format!("id=\"{SCRIPT_ID}\""))
        .expect("exporter writes the block")
}

fn decide(html: &str) -> ImportDecision<&'static str> {
    let loaded = load_any(html).expect("loads");
    decide_import(
        loaded,
        &Catalogue::standard(),
        std::iter::empty::<(_, &Intake)>(),
    )
}

#[test]
fn an_untouched_export_opens_at_once_and_its_printed_fingerprint_is_read() {
    let html = exported();
    let loaded = load_html(&html).unwrap();
    assert_eq!(loaded.printed_fingerprints, vec![fingerprint()]);
    assert_eq!(decide(&html), ImportDecision::Open(Box::new(typical())));
}

#[test]
fn one_changed_letter_in_the_data_is_told_with_both_fingerprints() {
    let html = exported();
    let at = data_start(&html);
    let (page, data) = html.split_at(at);
    assert!(data.contains("Amrani"));
    let tampered = format!("{page}{}", data.replacen("Amrani", "Amrano", 1));
    let ImportDecision::Ask {
        mismatch, loaded, ..
    } = decide(&tampered)
    else {
        panic!("a tampered file must ask first");
    };
    let changed = plan_of(&loaded.intake).fingerprint;
    assert_ne!(changed, fingerprint());
    assert_eq!(
        mismatch,
        Some(Mismatch {
            printed: fingerprint(),
            data: changed,
        })
    );
}

#[test]
fn a_changed_printed_fingerprint_is_told_too() {
    let html = exported();
    let fake = "aaaa-bbbb-cccc-dddd";
    let tampered = html.replacen(
        &format!("kt-plan__code\">{}<", fingerprint()),
        &format!("kt-plan__code\">{fake}<"),
        1,
    );
    assert_ne!(tampered, html, "the fingerprint was found to change");
    let ImportDecision::Ask { mismatch, .. } = decide(&tampered) else {
        panic!("must ask first");
    };
    assert_eq!(
        mismatch,
        Some(Mismatch {
            printed: fake.into(),
            data: fingerprint(),
        })
    );
}

#[test]
fn a_second_plan_block_before_the_first_is_refused() {
    let html = exported();
    let mut other = typical();
    other.household.display_name = "Familie Verborgen".into();
    let block = keukentafel::domain::format::to_html_script(&other);
    let at = html.find("<main>").unwrap();
    let tampered = format!("{}{block}{}", &html[..at], &html[at..]);
    let e = load_any(&tampered).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::SeveralPlansInHtml { count: 2 });
    assert!(e.message(Lang::Nl).contains("2 plannen"));
    assert!(e.message(Lang::En).contains("2 plans"));
}

#[test]
fn a_second_block_is_found_in_any_case_attribute_order_or_quotes() {
    let html = exported();
    let json = to_json(&typical());
    for open in [
        format!("<SCRIPT TYPE=\"application/json\" ID=\"{SCRIPT_ID}\">"),
        format!("<script id='{SCRIPT_ID}' type='application/json'>"),
        format!("<script id={SCRIPT_ID} type=application/json>"),
        format!("<Script data-x=\"1\" Id = \"{SCRIPT_ID}\">"),
    ] {
        let tampered = format!("{html}{open}{json}</script>");
        let e = load_any(&tampered).unwrap_err();
        assert_eq!(
            e.kind,
            LoadErrorKind::SeveralPlansInHtml { count: 2 },
            "{open}"
        );
    }
}

#[test]
fn an_unclosed_second_block_still_counts() {
    let html = exported();
    let tampered = format!("{html}<script id=\"{SCRIPT_ID}\">{{");
    assert_eq!(
        load_any(&tampered).unwrap_err().kind,
        LoadErrorKind::SeveralPlansInHtml { count: 2 }
    );
}

#[test]
fn the_fingerprint_in_the_styles_is_not_taken_for_the_printed_one() {
    // The page's CSS names the class and prints the fingerprint in the
    // page margin; only the element's text counts, once.
    let html = exported();
    assert!(html.matches("kt-plan__code").count() > 1);
    assert_eq!(load_html(&html).unwrap().printed_fingerprints.len(), 1);
}

#[test]
fn a_plan_with_an_embeddings_own_domain_is_not_called_tampered_elsewhere() {
    // Exported where "opvoeden" is known, opened where it is not: the
    // fingerprint hashes the catalogue's wording, so it cannot be checked
    // here, and a different one is no sign of a change.
    let extra = Catalogue::standard()
        .with_extras_json(include_str!("../examples/extra-domains.json"))
        .unwrap();
    let mut intake = typical();
    intake.domains.push(DomainAnswers {
        domain: DomainId::new("opvoeden"),
        going_well: "Wij eten elke avond samen aan tafel.".into(),
        ..DomainAnswers::default()
    });
    let plan = keukentafel::domain::plan::build_plan(&intake, &extra);
    let html = export_html(&plan, &to_json(&intake), Lang::Nl, "2026-11-23");
    assert_eq!(
        decide(&html),
        ImportDecision::Open(Box::new(intake.clone()))
    );
    // Where it is known, the check is made (and passes).
    let loaded = load_any(&html).unwrap();
    let none = std::iter::empty::<(u8, &Intake)>();
    assert_eq!(
        decide_import(loaded, &extra, none),
        ImportDecision::Open(Box::new(intake.clone()))
    );
    // And a change there is caught.
    let at = data_start(&html);
    let tampered = format!(
        "{}{}",
        &html[..at],
        html[at..].replacen("aan tafel", "aan tafle", 1)
    );
    let loaded = load_any(&tampered).unwrap();
    let none = std::iter::empty::<(u8, &Intake)>();
    assert!(matches!(
        decide_import(loaded, &extra, none),
        ImportDecision::Ask {
            mismatch: Some(_),
            ..
        }
    ));
}
