//! The web team's configuration errors are said on the page (the config
//! notice, `ui::config_notice`), where a resident sees them too: like every
//! other text they are in the page's language, all six. The option or place
//! and the values the page gave stay as they are.

use keukentafel::config::{ConfigError, ConfigProblem, Problem};
use keukentafel::domain::catalogue::{CatalogueError, CatalogueErrorKind as C, JsonKind};
use keukentafel::domain::Lang;
use keukentafel::overrides::parse;

fn option_errors() -> Vec<ConfigProblem> {
    let problems = [
        Problem::Unknown,
        Problem::NotOneOf {
            allowed: &["coach", "resident"],
            found: "toezicht".into(),
        },
        Problem::NamespaceLength { chars: 70 },
        Problem::NamespaceChar { found: '.' },
        Problem::TextTooLong {
            chars: 300,
            limit: 200,
        },
        Problem::TooLarge {
            bytes: 300_000,
            limit: 262_144,
        },
        Problem::NotHttpUrl {
            found: "ftp://x".into(),
        },
        Problem::OutOfRange {
            found: "0".into(),
            min: 1,
            max: 240,
        },
    ];
    problems
        .into_iter()
        .map(|p| ConfigError::new("data-x", p).into())
        .collect()
}

fn domain_errors() -> Vec<ConfigProblem> {
    let kinds = [
        C::TooLarge {
            bytes: 70_000,
            limit: 65_536,
        },
        C::Syntax {
            line: 2,
            column: 21,
        },
        C::WrongType {
            expected: JsonKind::List,
            found: JsonKind::Object,
        },
        C::WrongType {
            expected: JsonKind::Text,
            found: JsonKind::Number,
        },
        C::WrongType {
            expected: JsonKind::TrueFalse,
            found: JsonKind::Null,
        },
        C::MissingField,
        C::UnknownField {
            allowed: &["id", "name"],
        },
        C::NotOneOf {
            allowed: &["household", "per_member"],
            found: "family".into(),
        },
        C::EmptyText,
        C::TextTooLong {
            chars: 90,
            limit: 80,
        },
        C::BadId {
            found: "Werk!".into(),
        },
        C::BadStrengthId {
            found: "x".into(),
            domain: "garden".into(),
        },
        C::BadQuestionId {
            found: "x".into(),
            expected: "garden.wants".into(),
        },
        C::DuplicateId {
            id: "garden".into(),
        },
        C::StandardDomain { id: "work".into() },
        C::Count {
            found: 12,
            min: 2,
            max: 10,
        },
    ];
    kinds
        .into_iter()
        .map(|k| CatalogueError::new("extraDomains[0].x", k).into())
        .collect()
}

/// Every kind of mistake in the `texts` option, as the page would give it.
fn text_errors() -> Vec<ConfigProblem> {
    let long = "x".repeat(2_000);
    let huge = format!(
        "{{\"nl\": {{\"start_title\": \"{}\"}}}}",
        "x".repeat(300_000)
    );
    let inputs = [
        huge,
        "{".to_string(),
        "[]".to_string(),
        r#"{"nl": {"start_title": 1}}"#.to_string(),
        r#"{"de": {}}"#.to_string(),
        r#"{"nl": {"no_such_key": "x"}}"#.to_string(),
        r#"{"nl": {"start_title": " "}}"#.to_string(),
        format!(r#"{{"nl": {{"start_title": "{long}"}}}}"#),
        r#"{"nl": {"step_of": "Stap {x}"}}"#.to_string(),
        r#"{"nl": {"start_title": "Welkom {naam}"}}"#.to_string(),
        r#"{"pl": {"import_dropped_more": "a {n}|b {n}"}}"#.to_string(),
    ];
    inputs
        .iter()
        .map(|json| parse(json).expect_err(json).into())
        .collect()
}

fn every_error() -> Vec<ConfigProblem> {
    let mut all = option_errors();
    all.extend(domain_errors());
    all.extend(text_errors());
    all
}

/// Letters of `lang`'s own script, outside what the page gave.
fn in_its_script(lang: Lang, text: &str) -> bool {
    text.chars().any(|c| match lang {
        Lang::Ar => ('\u{0600}'..='\u{06FF}').contains(&c),
        Lang::Uk => ('\u{0400}'..='\u{04FF}').contains(&c),
        _ => c.is_alphabetic(),
    })
}

#[test]
fn every_configuration_error_reads_in_every_language() {
    let all = every_error();
    assert_eq!(all.len(), 8 + 16 + 11);
    for e in &all {
        let english = e.message(Lang::En);
        let place = english.split(": ").next().unwrap().to_string();
        for lang in Lang::ALL {
            let m = e.message(lang);
            assert!(m.starts_with(&format!("{place}: ")), "{lang:?}: {m}");
            let detail = &m[place.len() + 2..];
            assert!(!detail.trim().is_empty(), "{lang:?}: {m}");
            assert!(in_its_script(lang, detail), "{lang:?}: {m}");
            if lang != Lang::En {
                assert_ne!(m, english, "{lang:?} reads as English");
            }
            // Only the braces of a placeholder named in the message, or of
            // the object it asks for, are left.
            let braces = m.matches('{').count();
            assert!(
                braces == 0
                    || m.contains("{x}")
                    || m.contains("{y}")
                    || m.contains("{naam}")
                    || m.contains("{ … }"),
                "{lang:?}: a placeholder is left: {m}"
            );
        }
    }
}

#[test]
fn the_values_the_page_gave_stay_as_they_were_given() {
    let e: ConfigProblem = ConfigError::new(
        "data-mode",
        Problem::NotOneOf {
            allowed: &["coach", "resident"],
            found: "toezicht".into(),
        },
    )
    .into();
    assert_eq!(
        e.message(Lang::Ar),
        "data-mode: المتوقع \"coach\" أو \"resident\"، والموجود \"toezicht\""
    );
    assert_eq!(
        e.message(Lang::Uk),
        "data-mode: очікувалося \"coach\" або \"resident\", знайдено \"toezicht\""
    );
    // A value with braces is not read as a placeholder.
    let e: ConfigProblem = ConfigError::new(
        "data-exit-url",
        Problem::NotHttpUrl {
            found: "{found}{words}".into(),
        },
    )
    .into();
    assert!(e.message(Lang::Tr).ends_with("bulunan \"{found}{words}\""));
    let e = parse(r#"{"nl": {"step_of": "Stap {x}"}}"#).unwrap_err();
    assert_eq!(
        e.message(Lang::Pl),
        "texts.nl.step_of: brakuje symbolu zastępczego {y} (tekst standardowy go ma)"
    );
}
