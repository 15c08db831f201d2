//! Counted words take their language's plural form: CLDR's cardinal rules
//! for whole numbers, and every counting text with one form per category.

use keukentafel::domain::{Plural, PluralText};
use keukentafel::i18n::{standard, tn, Key, Lang};
use keukentafel::overrides::{parse, OverrideErrorKind as K};
use Plural::*;

#[test]
fn the_rules_give_cldrs_categories() {
    // The examples CLDR lists for each category (plurals.xml, integers).
    let cases: &[(Lang, &[(u64, Plural)])] = &[
        (Lang::Nl, &[(0, Other), (1, One), (2, Other), (21, Other)]),
        (Lang::En, &[(1, One), (11, Other)]),
        (Lang::Tr, &[(1, One), (2, Other)]),
        (
            Lang::Pl,
            &[
                (0, Many),
                (1, One),
                (2, Few),
                (4, Few),
                (5, Many),
                (11, Many),
                (12, Many),
                (14, Many),
                (21, Many),
                (22, Few),
                (101, Many),
                (102, Few),
                (112, Many),
            ],
        ),
        (
            Lang::Uk,
            &[
                (0, Many),
                (1, One),
                (2, Few),
                (5, Many),
                (11, Many),
                (12, Many),
                (21, One),
                (22, Few),
                (101, One),
                (111, Many),
                (113, Many),
                (124, Few),
            ],
        ),
        (
            Lang::Ar,
            &[
                (0, Zero),
                (1, One),
                (2, Two),
                (3, Few),
                (10, Few),
                (11, Many),
                (99, Many),
                (100, Other),
                (102, Other),
                (103, Few),
                (111, Many),
                (1000, Other),
            ],
        ),
    ];
    for (lang, examples) in cases {
        for (n, want) in *examples {
            assert_eq!(lang.plural(*n), *want, "{lang:?} {n}");
            assert!(
                lang.plural_forms().contains(want),
                "{lang:?} lists {want:?}"
            );
        }
    }
}

#[test]
fn every_counting_text_has_its_languages_number_of_forms() {
    let counting: Vec<Key> = Key::ALL
        .iter()
        .copied()
        .filter(|k| PluralText::is_plural(standard(Lang::Nl, *k)))
        .collect();
    assert!(counting.contains(&Key::doc_moved_up));
    for key in &counting {
        for lang in Lang::ALL {
            let text = standard(lang, *key);
            assert_eq!(
                PluralText(text).check(lang),
                Ok(()),
                "{lang:?} {}: {text}",
                key.name()
            );
        }
    }
    // And no other text has a `|` that would read as forms.
    for key in Key::ALL.iter().filter(|k| !counting.contains(k)) {
        for lang in Lang::ALL {
            assert!(
                !standard(lang, *key).contains('|'),
                "{lang:?} {}",
                key.name()
            );
        }
    }
}

#[test]
fn the_plans_movement_reads_right_for_each_count() {
    let up = |lang, n| tn(lang, Key::doc_moved_up, n);
    assert_eq!(up(Lang::Nl, 1), "1 trede omhoog");
    assert_eq!(up(Lang::Nl, 3), "3 treden omhoog");
    assert_eq!(up(Lang::En, 2), "2 steps up");
    assert_eq!(up(Lang::Pl, 1), "1 szczebel w górę");
    assert_eq!(up(Lang::Pl, 3), "3 szczeble w górę");
    assert_eq!(up(Lang::Pl, 5), "5 szczebli w górę");
    assert_eq!(up(Lang::Uk, 2), "2 сходинки вгору");
    assert_eq!(up(Lang::Uk, 5), "5 сходинок вгору");
    assert_eq!(up(Lang::Ar, 1), "درجة واحدة إلى الأعلى");
    assert_eq!(up(Lang::Ar, 2), "درجتان إلى الأعلى");
    assert_eq!(up(Lang::Ar, 4), "4 درجات إلى الأعلى");
    assert_eq!(tn(Lang::Pl, Key::doc_moved_down, 6), "6 szczebli w dół");
    // One form written around the number fits every count.
    let cleaned = tn(Lang::Uk, Key::import_cleaned_body, 1);
    assert!(cleaned.contains("(кількість: 1)"), "{cleaned}");
    assert!(tn(Lang::Nl, Key::import_cleaned_body, 1).contains("stond 1 onzichtbaar teken dat"));
    assert!(tn(Lang::Nl, Key::import_cleaned_body, 2).contains("stonden 2 onzichtbare tekens die"));
}

#[test]
fn a_municipalitys_counting_text_needs_its_languages_forms() {
    let e = parse(r#"{"pl": {"doc_moved_up": "{n} w górę|{n} w górę"}}"#).unwrap_err();
    assert_eq!(e.path(), "texts.pl.doc_moved_up");
    assert_eq!(
        e.kind(),
        &K::PluralForms {
            wanted: 3,
            found: 2
        }
    );
    assert!(e.message(Lang::En).contains("3 forms separated by |"));
    assert!(parse(r#"{"pl": {"doc_moved_up": "{n} a|{n} b|{n} c"}}"#).is_ok());
    assert!(parse(r#"{"pl": {"doc_moved_up": "W górę o: {n}"}}"#).is_ok());
    // A text that does not count stays free to hold a `|`… as before.
    assert!(parse(r#"{"nl": {"start_title": "Welkom | wijkteam"}}"#).is_ok());
}
