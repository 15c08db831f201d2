//! The locales checked against each other (issue 13): every text in every
//! language (build.rs refuses a missing key; this checks the generated
//! tables end to end), the same `{placeholder}`s in every language, and no
//! text left identical to the Dutch unless `locales/same/<code>.txt` says
//! it is meant to be (a name, a word both languages share).

use std::collections::BTreeSet;

use keukentafel::i18n::{standard, Key, Lang};

fn placeholders(text: &str) -> BTreeSet<&str> {
    keukentafel::overrides::placeholders(text)
}

/// The keys `locales/same/<code>.txt` lists for `lang`.
fn meant_equal(lang: Lang) -> BTreeSet<String> {
    let path = format!(
        "{}/locales/same/{}.txt",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn every_locale_is_complete() {
    for lang in Lang::ALL {
        let empty: Vec<&str> = Key::ALL
            .iter()
            .filter(|k| standard(lang, **k).trim().is_empty())
            .map(|k| k.name())
            .collect();
        assert!(empty.is_empty(), "{lang:?} has no text for {empty:?}");
    }
}

#[test]
fn every_locale_has_the_placeholders_of_the_dutch() {
    let mut wrong = Vec::new();
    for key in Key::ALL {
        let nl = placeholders(standard(Lang::Nl, *key));
        for lang in &Lang::ALL[1..] {
            let other = placeholders(standard(*lang, *key));
            if other != nl {
                wrong.push(format!("{} {lang:?}: {other:?}, Dutch {nl:?}", key.name()));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn no_text_is_left_in_dutch_unless_meant() {
    for lang in &Lang::ALL[1..] {
        let listed = meant_equal(*lang);
        let same: BTreeSet<String> = Key::ALL
            .iter()
            .filter(|k| standard(*lang, **k) == standard(Lang::Nl, **k))
            .map(|k| k.name().to_string())
            .collect();
        let unlisted: Vec<_> = same.difference(&listed).collect();
        assert!(
            unlisted.is_empty(),
            "{lang:?} reads as the Dutch for {unlisted:?}: translate, or list in locales/same/{}.txt",
            lang.code()
        );
        // A stale line would let a later untranslated text through.
        let stale: Vec<_> = listed.difference(&same).collect();
        assert!(
            stale.is_empty(),
            "locales/same/{}.txt lists {stale:?}, which differ from the Dutch",
            lang.code()
        );
    }
}

#[test]
fn the_placeholder_reader_finds_each_name() {
    let found: Vec<&str> = placeholders("Stap {x} van {y}, {x}").into_iter().collect();
    assert_eq!(found, ["x", "y"]);
    assert!(placeholders("geen").is_empty());
}

#[test]
fn languages_name_themselves_and_arabic_reads_right_to_left() {
    let names: Vec<&str> = Lang::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(
        names,
        [
            "Nederlands",
            "English",
            "العربية",
            "Türkçe",
            "Polski",
            "Українська"
        ]
    );
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        let rtl = lang == Lang::Ar;
        assert_eq!(lang.dir(), if rtl { "rtl" } else { "ltr" }, "{lang:?}");
    }
    assert_eq!(Lang::from_code("de"), None);
}
