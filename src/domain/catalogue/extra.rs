//! An embedding's own domains, checked before they join the catalogue.
//! The bounds are documented in `docs/extra-domains.md`; change both.
//!
//! Extra domains add, never replace: the standard domains are what every
//! municipality's app understands the same way, so a file made in one
//! municipality means the same in another (see the doc).

use std::collections::HashSet;

use super::content::generic_questions;
use super::error::{CatalogueError, CatalogueErrorKind as K};
use super::{Catalogue, DomainDef, Field, Text};

/// The option's name; every path starts with it.
pub const EXTRA_DOMAINS_OPTION: &str = "extraDomains";
/// Extra domains per embedding: enough for a municipality's own themes,
/// few enough that the task list stays one screen.
pub const MAX_EXTRA_DOMAINS: usize = 10;
/// The JSON text of the extra domains: ten full domains are ~30 KB.
pub const MAX_EXTRA_JSON_BYTES: usize = 256 * 1024;
/// A domain id: `[a-z][a-z0-9_]*`, this many characters. It is stored in
/// every plan file, so it stays short and plain.
pub const MIN_ID_CHARS: usize = 2;
pub const MAX_ID_CHARS: usize = 30;
/// Rungs on a ladder: fewer than 3 is not a ladder; the plan file allows
/// rungs up to 10 (`format::MAX_RUNG`).
pub const MIN_RUNGS: usize = 3;
pub const MAX_RUNGS: usize = crate::domain::format::MAX_RUNG as usize;
pub const MAX_STRENGTHS: usize = 20;
/// A domain name is a heading on the task list and in the plan.
pub const MAX_NAME_CHARS: usize = 60;
/// Every other text (intro, rung, strength, question texts).
pub const MAX_TEXT_CHARS: usize = 400;

impl Catalogue {
    /// Adds an embedding's own domains at the end, in order, after checking
    /// each. A domain with no questions gets the generic ones (as from JSON
    /// without `questions`); a domain without strengths does not ask to
    /// pick one. Errors name the place as
    /// `extraDomains[i].<field>`; the first error is returned.
    pub fn with_extras(mut self, extras: Vec<DomainDef>) -> Result<Catalogue, CatalogueError> {
        count(extras.len(), 0, MAX_EXTRA_DOMAINS, EXTRA_DOMAINS_OPTION)?;
        let base = self.domains.len();
        for (i, d) in extras.into_iter().enumerate() {
            self.add_checked(d, &format!("{EXTRA_DOMAINS_OPTION}[{i}]"), base)?;
        }
        Ok(self)
    }

    /// Checks one extra domain against the rules and the domains already
    /// there, and adds it. The first `base` domains are the ones the
    /// extras were added to (the standard ones); the rest are earlier extras.
    pub(super) fn add_checked(
        &mut self,
        mut d: DomainDef,
        path: &str,
        base: usize,
    ) -> Result<(), CatalogueError> {
        let id = d.id.as_str();
        if !is_id(id) {
            return Err(CatalogueError::new(
                format!("{path}.id"),
                K::BadId { found: id.into() },
            ));
        }
        if let Some(at) = self.domains.iter().position(|x| x.id == d.id) {
            let kind = if at < base {
                K::StandardDomain { id: id.into() }
            } else {
                K::DuplicateId { id: id.into() }
            };
            return Err(CatalogueError::new(format!("{path}.id"), kind));
        }
        text(&d.name, &format!("{path}.name"), MAX_NAME_CHARS)?;
        text(&d.intro, &format!("{path}.intro"), MAX_TEXT_CHARS)?;
        let ladder = format!("{path}.ladder");
        count(d.ladder.len(), MIN_RUNGS, MAX_RUNGS, &ladder)?;
        for (j, rung) in d.ladder.iter().enumerate() {
            text(rung, &format!("{ladder}[{j}]"), MAX_TEXT_CHARS)?;
        }
        let strengths = format!("{path}.strengths");
        count(d.strengths.len(), 0, MAX_STRENGTHS, &strengths)?;
        let mut seen = HashSet::new();
        for (j, s) in d.strengths.iter().enumerate() {
            let at = format!("{strengths}[{j}]");
            let word_ok =
                s.id.strip_prefix(id)
                    .and_then(|rest| rest.strip_prefix('.'))
                    .is_some_and(is_word);
            if !word_ok {
                return Err(CatalogueError::new(
                    format!("{at}.id"),
                    K::BadStrengthId {
                        found: s.id.clone(),
                        domain: id.into(),
                    },
                ));
            }
            if !seen.insert(s.id.as_str()) {
                return Err(CatalogueError::new(
                    format!("{at}.id"),
                    K::DuplicateId { id: s.id.clone() },
                ));
            }
            text(&s.text, &format!("{at}.text"), MAX_TEXT_CHARS)?;
        }
        if d.questions.is_empty() {
            d.questions = generic_questions(id);
        }
        // Nothing to pick from: the screen would show an empty choice.
        if d.strengths.is_empty() {
            d.questions.retain(|q| q.field != Field::Strengths);
        }
        let mut fields = HashSet::new();
        for (k, q) in d.questions.iter().enumerate() {
            let at = format!("{path}.questions[{k}]");
            let expected = format!("{id}.{}", q.field.key());
            if q.id != expected {
                return Err(CatalogueError::new(
                    format!("{at}.id"),
                    K::BadQuestionId {
                        found: q.id.clone(),
                        expected,
                    },
                ));
            }
            if !fields.insert(q.field) {
                return Err(CatalogueError::new(
                    format!("{at}.id"),
                    K::DuplicateId { id: q.id.clone() },
                ));
            }
            text(&q.label, &format!("{at}.label"), MAX_TEXT_CHARS)?;
            if !q.hint.is_empty() {
                text(&q.hint, &format!("{at}.hint"), MAX_TEXT_CHARS)?;
            }
            text(&q.why, &format!("{at}.why"), MAX_TEXT_CHARS)?;
        }
        self.domains.push(d);
        Ok(())
    }
}

/// `[a-z][a-z0-9_]*` within the id bounds.
pub(super) fn is_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && (MIN_ID_CHARS..=MAX_ID_CHARS).contains(&id.len())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The word after `<domain>.` in a strength id.
fn is_word(w: &str) -> bool {
    (1..=MAX_ID_CHARS).contains(&w.len())
        && w.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

pub(super) fn count(
    found: usize,
    min: usize,
    max: usize,
    path: &str,
) -> Result<(), CatalogueError> {
    if (min..=max).contains(&found) {
        Ok(())
    } else {
        Err(CatalogueError::new(path, K::Count { found, min, max }))
    }
}

/// Every language an own text was given in (Dutch always) filled in and
/// within `limit` characters. A standard text (a key) is checked at build.
pub(super) fn text(t: &Text, path: &str, limit: usize) -> Result<(), CatalogueError> {
    for (lang, s) in t.given() {
        one_text(s, &format!("{path}.{}", lang.code()), limit)?;
    }
    Ok(())
}

pub(super) fn one_text(s: &str, path: &str, limit: usize) -> Result<(), CatalogueError> {
    if s.trim().is_empty() {
        return Err(CatalogueError::new(path, K::EmptyText));
    }
    // Characters, not bytes: the limit is about what people read.
    let chars = s.chars().count();
    if chars > limit {
        return Err(CatalogueError::new(path, K::TextTooLong { chars, limit }));
    }
    Ok(())
}
