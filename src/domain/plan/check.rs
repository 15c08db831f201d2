//! "Check your answers" as a view model: every question of every domain
//! with its answer, or none. The answers come from the same derivation as
//! the plan ([`super::plan_domain`]): strengths, ladder texts and people's
//! names are worked out once, so the check page and the plan cannot say
//! different things. The people involved (with how to reach them) come
//! from the plan's own list too ([`check_involved`]).

use super::{involved, plan_agreement, plan_domain, Involved, PlanDomain};
use crate::domain::catalogue::{Catalogue, Field};
use crate::domain::field_ref::FieldRef;
use crate::domain::model::{DomainId, DomainStatus, Intake, LadderAnswer};
use crate::domain::text::Text;

/// One ladder answer, for the household (`who` empty) or a member.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckRung {
    pub who: String,
    /// Never [`LadderAnswer::NotAsked`]: unanswered lines are left out.
    pub answer: LadderAnswer,
    /// The rung's wording, when the answer is a rung the ladder has.
    pub text: Option<Text>,
}

/// A filled-in answer, in the shape the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckAnswer {
    /// The household's own words.
    Words(String),
    /// Picked strength suggestions, in both languages.
    Strengths(Vec<Text>),
    Rungs(Vec<CheckRung>),
    /// Network people or organisations, by name.
    Names(Vec<String>),
    /// What each agreement says, one per line, with whom it is for.
    Agreements(Vec<CheckAgreement>),
}

/// One agreement on the check page as the plan shows it: what, who
/// carries it, the members it is for and by when.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckAgreement {
    pub what: String,
    /// Who carries it; `None`: nobody chosen yet. An empty name: someone
    /// no longer listed (the plan says so too).
    pub who: Option<String>,
    pub for_names: Vec<String>,
    pub by_when: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckRow {
    pub field: Field,
    pub label: Text,
    /// The question may be left open; the page says so after the label.
    pub optional: bool,
    /// `None`: not filled in.
    pub answer: Option<CheckAnswer>,
    /// The step of the domain that asks it, and the field to focus there.
    pub step: usize,
    pub target: FieldRef,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckDomain {
    pub id: DomainId,
    pub name: Text,
    /// Put off ("not now") with nothing recorded: the plan lists it under
    /// "not talked about yet", and the page says "for later" once rather
    /// than "not filled in" for every question.
    pub put_off: bool,
    pub rows: Vec<CheckRow>,
}

fn words(s: &str) -> Option<CheckAnswer> {
    (!s.trim().is_empty()).then(|| CheckAnswer::Words(s.to_string()))
}

fn answer(d: &PlanDomain, field: Field) -> Option<CheckAnswer> {
    let non_empty = |list: Vec<String>, make: fn(Vec<String>) -> CheckAnswer| {
        (!list.is_empty()).then(|| make(list))
    };
    match field {
        Field::GoingWell => words(&d.going_well),
        Field::Wants => words(&d.wants),
        Field::Worries => words(&d.worries),
        Field::Notes => words(&d.notes),
        Field::Strengths => {
            (!d.strengths.is_empty()).then(|| CheckAnswer::Strengths(d.strengths.clone()))
        }
        Field::RungNow | Field::RungWanted => {
            let lines: Vec<CheckRung> = d
                .rungs
                .iter()
                .map(|r| {
                    let (answer, text) = if field == Field::RungNow {
                        (r.now, r.now_text.clone())
                    } else {
                        (r.wanted, r.wanted_text.clone())
                    };
                    CheckRung {
                        who: r.who.clone(),
                        answer,
                        text,
                    }
                })
                .filter(|r| r.answer != LadderAnswer::NotAsked)
                .collect();
            (!lines.is_empty()).then_some(CheckAnswer::Rungs(lines))
        }
        Field::Network => non_empty(d.network.clone(), CheckAnswer::Names),
        Field::Professionals => non_empty(d.professionals.clone(), CheckAnswer::Names),
        Field::Agreements => {
            let list: Vec<CheckAgreement> = d
                .agreements
                .iter()
                .filter(|a| !a.what.trim().is_empty())
                .map(|a| CheckAgreement {
                    what: a.what.clone(),
                    who: a.side.map(|_| a.carrier_name.clone()),
                    for_names: a.for_names.clone(),
                    by_when: a.by_when.clone(),
                })
                .collect();
            (!list.is_empty()).then_some(CheckAnswer::Agreements(list))
        }
    }
}

/// Every catalogue domain, in catalogue order, with every question.
pub fn check_answers(intake: &Intake, catalogue: &Catalogue) -> Vec<CheckDomain> {
    let agreements: Vec<_> = intake
        .agreements
        .iter()
        .map(|a| plan_agreement(intake, a))
        .collect();
    catalogue
        .domains
        .iter()
        .map(|def| {
            let d = plan_domain(intake, &def.id, Some(def), &agreements);
            let rows = def
                .questions
                .iter()
                .map(|q| CheckRow {
                    field: q.field,
                    label: q.label.clone(),
                    optional: q.optional,
                    answer: answer(&d, q.field),
                    step: def.step_of(q.field),
                    target: FieldRef::Domain(def.id.clone(), q.field),
                })
                .collect();
            CheckDomain {
                id: def.id.clone(),
                name: def.name.clone(),
                put_off: d.status == DomainStatus::Skipped && d.is_empty(),
                rows,
            }
        })
        .collect()
}

/// Everyone involved, as the plan's "who helps" lists them: the contact
/// person (with organisation and phone or e-mail) first, then network
/// people and organisations with how to reach them.
pub fn check_involved(intake: &Intake) -> Vec<Involved> {
    involved(intake)
}
