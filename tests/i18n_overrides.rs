//! A municipality's own wording (the `texts` option): checked with errors
//! that name the place, then shown instead of the standard text.

use keukentafel::config::Config;
use keukentafel::i18n::{set_overrides, standard, t, tf, Key, Lang};
use keukentafel::overrides::{parse, OverrideErrorKind as K};

fn error(json: &str) -> (String, K) {
    let e = parse(json).unwrap_err();
    (e.path().to_string(), e.kind().clone())
}

#[test]
fn a_good_option_reads_as_language_key_and_text() {
    let list = parse(
        r#"{"nl": {"start_title": "Welkom bij het wijkteam", "step_of": "Deel {x} van {y}"},
            "ar": {"start_title": "أهلاً"}}"#,
    )
    .unwrap();
    assert_eq!(list.len(), 3);
    assert!(list.contains(&(Lang::Ar, Key::start_title, "أهلاً".to_string())));
    assert!(list.contains(&(Lang::Nl, Key::step_of, "Deel {x} van {y}".to_string())));
    assert_eq!(parse("{}").unwrap(), []);
}

#[test]
fn mistakes_name_their_place() {
    assert_eq!(
        error(r#"{"de": {"start_title": "Willkommen"}}"#),
        ("texts.de".into(), K::UnknownLocale)
    );
    assert_eq!(
        error(r#"{"nl": {"start_titel": "Welkom"}}"#),
        ("texts.nl.start_titel".into(), K::UnknownKey)
    );
    assert_eq!(
        error(r#"{"tr": {"step_of": "Adım {x}"}}"#),
        (
            "texts.tr.step_of".into(),
            K::PlaceholderMissing { name: "y".into() }
        )
    );
    assert_eq!(
        error(r#"{"nl": {"start_title": "Welkom {naam}"}}"#),
        (
            "texts.nl.start_title".into(),
            K::PlaceholderAdded {
                name: "naam".into()
            }
        )
    );
    assert_eq!(
        error(r#"{"nl": {"start_title": "  "}}"#),
        ("texts.nl.start_title".into(), K::EmptyText)
    );
    assert_eq!(
        error(r#"{"nl": {"start_title": 3}}"#),
        ("texts.nl.start_title".into(), K::NotAText)
    );
    assert_eq!(error(r#"{"nl": []}"#), ("texts.nl".into(), K::NotAnObject));
    assert_eq!(error("[]"), ("texts".into(), K::NotAnObject));
    assert!(matches!(error("{\"nl\": ").1, K::Syntax { .. }));
}

#[test]
fn messages_say_what_to_do_in_dutch_and_english() {
    let e = parse(r#"{"tr": {"step_of": "Adım {x}"}}"#).unwrap_err();
    assert_eq!(
        e.message(Lang::En),
        "texts.tr.step_of: the placeholder {y} is missing (the standard text has it)"
    );
    assert!(e.message(Lang::Nl).contains("ontbreekt"));
    let e = parse(r#"{"xx": {}}"#).unwrap_err();
    assert!(e.to_string().contains("nl, en, ar, tr, pl, uk"), "{e}");
}

#[test]
fn the_option_is_set_by_attribute_and_js_name() {
    let json = r#"{"nl": {"start_title": "Welkom"}}"#;
    let mut c = Config::default();
    c.set("data-texts", json).unwrap();
    assert_eq!(c.texts, json);
    let too_big = format!(
        "{{\"nl\": {{\"start_title\": \"{}\"}}}}",
        "a".repeat(300_000)
    );
    let e = Config::default().set("texts", &too_big).unwrap_err();
    assert!(e.message(Lang::En).starts_with("texts: "), "{e}");
}

/// One test touches the page-wide replacements, so no other sees them.
#[test]
fn replaced_texts_show_and_the_standard_ones_stay_at_hand() {
    let list =
        parse(r#"{"nl": {"step_of": "Deel {x} van {y}"}, "uk": {"start_title": "Вітаємо"}}"#)
            .unwrap();
    set_overrides(list);
    assert_eq!(
        tf(Lang::Nl, Key::step_of, &[("x", "2"), ("y", "6")]),
        "Deel 2 van 6"
    );
    assert_eq!(t(Lang::Uk, Key::start_title), "Вітаємо");
    assert_ne!(standard(Lang::Uk, Key::start_title), "Вітаємо");
    // Other languages and keys keep the standard text.
    assert_eq!(t(Lang::En, Key::step_of), standard(Lang::En, Key::step_of));
    set_overrides(Vec::new());
    assert_eq!(t(Lang::Nl, Key::step_of), "Stap {x} van {y}");
}
