//! The structure of the five standard domains; their texts are in
//! `locales/<lang>.json`. Dutch at level B1, written to
//! the resident ("u"), strengths first. Ladders are our own first-person
//! situations (the participation ladder is the public one from the
//! sources); nothing here is taken from the Outcomes Star or the ZRM.

use super::{DomainDef, Field, Question, Scope, Strength};
use crate::domain::model::DomainId;
use crate::domain::text::Text;
use crate::i18n::Key as K;

/// A standard text: its key in `locales/<lang>.json` (`cat_<domain>_…`
/// for a domain's own wording, `cat_q_…` for the questions every domain
/// shares, `cat_any_…` for an embedding's domain without its own wording).
fn k(key: K) -> Text {
    Text::Key(key)
}

/// The domain-specific wording; the questions that read the same in every
/// domain (who is involved, agreements, notes) are shared below.
struct Spec {
    id: &'static str,
    name: Text,
    intro: Text,
    scope: Scope,
    min_age: Option<u8>,
    ladder: Vec<Text>,
    strengths: Vec<(&'static str, Text)>,
    going_well: (Text, Text, Text),
    wants: (Text, Text, Text),
    rung_now: (Text, Text),
    rung_wanted: (Text, Text),
    worries: (Text, Text, Text),
}

pub(super) fn standard_domains() -> Vec<DomainDef> {
    [work(), housing(), finances(), health(), safety()]
        .into_iter()
        .map(build)
        .collect()
}

fn q(domain: &str, field: Field, label: Text, hint: Text, why: Text, optional: bool) -> Question {
    Question {
        id: format!("{domain}.{}", field.key()),
        field,
        label,
        hint,
        why,
        optional,
    }
}

fn build(s: Spec) -> DomainDef {
    let d = s.id;
    let questions = questions(
        d,
        s.going_well,
        s.wants,
        s.rung_now,
        s.rung_wanted,
        s.worries,
    );
    DomainDef {
        id: DomainId::new(d),
        name: s.name,
        intro: s.intro,
        scope: s.scope,
        min_age: s.min_age,
        ladder: s.ladder,
        strengths: s
            .strengths
            .into_iter()
            .map(|(w, text)| Strength {
                id: format!("{d}.{w}"),
                text,
            })
            .collect(),
        questions,
    }
}

/// The ten questions of a domain in the order of domain.md: the wording
/// that differs per domain comes in, the shared wording is written here.
fn questions(
    d: &str,
    going_well: (Text, Text, Text),
    wants: (Text, Text, Text),
    rung_now: (Text, Text),
    rung_wanted: (Text, Text),
    worries: (Text, Text, Text),
) -> Vec<Question> {
    vec![
        q(
            d,
            Field::GoingWell,
            going_well.0,
            going_well.1,
            going_well.2,
            false,
        ),
        q(
            d,
            Field::Strengths,
            k(K::cat_q_strengths_label),
            k(K::cat_q_strengths_hint),
            k(K::cat_q_strengths_why),
            true,
        ),
        q(d, Field::Wants, wants.0, wants.1, wants.2, false),
        q(
            d,
            Field::RungNow,
            rung_now.0,
            k(K::cat_q_rung_now_hint),
            rung_now.1,
            true,
        ),
        q(
            d,
            Field::RungWanted,
            rung_wanted.0,
            k(K::cat_q_rung_wanted_hint),
            rung_wanted.1,
            true,
        ),
        q(d, Field::Worries, worries.0, worries.1, worries.2, true),
        q(
            d,
            Field::Network,
            k(K::cat_q_network_label),
            k(K::cat_q_network_hint),
            k(K::cat_q_network_why),
            true,
        ),
        q(
            d,
            Field::Professionals,
            k(K::cat_q_professionals_label),
            k(K::cat_q_professionals_hint),
            k(K::cat_q_professionals_why),
            true,
        ),
        q(
            d,
            Field::Agreements,
            k(K::cat_q_agreements_label),
            k(K::cat_q_agreements_hint),
            k(K::cat_q_agreements_why),
            true,
        ),
        q(
            d,
            Field::Notes,
            k(K::cat_q_notes_label),
            Text::default(),
            k(K::cat_q_notes_why),
            true,
        ),
    ]
}

/// The questions of an embedding's own domain when its configuration gives
/// none: the standard wording, with "op dit gebied" ("in this area") where
/// a standard domain names its subject, so it reads right under any domain
/// name the screen shows above it.
pub(super) fn generic_questions(d: &str) -> Vec<Question> {
    questions(
        d,
        (
            k(K::cat_any_going_well_label),
            k(K::cat_any_going_well_hint),
            k(K::cat_any_going_well_why),
        ),
        (
            k(K::cat_any_wants_label),
            k(K::cat_any_wants_hint),
            k(K::cat_any_wants_why),
        ),
        (k(K::cat_any_rung_now_label), k(K::cat_any_rung_now_why)),
        (
            k(K::cat_any_rung_wanted_label),
            k(K::cat_any_rung_wanted_why),
        ),
        (
            k(K::cat_any_worries_label),
            k(K::cat_any_worries_hint),
            k(K::cat_any_worries_why),
        ),
    )
}

fn work() -> Spec {
    Spec {
        id: "work",
        name: k(K::cat_work_name),
        intro: k(K::cat_work_intro),
        scope: Scope::PerMember,
        // Paid work and volunteering are not put to children: from 16, the
        // age a young person may take most jobs and the end of full-time
        // compulsory schooling.
        min_age: Some(16),
        // The participation ladder from the sources, in the first person.
        ladder: vec![
            k(K::cat_work_ladder_1),
            k(K::cat_work_ladder_2),
            k(K::cat_work_ladder_3),
            k(K::cat_work_ladder_4),
            k(K::cat_work_ladder_5),
            k(K::cat_work_ladder_6),
        ],
        strengths: vec![
            ("helps_others", k(K::cat_work_strength_helps_others)),
            ("reliable", k(K::cat_work_strength_reliable)),
            ("handy", k(K::cat_work_strength_handy)),
            ("learns", k(K::cat_work_strength_learns)),
            ("languages", k(K::cat_work_strength_languages)),
            ("cares", k(K::cat_work_strength_cares)),
        ],
        going_well: (
            k(K::cat_work_going_well_label),
            k(K::cat_work_going_well_hint),
            k(K::cat_work_going_well_why),
        ),
        wants: (
            k(K::cat_work_wants_label),
            k(K::cat_work_wants_hint),
            k(K::cat_work_wants_why),
        ),
        rung_now: (k(K::cat_work_rung_now_label), k(K::cat_work_rung_now_why)),
        rung_wanted: (
            k(K::cat_work_rung_wanted_label),
            k(K::cat_work_rung_wanted_why),
        ),
        worries: (
            k(K::cat_work_worries_label),
            k(K::cat_work_worries_hint),
            k(K::cat_work_worries_why),
        ),
    }
}

fn housing() -> Spec {
    Spec {
        id: "housing",
        name: k(K::cat_housing_name),
        intro: k(K::cat_housing_intro),
        scope: Scope::Household,
        min_age: None,
        ladder: vec![
            k(K::cat_housing_ladder_1),
            k(K::cat_housing_ladder_2),
            k(K::cat_housing_ladder_3),
            k(K::cat_housing_ladder_4),
            k(K::cat_housing_ladder_5),
            k(K::cat_housing_ladder_6),
        ],
        strengths: vec![
            ("tidy", k(K::cat_housing_strength_tidy)),
            ("rent_paid", k(K::cat_housing_strength_rent_paid)),
            (
                "good_neighbours",
                k(K::cat_housing_strength_good_neighbours),
            ),
            ("feels_home", k(K::cat_housing_strength_feels_home)),
            ("repairs", k(K::cat_housing_strength_repairs)),
        ],
        going_well: (
            k(K::cat_housing_going_well_label),
            k(K::cat_housing_going_well_hint),
            k(K::cat_housing_going_well_why),
        ),
        wants: (
            k(K::cat_housing_wants_label),
            k(K::cat_housing_wants_hint),
            k(K::cat_housing_wants_why),
        ),
        rung_now: (
            k(K::cat_housing_rung_now_label),
            k(K::cat_housing_rung_now_why),
        ),
        rung_wanted: (
            k(K::cat_housing_rung_wanted_label),
            k(K::cat_housing_rung_wanted_why),
        ),
        worries: (
            k(K::cat_housing_worries_label),
            k(K::cat_housing_worries_hint),
            k(K::cat_housing_worries_why),
        ),
    }
}

fn finances() -> Spec {
    Spec {
        id: "finances",
        name: k(K::cat_finances_name),
        intro: k(K::cat_finances_intro),
        scope: Scope::Household,
        min_age: None,
        ladder: vec![
            k(K::cat_finances_ladder_1),
            k(K::cat_finances_ladder_2),
            k(K::cat_finances_ladder_3),
            k(K::cat_finances_ladder_4),
            k(K::cat_finances_ladder_5),
            k(K::cat_finances_ladder_6),
        ],
        strengths: vec![
            ("overview", k(K::cat_finances_strength_overview)),
            ("opens_post", k(K::cat_finances_strength_opens_post)),
            ("careful", k(K::cat_finances_strength_careful)),
            ("asks_help", k(K::cat_finances_strength_asks_help)),
            ("benefits", k(K::cat_finances_strength_benefits)),
        ],
        going_well: (
            k(K::cat_finances_going_well_label),
            k(K::cat_finances_going_well_hint),
            k(K::cat_finances_going_well_why),
        ),
        wants: (
            k(K::cat_finances_wants_label),
            k(K::cat_finances_wants_hint),
            k(K::cat_finances_wants_why),
        ),
        rung_now: (
            k(K::cat_finances_rung_now_label),
            k(K::cat_finances_rung_now_why),
        ),
        rung_wanted: (
            k(K::cat_finances_rung_wanted_label),
            k(K::cat_finances_rung_wanted_why),
        ),
        worries: (
            k(K::cat_finances_worries_label),
            k(K::cat_finances_worries_hint),
            k(K::cat_finances_worries_why),
        ),
    }
}

fn health() -> Spec {
    Spec {
        id: "health",
        name: k(K::cat_health_name),
        intro: k(K::cat_health_intro),
        scope: Scope::PerMember,
        min_age: None,
        ladder: vec![
            k(K::cat_health_ladder_1),
            k(K::cat_health_ladder_2),
            k(K::cat_health_ladder_3),
            k(K::cat_health_ladder_4),
            k(K::cat_health_ladder_5),
        ],
        strengths: vec![
            ("moves", k(K::cat_health_strength_moves)),
            ("sleeps", k(K::cat_health_strength_sleeps)),
            ("talks", k(K::cat_health_strength_talks)),
            ("gp", k(K::cat_health_strength_gp)),
            ("cooks", k(K::cat_health_strength_cooks)),
        ],
        going_well: (
            k(K::cat_health_going_well_label),
            k(K::cat_health_going_well_hint),
            k(K::cat_health_going_well_why),
        ),
        wants: (
            k(K::cat_health_wants_label),
            k(K::cat_health_wants_hint),
            k(K::cat_health_wants_why),
        ),
        rung_now: (
            k(K::cat_health_rung_now_label),
            k(K::cat_health_rung_now_why),
        ),
        rung_wanted: (
            k(K::cat_health_rung_wanted_label),
            k(K::cat_health_rung_wanted_why),
        ),
        worries: (
            k(K::cat_health_worries_label),
            k(K::cat_health_worries_hint),
            k(K::cat_health_worries_why),
        ),
    }
}

fn safety() -> Spec {
    Spec {
        id: "safety",
        name: k(K::cat_safety_name),
        intro: k(K::cat_safety_intro),
        scope: Scope::Household,
        min_age: None,
        ladder: vec![
            k(K::cat_safety_ladder_1),
            k(K::cat_safety_ladder_2),
            k(K::cat_safety_ladder_3),
            k(K::cat_safety_ladder_4),
            k(K::cat_safety_ladder_5),
        ],
        strengths: vec![
            ("trusted_person", k(K::cat_safety_strength_trusted_person)),
            ("calm_home", k(K::cat_safety_strength_calm_home)),
            (
                "knows_neighbours",
                k(K::cat_safety_strength_knows_neighbours),
            ),
            ("speaks_up", k(K::cat_safety_strength_speaks_up)),
        ],
        going_well: (
            k(K::cat_safety_going_well_label),
            k(K::cat_safety_going_well_hint),
            k(K::cat_safety_going_well_why),
        ),
        wants: (
            k(K::cat_safety_wants_label),
            k(K::cat_safety_wants_hint),
            k(K::cat_safety_wants_why),
        ),
        rung_now: (
            k(K::cat_safety_rung_now_label),
            k(K::cat_safety_rung_now_why),
        ),
        rung_wanted: (
            k(K::cat_safety_rung_wanted_label),
            k(K::cat_safety_rung_wanted_why),
        ),
        worries: (
            k(K::cat_safety_worries_label),
            k(K::cat_safety_worries_hint),
            k(K::cat_safety_worries_why),
        ),
    }
}
