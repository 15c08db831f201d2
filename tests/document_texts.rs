//! The document's own wording: complete in both languages, and following
//! the words guide (no problem headings, no "cliënt", no grades).

use keukentafel::document::texts::{date, T};
use keukentafel::domain::Lang;

mod words_guide;
use words_guide::avoided_in;

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
        assert_eq!(avoided_in(nl, Lang::Nl), [] as [&str; 0], "{t:?}: {nl:?}");
        assert_eq!(avoided_in(en, Lang::En), [] as [&str; 0], "{t:?}: {en:?}");
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
