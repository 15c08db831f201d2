//! Plan building: a pure function from an intake (plus the catalogue) to
//! the view model of "uw plan", used by the screen, the print and the HTML
//! export alike.
//!
//! The plan is language-neutral: catalogue wording comes along as [`Text`]
//! (both languages), the household's own words as they typed them. So the
//! same plan renders in Dutch or English and has one fingerprint.

use serde::Serialize;

use super::catalogue::{Catalogue, DomainDef};
use super::model::*;
use super::text::Text;

mod check;
mod fingerprint;
mod redact;

pub use check::{
    check_answers, check_involved, CheckAgreement, CheckAnswer, CheckDomain, CheckRow, CheckRung,
};
pub use fingerprint::{content_hash, short_fingerprint};
pub use redact::{redact, Redaction, Section};

/// Everything the plan document shows, in the order it shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    pub household_name: String,
    /// The one contact person, on top of the plan.
    pub contact: ContactPerson,
    pub members: Vec<Member>,
    /// Domains with something in them, catalogue order first, then domains
    /// the catalogue does not know (from another embedding), by id.
    pub domains: Vec<PlanDomain>,
    /// Domains not in the plan: not started, or skipped ("not now") with
    /// nothing filled in.
    pub set_aside: Vec<AsideDomain>,
    /// All agreements, grouped by who carries them.
    pub agreements: Vec<CarrierGroup>,
    pub share: Share,
    /// Everyone involved; the contact person first.
    pub involved: Vec<Involved>,
    /// Date of the assessment the rungs come from, and of the one before.
    pub assessment_date: Option<String>,
    pub previous_assessment_date: Option<String>,
    pub review_date: String,
    pub residents: Vec<Signature>,
    pub coach: Signature,
    /// Set on a redacted copy: says plainly what is left out.
    pub partial: Option<Partial>,
    /// A resident doing the intake alone (the embedding's resident mode)
    /// signs nothing: the review and sign-off block is left out. How the
    /// plan is shown, not what it says, so not part of the fingerprint.
    #[serde(skip)]
    pub without_sign_off: bool,
    /// Not part of the fingerprint (see [`content_hash`]).
    pub last_changed: String,
    /// Short fingerprint, `xxxx-xxxx-xxxx-xxxx`.
    pub fingerprint: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanDomain {
    pub id: DomainId,
    pub name: Text,
    pub status: DomainStatus,
    /// Strengths first: what goes well, then the picked suggestions.
    pub going_well: String,
    pub strengths: Vec<Text>,
    pub wants: String,
    pub rungs: Vec<PlanRung>,
    pub worries: String,
    /// Names of network people involved in this domain.
    pub network: Vec<String>,
    /// Organisations involved in this domain.
    pub professionals: Vec<String>,
    pub agreements: Vec<PlanAgreement>,
    pub notes: String,
    /// Rungs on this domain's ladder in the catalogue the plan was built
    /// with; `None` for a domain that catalogue does not know (another
    /// municipality's own). The chart draws the ladder this long. Not
    /// hashed: see [`content_hash`].
    #[serde(skip_serializing)]
    pub ladder_len: Option<u8>,
}

impl PlanDomain {
    /// Nothing recorded: no words, strengths, ladder answers, people or
    /// agreements. The status is not content: a domain marked done can
    /// still hold nothing.
    pub fn is_empty(&self) -> bool {
        let texts = [&self.going_well, &self.wants, &self.worries, &self.notes];
        texts.iter().all(|t| t.trim().is_empty())
            && self.strengths.is_empty()
            && self.rungs.is_empty()
            && self.network.is_empty()
            && self.professionals.is_empty()
            && self.agreements.is_empty()
    }
}

