//! A file that will not open is explained in the language of the session:
//! every kind of loading failure reads in each of the six languages, with
//! its numbers and place filled in, and not in Dutch for the others.

use keukentafel::domain::date::DateField;
use keukentafel::domain::format::*;
use keukentafel::domain::Lang;

/// One of each kind (and each variant that picks its own sentence).
fn every_kind() -> Vec<LoadError> {
    use LoadErrorKind as K;
    let mut kinds = vec![
        K::FileTooLarge {
            bytes: 5_300_000,
            limit: MAX_FILE_BYTES,
        },
        K::FileTooLarge {
            bytes: MAX_HTML_BYTES + 1,
            limit: MAX_HTML_BYTES,
        },
        K::TooLargeToOpen {
            bytes: MAX_HTML_BYTES + 1,
        },
        K::NotJson {
            line: 3,
            column: 17,
        },
        K::Truncated,
        K::NotAPlan,
        K::NoPlanInHtml,
        K::SeveralPlansInHtml { count: 2 },
        K::NewerVersion {
            found: 99,
            supported: 3,
        },
        K::MissingField,
        K::TextTooLong {
            chars: 1234,
            limit: 1000,
        },
    ];
    for expected in [
        Expected::Text,
        Expected::WholeNumber,
        Expected::List,
        Expected::Group,
        Expected::Other,
    ] {
        kinds.push(K::WrongType { expected });
    }
    for reason in [
        Range::Version,
        Range::Rung { max: 5 },
        Range::BirthYear {
            min: 1900,
            max: 2026,
        },
        Range::TooManyItems {
            count: 201,
            limit: 200,
        },
        Range::DuplicateId { id: 42 },
        Range::UnknownValue,
    ] {
        kinds.push(K::OutOfRange { reason });
    }
    for field in [
        DateField::ReviewDate,
        DateField::SignatureDate,
        DateField::AssessmentDate,
        DateField::BirthYear,
    ] {
        kinds.push(K::OutOfRange {
            reason: Range::NotADate {
                field,
                min: 2000,
                max: 2100,
            },
        });
    }
    kinds
        .into_iter()
        .map(|kind| LoadError::new("agreements[3].what", kind))
        .collect()
}

/// Whether `text` has a letter of the script `lang` is written in.
fn in_its_script(lang: Lang, text: &str) -> bool {
    text.chars().any(|c| match lang {
        Lang::Ar => ('\u{0600}'..='\u{06FF}').contains(&c),
        Lang::Uk => ('\u{0400}'..='\u{04FF}').contains(&c),
        _ => c.is_alphabetic(),
    })
}

#[test]
fn every_format_error_reads_in_every_language() {
    for e in every_kind() {
        let dutch = e.message(Lang::Nl);
        for lang in Lang::ALL {
            let m = e.message(lang);
            assert!(!m.trim().is_empty(), "{lang:?} {:?}", e.kind);
            assert!(
                !m.contains('{') && !m.contains('}'),
                "{lang:?} {:?}: a placeholder is left: {m}",
                e.kind
            );
            assert!(
                m.contains(&e.place(lang)) && !m.contains("agreements[3]"),
                "{lang:?} {:?}: {m}",
                e.kind
            );
            assert!(in_its_script(lang, &m), "{lang:?} {:?}: {m}", e.kind);
            if !matches!(lang, Lang::Nl) {
                assert_ne!(m, dutch, "{lang:?} {:?} reads in Dutch", e.kind);
            }
        }
    }
}

#[test]
fn a_broken_file_is_explained_in_the_sessions_language() {
    let e = load("{\"version\": 3, \"household\": ").expect_err("cut off");
    let nl = e.message(Lang::Nl);
    assert!(nl.contains("niet compleet"), "{nl}");
    assert!(e.message(Lang::Ar).contains("غير كامل"));
    assert!(e.message(Lang::Tr).contains("tam değil"));
    assert!(e.message(Lang::Pl).contains("nie jest cały"));
    assert!(e.message(Lang::Uk).contains("неповний"));
}

#[test]
fn numbers_keep_their_values_and_each_languages_decimal_mark() {
    let e = LoadError::new(
        "",
        LoadErrorKind::FileTooLarge {
            bytes: 5_300_000,
            limit: MAX_FILE_BYTES,
        },
    );
    assert!(
        e.message(Lang::Nl).contains("5,3 MB"),
        "{}",
        e.message(Lang::Nl)
    );
    assert!(e.message(Lang::En).contains("5.3 MB"));
    assert!(e.message(Lang::Pl).contains("5,3 MB"));
    assert!(e.message(Lang::Uk).contains("5,3 MB"));
    let e = LoadError::new(
        "",
        LoadErrorKind::NotJson {
            line: 3,
            column: 17,
        },
    );
    for lang in Lang::ALL {
        let m = e.message(lang);
        assert!(m.contains('3') && m.contains("17"), "{lang:?}: {m}");
    }
}
