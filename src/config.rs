//! How an embedding configures the component: one definition of every
//! option, read alike from an element's `data-*` attributes and from a JS
//! options object ([`OPTIONS`] is the table; `docs/extra-domains.md` has
//! the extra domains' JSON).
//!
//! Reading options runs in the small first load of the app, where the
//! JSON parser is not linked: nothing here parses JSON. The extra domains
//! stay text ([`ExtraDomains::Json`]) until [`Config::catalogue`] is
//! called, which happens when the screens that need the catalogue load.
//! `tests/core_is_pure.rs` keeps this file free of the JSON crate and of
//! browser crates.

use std::fmt;
use std::sync::Arc;

use crate::domain::catalogue::{Catalogue, CatalogueError, DomainDef};
use crate::domain::{ContactPerson, Intake, Lang};
use crate::i18n::{t, tf, Key};

/// Who sits at the screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// A coach with a household, at the kitchen table (the full flow).
    #[default]
    Coach,
    /// A resident alone at home: no coach fields, no sign-off block,
    /// wording to "you", and a "take this to your coach" export.
    Resident,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Coach, Mode::Resident];

    /// The option value: `"coach"` or `"resident"`.
    pub fn code(self) -> &'static str {
        match self {
            Mode::Coach => "coach",
            Mode::Resident => "resident",
        }
    }

    pub fn from_code(code: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.code() == code)
    }
}

/// What the coach fields start with when a new intake begins, so a
/// municipality's page can fill in its own team.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CoachDefaults {
    pub name: String,
    pub organisation: String,
    /// Phone and/or e-mail, as free text (`coachContact`).
    pub reach: String,
}

/// An embedding's own domains.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ExtraDomains {
    #[default]
    None,
    /// JSON text as configured; parsed by [`Config::catalogue`].
    Json(String),
    /// Already built (e.g. by Rust code embedding the component).
    Defs(Vec<DomainDef>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub lang: Lang,
    /// Prefix of every storage key: embeddings with different namespaces
    /// never see each other's drafts.
    pub namespace: String,
    pub mode: Mode,
    pub coach: CoachDefaults,
    pub extra_domains: ExtraDomains,
    /// The host says the page is used without a network connection.
    pub offline: bool,
    /// The municipality's own wording, as JSON text (empty: none); read
    /// with the intake's code (`crate::overrides`).
    pub texts: String,
    /// Where "quick exit" goes: a neutral page, replacing this one.
    pub exit_url: String,
    /// A locked draft locks itself after this many minutes without input.
    pub auto_lock_minutes: u32,
}

/// The namespace when none is set.
pub const DEFAULT_NAMESPACE: &str = "keukentafel";
pub const MAX_NAMESPACE_CHARS: usize = 40;
/// The coach fields are a name, an organisation and a phone or e-mail.
pub const MAX_COACH_CHARS: usize = 200;
/// The extra domains' JSON; checked here too, so an oversized attribute is
/// refused before anything tries to parse it.
pub const MAX_EXTRA_DOMAINS_BYTES: usize = crate::domain::catalogue::MAX_EXTRA_JSON_BYTES;
/// Where quick exit goes when the embedding names no page: a search
/// engine's front page, which anyone might have open and which says
/// nothing about what was on the screen.
pub const DEFAULT_EXIT_URL: &str = "https://www.google.com/";
pub const MAX_EXIT_URL_CHARS: usize = 2000;
/// Idle minutes before a locked draft locks itself (OWASP's guidance for
/// sensitive applications is minutes, not hours).
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;
pub const MIN_AUTO_LOCK_MINUTES: u32 = 1;
pub const MAX_AUTO_LOCK_MINUTES: u32 = 240;

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: Lang::Nl,
            namespace: DEFAULT_NAMESPACE.to_string(),
            mode: Mode::Coach,
            coach: CoachDefaults::default(),
            extra_domains: ExtraDomains::None,
            offline: false,
            texts: String::new(),
            exit_url: DEFAULT_EXIT_URL.to_string(),
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
        }
    }
}

/// An embedding's options as the page gave them, not yet read: the host
/// element's attributes and a JS options object's pairs. The first screen
/// needs only the language and the storage namespace
/// ([`RawOptions::first_screen`]); everything is read and checked with the
/// intake's code ([`RawOptions::read`]), so the checks and their messages
/// stay out of the small first load of the wasm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawOptions {
    /// `(name, value)` of the element's attributes (only known `data-*` count).
    pub attributes: Vec<(String, String)>,
    /// `(name, value)` of a JS options object; they win over attributes.
    pub options: Vec<(String, String)>,
}

