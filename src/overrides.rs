//! A municipality's own wording for any text (the `texts` option):
//! `{ "nl": { "start_title": "…" }, "ar": { … } }`, keys as in
//! `locales/<lang>.json`. Checked before anything is replaced; the first
//! mistake is reported with its place (`texts.ar.start_title`) in the
//! page's language, for the web team, the way the other options' mistakes are.
//!
//! A replacement must keep the standard text's `{placeholders}`, no more
//! and no fewer: the app fills them in, and a missing one would drop a
//! name or a number from the screen. Read with the intake's code (the JSON
//! parser is not in the first load), applied with `i18n::set_overrides`.

use std::collections::BTreeSet;
use std::fmt;

use serde_json::Value;

use crate::domain::{Lang, PluralText};
use crate::i18n::{standard, t, tf, Key};

/// The option's JS name; every path starts with it.
pub const TEXTS_OPTION: &str = "texts";
/// The JSON text: every text of one language is about 20 KB.
pub const MAX_TEXTS_JSON_BYTES: usize = 256 * 1024;
/// One replacement: the longest standard text is about 400 characters.
pub const MAX_OVERRIDE_CHARS: usize = 1000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OverrideErrorKind {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Syntax {
        line: usize,
        column: usize,
    },
    /// Expected an object (`{…}`) here.
    NotAnObject,
    /// Expected a text (`"…"`) here.
    NotAText,
    UnknownLocale,
    UnknownKey,
    EmptyText,
    TextTooLong {
        chars: usize,
        limit: usize,
    },
    /// The standard text has `{name}`; the replacement does not.
    PlaceholderMissing {
        name: String,
    },
    /// A counting text (forms separated by `|`) with the wrong number of
    /// forms for its language (`crate::domain::plural`).
    PluralForms {
        wanted: usize,
        found: usize,
    },
    /// The replacement has `{name}`; the standard text does not.
    PlaceholderAdded {
        name: String,
    },
}

/// A mistake in the `texts` option, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverrideError {
    path: String,
    kind: OverrideErrorKind,
}

impl OverrideError {
    fn new(path: impl Into<String>, kind: OverrideErrorKind) -> Self {
        Self {
            path: path.into(),
            kind,
        }
    }

    /// Where, e.g. `texts.ar.start_title`.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn kind(&self) -> &OverrideErrorKind {
        &self.kind
    }

    /// The whole line for a web team, e.g.
    /// `texts.nl.step_of: the placeholder {y} is missing`, in the page's
    /// language: it is shown on the page, where a resident sees it too
    /// (the `config_error_…` keys).
    pub fn message(&self, lang: Lang) -> String {
        use OverrideErrorKind as K;
        let say = |key: Key, args: &[(&str, &str)]| tf(lang, key, args);
        let detail = match &self.kind {
            K::TooLarge { bytes, limit } => say(
                Key::config_error_json_too_large,
                &[("bytes", &bytes.to_string()), ("limit", &limit.to_string())],
            ),
            K::Syntax { line, column } => say(
                Key::config_error_syntax,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            K::NotAnObject => t(lang, Key::config_error_not_an_object).to_string(),
            K::NotAText => t(lang, Key::config_error_not_a_text).to_string(),
            K::UnknownLocale => say(
                Key::config_error_unknown_locale,
                &[("codes", &Lang::CODES.join(", "))],
            ),
            K::UnknownKey => t(lang, Key::config_error_unknown_key).to_string(),
            K::EmptyText => t(lang, Key::config_error_empty_text).to_string(),
            K::TextTooLong { chars, limit } => say(
                Key::config_error_text_too_long,
                &[("chars", &chars.to_string()), ("limit", &limit.to_string())],
            ),
            K::PlaceholderMissing { name } => say(
                Key::config_error_placeholder_missing,
                &[("placeholder", &format!("{{{name}}}"))],
            ),
            K::PlaceholderAdded { name } => say(
                Key::config_error_placeholder_added,
                &[("placeholder", &format!("{{{name}}}"))],
            ),
            // The bar goes in as a value: a text holding `|` would be
            // read as a counting text with forms.
            K::PluralForms { wanted, found } => say(
                Key::config_error_plural_forms,
                &[
                    ("wanted", &wanted.to_string()),
                    ("found", &found.to_string()),
                    ("bar", "|"),
                ],
            ),
        };
        format!("{}: {detail}", self.path)
    }
}

/// English: what a console shows.
impl fmt::Display for OverrideError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for OverrideError {}

/// The `{name}`s in a text.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.insert(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

/// Reads and checks the option; the first mistake is returned.
pub fn parse(json: &str) -> Result<Vec<(Lang, Key, String)>, OverrideError> {
    use OverrideErrorKind as K;
    let root = TEXTS_OPTION;
    if json.len() > MAX_TEXTS_JSON_BYTES {
        let kind = K::TooLarge {
            bytes: json.len(),
            limit: MAX_TEXTS_JSON_BYTES,
        };
        return Err(OverrideError::new(root, kind));
    }
    let value: Value = serde_json::from_str(json).map_err(|e| {
        let kind = K::Syntax {
            line: e.line(),
            column: e.column(),
        };
        OverrideError::new(root, kind)
    })?;
    let Value::Object(locales) = value else {
        return Err(OverrideError::new(root, K::NotAnObject));
    };
    let mut out = Vec::new();
    for (code, texts) in &locales {
        let at = format!("{root}.{code}");
        let Some(lang) = Lang::from_code(code) else {
            return Err(OverrideError::new(at, K::UnknownLocale));
        };
        let Value::Object(texts) = texts else {
            return Err(OverrideError::new(at, K::NotAnObject));
        };
        for (name, text) in texts {
            let at = format!("{at}.{name}");
            let Some(key) = Key::from_name(name) else {
                return Err(OverrideError::new(at, K::UnknownKey));
            };
            let Value::String(text) = text else {
                return Err(OverrideError::new(at, K::NotAText));
            };
            // Dutch: always at hand, and every locale has its
            // placeholders (tests/i18n_checks.rs).
            check(text, standard(Lang::Nl, key), &at)?;
            if PluralText::is_plural(standard(Lang::Nl, key)) {
                if let Err((wanted, found)) = PluralText(text).check(lang) {
                    let kind = K::PluralForms { wanted, found };
                    return Err(OverrideError::new(at, kind));
                }
            }
            out.push((lang, key, text.clone()));
        }
    }
    Ok(out)
}

fn check(text: &str, standard: &str, at: &str) -> Result<(), OverrideError> {
    use OverrideErrorKind as K;
    if text.trim().is_empty() {
        return Err(OverrideError::new(at, K::EmptyText));
    }
    let chars = text.chars().count();
    if chars > MAX_OVERRIDE_CHARS {
        let kind = K::TextTooLong {
            chars,
            limit: MAX_OVERRIDE_CHARS,
        };
        return Err(OverrideError::new(at, kind));
    }
    let (given, wanted) = (placeholders(text), placeholders(standard));
    if let Some(name) = wanted.difference(&given).next() {
        let kind = K::PlaceholderMissing {
            name: name.to_string(),
        };
        return Err(OverrideError::new(at, kind));
    }
    if let Some(name) = given.difference(&wanted).next() {
        let kind = K::PlaceholderAdded {
            name: name.to_string(),
        };
        return Err(OverrideError::new(at, kind));
    }
    Ok(())
}
