//! Why a file could not be opened, with where in the file and plain words.

use crate::domain::date::DateField;
use crate::domain::text::Lang;

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
    TooManyItems {
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

    /// One or two plain sentences for the person opening the file.
    pub fn message(&self, lang: Lang) -> String {
        let what = self.reason(lang);
        if self.path.is_empty() {
            return what;
        }
        match lang {
            Lang::Nl => format!("{what} Plaats in het bestand: {}.", self.path),
            _ => format!("{what} Place in the file: {}.", self.path),
        }
    }

    fn reason(&self, lang: Lang) -> String {
        use LoadErrorKind::*;
        let nl = lang == Lang::Nl;
        match &self.kind {
            FileTooLarge { bytes, limit } => {
                let (mb, max) = (megabytes(*bytes, lang), megabytes(*limit, lang));
                let page = *limit == super::MAX_HTML_BYTES;
                match (nl, page) {
                    (true, true) => format!("Dit bestand is te groot ({mb}). Een plan als webpagina (.html) is hooguit {max}."),
                    (true, false) => format!("Dit bestand is te groot ({mb}). Een planbestand is hooguit {max}."),
                    (false, true) => format!("This file is too large ({mb}). A plan as a web page (.html) is at most {max}."),
                    (false, false) => format!("This file is too large ({mb}). A plan file is at most {max}."),
                }
            }
            TooLargeToOpen { bytes } => {
                let mb = megabytes(*bytes, lang);
                let json = megabytes(super::MAX_FILE_BYTES, lang);
                let html = megabytes(super::MAX_HTML_BYTES, lang);
                if nl {
                    format!("Dit bestand is te groot ({mb}). Een planbestand (.json) is hooguit {json}, een plan als webpagina (.html) hooguit {html}.")
                } else {
                    format!("This file is too large ({mb}). A plan file (.json) is at most {json}, a plan as a web page (.html) at most {html}.")
                }
            }
            NotJson { line, column } => {
                if nl {
                    format!("Dit bestand is geen plan: de inhoud is onleesbaar (regel {line}, teken {column}).")
                } else {
                    format!("This file is not a plan: its content cannot be read (line {line}, character {column}).")
                }
            }
            Truncated => pick(
                nl,
                "Dit bestand is niet compleet: het houdt halverwege op. Misschien is het opslaan misgegaan. Probeer een ander exemplaar.",
                "This file is not complete: it stops halfway. Perhaps saving went wrong. Try another copy.",
            ),
            NotAPlan => pick(
                nl,
                "Dit bestand is geen plan van Keukentafel.",
                "This file is not a Keukentafel plan.",
            ),
            NoPlanInHtml => pick(
                nl,
                "In deze webpagina zit geen plan dat de app kan openen.",
                "This web page does not contain a plan the app can open.",
            ),
            SeveralPlansInHtml { count } => {
                if nl {
                    format!("In deze webpagina zitten {count} plannen in plaats van één. Dan is niet zeker welk plan u ziet en welk plan de app zou openen. Daarom openen we geen van allen. Vraag om een nieuw exemplaar van het plan.")
                } else {
                    format!("This web page holds {count} plans instead of one. Then it is not certain which plan you see and which plan the app would open. So none of them is opened. Ask for a new copy of the plan.")
                }
            }
            NewerVersion { found, supported } => {
                if nl {
                    format!("Dit plan is gemaakt met een nieuwere versie van de app (versie {found}; deze app kent tot versie {supported}). Gebruik de nieuwste versie van de app om het te openen.")
                } else {
                    format!("This plan was made with a newer version of the app (version {found}; this app knows up to version {supported}). Use the newest version of the app to open it.")
                }
            }
            MissingField => pick(
                nl,
                "Er ontbreekt een gegeven dat nodig is.",
                "A piece of information that is needed is missing.",
            ),
            WrongType { expected } => {
                let (n, e) = match expected {
                    Expected::Text => ("een tekst", "a text"),
                    Expected::WholeNumber => ("een heel getal", "a whole number"),
                    Expected::List => ("een lijst", "a list"),
                    Expected::Group => ("een groep gegevens", "a group of fields"),
                    Expected::Other => ("iets anders", "something else"),
                };
                if nl {
                    format!("Hier staat iets anders dan verwacht. Hier hoort {n}.")
                } else {
                    format!("Something unexpected is here. This should be {e}.")
                }
            }
            OutOfRange { reason } => match reason {
                Range::Version => pick(
                    nl,
                    "Het versienummer van dit plan klopt niet.",
                    "The version number of this plan is not valid.",
                ),
                Range::Rung { max } => {
                    if nl {
                        format!("Een trede op de ladder moet tussen 1 en {max} liggen.")
                    } else {
                        format!("A rung on the ladder must be between 1 and {max}.")
                    }
                }
                Range::BirthYear { min, max } => {
                    if nl {
                        format!("Een geboortejaar moet tussen {min} en {max} liggen.")
                    } else {
                        format!("A birth year must be between {min} and {max}.")
                    }
                }
                Range::TooManyItems { limit } => {
                    if nl {
                        format!("Deze lijst is te lang. Er mogen hooguit {limit} dingen in.")
                    } else {
                        format!("This list is too long. It may hold at most {limit} items.")
                    }
                }
                Range::DuplicateId { id } => {
                    if nl {
                        format!("Het nummer {id} wordt twee keer gebruikt. Elk nummer mag maar één keer voorkomen.")
                    } else {
                        format!("The number {id} is used twice. Each number may appear only once.")
                    }
                }
                Range::NotADate { field, min, max } => {
                    let (n, e) = match field {
                        DateField::ReviewDate => ("De datum om weer samen te kijken", "The review date"),
                        DateField::SignatureDate => ("De datum van ondertekenen", "The date of signing"),
                        DateField::AssessmentDate => ("De datum van een gesprek", "The date of a conversation"),
                        DateField::BirthYear => ("Een geboortejaar", "A birth year"),
                    };
                    if nl {
                        format!("{n} is geen echte datum. Een datum moet bestaan (zoals 2026-02-28) en tussen {min} en {max} liggen.")
                    } else {
                        format!("{e} is not a real date. A date must exist (like 2026-02-28) and lie between {min} and {max}.")
                    }
                }
                Range::UnknownValue => pick(
                    nl,
                    "Hier staat een waarde die de app niet kent.",
                    "There is a value here that the app does not know.",
                ),
            },
            TextTooLong { chars, limit } => {
                if nl {
                    format!("Deze tekst is te lang ({chars} tekens). Er passen hooguit {limit} tekens in.")
                } else {
                    format!("This text is too long ({chars} characters). It may hold at most {limit} characters.")
                }
            }
        }
    }
}

fn pick(nl: bool, dutch: &str, english: &str) -> String {
    if nl { dutch } else { english }.to_string()
}

/// Decimal megabytes (1 MB = 1 000 000 bytes, as the limits are set) with
/// one decimal, rounded up so "too large" never reads as the limit itself;
/// a whole number without decimals ("5 MB"). Dutch writes a decimal comma.
fn megabytes(bytes: usize, lang: Lang) -> String {
    let tenths = bytes.div_ceil(100_000);
    if tenths.is_multiple_of(10) {
        return format!("{} MB", tenths / 10);
    }
    let sep = if lang == Lang::Nl { ',' } else { '.' };
    format!("{}{sep}{} MB", tenths / 10, tenths % 10)
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadError {}
