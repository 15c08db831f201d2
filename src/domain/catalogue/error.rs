//! What is wrong with an embedding's own domains, and where: every error
//! names the exact place in the configuration (`extraDomains[1].ladder[2].nl`)
//! so a web team can fix it without reading our code. Worded for a web
//! team, in the page's language (a resident on the page sees it too).

use std::fmt;

use crate::domain::text::Lang;
use crate::i18n::{t, tf, Key};

/// A kind of JSON value, to say what was expected and what was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    List,
    Object,
    Text,
    Number,
    TrueFalse,
    Null,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueErrorKind {
    /// The JSON text is larger than the limit.
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not JSON (also: cut off); the place serde_json reports.
    Syntax {
        line: usize,
        column: usize,
    },
    WrongType {
        expected: JsonKind,
        found: JsonKind,
    },
    /// A required field is absent (the path ends in its name).
    MissingField,
    /// A field this place does not have, most likely a typo.
    UnknownField {
        allowed: &'static [&'static str],
    },
    /// A value that must be one of a few words.
    NotOneOf {
        allowed: &'static [&'static str],
        found: String,
    },
    EmptyText,
    TextTooLong {
        chars: usize,
        limit: usize,
    },
    /// A domain id of the wrong form.
    BadId {
        found: String,
    },
    /// A strength id not of the form `<domain>.<word>`.
    BadStrengthId {
        found: String,
        domain: String,
    },
    /// A question id other than `<domain>.<field>`.
    BadQuestionId {
        found: String,
        expected: String,
    },
    DuplicateId {
        id: String,
    },
    /// An id the catalogue already has: extra domains add, never replace.
    StandardDomain {
        id: String,
    },
    /// A list with too few or too many items.
    Count {
        found: usize,
        min: usize,
        max: usize,
    },
}

/// An error in an embedding's extra domains: [`CatalogueError::path`] is
/// where, [`CatalogueError::message`] the whole line to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError {
    path: String,
    kind: CatalogueErrorKind,
}

impl CatalogueError {
    pub fn new(path: impl Into<String>, kind: CatalogueErrorKind) -> Self {
        Self {
            path: path.into(),
            kind,
        }
    }

    /// The place, e.g. `extraDomains[0].scope`.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn kind(&self) -> &CatalogueErrorKind {
        &self.kind
    }

    /// The path and what is wrong there, e.g.
    /// `extraDomains[1].ladder[2].nl: empty text`.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.path, self.detail(lang))
    }

    /// What is wrong, without the path, in `lang`: the notice is on the
    /// page, where a resident sees it too (the `config_error_…` keys).
    pub fn detail(&self, lang: Lang) -> String {
        use CatalogueErrorKind as K;
        // What the configuration gave goes in last: a `{…}` in it stays.
        let say = |key: Key, args: &[(&str, &str)]| tf(lang, key, args);
        match &self.kind {
            K::TooLarge { bytes, limit } => say(
                Key::config_error_json_too_large,
                &[("bytes", &bytes.to_string()), ("limit", &limit.to_string())],
            ),
            K::Syntax { line, column } => say(
                Key::config_error_syntax_at,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            K::WrongType { expected, found } => say(
                Key::config_error_wrong_type,
                &[
                    ("expected", kind(*expected, lang)),
                    ("found", kind(*found, lang)),
                ],
            ),
            K::MissingField => t(lang, Key::config_error_missing_field).to_string(),
            K::UnknownField { allowed } => say(
                Key::config_error_unknown_field,
                &[("allowed", &allowed.join(", "))],
            ),
            K::NotOneOf { allowed, found } => say(
                Key::config_error_not_one_of,
                &[
                    ("words", &quoted_list(allowed, t(lang, Key::config_or))),
                    ("found", found),
                ],
            ),
            K::EmptyText => t(lang, Key::config_error_empty_text).to_string(),
            K::TextTooLong { chars, limit } => say(
                Key::config_error_text_too_long,
                &[("chars", &chars.to_string()), ("limit", &limit.to_string())],
            ),
            K::BadId { found } => say(
                Key::config_error_bad_id,
                &[
                    ("min", &super::MIN_ID_CHARS.to_string()),
                    ("max", &super::MAX_ID_CHARS.to_string()),
                    ("found", found),
                ],
            ),
            K::BadStrengthId { found, domain } => say(
                Key::config_error_bad_strength_id,
                &[("domain", domain), ("found", found)],
            ),
            K::BadQuestionId { found, expected } => say(
                Key::config_error_bad_question_id,
                &[("expected", expected), ("found", found)],
            ),
            K::DuplicateId { id } => say(Key::config_error_duplicate_id, &[("id", id)]),
            K::StandardDomain { id } => say(Key::config_error_standard_domain, &[("id", id)]),
            K::Count { found, min, max } => say(
                Key::config_error_count,
                &[
                    ("found", &found.to_string()),
                    ("min", &min.to_string()),
                    ("max", &max.to_string()),
                ],
            ),
        }
    }
}

fn kind(k: JsonKind, lang: Lang) -> &'static str {
    match k {
        JsonKind::List => t(lang, Key::config_kind_list),
        JsonKind::Object => t(lang, Key::config_kind_object),
        JsonKind::Text => t(lang, Key::config_kind_text),
        JsonKind::Number => t(lang, Key::config_kind_number),
        JsonKind::TrueFalse => t(lang, Key::config_kind_true_false),
        JsonKind::Null => "null",
    }
}

/// `"a", "b" or "c"`.
fn quoted_list(words: &[&str], or: &str) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{or}{last}", rest.join(", ")),
    }
}

/// English, with the path: what a console or log shows.
impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CatalogueError {}