impl RawOptions {
    /// All options, checked: [`Config::from_attributes`], then each JS option.
    pub fn read(&self) -> Result<Config, ConfigError> {
        let mut config = Config::from_attributes(self.attributes.iter().cloned())?;
        for (name, value) in &self.options {
            config.set(name, value)?;
        }
        Ok(config)
    }

    /// The language (if a valid one is given) and the storage namespace,
    /// read without the checks' messages. A namespace that would not pass
    /// reads as `None`: the caller must then not open storage under it
    /// before [`RawOptions::read`] has said what is wrong.
    pub fn first_screen(&self) -> (Option<Lang>, Option<String>) {
        let lang = self.value("lang", "lang").and_then(Lang::from_code);
        let namespace = match self.value("namespace", "namespace") {
            None => Some(Config::default().namespace),
            Some(ns) if check_namespace(ns).is_ok() => Some(ns.to_string()),
            Some(_) => None,
        };
        (lang, namespace)
    }

    /// Where quick exit goes, read on the first screen (where the checks
    /// are not loaded): the page's value if it starts with http(s)
    /// ([`is_http`]: never a `javascript:` address), else the default. The
    /// full check ([`is_exit_url`]) names a bad value to the web team in
    /// [`RawOptions::read`]; a value the browser still refuses falls back
    /// to the default when used.
    pub fn exit_url(&self) -> &str {
        self.value("exitUrl", "exit-url")
            .filter(|u| is_http(u))
            .unwrap_or(DEFAULT_EXIT_URL)
    }

    /// True when there is more to read than the first screen's two: the
    /// rest is then checked as soon as the first screen is up (which fetches
    /// the intake's code early). `offline` does not count: the page's
    /// script acts on it, and it is not worth that fetch.
    pub fn has_more(&self) -> bool {
        let first = |n: &str| {
            matches!(
                n.to_ascii_lowercase().as_str(),
                "lang" | "namespace" | "offline" | "data-lang" | "data-namespace" | "data-offline"
            )
        };
        self.options.iter().any(|(n, _)| !first(n))
            || self.attributes.iter().any(|(n, _)| {
                !first(n)
                    && OPTIONS
                        .iter()
                        .any(|o| o.attribute == n.to_ascii_lowercase())
            })
    }

    /// The last value given for an option (JS options win), by its JS
    /// name or its attribute name without `data-` (as [`Config::set`]
    /// takes them; the iframe page's query string uses either).
    fn value(&self, js: &str, bare: &str) -> Option<&str> {
        let attribute = format!("data-{bare}");
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == js || n == bare || *n == attribute)
            .or_else(|| {
                self.attributes
                    .iter()
                    .rev()
                    .find(|(n, _)| n.eq_ignore_ascii_case(&attribute))
            })
            .map(|(_, v)| v.as_str())
    }
}

/// One option, by its two names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    /// On the element, e.g. `data-namespace`.
    pub attribute: &'static str,
    /// In a JS options object, e.g. `namespace`.
    pub js: &'static str,
}

impl OptionSpec {
    /// What it does, in one line (English; for the embed docs). Apart from
    /// the table, so these lines stay out of the small first load, which
    /// reads the table to parse a page's attributes.
    pub fn doc(&self) -> &'static str {
        match self.js {
            "lang" => "Language of the screens: \"nl\" (default), \"en\", \"ar\", \"tr\", \"pl\" or \"uk\".",
            "namespace" => "Prefix of the drafts' storage keys, 1-40 characters a-z, 0-9, _ and -: give each embedding on a site its own (default \"keukentafel\").",
            "mode" => "\"coach\" (default): a coach with a household; \"resident\": a resident alone, without coach fields or sign-off.",
            "coachName" => "The coach's name a new intake starts with.",
            "coachOrganisation" => "The coach's organisation a new intake starts with.",
            "coachContact" => "How to reach the coach (phone and/or e-mail) a new intake starts with.",
            "extraDomains" => "The municipality's own life domains, as JSON (see docs/extra-domains.md).",
            "texts" => "The municipality's own wording for any text, as JSON {\"<lang>\": {\"<key>\": \"text\"}} (see locales/README.md).",
            "offline" => "\"true\" (or the attribute without a value) when the page is used without a network connection; default \"false\".",
            "exitUrl" => "The neutral page quick exit (the button, or Shift three times) replaces the page with: an http(s) address (default \"https://www.google.com/\").",
            "autoLockMinutes" => "Minutes without input after which a draft locked with a passphrase locks itself: 1-240 (default 10).",
            _ => "",
        }
    }
}

