//! The plan in two languages (issue 13): every heading and fixed text in
//! the household's language first and Dutch second, each marked with its
//! `lang`; what the household typed once, as typed; the same fingerprint
//! and the same data as the plan in one language. A plan in one language
//! reads as before, to the byte (`tests/document_unchanged.rs`).

mod document_support;

use document_support::{hostile, plan_of, typical};
use keukentafel::document::{export_html, render_plan, Languages, PLAN_TWO_CSS};
use keukentafel::domain::format::to_json;
use keukentafel::domain::Lang;
use keukentafel::i18n::Key;

const EN_NL: Languages = Languages {
    primary: Lang::En,
    secondary: Some(Lang::Nl),
};

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The text of every `<hN>` element, tags removed.
fn headings(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<h") {
        let after = &rest[at + 2..];
        if !after.starts_with(|c: char| ('1'..='6').contains(&c)) {
            rest = after;
            continue;
        }
        let level = &after[..1];
        let close = format!("</h{level}>");
        let end = after.find(&close).expect("heading closed");
        let inner = &after[after.find('>').unwrap() + 1..end];
        let mut text = String::new();
        let mut in_tag = false;
        for c in inner.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        out.push(text);
        rest = &after[end..];
    }
    out
}

#[test]
fn every_heading_is_in_both_languages_the_households_first() {
    let plan = plan_of(&typical());
    let html = render_plan(&plan, EN_NL, "2026-11-22");
    for (en, nl) in [
        ("Your plan", "Uw plan"),
        ("What goes well", "Wat gaat goed"),
        ("Work and taking part", "Werk en meedoen"),
        ("Money", "Geld"),
    ] {
        let h = headings(&html);
        let found = h
            .iter()
            .find(|h| h.contains(en))
            .unwrap_or_else(|| panic!("no heading with {en}: {h:?}"));
        let (first, second) = (found.find(en).unwrap(), found.find(nl));
        assert!(
            second.is_some_and(|s| s > first),
            "{found:?}: {en} first, then {nl}"
        );
    }
    // Every heading: the first language's words, then Dutch (when they differ).
    for key in [
        Key::doc_contact_heading,
        Key::doc_household_heading,
        Key::doc_all_agreements_heading,
        Key::doc_involved,
        Key::doc_review_heading,
        Key::doc_chart_heading,
    ] {
        let both = format!(
            "{}<span class=\"kt-plan__second kt-plan__second--block\" lang=\"nl\" dir=\"ltr\">{}</span>",
            key.get(Lang::En),
            key.get(Lang::Nl)
        );
        assert!(html.contains(&both), "{key:?} in both: {both}");
    }
    assert!(html.contains("<article class=\"kt-plan kt-plan--two\" lang=\"en\" dir=\"ltr\">"));
}

#[test]
fn labels_and_statuses_are_in_both_languages_too() {
    let plan = plan_of(&typical());
    let html = render_plan(&plan, EN_NL, "2026-11-22");
    for key in [Key::doc_now, Key::doc_wanted, Key::doc_who, Key::doc_status] {
        let both = format!(
            "{}<span class=\"kt-plan__sep\"> / </span><span class=\"kt-plan__second\" lang=\"nl\" dir=\"ltr\">{}</span>",
            key.get(Lang::En),
            key.get(Lang::Nl)
        );
        assert!(html.contains(&both), "{key:?}: {both}");
    }
    // Attributes hold no markup: both languages in plain words.
    assert!(html.contains(&format!(
        "data-label=\"{} / {}\"",
        Key::doc_by_when.get(Lang::En),
        Key::doc_by_when.get(Lang::Nl)
    )));
}

#[test]
fn what_the_household_typed_is_printed_once_as_typed() {
    let intake = typical();
    let plan = plan_of(&intake);
    let one = render_plan(&plan, Lang::En, "2026-11-22");
    let two = render_plan(&plan, EN_NL, "2026-11-22");
    let typed = [
        "We wonen al tien jaar in deze straat en kennen de buren goed.",
        "Een droge slaapkamer voor de kinderen.",
        "Post elke zaterdag samen openen",
        &intake.household.display_name,
        &intake.household.contact.name,
    ];
    for text in typed {
        let n = count(&one, text);
        assert!(n >= 1, "in the plan: {text}");
        assert_eq!(
            count(&two, text),
            n,
            "as often in two languages as in one: {text}"
        );
    }
    // Once, in the plan in one language, for the answers in their own words.
    assert_eq!(count(&two, "Een droge slaapkamer voor de kinderen."), 1);
    assert_eq!(
        count(
            &two,
            "We wonen al tien jaar in deze straat en kennen de buren goed."
        ),
        1
    );
}

#[test]
fn hostile_text_stays_inert_and_single_in_two_languages() {
    let plan = plan_of(&hostile());
    let one = render_plan(&plan, Lang::En, "2026-11-22");
    let two = render_plan(&plan, EN_NL, "2026-11-22");
    assert!(!two.contains("<script") && !two.contains("<img"));
    // The chart is the one SVG, as in one language.
    assert_eq!(count(&two, "<svg"), count(&one, "<svg"));
    assert_eq!(count(&two, "&lt;script&gt;"), count(&one, "&lt;script&gt;"));
}

#[test]
fn the_fingerprint_and_the_data_are_those_of_the_plan_in_one_language() {
    let intake = typical();
    let plan = plan_of(&intake);
    let json = to_json(&intake);
    let one = export_html(&plan, &json, Lang::En, "2026-11-22");
    let two = export_html(&plan, &json, EN_NL, "2026-11-22");
    let printed = |html: &str| {
        let open = "<code class=\"kt-plan__code\">";
        let at = html.find(open).expect("fingerprint") + open.len();
        html[at..at + html[at..].find('<').unwrap()].to_string()
    };
    assert_eq!(printed(&two), printed(&one));
    assert_eq!(printed(&two), plan.fingerprint);
    let data = |html: &str| {
        let at = html.find("id=\"keukentafel-plan\">").expect("data");
        html[at..at + html[at..].find("</script>").unwrap()].to_string()
    };
    assert_eq!(data(&two), data(&one), "the same data");
    assert!(two.contains(PLAN_TWO_CSS) && !one.contains(PLAN_TWO_CSS));
}

#[test]
fn a_household_reading_dutch_gets_the_plan_in_one_language() {
    let plan = plan_of(&typical());
    assert_eq!(Languages::with_dutch(Lang::Nl).second(), None);
    assert_eq!(Languages::with_dutch(Lang::En), EN_NL);
    assert_eq!(
        render_plan(&plan, Languages::with_dutch(Lang::Nl), "2026-11-22"),
        render_plan(&plan, Lang::Nl, "2026-11-22")
    );
    assert!(!render_plan(&plan, Lang::En, "2026-11-22").contains("kt-plan__second"));
}

#[test]
fn dates_and_movement_are_written_in_each_language() {
    let plan = plan_of(&typical());
    let two = render_plan(&plan, EN_NL, "2026-11-22");
    assert!(two.contains(
        "22 November 2026<span class=\"kt-plan__sep\"> / </span>\
         <span class=\"kt-plan__second\" lang=\"nl\" dir=\"ltr\">22 november 2026</span>"
    ));
}
