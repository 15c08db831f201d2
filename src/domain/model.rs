//! The household file: everything an intake records, and nothing about the
//! screens. Plain data (no signals, no browser types) so it can be tested,
//! serialised and migrated natively.
//!
//! Identifiers are small numbers handed out by [`Intake::next_id`], so the
//! model stays deterministic (no clock, no randomness inside the core).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Identifier of a member, network person, professional, agreement or
/// assessment, unique within one intake.
pub type Id = u32;

/// A life domain's identifier, e.g. `"work"` or a municipality's own domain.
#[derive(
    Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct DomainId(pub String);

impl DomainId {
    pub fn new(id: &str) -> Self {
        Self(id.to_string())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One household's intake: the data behind the plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Intake {
    pub household: Household,
    /// People outside the household who help.
    pub network: Vec<NetworkPerson>,
    /// Organisations already involved, each with its own contact.
    pub professionals: Vec<Professional>,
    /// Answers per domain, in no particular order (the catalogue orders them).
    pub domains: Vec<DomainAnswers>,
    /// Dated snapshots of the rungs; the last one is the current assessment.
    pub assessments: Vec<Assessment>,
    pub agreements: Vec<Agreement>,
    pub co_ownership: CoOwnership,
    /// The next free [`Id`].
    pub next_id: Id,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Household {
    /// The name the household chose to be called by, e.g. "Familie Jansen".
    pub display_name: String,
    pub members: Vec<Member>,
    /// The one contact person (the coach).
    pub contact: ContactPerson,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Member {
    pub id: Id,
    /// First name, or how they want to be called.
    pub name: String,
    /// Relation or role in the household, in their own words.
    pub role: String,
    pub birth_year: Option<u16>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ContactPerson {
    pub name: String,
    pub organisation: String,
    /// Phone number and/or e-mail, as free text.
    pub reach: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct NetworkPerson {
    pub id: Id,
    pub name: String,
    pub relation: String,
    pub helps_with: String,
    pub domains: Vec<DomainId>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Professional {
    pub id: Id,
    pub organisation: String,
    pub role: String,
    pub contact: String,
    /// Members this professional works with; empty means the whole household.
    pub members: Vec<Id>,
    pub domains: Vec<DomainId>,
}

/// Where a domain stands in the flow (shown on the task list).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DomainStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    /// "Not now": left for later without blocking the rest.
    Skipped,
}

/// The household's own answers for one domain.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct DomainAnswers {
    pub domain: DomainId,
    pub status: DomainStatus,
    /// What goes well, in their own words.
    pub going_well: String,
    /// Ids of strength suggestions picked from the catalogue.
    pub strengths: Vec<String>,
    /// What the household wants, in their own words.
    pub wants: String,
    pub worries: String,
    /// Network people involved in this domain.
    pub network: Vec<Id>,
    /// Professionals involved in this domain.
    pub professionals: Vec<Id>,
    pub notes: String,
}

/// An answer on a ladder. "Rather not say" and "does not apply" are
/// answers; "not asked" is not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LadderAnswer {
    #[default]
    NotAsked,
    RatherNotSay,
    /// The question does not fit this person ("past niet"), e.g. paid work
    /// for someone in school: not the same as not wanting to say.
    DoesNotApply,
    /// A rung, counted from 1 at the bottom of the ladder.
    Rung(u8),
}

impl LadderAnswer {
    pub fn rung(self) -> Option<u8> {
        match self {
            LadderAnswer::Rung(r) => Some(r),
            _ => None,
        }
    }
}

/// Rungs for one domain, for the household or for one member (the work
/// ladder is per person; the others are per household).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct RungEntry {
    pub domain: DomainId,
    /// `None`: the household as a whole.
    pub member: Option<Id>,
    pub now: LadderAnswer,
    pub wanted: LadderAnswer,
}

/// A dated snapshot of where the household stands on each ladder.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Assessment {
    pub id: Id,
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    pub rungs: Vec<RungEntry>,
}

/// Who carries an agreement.
///
/// A file must name the carriers (`format::validate`); an agreement built
/// by hand with no carriers reads as [`Carrier::Unset`]
/// ([`Agreement::carrier`]), as does a new one made through an edit (see
/// `Edit::AddAgreement`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Carrier {
    /// Nobody chosen yet: a gap on the domain page, and counted on neither
    /// side of the share, so an agreement left as it is lowers nobody's part.
    Unset,
    Member {
        id: Id,
    },
    Network {
        id: Id,
    },
    #[default]
    Coach,
    Professional {
        id: Id,
    },
    /// Someone typed in who is not (yet) on one of the lists.
    Other {
        name: String,
        side: Side,
    },
}

/// Which side of the "household and network vs professionals" share a
/// carrier counts on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    #[default]
    HouseholdAndNetwork,
    Professionals,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgreementStatus {
    #[default]
    Agreed,
    Done,
    Dropped,
}

/// A concrete step: what, who carries it, by when.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Agreement {
    pub id: Id,
    pub what: String,
    /// Who carries it: the first is the one chosen in "who" (or
    /// [`Carrier::Unset`] while nobody is), the rest carry it together
    /// with them ("the eldest goes to the open day with the youth
    /// worker"). Never empty in a file; each carrier at most once, and
    /// `Unset` only as the sole entry.
    pub carriers: Vec<Carrier>,
    /// Members the agreement is for ("the youngest joins the football
    /// club", carried by a parent); empty: not said. Not written when
    /// empty, so a file without it is the same as before the field existed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub for_members: Vec<Id>,
    /// A date or free text such as "this week".
    pub by_when: String,
    pub domain: Option<DomainId>,
    pub status: AgreementStatus,
    /// ISO date the agreement was made.
    pub created: String,
    /// A word on why, given when it was reviewed at a re-assessment.
    pub review_note: String,
}