/// Every option. [`Config::set`] accepts each by either name.
pub const OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        attribute: "data-lang",
        js: "lang",
    },
    OptionSpec {
        attribute: "data-namespace",
        js: "namespace",
    },
    OptionSpec {
        attribute: "data-mode",
        js: "mode",
    },
    OptionSpec {
        attribute: "data-coach-name",
        js: "coachName",
    },
    OptionSpec {
        attribute: "data-coach-organisation",
        js: "coachOrganisation",
    },
    OptionSpec {
        attribute: "data-coach-contact",
        js: "coachContact",
    },
    OptionSpec {
        attribute: "data-extra-domains",
        js: "extraDomains",
    },
    OptionSpec {
        attribute: "data-offline",
        js: "offline",
    },
    OptionSpec {
        attribute: "data-texts",
        js: "texts",
    },
    OptionSpec {
        attribute: "data-exit-url",
        js: "exitUrl",
    },
    OptionSpec {
        attribute: "data-auto-lock-minutes",
        js: "autoLockMinutes",
    },
];

/// Which option, by its JS name.
fn spec_for(name: &str) -> Option<&'static OptionSpec> {
    let bare = name.strip_prefix("data-").unwrap_or(name);
    OPTIONS
        .iter()
        .find(|o| o.js == name || o.attribute == name || &o.attribute["data-".len()..] == bare)
}

