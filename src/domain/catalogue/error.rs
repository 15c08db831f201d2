//! What is wrong with an embedding's own domains, and where: every error
//! names the exact place in the configuration (`extraDomains[1].ladder[2].nl`)
//! so a web team can fix it without reading our code. Worded for a web
//! team, in Dutch and English.

use std::fmt;

use crate::domain::text::Lang;

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

    /// What is wrong, without the path.
    pub fn detail(&self, lang: Lang) -> String {
        use CatalogueErrorKind as K;
        let nl = lang == Lang::Nl;
        match &self.kind {
            K::TooLarge { bytes, limit } => {
                if nl {
                    format!("de JSON is {bytes} bytes; maximaal {limit} bytes mag")
                } else {
                    format!("the JSON is {bytes} bytes; at most {limit} bytes are allowed")
                }
            }
            K::Syntax { line, column } => {
                if nl {
                    format!("geen geldige JSON op regel {line}, kolom {column}")
                } else {
                    format!("not valid JSON at line {line}, column {column}")
                }
            }
            K::WrongType { expected, found } => {
                if nl {
                    format!(
                        "verwacht {}, gevonden {}",
                        kind(*expected, lang),
                        kind(*found, lang)
                    )
                } else {
                    format!(
                        "expected {}, found {}",
                        kind(*expected, lang),
                        kind(*found, lang)
                    )
                }
            }
            K::MissingField => {
                if nl {
                    "ontbreekt; dit veld is verplicht".into()
                } else {
                    "missing; this field is required".into()
                }
            }
            K::UnknownField { allowed } => {
                if nl {
                    format!("onbekend veld; hier mogen: {}", allowed.join(", "))
                } else {
                    format!("unknown field; allowed here: {}", allowed.join(", "))
                }
            }
            K::NotOneOf { allowed, found } => {
                let or = if nl { " of " } else { " or " };
                let words = quoted_list(allowed, or);
                if nl {
                    format!("verwacht {words}, gevonden \"{found}\"")
                } else {
                    format!("expected {words}, found \"{found}\"")
                }
            }
            K::EmptyText => {
                if nl {
                    "lege tekst".into()
                } else {
                    "empty text".into()
                }
            }
            K::TextTooLong { chars, limit } => {
                if nl {
                    format!("tekst van {chars} tekens; maximaal {limit}")
                } else {
                    format!("text of {chars} characters; at most {limit}")
                }
            }
            K::BadId { found } => {
                let (min, max) = (super::MIN_ID_CHARS, super::MAX_ID_CHARS);
                if nl {
                    format!("\"{found}\" is geen geldig id: gebruik {min} tot {max} tekens a-z, 0-9 en _, en begin met een letter")
                } else {
                    format!("\"{found}\" is not a valid id: use {min} to {max} characters a-z, 0-9 and _, starting with a letter")
                }
            }
            K::BadStrengthId { found, domain } => {
                if nl {
                    format!("\"{found}\" moet de vorm \"{domain}.<woord>\" hebben (woord: a-z, 0-9 en _)")
                } else {
                    format!(
                        "\"{found}\" must have the form \"{domain}.<word>\" (word: a-z, 0-9 and _)"
                    )
                }
            }
            K::BadQuestionId { found, expected } => {
                if nl {
                    format!("verwacht \"{expected}\", gevonden \"{found}\"")
                } else {
                    format!("expected \"{expected}\", found \"{found}\"")
                }
            }
            K::DuplicateId { id } => {
                if nl {
                    format!("\"{id}\" komt twee keer voor; een id moet uniek zijn")
                } else {
                    format!("\"{id}\" is used twice; an id must be unique")
                }
            }
            K::StandardDomain { id } => {
                if nl {
                    format!("\"{id}\" is een standaarddomein; kies een ander id (een extra domein vervangt geen standaarddomein)")
                } else {
                    format!("\"{id}\" is a standard domain; choose another id (an extra domain never replaces a standard one)")
                }
            }
            K::Count { found, min, max } => {
                if nl {
                    format!("{found} items; toegestaan is {min} tot en met {max}")
                } else {
                    format!("{found} items; allowed are {min} to {max}")
                }
            }
        }
    }
}

fn kind(k: JsonKind, lang: Lang) -> &'static str {
    let nl = lang == Lang::Nl;
    match k {
        JsonKind::List => {
            if nl {
                "een lijst"
            } else {
                "a list"
            }
        }
        JsonKind::Object => {
            if nl {
                "een object"
            } else {
                "an object"
            }
        }
        JsonKind::Text => {
            if nl {
                "een tekst"
            } else {
                "a text"
            }
        }
        JsonKind::Number => {
            if nl {
                "een getal"
            } else {
                "a number"
            }
        }
        JsonKind::TrueFalse => {
            if nl {
                "true of false"
            } else {
                "true or false"
            }
        }
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
