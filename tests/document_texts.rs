//! The document's own wording (the `doc_` keys of `locales/`): complete
//! in every language, and following the words guide (no problem headings,
//! no "cliënt", no grades).

use keukentafel::document::texts::{date, keys};
use keukentafel::domain::Lang;
use keukentafel::i18n::Key;

mod words_guide;
use words_guide::avoided_in;

#[test]
fn every_text_is_there_in_every_language() {
    // The headings, labels and month names the document names.
    assert!(keys().count() >= 100, "{}", keys().count());
    for k in keys() {
        for lang in Lang::ALL {
            assert!(!k.get(lang).trim().is_empty(), "{k:?} {lang:?}");
        }
    }
}

#[test]
fn words_guide_is_followed() {
    for k in keys() {
        for lang in Lang::ALL {
            let s = k.get(lang);
            assert_eq!(avoided_in(s, lang), [] as [&str; 0], "{k:?}: {s:?}");
        }
    }
}

#[test]
fn texts_hold_no_markup() {
    for k in keys() {
        for lang in Lang::ALL {
            assert!(!k.get(lang).contains(['<', '>', '&', '"']), "{k:?}");
        }
    }
}

#[test]
fn written_to_the_household() {
    assert_eq!(Key::doc_plan_title.get(Lang::Nl), "Uw plan");
    assert_eq!(Key::doc_plan_title.get(Lang::En), "Your plan");
    assert!(Key::doc_intro.get(Lang::Nl).contains("uw contactpersoon"));
}

#[test]
fn iso_dates_are_written_out_and_others_kept() {
    assert_eq!(date("2026-11-22", Lang::Nl), "22 november 2026");
    assert_eq!(date("2026-03-01", Lang::En), "1 March 2026");
    assert_eq!(date("deze week", Lang::Nl), "deze week");
    assert_eq!(date("2026-13-01", Lang::Nl), "2026-13-01");
    assert_eq!(date("", Lang::Nl), "");
}