impl Config {
    /// Sets one option by its attribute name (with or without `data-`) or
    /// its JS name. On an error the config is unchanged.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), ConfigError> {
        let Some(spec) = spec_for(name) else {
            return Err(ConfigError::new(name, Problem::Unknown));
        };
        let err = |problem| ConfigError::new(name, problem);
        match spec.js {
            "lang" => {
                self.lang = Lang::from_code(value).ok_or_else(|| {
                    err(Problem::NotOneOf {
                        allowed: &Lang::CODES,
                        found: value.into(),
                    })
                })?;
            }
            "namespace" => {
                check_namespace(value).map_err(err)?;
                self.namespace = value.to_string();
            }
            "mode" => {
                self.mode = Mode::from_code(value).ok_or_else(|| {
                    err(Problem::NotOneOf {
                        allowed: &["coach", "resident"],
                        found: value.into(),
                    })
                })?;
            }
            "coachName" => self.coach.name = coach_text(value).map_err(err)?,
            "coachOrganisation" => self.coach.organisation = coach_text(value).map_err(err)?,
            "coachContact" => self.coach.reach = coach_text(value).map_err(err)?,
            "extraDomains" => {
                if value.len() > MAX_EXTRA_DOMAINS_BYTES {
                    return Err(err(Problem::TooLarge {
                        bytes: value.len(),
                        limit: MAX_EXTRA_DOMAINS_BYTES,
                    }));
                }
                self.extra_domains = if value.trim().is_empty() {
                    ExtraDomains::None
                } else {
                    ExtraDomains::Json(value.to_string())
                };
            }
            "texts" => {
                if value.len() > crate::overrides::MAX_TEXTS_JSON_BYTES {
                    return Err(err(Problem::TooLarge {
                        bytes: value.len(),
                        limit: crate::overrides::MAX_TEXTS_JSON_BYTES,
                    }));
                }
                self.texts = value.trim().to_string();
            }
            "offline" => {
                // An attribute written without a value (`data-offline`)
                // reads as "": that means on, as for HTML's own booleans.
                self.offline = match value {
                    "" | "true" => true,
                    "false" => false,
                    other => {
                        return Err(err(Problem::NotOneOf {
                            allowed: &["true", "false"],
                            found: other.into(),
                        }))
                    }
                };
            }
            "exitUrl" => {
                let url = value.trim();
                if !is_exit_url(url) {
                    return Err(err(Problem::NotHttpUrl {
                        found: value.into(),
                    }));
                }
                self.exit_url = url.to_string();
            }
            "autoLockMinutes" => {
                let range = MIN_AUTO_LOCK_MINUTES..=MAX_AUTO_LOCK_MINUTES;
                self.auto_lock_minutes = value
                    .trim()
                    .parse()
                    .ok()
                    .filter(|m| range.contains(m))
                    .ok_or_else(|| {
                        err(Problem::OutOfRange {
                            found: value.into(),
                            min: MIN_AUTO_LOCK_MINUTES,
                            max: MAX_AUTO_LOCK_MINUTES,
                        })
                    })?;
            }
            other => unreachable!("option {other} in OPTIONS but not handled"),
        }
        Ok(())
    }

    /// From a JS options object's pairs (values already turned to text).
    /// An unknown name is an error naming it: a typo in code should show.
    pub fn from_options(
        pairs: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, ConfigError> {
        let mut config = Config::default();
        for (name, value) in pairs {
            config.set(&name, &value)?;
        }
        Ok(config)
    }

    /// From an element's attributes. Only `data-*` attributes named in
    /// [`OPTIONS`] count; any other attribute is the host's own (`class`,
    /// `id`, its own `data-*`) and is ignored. A known one with a bad value
    /// is an error.
    pub fn from_attributes(
        pairs: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, ConfigError> {
        let mut config = Config::default();
        for (name, value) in pairs {
            // HTML attribute names are case-insensitive.
            let name = name.to_ascii_lowercase();
            if OPTIONS.iter().any(|o| o.attribute == name) {
                config.set(&name, &value)?;
            }
        }
        Ok(config)
    }

    /// A new intake as this embedding starts it: with the coach it names as
    /// the household's contact person.
    pub fn new_intake(&self) -> Intake {
        let mut intake = Intake::default();
        intake.household.contact = ContactPerson {
            name: self.coach.name.clone(),
            organisation: self.coach.organisation.clone(),
            reach: self.coach.reach.clone(),
        };
        intake
    }

    /// The catalogue for this embedding: the standard domains, then the
    /// extra ones, parsed and checked (errors name the place as
    /// `extraDomains[i]...`).
    pub fn catalogue(&self) -> Result<Catalogue, CatalogueError> {
        let standard = Catalogue::standard();
        match &self.extra_domains {
            ExtraDomains::None => Ok(standard),
            ExtraDomains::Json(json) => standard.with_extras_json(json),
            ExtraDomains::Defs(defs) => standard.with_extras(defs.clone()),
        }
    }
}

/// The namespace is the first part of every storage key
/// (`<namespace>.draft.<id>`), so it is held to characters that cannot
/// contain the `.` separator: no namespace's keys can then start with
/// another namespace's prefix, and two embeddings never read each other's
/// drafts. Lowercase only, so `Gemeente` and `gemeente` are not two
/// namespaces that look like one.
fn check_namespace(value: &str) -> Result<(), Problem> {
    let chars = value.chars().count();
    if chars == 0 || chars > MAX_NAMESPACE_CHARS {
        return Err(Problem::NamespaceLength { chars });
    }
    match value
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == '-'))
    {
        Some(c) => Err(Problem::NamespaceChar { found: c }),
        None => Ok(()),
    }
}

/// Starts with `http://` or `https://` (any case): the first screen's
/// quick check, small enough for the first load.
pub fn is_http(value: &str) -> bool {
    let head = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    head.starts_with("https://") || head.starts_with("http://")
}

/// An absolute http(s) address with a host, in plain characters: what a
/// page may be replaced with. Anything else (`javascript:`, a relative
/// path, a space) is refused, so quick exit cannot be turned into a script.
pub fn is_exit_url(value: &str) -> bool {
    let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &value[8..]
    } else if lower.starts_with("http://") {
        &value[7..]
    } else {
        return false;
    };
    value.len() <= MAX_EXIT_URL_CHARS
        && !rest.is_empty()
        && !rest.starts_with(['/', '?', '#', ':', '@'])
        && value
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'))
}

fn coach_text(value: &str) -> Result<String, Problem> {
    let chars = value.chars().count();
    if chars > MAX_COACH_CHARS {
        return Err(Problem::TextTooLong {
            chars,
            limit: MAX_COACH_CHARS,
        });
    }
    Ok(value.trim().to_string())
}

/// What is wrong with an option's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No option has this name.
    Unknown,
    /// The value must be one of a few words.
    NotOneOf {
        allowed: &'static [&'static str],
        found: String,
    },
    NamespaceLength {
        chars: usize,
    },
    NamespaceChar {
        found: char,
    },
    TextTooLong {
        chars: usize,
        limit: usize,
    },
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not an absolute http(s) address.
    NotHttpUrl {
        found: String,
    },
    /// Not a whole number in the range.
    OutOfRange {
        found: String,
        min: u32,
        max: u32,
    },
}

