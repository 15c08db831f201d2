//! The languages the component speaks, and a piece of catalogue text in
//! all of them.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::{t, Key};

/// A language the component speaks. Dutch is the default. The order is
/// `build.rs`'s (`LOCALES`): the texts are indexed by it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
    Ar,
    Tr,
    Pl,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::Nl, Lang::En, Lang::Ar, Lang::Tr, Lang::Pl, Lang::Uk];

    /// Every language's BCP 47 tag, in the order of [`Lang::ALL`].
    pub const CODES: [&'static str; 6] = ["nl", "en", "ar", "tr", "pl", "uk"];

    /// The BCP 47 tag, for `lang` attributes and the `lang` option.
    pub fn code(self) -> &'static str {
        Lang::CODES[self as usize]
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The writing direction, for `dir` attributes.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's name in itself, as the switcher shows it: those who
    /// need it find it whatever language the screen is in.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::Pl => "Polski",
            Lang::Uk => "Українська",
        }
    }
}

/// One piece of catalogue text in every language.
///
/// The standard catalogue's texts are keys into `locales/<lang>.json`,
/// read when shown, so a language whose texts arrive later (fetched when
/// chosen) is seen without rebuilding the catalogue. An embedding's own
/// domains come from its configuration: their texts are owned, Dutch
/// required and every other language optional (falling back to Dutch).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Key(Key),
    Own(OwnText),
}

/// An embedding's own text: the Dutch, and the languages it was given in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OwnText {
    pub nl: String,
    /// Other languages, at most once each, never Dutch.
    pub other: Vec<(Lang, String)>,
}

impl Default for Text {
    /// An empty own text (a question without a hint).
    fn default() -> Self {
        Text::Own(OwnText::default())
    }
}

impl From<Key> for Text {
    fn from(key: Key) -> Self {
        Text::Key(key)
    }
}

impl Text {
    /// An own text in Dutch only: every other language shows the Dutch.
    pub fn own(nl: &str) -> Self {
        Text::Own(OwnText {
            nl: nl.to_string(),
            other: Vec::new(),
        })
    }

    /// This own text with `text` as its `lang` version (replacing one
    /// given before). A standard text is returned as it is.
    pub fn with(self, lang: Lang, text: &str) -> Self {
        match self {
            Text::Key(_) => self,
            Text::Own(mut own) => {
                if lang == Lang::Nl {
                    own.nl = text.to_string();
                } else {
                    own.other.retain(|(l, _)| *l != lang);
                    own.other.push((lang, text.to_string()));
                }
                Text::Own(own)
            }
        }
    }

    /// The text in `lang`; an own text not given in `lang` reads in Dutch.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Key(key) => t(lang, *key),
            Text::Own(own) => own.given(lang).unwrap_or(&own.nl),
        }
    }

    /// The languages an own text was given in (Dutch first) with their
    /// text; a standard text has none (the locales are checked at build).
    pub fn given(&self) -> Vec<(Lang, &str)> {
        match self {
            Text::Key(_) => Vec::new(),
            Text::Own(own) => std::iter::once((Lang::Nl, own.nl.as_str()))
                .chain(own.other.iter().map(|(l, s)| (*l, s.as_str())))
                .collect(),
        }
    }

    /// True when no language has any text (a question without a hint).
    pub fn is_empty(&self) -> bool {
        Lang::ALL.iter().all(|l| self.get(*l).trim().is_empty())
    }

    /// True when some language has no text (a test fails on this).
    pub fn is_incomplete(&self) -> bool {
        Lang::ALL.iter().any(|l| self.get(*l).trim().is_empty())
    }
}

impl OwnText {
    fn given(&self, lang: Lang) -> Option<&str> {
        if lang == Lang::Nl {
            return Some(&self.nl);
        }
        self.other
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, s)| s.as_str())
    }
}

/// Serialised as `{"nl": …, "en": …}` whatever the languages: the plan's
/// fingerprint hashes this (`plan/fingerprint.rs`), and it must stay the
/// same for an unchanged intake as languages are added.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Text", 2)?;
        // A standard text as the data carries it: the same in every session
        // (the English need not have been fetched), so the fingerprint is.
        let text = |lang| match self {
            Text::Key(key) => crate::i18n::canonical(lang, *key),
            Text::Own(_) => self.get(lang),
        };
        st.serialize_field("nl", text(Lang::Nl))?;
        st.serialize_field("en", text(Lang::En))?;
        st.end()
    }
}

/// Read as an own text `{"nl": …, "en": …, …}`: Dutch required, any other
/// language optional (for code that builds a [`crate::domain::DomainDef`]
/// from JSON itself; the configuration goes through `extra_json.rs`).
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, String>::deserialize(d)?;
        let nl = map.get("nl").ok_or_else(|| D::Error::missing_field("nl"))?;
        let mut text = Text::own(nl);
        for (code, s) in &map {
            let lang =
                Lang::from_code(code).ok_or_else(|| D::Error::unknown_field(code, &Lang::CODES))?;
            text = text.with(lang, s);
        }
        Ok(text)
    }
}
