//! The question catalogue: life domains, their ladders, strength
//! suggestions and questions. The standard texts are keys into
//! `locales/<lang>.json` (prefix `cat_`); an embedding's own are owned.
//!
//! This is data, not code paths: the screens render a domain by walking its
//! questions in order, the printed plan names rungs and strengths from here,
//! and an embedding can add its own domains (from JSON, validated) with
//! [`Catalogue::with_extras_json`] or [`Catalogue::with_extras`]; the JSON
//! shape is documented in `docs/extra-domains.md`. No question text is
//! hard-coded in a component.
//!
//! Scope per domain (decided here, documented in `docs/plan-format.md`):
//! work and health are asked per member (a ladder is about one person);
//! housing, money and safety are asked for the household as a whole.

use serde::{Deserialize, Serialize};

use super::model::{DomainId, Member};
use super::text::Text;

mod content;
mod error;
mod extra;
mod extra_json;

pub use error::{CatalogueError, CatalogueErrorKind, JsonKind};
pub use extra::{
    EXTRA_DOMAINS_OPTION, MAX_EXTRA_DOMAINS, MAX_EXTRA_JSON_BYTES, MAX_ID_CHARS, MAX_NAME_CHARS,
    MAX_RUNGS, MAX_STRENGTHS, MAX_TEXT_CHARS, MIN_ID_CHARS, MIN_RUNGS,
};

/// Whether a domain's ladder is answered once for the household or once
/// per member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Household,
    PerMember,
}

/// Which part of [`crate::domain::DomainAnswers`] (or the assessment, or the
/// agreements) a question fills in. The UI matches on this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    GoingWell,
    Strengths,
    Wants,
    RungNow,
    RungWanted,
    Worries,
    Network,
    Professionals,
    Notes,
    Agreements,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id, `"<domain>.<field>"`, e.g. `"work.going_well"`.
    pub id: String,
    pub field: Field,
    pub label: Text,
    /// A short hint under the label; may be empty in every language.
    #[serde(default)]
    pub hint: Text,
    /// Why we ask: shown on request, so people know what happens with it.
    pub why: Text,
    #[serde(default)]
    pub optional: bool,
}

/// A strength the household can pick instead of (or besides) typing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strength {
    /// Stable id, `"<domain>.<word>"`; this is what an intake stores.
    pub id: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainDef {
    pub id: DomainId,
    pub name: Text,
    /// One or two sentences opening the domain.
    pub intro: Text,
    pub scope: Scope,
    /// A per-member ladder is put only to members this old or older in
    /// the year of the assessment (work: 16); `None`: to everyone.
    #[serde(default)]
    pub min_age: Option<u8>,
    /// Rungs from the bottom: index 0 is rung 1.
    pub ladder: Vec<Text>,
    #[serde(default)]
    pub strengths: Vec<Strength>,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub domains: Vec<DomainDef>,
}

impl Catalogue {
    /// The five domains every municipality has: work, housing, finances,
    /// health, safety, in that order.
    pub fn standard() -> Catalogue {
        Catalogue {
            domains: content::standard_domains(),
        }
    }

    pub fn domain(&self, id: &DomainId) -> Option<&DomainDef> {
        self.domains.iter().find(|d| &d.id == id)
    }

    /// Adds a domain at the end, unchecked. A domain with an id that is
    /// already present replaces it (same place). An embedding's
    /// configuration goes through [`Catalogue::with_extras`] instead, which
    /// validates and never replaces.
    pub fn with_extra(mut self, extra: DomainDef) -> Catalogue {
        match self.domains.iter().position(|d| d.id == extra.id) {
            Some(i) => self.domains[i] = extra,
            None => self.domains.push(extra),
        }
        self
    }