/// A bad option: which one (as the page named it) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    option: String,
    problem: Problem,
}

impl ConfigError {
    pub fn new(option: &str, problem: Problem) -> Self {
        Self {
            option: option.to_string(),
            problem,
        }
    }

    /// The option's name as the page gave it, e.g. `data-mode`.
    pub fn option(&self) -> &str {
        &self.option
    }

    pub fn problem(&self) -> &Problem {
        &self.problem
    }

    /// The whole line for a web team: the option and what to do, e.g.
    /// `data-mode: expected "coach" or "resident", found "citizen"`. It is
    /// shown on the page, where a resident sees it too, so it is in the
    /// page's language like every other text (the `config_error_…` keys).
    pub fn message(&self, lang: Lang) -> String {
        // What the page gave goes in last: a `{…}` in it stays as typed.
        let detail = match &self.problem {
            Problem::Unknown => {
                let names: Vec<&str> = OPTIONS.iter().map(|o| o.js).collect();
                let names = names.join(", ");
                tf(lang, Key::config_error_unknown_option, &[("names", &names)])
            }
            Problem::NotOneOf { allowed, found } => {
                let quoted: Vec<String> = allowed.iter().map(|w| format!("\"{w}\"")).collect();
                let words = quoted.join(t(lang, Key::config_or));
                tf(
                    lang,
                    Key::config_error_not_one_of,
                    &[("words", &words), ("found", found)],
                )
            }
            Problem::NamespaceLength { chars } => tf(
                lang,
                Key::config_error_namespace_length,
                &[
                    ("chars", &chars.to_string()),
                    ("max", &MAX_NAMESPACE_CHARS.to_string()),
                ],
            ),
            Problem::NamespaceChar { found } => tf(
                lang,
                Key::config_error_namespace_char,
                &[("found", &found.to_string())],
            ),
            Problem::TextTooLong { chars, limit } => text_too_long(lang, *chars, *limit),
            Problem::TooLarge { bytes, limit } => tf(
                lang,
                Key::config_error_too_large,
                &[("bytes", &bytes.to_string()), ("limit", &limit.to_string())],
            ),
            Problem::NotHttpUrl { found } => {
                tf(lang, Key::config_error_not_http_url, &[("found", found)])
            }
            Problem::OutOfRange { found, min, max } => tf(
                lang,
                Key::config_error_out_of_range,
                &[
                    ("min", &min.to_string()),
                    ("max", &max.to_string()),
                    ("found", found),
                ],
            ),
        };
        format!("{}: {detail}", self.option)
    }
}

/// "text of N characters; at most M", said alike of every option's text.
pub fn text_too_long(lang: Lang, chars: usize, limit: usize) -> String {
    tf(
        lang,
        Key::config_error_text_too_long,
        &[("chars", &chars.to_string()), ("limit", &limit.to_string())],
    )
}

/// A mistake in the embedding's options, its extra domains or its own
/// texts. Kept as the error, not as a line of text, so the notice on the
/// page follows the page's language when it changes. Behind a pointer: the
/// app's state holds one from the first screen on, and the errors'
/// own code (dropping them included) stays with the intake's.
#[derive(Clone)]
pub struct ConfigProblem(Arc<dyn Said + Send + Sync>);

/// A mistake that can be said in a language.
trait Said {
    fn said(&self, lang: Lang) -> String;
}

impl Said for ConfigError {
    fn said(&self, lang: Lang) -> String {
        self.message(lang)
    }
}

impl Said for CatalogueError {
    fn said(&self, lang: Lang) -> String {
        self.message(lang)
    }
}

impl Said for crate::overrides::OverrideError {
    fn said(&self, lang: Lang) -> String {
        self.message(lang)
    }
}

impl ConfigProblem {
    /// The line for the notice, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.0.said(lang)
    }
}

impl From<ConfigError> for ConfigProblem {
    fn from(e: ConfigError) -> Self {
        ConfigProblem(Arc::new(e))
    }
}

impl From<CatalogueError> for ConfigProblem {
    fn from(e: CatalogueError) -> Self {
        ConfigProblem(Arc::new(e))
    }
}

impl From<crate::overrides::OverrideError> for ConfigProblem {
    fn from(e: crate::overrides::OverrideError) -> Self {
        ConfigProblem(Arc::new(e))
    }
}

/// English: what a console shows.
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ConfigError {}