/// Whether one domain holds nothing the plan would show (see
/// [`PlanDomain::is_empty`]), by the plan's own derivation: the domain page
/// asks before such a domain is marked done.
pub fn nothing_recorded(intake: &Intake, domain: &DomainId) -> bool {
    let agreements: Vec<PlanAgreement> = intake
        .agreements
        .iter()
        .filter(|a| a.domain.as_ref() == Some(domain))
        .map(|a| plan_agreement(intake, a))
        .collect();
    plan_domain(intake, domain, None, &agreements).is_empty()
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AsideDomain {
    pub id: DomainId,
    pub name: Text,
    pub status: DomainStatus,
}

/// One ladder line: rung now → rung wanted, for the household or a member.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanRung {
    /// `None`: the household as a whole.
    pub member: Option<Id>,
    /// The member's name; empty for the household.
    pub who: String,
    pub now: LadderAnswer,
    pub now_text: Option<Text>,
    pub wanted: LadderAnswer,
    pub wanted_text: Option<Text>,
    /// "Now" at the previous assessment, when there was one.
    pub previous: Option<LadderAnswer>,
    /// Rungs moved since the previous assessment (positive is up), when
    /// both are rungs.
    pub movement: Option<i16>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanAgreement {
    pub id: Id,
    pub what: String,
    pub by_when: String,
    pub status: AgreementStatus,
    pub domain: Option<DomainId>,
    /// The first carrier's name (see [`Agreement::carrier`]).
    pub carrier_name: String,
    /// Names of those who carry it together with the first. Left out of
    /// the plan's content when empty, so plans without shared agreements
    /// keep their fingerprint.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub with_names: Vec<String>,
    /// Carried by someone of the household or network together with a
    /// professional (the coach, an organisation, or a typed-in other on
    /// that side): counted in the share's third group, [`Share::together`].
    #[serde(skip_serializing_if = "is_false")]
    pub together: bool,
    /// Names of the members it is for, in household order. Left out of
    /// the plan's content when empty, so plans without any keep their
    /// fingerprint.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub for_names: Vec<String>,
    /// The first carrier's side; `None`: nobody chosen yet (see
    /// [`Carrier::Unset`]). All carriers are on this side unless
    /// `together`.
    pub side: Option<Side>,
    pub created: String,
    pub review_note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CarrierKind {
    /// Nobody chosen yet.
    Unset,
    Member,
    Network,
    Coach,
    Professional,
    Other,
}

/// The agreements one carrier holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CarrierGroup {
    pub kind: CarrierKind,
    pub carrier: Carrier,
    /// Member or network name, organisation, coach's name, or the typed
    /// name. Empty when an agreement points at someone no longer listed.
    pub name: String,
    /// Role or relation, to tell people apart.
    pub detail: String,
    /// `None`: nobody chosen yet.
    pub side: Option<Side>,
    pub agreements: Vec<PlanAgreement>,
}

/// Who carries the agreements, in three groups: by the household and
/// network alone, together with a professional, by professionals alone.
/// A shared agreement counts once, in the group its carriers make
/// together: a member with the youth worker is "together", two members
/// are "household and network". Dropped agreements are not counted: they
/// are carried by nobody. Done and agreed ones count. The coach counts as
/// a professional; a typed-in "other" counts on the side it was given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Share {
    pub household_and_network: u32,
    pub professionals: u32,
    /// Carried by the household or network together with a professional.
    /// Left out of the plan's content when zero (plans before shared
    /// agreements keep their fingerprint).
    #[serde(skip_serializing_if = "is_zero")]
    pub together: u32,
    /// Not in any count.
    pub dropped: u32,
    /// Agreed but nobody chosen to carry them yet: not in either count.
    /// Left out of the plan's content when zero, so plans without one keep
    /// the fingerprint they had.
    #[serde(skip_serializing_if = "is_zero")]
    pub unset: u32,
    /// Rounded to whole percent; `None` when nothing is counted.
    pub household_and_network_percent: Option<u8>,
    pub professionals_percent: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub together_percent: Option<u8>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InvolvedKind {
    Contact,
    Network,
    Professional,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Involved {
    pub kind: InvolvedKind,
    /// Person's name (contact, network) or organisation (professional).
    pub name: String,
    /// Organisation of the contact person, relation of a network person,
    /// role of a professional.
    pub detail: String,
    /// Phone / e-mail as typed.
    pub reach: String,
    /// What a network person helps with.
    pub helps_with: String,
    pub domains: Vec<DomainId>,
    /// Names of the members a professional works with; empty: everyone.
    pub members: Vec<String>,
}

/// What a redacted copy leaves out, so the copy can say so.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Partial {
    pub left_out_domains: Vec<AsideDomain>,
    pub left_out_sections: Vec<Section>,
    /// How many household members the copy leaves out (never who).
    #[serde(skip_serializing_if = "is_zero")]
    pub left_out_members: u32,
}

/// Builds the full plan. Language-neutral; see the module comment.
pub fn build_plan(intake: &Intake, catalogue: &Catalogue) -> Plan {
    let agreements: Vec<PlanAgreement> = intake
        .agreements
        .iter()
        .map(|a| plan_agreement(intake, a))
        .collect();

    let mut domains = Vec::new();
    let mut set_aside = Vec::new();
    let known = catalogue.domains.iter().map(|d| (d.id.clone(), Some(d)));
    let unknown = intake
        .domains
        .iter()
        .filter(|a| catalogue.domain(&a.domain).is_none())
        .map(|a| (a.domain.clone(), None));
    for (id, def) in known.chain(unknown) {
        let pd = plan_domain(intake, &id, def, &agreements);
        if has_content(&pd) {
            domains.push(pd);
        } else {
            set_aside.push(AsideDomain {
                id: pd.id,
                name: pd.name,
                status: pd.status,
            });
        }
    }

    let groups = group_agreements(intake, &agreements);
    let co = &intake.co_ownership;
    let mut plan = Plan {
        household_name: intake.household.display_name.clone(),
        contact: intake.household.contact.clone(),
        members: intake.household.members.clone(),
        domains,
        set_aside,
        share: share(&groups),
        agreements: groups,
        involved: involved(intake),
        assessment_date: intake.current_assessment().map(|a| a.date.clone()),
        previous_assessment_date: intake.previous_assessment().map(|a| a.date.clone()),
        review_date: co.review_date.clone(),
        residents: co.residents.clone(),
        coach: co.coach.clone(),
        partial: None,
        without_sign_off: false,
        last_changed: co.last_changed.clone(),
        fingerprint: String::new(),
    };
    plan.fingerprint = short_fingerprint(&plan);
    plan
}

fn member_name(intake: &Intake, id: Id) -> String {
    intake
        .household
        .members
        .iter()
        .find(|m| m.id == id)
        .map(|m| m.name.clone())
        .unwrap_or_default()
}

fn network_person(intake: &Intake, id: Id) -> Option<&NetworkPerson> {
    intake.network.iter().find(|p| p.id == id)
}

fn professional(intake: &Intake, id: Id) -> Option<&Professional> {
    intake.professionals.iter().find(|p| p.id == id)
}

/// Kind, name, detail and side of a carrier.
fn describe(intake: &Intake, carrier: &Carrier) -> (CarrierKind, String, String, Option<Side>) {
    let (kind, name, detail, side) = match carrier {
        Carrier::Unset => return (CarrierKind::Unset, String::new(), String::new(), None),
        Carrier::Member { id } => {
            let m = intake.household.members.iter().find(|m| m.id == *id);
            let (name, role) = m
                .map(|m| (m.name.clone(), m.role.clone()))
                .unwrap_or_default();
            (CarrierKind::Member, name, role, Side::HouseholdAndNetwork)
        }
        Carrier::Network { id } => {
            let p = network_person(intake, *id);
            let (name, rel) = p
                .map(|p| (p.name.clone(), p.relation.clone()))
                .unwrap_or_default();
            (CarrierKind::Network, name, rel, Side::HouseholdAndNetwork)
        }
        Carrier::Coach => {
            let c = &intake.household.contact;
            (
                CarrierKind::Coach,
                c.name.clone(),
                c.organisation.clone(),
                Side::Professionals,
            )
        }
        Carrier::Professional { id } => {
            let p = professional(intake, *id);
            let (org, role) = p
                .map(|p| (p.organisation.clone(), p.role.clone()))
                .unwrap_or_default();
            (CarrierKind::Professional, org, role, Side::Professionals)
        }
        Carrier::Other { name, side } => (CarrierKind::Other, name.clone(), String::new(), *side),
    };
    (kind, name, detail, Some(side))
}

fn plan_agreement(intake: &Intake, a: &Agreement) -> PlanAgreement {
    let (_, carrier_name, _, side) = describe(intake, a.carrier());
    let others: Vec<_> = a
        .also_carried_by()
        .iter()
        .map(|c| describe(intake, c))
        .collect();
    let together = side.is_some() && others.iter().any(|(_, _, _, s)| s.is_some() && *s != side);
    PlanAgreement {
        id: a.id,
        what: a.what.clone(),
        by_when: a.by_when.clone(),
        status: a.status,
        domain: a.domain.clone(),
        carrier_name,
        with_names: others.into_iter().map(|(_, name, _, _)| name).collect(),
        together,
        // Household order, whatever order they were ticked in; a member
        // no longer listed is left out (removal unticks them anyway).
        for_names: intake
            .household
            .members
            .iter()
            .filter(|m| a.for_members.contains(&m.id))
            .map(|m| m.name.clone())
            .collect(),
        side,
        created: a.created.clone(),
        review_note: a.review_note.clone(),
    }
}

fn plan_domain(
    intake: &Intake,
    id: &DomainId,
    def: Option<&DomainDef>,
    all: &[PlanAgreement],
) -> PlanDomain {
    let empty = DomainAnswers::default();
    let answers = intake.domain(id).unwrap_or(&empty);
    let name = def
        .map(|d| d.name.clone())
        .unwrap_or_else(|| Text::own(id.as_str()));
    // A picked strength the catalogue no longer has is shown by its id,
    // rather than silently lost.
    let strengths = answers
        .strengths
        .iter()
        .map(|s| {
            def.and_then(|d| d.strength(s))
                .map(|st| st.text.clone())
                .unwrap_or_else(|| Text::own(s))
        })
        .collect();
    PlanDomain {
        id: id.clone(),
        name,
        status: answers.status,
        going_well: answers.going_well.clone(),
        strengths,
        wants: answers.wants.clone(),
        rungs: rungs(intake, id, def),
        worries: answers.worries.clone(),
        network: answers
            .network
            .iter()
            .filter_map(|i| network_person(intake, *i).map(|p| p.name.clone()))
            .collect(),
        professionals: answers
            .professionals
            .iter()
            .filter_map(|i| professional(intake, *i).map(|p| p.organisation.clone()))
            .collect(),
        agreements: all
            .iter()
            .filter(|a| a.domain.as_ref() == Some(id))
            .cloned()
            .collect(),
        notes: answers.notes.clone(),
        ladder_len: def.map(|d| d.ladder.len().min(usize::from(u8::MAX)) as u8),
    }
}

/// Ladder lines: the household first, then members in household order;
/// a line appears when it has an answer now or at the previous assessment.
/// The catalogue's scope decides what the screens ask, not what is shown,
/// so nothing answered is hidden, except a member below the ladder's age
/// ([`DomainDef::asks`]).
fn rungs(intake: &Intake, id: &DomainId, def: Option<&DomainDef>) -> Vec<PlanRung> {
    let current = intake.current_assessment();
    let previous = intake.previous_assessment();
    // A member the ladder is not put to (a child on the work ladder) is
    // never shown on it, whatever an older file holds.
    let date = current.map(|a| a.date.as_str()).unwrap_or("");
    let asked = intake
        .household
        .members
        .iter()
        .filter(|m| def.is_none_or(|d| d.asks(m, date)));
    let who = std::iter::once(None).chain(asked.map(|m| Some(m.id)));
    let label = |a: LadderAnswer| a.rung().and_then(|r| def.and_then(|d| d.rung(r)).cloned());
    who.filter_map(|member| {
        let now = current
            .and_then(|a| a.entry(id, member))
            .cloned()
            .unwrap_or_default();
        let prev = previous.and_then(|a| a.entry(id, member)).map(|e| e.now);
        let answered = |a: LadderAnswer| a != LadderAnswer::NotAsked;
        if !answered(now.now) && !answered(now.wanted) && !prev.is_some_and(answered) {
            return None;
        }
        let movement = match (now.now.rung(), prev.and_then(|p| p.rung())) {
            (Some(n), Some(p)) => Some(i16::from(n) - i16::from(p)),
            _ => None,
        };
        Some(PlanRung {
            member,
            who: member.map(|m| member_name(intake, m)).unwrap_or_default(),
            now: now.now,
            now_text: label(now.now),
            wanted: now.wanted,
            wanted_text: label(now.wanted),
            previous: prev,
            movement,
        })
    })
    .collect()
}

fn has_content(d: &PlanDomain) -> bool {
    d.status == DomainStatus::InProgress || d.status == DomainStatus::Done || !d.is_empty()
}

/// Groups in a fixed order: members, network, coach, professionals,
/// others, nobody yet; within a kind in list order, agreements in intake order.
fn group_agreements(intake: &Intake, agreements: &[PlanAgreement]) -> Vec<CarrierGroup> {
    let mut carriers: Vec<Carrier> = Vec::new();
    carriers.extend(
        intake
            .household
            .members
            .iter()
            .map(|m| Carrier::Member { id: m.id }),
    );
    carriers.extend(intake.network.iter().map(|p| Carrier::Network { id: p.id }));
    carriers.push(Carrier::Coach);
    carriers.extend(
        intake
            .professionals
            .iter()
            .map(|p| Carrier::Professional { id: p.id }),
    );
    // Carriers not on a list: dangling ids, then typed-in others, in order
    // of first appearance, each after the known ones of its kind.
    for a in &intake.agreements {
        if !carriers.contains(a.carrier()) {
            let kind_rank = |c: &Carrier| match c {
                Carrier::Unset => 5,
                Carrier::Member { .. } => 0,
                Carrier::Network { .. } => 1,
                Carrier::Coach => 2,
                Carrier::Professional { .. } => 3,
                Carrier::Other { .. } => 4,
            };
            let rank = kind_rank(a.carrier());
            let at = carriers
                .iter()
                .rposition(|c| kind_rank(c) <= rank)
                .map_or(0, |i| i + 1);
            carriers.insert(at, a.carrier().clone());
        }
    }
    carriers
        .into_iter()
        .filter_map(|carrier| {
            let held: Vec<PlanAgreement> = intake
                .agreements
                .iter()
                .zip(agreements)
                .filter(|(a, _)| *a.carrier() == carrier)
                .map(|(_, p)| p.clone())
                .collect();
            if held.is_empty() {
                return None;
            }
            let (kind, name, detail, side) = describe(intake, &carrier);
            Some(CarrierGroup {
                kind,
                carrier,
                name,
                detail,
                side,
                agreements: held,
            })
        })
        .collect()
}

pub(crate) fn share(groups: &[CarrierGroup]) -> Share {
    let mut s = Share::default();
    for a in groups.iter().flat_map(|g| &g.agreements) {
        match (a.status, a.side) {
            (AgreementStatus::Dropped, _) => s.dropped += 1,
            (_, None) => s.unset += 1,
            _ if a.together => s.together += 1,
            (_, Some(Side::HouseholdAndNetwork)) => s.household_and_network += 1,
            (_, Some(Side::Professionals)) => s.professionals += 1,
        }
    }
    let total = s.household_and_network + s.together + s.professionals;
    if total > 0 {
        // Round half up, in integers so it is the same everywhere; the
        // running sums are rounded, so the three always add up to 100.
        let pct = |n: u32| (200 * n + total) / (2 * total);
        let hn = pct(s.household_and_network);
        let with = pct(s.household_and_network + s.together);
        s.household_and_network_percent = Some(hn as u8);
        if s.together > 0 {
            s.together_percent = Some((with - hn) as u8);
        }
        s.professionals_percent = Some((100 - with) as u8);
    }
    s
}

/// The domains a person helps with: those on their own record, and those
/// whose "who is involved" question names them (the screens record it
/// there), each once.
fn helps_in(
    intake: &Intake,
    own: &[DomainId],
    named: impl Fn(&DomainAnswers) -> bool,
) -> Vec<DomainId> {
    let mut out = own.to_vec();
    for answers in intake.domains.iter().filter(|a| named(a)) {
        if !out.contains(&answers.domain) {
            out.push(answers.domain.clone());
        }
    }
    out
}

fn involved(intake: &Intake) -> Vec<Involved> {
    let c = &intake.household.contact;
    let mut out = vec![Involved {
        kind: InvolvedKind::Contact,
        name: c.name.clone(),
        detail: c.organisation.clone(),
        reach: c.reach.clone(),
        helps_with: String::new(),
        domains: Vec::new(),
        members: Vec::new(),
    }];
    out.extend(intake.network.iter().map(|p| Involved {
        kind: InvolvedKind::Network,
        name: p.name.clone(),
        detail: p.relation.clone(),
        reach: String::new(),
        helps_with: p.helps_with.clone(),
        domains: helps_in(intake, &p.domains, |a| a.network.contains(&p.id)),
        members: Vec::new(),
    }));
    out.extend(intake.professionals.iter().map(|p| Involved {
        kind: InvolvedKind::Professional,
        name: p.organisation.clone(),
        detail: p.role.clone(),
        reach: p.contact.clone(),
        helps_with: String::new(),
        domains: helps_in(intake, &p.domains, |a| a.professionals.contains(&p.id)),
        members: p.members.iter().map(|m| member_name(intake, *m)).collect(),
    }));
    out
}