    /// Every piece of text in the catalogue with a label saying where it
    /// sits; used by the translation and words-guide tests.
    pub fn all_texts(&self) -> Vec<(String, &Text)> {
        let mut out = Vec::new();
        for d in &self.domains {
            let id = d.id.as_str();
            out.push((format!("{id}.name"), &d.name));
            out.push((format!("{id}.intro"), &d.intro));
            for (i, rung) in d.ladder.iter().enumerate() {
                out.push((format!("{id}.ladder[{}]", i + 1), rung));
            }
            for s in &d.strengths {
                out.push((s.id.clone(), &s.text));
            }
            for q in &d.questions {
                out.push((format!("{}.label", q.id), &q.label));
                out.push((format!("{}.why", q.id), &q.why));
            }
        }
        out
    }
}

impl Field {
    /// Every field, in the order a domain asks them.
    pub const ALL: [Field; 10] = [
        Field::GoingWell,
        Field::Strengths,
        Field::Wants,
        Field::RungNow,
        Field::RungWanted,
        Field::Worries,
        Field::Network,
        Field::Professionals,
        Field::Agreements,
        Field::Notes,
    ];

    /// The field's name in ids and JSON, e.g. `"going_well"`.
    pub fn key(self) -> &'static str {
        match self {
            Field::GoingWell => "going_well",
            Field::Strengths => "strengths",
            Field::Wants => "wants",
            Field::RungNow => "rung_now",
            Field::RungWanted => "rung_wanted",
            Field::Worries => "worries",
            Field::Network => "network",
            Field::Professionals => "professionals",
            Field::Notes => "notes",
            Field::Agreements => "agreements",
        }
    }

    /// The step of a domain's flow this question is asked on, in the order
    /// of the sources: what goes well, what you want, the ladder, worries,
    /// who is involved, agreements.
    pub fn step(self) -> usize {
        match self {
            Field::GoingWell | Field::Strengths => 0,
            Field::Wants => 1,
            Field::RungNow | Field::RungWanted => 2,
            Field::Worries => 3,
            Field::Network | Field::Professionals => 4,
            Field::Agreements | Field::Notes => 5,
        }
    }
}

impl DomainDef {
    /// The questions grouped into the steps the screens show, in step
    /// order; a step without questions is left out.
    pub fn steps(&self) -> Vec<Vec<&Question>> {
        let mut steps: Vec<(usize, Vec<&Question>)> = Vec::new();
        for q in &self.questions {
            let s = q.field.step();
            match steps.iter_mut().find(|(k, _)| *k == s) {
                Some((_, qs)) => qs.push(q),
                None => steps.push((s, vec![q])),
            }
        }
        steps.sort_by_key(|(k, _)| *k);
        steps.into_iter().map(|(_, qs)| qs).collect()
    }

    /// The index (in [`DomainDef::steps`]) of the step that asks `field`.
    pub fn step_of(&self, field: Field) -> usize {
        self.steps()
            .iter()
            .position(|qs| qs.iter().any(|q| q.field.step() == field.step()))
            .unwrap_or(0)
    }

    /// Whether this domain's ladder is put to `member` in an assessment
    /// dated `date` (`YYYY-MM-DD`). Age is the one reached in that year
    /// (only the birth year is kept), so a member turns 16 for the whole
    /// year. Without a birth year, or a date to count from, the member is
    /// asked: the coach can answer "does not apply".
    pub fn asks(&self, member: &Member, date: &str) -> bool {
        let (Some(min), Some(born)) = (self.min_age, member.birth_year) else {
            return true;
        };
        let Some(year) = date.get(..4).and_then(|y| y.parse::<u16>().ok()) else {
            return true;
        };
        year.saturating_sub(born) >= u16::from(min)
    }

    /// The text of a rung counted from 1, if the ladder has it.
    pub fn rung(&self, rung: u8) -> Option<&Text> {
        (rung as usize)
            .checked_sub(1)
            .and_then(|i| self.ladder.get(i))
    }

    pub fn strength(&self, id: &str) -> Option<&Strength> {
        self.strengths.iter().find(|s| s.id == id)
    }

    pub fn question(&self, field: Field) -> Option<&Question> {
        self.questions.iter().find(|q| q.field == field)
    }
}
