//! Why a file could not be opened, with where in the file and plain words.

use crate::domain::date::DateField;
use crate::domain::text::Lang;
use crate::i18n::{t, tf, tn, Key};

/// A loading failure: `path` says where in the file (e.g.
/// `agreements[3].what`, empty for the file as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub path: String,
    pub kind: LoadErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// The file is bigger than [`super::MAX_FILE_BYTES`] (or, for an HTML
    /// export, [`super::MAX_HTML_BYTES`]).
    FileTooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Too large to read at all, before its kind is known (bigger than
    /// [`super::MAX_HTML_BYTES`]): the message names both limits.
    TooLargeToOpen {
        bytes: usize,
    },
    /// Not JSON at all; line and column of the first mistake.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON that stops halfway: the file was cut off.
    Truncated,
    /// JSON, but not a keukentafel plan.
    NotAPlan,
    /// An HTML file without the plan inside.
    NoPlanInHtml,
    /// An HTML file with more than one plan inside: which one the page
    /// shows and which one would open cannot be told apart.
    SeveralPlansInHtml {
        count: usize,
    },
    /// Made by a newer version of the app; refused, never half-read.
    NewerVersion {
        found: u64,
        supported: u32,
    },
    MissingField,
    WrongType {
        expected: Expected,
    },
    OutOfRange {
        reason: Range,
    },
    TextTooLong {
        chars: usize,
        limit: usize,
    },
}

/// What kind of value belonged at the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    WholeNumber,
    List,
    Group,
    Other,
}

/// Why a value is out of range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Range {
    Version,
    Rung {
        max: u8,
    },
    BirthYear {
        min: u16,
        max: u16,
    },
    /// A list with `count` items, more than `limit`.
    TooManyItems {
        count: usize,
        limit: usize,
    },
    DuplicateId {
        id: u64,
    },
    /// Not one of the words the format knows (e.g. a status).
    UnknownValue,
    /// Not a real calendar date `YYYY-MM-DD` between the years.
    NotADate {
        field: DateField,
        min: u16,
        max: u16,
    },
}

impl LoadError {
    pub fn new(path: impl Into<String>, kind: LoadErrorKind) -> Self {
        Self {
            path: path.into(),
            kind,
        }
    }

    /// One or two plain sentences for the person opening the file, in
    /// `lang` (the texts are the `format_error_…` keys of `locales/`).
    pub fn message(&self, lang: Lang) -> String {
        let what = self.reason(lang);
        if self.path.is_empty() {
            return what;
        }
        let place = tf(
            lang,
            Key::format_error_place,
            &[("path", &self.place(lang))],
        );
        format!("{what} {place}")
    }

    /// The place in `lang`'s words, as the screens name it (see
    /// [`super::place`]); empty for the file as a whole.
    pub fn place(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            return String::new();
        }
        super::place::describe(&self.path, lang)
    }

    fn reason(&self, lang: Lang) -> String {
        use LoadErrorKind::*;
        let mb = |bytes: usize| megabytes(bytes, lang);
        match &self.kind {
            FileTooLarge { bytes, limit } => {
                let key = if *limit == super::MAX_HTML_BYTES {
                    Key::format_error_too_large_html
                } else {
                    Key::format_error_too_large_json
                };
                tf(lang, key, &[("size", &mb(*bytes)), ("max", &mb(*limit))])
            }
            TooLargeToOpen { bytes } => tf(
                lang,
                Key::format_error_too_large_to_open,
                &[
                    ("size", &mb(*bytes)),
                    ("json", &mb(super::MAX_FILE_BYTES)),
                    ("html", &mb(super::MAX_HTML_BYTES)),
                ],
            ),
            NotJson { line, column } => tf(
                lang,
                Key::format_error_not_json,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            Truncated => t(lang, Key::format_error_truncated).to_string(),
            NotAPlan => t(lang, Key::format_error_not_a_plan).to_string(),
            NoPlanInHtml => t(lang, Key::format_error_no_plan_in_html).to_string(),
            SeveralPlansInHtml { count } => tf(
                lang,
                Key::format_error_several_plans,
                &[("count", &count.to_string())],
            ),
            NewerVersion { found, supported } => tf(
                lang,
                Key::format_error_newer_version,
                &[
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            MissingField => t(lang, Key::format_error_missing_field).to_string(),
            // A whole sentence per kind: the kind's word takes a different
            // form (gender, case) in the sentence in some languages.
            WrongType { expected } => t(
                lang,
                match expected {
                    Expected::Text => Key::format_error_wrong_type_text,
                    Expected::WholeNumber => Key::format_error_wrong_type_whole_number,
                    Expected::List => Key::format_error_wrong_type_list,
                    Expected::Group => Key::format_error_wrong_type_group,
                    Expected::Other => Key::format_error_wrong_type_other,
                },
            )
            .to_string(),
            OutOfRange { reason } => match reason {
                Range::Version => t(lang, Key::format_error_version).to_string(),
                Range::Rung { max } => {
                    tf(lang, Key::format_error_rung, &[("max", &max.to_string())])
                }
                Range::BirthYear { min, max } => tf(
                    lang,
                    Key::format_error_birth_year,
                    &[("min", &min.to_string()), ("max", &max.to_string())],
                ),
                // Two counts, each with its own plural form.
                Range::TooManyItems { count, limit } => format!(
                    "{} {}",
                    tn(lang, Key::format_error_list_count, *count as u64),
                    tn(lang, Key::format_error_list_limit, *limit as u64)
                ),
                Range::DuplicateId { id } => tf(
                    lang,
                    Key::format_error_duplicate_id,
                    &[("id", &id.to_string())],
                ),
                Range::NotADate { field, min, max } => {
                    let key = match field {
                        DateField::ReviewDate => Key::format_error_not_a_date_review,
                        DateField::SignatureDate => Key::format_error_not_a_date_signature,
                        DateField::AssessmentDate => Key::format_error_not_a_date_assessment,
                        DateField::BirthYear => Key::format_error_not_a_date_birth_year,
                    };
                    tf(
                        lang,
                        key,
                        &[("min", &min.to_string()), ("max", &max.to_string())],
                    )
                }
                Range::UnknownValue => t(lang, Key::format_error_unknown_value).to_string(),
            },
            TextTooLong { chars, limit } => tf(
                lang,
                Key::format_error_text_too_long,
                &[("chars", &chars.to_string()), ("limit", &limit.to_string())],
            ),
        }
    }
}

/// Decimal megabytes (1 MB = 1 000 000 bytes, as the limits are set) with
/// one decimal, rounded up so "too large" never reads as the limit itself;
/// a whole number without decimals ("5 MB"). English and Arabic (with
/// Western digits) write a decimal point, the others a decimal comma.
fn megabytes(bytes: usize, lang: Lang) -> String {
    let tenths = bytes.div_ceil(100_000);
    if tenths.is_multiple_of(10) {
        return format!("{} MB", tenths / 10);
    }
    let sep = if matches!(lang, Lang::En | Lang::Ar) {
        '.'
    } else {
        ','
    };
    format!("{}{sep}{} MB", tenths / 10, tenths % 10)
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadError {}
