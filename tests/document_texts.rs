//! The document's own wording: complete in both languages, and following
//! the words guide (no problem headings, no "cliënt", no grades).

use keukentafel::document::texts::{date, T};
use keukentafel::domain::Lang;

const AVOID_NL: &[&str] = &[
    "probleem",
    "problemen",
    "armoede",
    "cliënt",
    "client",
    "multiprobleem",
    "kwetsbaar",
    "achterstand",
    "schuldenaar",
    "cijfer",
    "score",
    "onvoldoende",
];
const AVOID_EN: &[&str] = &[
    "problem",
    "poverty",
    "client",
    "vulnerable",
    "deprived",
    "debtor",
    "score",
    "grade",
    "fail",
];

#[test]
fn every_text_is_there_in_both_languages() {
    for t in T::ALL {
        let (nl, en) = t.pair();
        assert!(!nl.trim().is_empty(), "{t:?} nl");
        assert!(!en.trim().is_empty(), "{t:?} en");
    }
}

#[test]
fn all_lists_every_variant_once() {
    for (i, a) in T::ALL.iter().enumerate() {
        assert!(!T::ALL[i + 1..].contains(a), "{a:?} twice");
    }
}

#[test]
fn words_guide_is_followed() {
    for t in T::ALL {
        let (nl, en) = t.pair();
        for w in AVOID_NL {
            assert!(!nl.to_lowercase().contains(w), "{t:?}: {w:?} in {nl:?}");
        }
        for w in AVOID_EN {
            assert!(!en.to_lowercase().contains(w), "{t:?}: {w:?} in {en:?}");
        }
    }
}

#[test]
fn texts_hold_no_markup() {
    for t in T::ALL {
        let (nl, en) = t.pair();
        for s in [nl, en] {
            assert!(!s.contains(['<', '>', '&', '"']), "{t:?}");
        }
    }
}

#[test]
fn written_to_the_household() {
    assert_eq!(T::PlanTitle.pair(), ("Uw plan", "Your plan"));
    assert!(T::Intro.get(Lang::Nl).contains("uw contactpersoon"));
}

#[test]
fn iso_dates_are_written_out_and_others_kept() {
    assert_eq!(date("2026-11-22", Lang::Nl), "22 november 2026");
    assert_eq!(date("2026-03-01", Lang::En), "1 March 2026");
    assert_eq!(date("deze week", Lang::Nl), "deze week");
    assert_eq!(date("2026-13-01", Lang::Nl), "2026-13-01");
    assert_eq!(date("", Lang::Nl), "");
}