/// A typed (not drawn) signature.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Signature {
    pub name: String,
    /// ISO date.
    pub date: String,
}

/// The plan is co-owned: both sides sign, and it says when to look again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct CoOwnership {
    /// ISO date of the next review.
    pub review_date: String,
    pub residents: Vec<Signature>,
    pub coach: Signature,
    /// ISO date-time (UTC) of the last change, stamped by the shell.
    pub last_changed: String,
}

impl Intake {
    /// Hands out a fresh identifier.
    pub fn next_id(&mut self) -> Id {
        self.next_id += 1;
        self.next_id
    }

    /// The answers for a domain, created empty on first use.
    pub fn domain_mut(&mut self, domain: &DomainId) -> &mut DomainAnswers {
        if let Some(i) = self.domains.iter().position(|d| &d.domain == domain) {
            return &mut self.domains[i];
        }
        self.domains.push(DomainAnswers {
            domain: domain.clone(),
            ..DomainAnswers::default()
        });
        self.domains.last_mut().expect("just pushed")
    }

    /// Removes a member. Their agreements keep their name as a typed-in
    /// carrier, and nobody is left linked to someone who is gone.
    pub fn remove_member(&mut self, id: Id) {
        let Some(i) = self.household.members.iter().position(|m| m.id == id) else {
            return;
        };
        let name = self.household.members.remove(i).name;
        self.orphan_carrier(&Carrier::Member { id }, name, Side::HouseholdAndNetwork);
        for p in &mut self.professionals {
            p.members.retain(|m| *m != id);
        }
        for a in &mut self.agreements {
            a.for_members.retain(|m| *m != id);
        }
        for a in &mut self.assessments {
            a.rungs.retain(|r| r.member != Some(id));
        }
    }

    /// Removes a network person, keeping their agreements (see
    /// [`Intake::remove_member`]).
    pub fn remove_network(&mut self, id: Id) {
        let Some(i) = self.network.iter().position(|n| n.id == id) else {
            return;
        };
        let name = self.network.remove(i).name;
        self.orphan_carrier(&Carrier::Network { id }, name, Side::HouseholdAndNetwork);
        for d in &mut self.domains {
            d.network.retain(|n| *n != id);
        }
    }

    /// Removes a professional, keeping their agreements (see
    /// [`Intake::remove_member`]).
    pub fn remove_professional(&mut self, id: Id) {
        let Some(i) = self.professionals.iter().position(|p| p.id == id) else {
            return;
        };
        let name = self.professionals.remove(i).organisation;
        self.orphan_carrier(&Carrier::Professional { id }, name, Side::Professionals);
        for d in &mut self.domains {
            d.professionals.retain(|p| *p != id);
        }
    }

    fn orphan_carrier(&mut self, carrier: &Carrier, name: String, side: Side) {
        for c in self
            .agreements
            .iter_mut()
            .flat_map(|a| a.carriers.iter_mut())
            .filter(|c| *c == carrier)
        {
            *c = Carrier::Other {
                name: name.clone(),
                side,
            };
        }
    }

    pub fn domain(&self, domain: &DomainId) -> Option<&DomainAnswers> {
        self.domains.iter().find(|d| &d.domain == domain)
    }

    /// The assessment being filled in now (the last one), created on first use.
    pub fn current_assessment_mut(&mut self, today: &str) -> &mut Assessment {
        if self.assessments.is_empty() {
            let id = self.next_id();
            self.assessments.push(Assessment {
                id,
                date: today.to_string(),
                rungs: Vec::new(),
            });
        }
        self.assessments.last_mut().expect("not empty")
    }

    pub fn current_assessment(&self) -> Option<&Assessment> {
        self.assessments.last()
    }

    /// The assessment before the current one, if any.
    pub fn previous_assessment(&self) -> Option<&Assessment> {
        let n = self.assessments.len();
        (n >= 2).then(|| &self.assessments[n - 2])
    }
}

impl Agreement {
    /// The one chosen in "who"; [`Carrier::Unset`] while nobody is.
    pub fn carrier(&self) -> &Carrier {
        self.carriers.first().unwrap_or(&Carrier::Unset)
    }

    /// Those who carry it together with the first.
    pub fn also_carried_by(&self) -> &[Carrier] {
        self.carriers.get(1..).unwrap_or(&[])
    }

    /// Whether `carrier` is one of those who carry it.
    pub fn is_carried_by(&self, carrier: &Carrier) -> bool {
        self.carrier() == carrier || self.also_carried_by().contains(carrier)
    }
}

impl Assessment {
    pub fn entry(&self, domain: &DomainId, member: Option<Id>) -> Option<&RungEntry> {
        self.rungs
            .iter()
            .find(|r| &r.domain == domain && r.member == member)
    }

    pub fn entry_mut(&mut self, domain: &DomainId, member: Option<Id>) -> &mut RungEntry {
        if let Some(i) = self
            .rungs
            .iter()
            .position(|r| &r.domain == domain && r.member == member)
        {
            return &mut self.rungs[i];
        }
        self.rungs.push(RungEntry {
            domain: domain.clone(),
            member,
            ..RungEntry::default()
        });
        self.rungs.last_mut().expect("just pushed")
    }
}
