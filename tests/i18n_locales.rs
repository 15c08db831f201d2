//! Every UI text exists in Dutch and English (build.rs already refuses a
//! missing key; this checks the generated tables end to end) and the Dutch
//! follows the words guide.

use keukentafel::i18n::{t, tf, Key, Lang};

mod words_guide;
use words_guide::avoided_in;

#[test]
fn every_key_has_text_in_every_language() {
    for key in Key::ALL {
        for lang in Lang::ALL {
            assert!(
                !t(lang, *key).trim().is_empty(),
                "{key:?} is empty in {lang:?}"
            );
        }
    }
}

#[test]
fn dutch_and_english_differ_where_they_should() {
    assert_eq!(t(Lang::Nl, Key::plan_title), "Uw plan");
    assert_eq!(t(Lang::En, Key::plan_title), "Your plan");
}

#[test]
fn placeholders_are_filled() {
    assert_eq!(
        tf(Lang::Nl, Key::step_of, &[("x", "2"), ("y", "6")]),
        "Stap 2 van 6"
    );
    assert_eq!(
        tf(Lang::En, Key::status_saved_at, &[("time", "14:32")]),
        "Saved at 14:32"
    );
}

#[test]
fn ui_texts_avoid_the_words_the_guide_rules_out() {
    for key in Key::ALL {
        for lang in Lang::ALL {
            let text = t(lang, *key);
            assert_eq!(
                avoided_in(text, lang),
                [] as [&str; 0],
                "{key:?} ({lang:?}): {text}"
            );
        }
    }
}
