//! Every change a person can make to an intake, as a value, and the one
//! function that makes it: [`Intake::apply`]. The screens send an [`Edit`];
//! the rules (fresh ids, links that must resolve, what a removal keeps,
//! what a re-assessment resets, the limits the file format checks on load)
//! live here, so they are tested natively and a change cannot leave an
//! intake that its own file would refuse.
//!
//! Dates come in with the edit (`today`): the core has no clock.

use super::clean::clean_in_place;
use super::date::{birth_year, is_valid_date_field, DateField};
use super::format::{MAX_LIST_ITEMS, MAX_RUNG, MAX_TEXT_CHARS};
use super::model::*;

mod carrier;
pub use carrier::CarrierPick;

/// A text of the household as a whole, or of the plan's sign-off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntakeText {
    HouseholdName,
    ContactName,
    ContactOrganisation,
    ContactReach,
    ReviewDate,
}

/// The three lists of people the household page edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeopleList {
    Members,
    Network,
    Professionals,
}

/// A text field of one person in a [`PeopleList`]. Each list has its own
/// three; a field of another list is refused ([`EditError::NoSuchField`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonField {
    /// Member, network person.
    Name,
    /// Member's role, professional's role.
    Role,
    /// Member: a year, or empty. Fewer than four digits (still being
    /// typed) is stored as no year; letters, or a year outside the range,
    /// are refused ([`EditError::NotADate`]).
    BirthYear,
    /// Network person.
    Relation,
    /// Network person.
    HelpsWith,
    /// Professional.
    Organisation,
    /// Professional.
    Contact,
}

/// A free-text answer within a domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DomainText {
    GoingWell,
    Wants,
    Worries,
    Notes,
}

/// Which of a ladder's two answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RungSide {
    Now,
    Wanted,
}

/// A text of one agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgreementText {
    What,
    ByWhen,
    ReviewNote,
    /// The name of a typed-in carrier; only while the carrier is "other".
    OtherName,
}

/// Who signs: a resident (by row, 0-based) or the coach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signer {
    Resident(usize),
    Coach,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureField {
    Name,
    Date,
}

/// Every change a person can make to an intake.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetText(IntakeText, String),
    /// Adds an empty person; [`Applied::Added`] carries the new id.
    AddPerson(PeopleList),
    /// Removes a person; their agreements keep their name as a typed-in
    /// carrier and every link to them goes (see [`Intake::remove_member`]).
    RemovePerson(PeopleList, Id),
    SetPerson(PeopleList, Id, PersonField, String),
    /// Whether a professional works with one member (none: the whole household).
    SetProfessionalMember {
        professional: Id,
        member: Id,
        on: bool,
    },
    /// The person opened a domain: not started becomes in progress.
    OpenDomain(DomainId),
    /// Finished or left for now.
    SetDomainStatus(DomainId, DomainStatus),
    SetDomainText(DomainId, DomainText, String),
    /// Picks or unpicks a strength suggestion (by its catalogue id).
    SetStrength {
        domain: DomainId,
        strength: String,
        on: bool,
    },
    /// Marks a network person (`list` = Network) or professional
    /// (`list` = Professionals) as involved in a domain.
    SetInvolved {
        domain: DomainId,
        list: PeopleList,
        id: Id,
        on: bool,
    },
    /// An answer on a ladder in the current assessment (started `today`
    /// when there is none yet). `member`: `None` for the household.
    SetRung {
        domain: DomainId,
        member: Option<Id>,
        side: RungSide,
        answer: LadderAnswer,
        today: String,
    },
    /// A new dated assessment; every domain not left for now starts again.
    StartReassessment {
        today: String,
    },
    /// A new empty agreement for a domain, made `today`.
    AddAgreement {
        domain: DomainId,
        today: String,
    },
    RemoveAgreement(Id),
    SetAgreementText(Id, AgreementText, String),
    /// The one who carries it (the "who" list): the first carrier.
    SetCarrier(Id, CarrierPick),
    /// Someone on a list who carries it together with the first carrier.
    AddCarrier(Id, CarrierPick),
    /// Takes away a carrier added with [`Edit::AddCarrier`] (index 1 on;
    /// the first is changed with [`Edit::SetCarrier`]).
    RemoveCarrier(Id, usize),
    /// The side a typed-in carrier counts on.
    SetOtherSide(Id, Side),
    SetAgreementStatus(Id, AgreementStatus),
    /// Ticks (`on`) or unticks a member the agreement is for.
    SetAgreementFor {
        agreement: Id,
        member: Id,
        on: bool,
    },
    /// A resident signature row; [`Applied::AddedRow`] carries its index.
    /// The form always shows one row, so the first added is row 1.
    AddResident,
    RemoveResident(usize),
    /// A resident row is stored (with any before it) on its first edit, so
    /// opening the plan never changes the intake.
    SetSignature(Signer, SignatureField, String),
    /// The shell stamps the moment it saved (not counted as a change).
    StampSaved {
        at: String,
    },
}

/// What an edit did, for the shell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    Changed,
    /// A new person or agreement with this id.
    Added(Id),
    /// A new resident signature row at this index.
    AddedRow(usize),
    /// Nothing to change (already so); the shell need not save.
    Unchanged,
    /// A text was changed after `removed` characters that scramble text
    /// were taken out of it (see [`super::clean`]); the shell tells the
    /// person, so nothing is changed silently.
    Cleaned {
        removed: usize,
    },
}

/// Why an edit was refused; the intake is left as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// No person with this id in that list (removed meanwhile).
    NoSuchPerson(PeopleList, Id),
    NoSuchAgreement(Id),
    /// That list has no such field (a screen's mistake).
    NoSuchField(PeopleList, PersonField),
    /// A rung beyond the longest ladder, or 0.
    RungOutOfRange(u8),
    /// A text longer than a plan file may hold.
    TextTooLong {
        max: usize,
    },
    /// A list as long as a plan file may hold.
    ListFull {
        max: usize,
    },
    /// "Other"'s name or side on an agreement whose carrier is someone on a list.
    NotTypedIn(Id),
    /// A second carrier must be someone on a list, not yet carrying it,
    /// added after the first is chosen; only an added one can be taken
    /// away this way.
    NotASecondCarrier(Id),
    /// Only done and skipped are set directly; in progress comes from
    /// opening a domain, not started from a re-assessment.
    StatusNotSettable(DomainStatus),
    /// Not a real date (or year) in a sane year; names the field.
    NotADate(DateField),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for EditError {}

fn text(value: String) -> Result<String, EditError> {
    if value.chars().count() > MAX_TEXT_CHARS {
        Err(EditError::TextTooLong {
            max: MAX_TEXT_CHARS,
        })
    } else {
        Ok(value)
    }
}

fn room(len: usize) -> Result<(), EditError> {
    if len >= MAX_LIST_ITEMS {
        Err(EditError::ListFull {
            max: MAX_LIST_ITEMS,
        })
    } else {
        Ok(())
    }
}

/// Adds or removes `item`; `Unchanged` when it already was so.
fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) -> Result<Applied, EditError> {
    let present = list.contains(&item);
    if on && !present {
        room(list.len())?;
        list.push(item);
        Ok(Applied::Changed)
    } else if !on && present {
        list.retain(|x| *x != item);
        Ok(Applied::Changed)
    } else {
        Ok(Applied::Unchanged)
    }
}

/// Refuses an edit whose date is not a real one, before anything changes.
fn check_dates(edit: &Edit) -> Result<(), EditError> {
    use Edit as E;
    let (field, text) = match edit {
        E::SetText(IntakeText::ReviewDate, v) => (DateField::ReviewDate, v),
        E::SetSignature(_, SignatureField::Date, v) => (DateField::SignatureDate, v),
        E::SetRung { today, .. } | E::StartReassessment { today } => {
            (DateField::AssessmentDate, today)
        }
        _ => return Ok(()),
    };
    if is_valid_date_field(text.trim()) {
        Ok(())
    } else {
        Err(EditError::NotADate(field))
    }
}

impl Edit {
    /// The edit with its typed text cleaned, and how many characters went.
    fn cleaned(mut self) -> (Edit, usize) {
        use Edit as E;
        let typed = match &mut self {
            E::SetText(_, v)
            | E::SetPerson(_, _, _, v)
            | E::SetDomainText(_, _, v)
            | E::SetAgreementText(_, _, v)
            | E::SetSignature(_, _, v)
            // A strength is a catalogue id, but an embedding's own domains
            // bring their own ids: what is stored must load back the same.
            | E::SetStrength { strength: v, .. } => Some(v),
            _ => None,
        };
        let removed = typed.map_or(0, clean_in_place);
        (self, removed)
    }
}

impl Intake {
    /// Makes one change, or refuses it and leaves the intake as it was.
    /// Typed text is cleaned here, the one place every edit passes.
    pub fn apply(&mut self, edit: Edit) -> Result<Applied, EditError> {
        let (edit, removed) = edit.cleaned();
        check_dates(&edit)?;
        let applied = self.apply_clean(edit)?;
        Ok(match applied {
            Applied::Changed if removed > 0 => Applied::Cleaned { removed },
            other => other,
        })
    }

    fn apply_clean(&mut self, edit: Edit) -> Result<Applied, EditError> {
        use Edit as E;
        match edit {
            E::SetText(field, value) => {
                let value = text(value)?;
                *match field {
                    IntakeText::HouseholdName => &mut self.household.display_name,
                    IntakeText::ContactName => &mut self.household.contact.name,
                    IntakeText::ContactOrganisation => &mut self.household.contact.organisation,
                    IntakeText::ContactReach => &mut self.household.contact.reach,
                    IntakeText::ReviewDate => &mut self.co_ownership.review_date,
                } = value;
                Ok(Applied::Changed)
            }
            E::AddPerson(list) => self.add_person(list),
            E::RemovePerson(list, id) => {
                self.person_exists(list, id)?;
                match list {
                    PeopleList::Members => self.remove_member(id),
                    PeopleList::Network => self.remove_network(id),
                    PeopleList::Professionals => self.remove_professional(id),
                }
                Ok(Applied::Changed)
            }
            E::SetPerson(list, id, field, value) => self.set_person(list, id, field, value),
            E::SetProfessionalMember {
                professional,
                member,
                on,
            } => {
                if on {
                    self.person_exists(PeopleList::Members, member)?;
                }
                let p = self
                    .professionals
                    .iter_mut()
                    .find(|p| p.id == professional)
                    .ok_or(EditError::NoSuchPerson(
                        PeopleList::Professionals,
                        professional,
                    ))?;
                toggle(&mut p.members, member, on)
            }
            E::OpenDomain(domain) => {
                let answers = self.domain_mut(&domain);
                if answers.status == DomainStatus::NotStarted {
                    answers.status = DomainStatus::InProgress;
                    Ok(Applied::Changed)
                } else {
                    Ok(Applied::Unchanged)
                }
            }
            E::SetDomainStatus(domain, status) => {
                if !matches!(status, DomainStatus::Done | DomainStatus::Skipped) {
                    return Err(EditError::StatusNotSettable(status));
                }
                let answers = self.domain_mut(&domain);
                if answers.status == status {
                    return Ok(Applied::Unchanged);
                }
                answers.status = status;
                Ok(Applied::Changed)
            }
            E::SetDomainText(domain, field, value) => {
                let value = text(value)?;
                let a = self.domain_mut(&domain);
                *match field {
                    DomainText::GoingWell => &mut a.going_well,
                    DomainText::Wants => &mut a.wants,
                    DomainText::Worries => &mut a.worries,
                    DomainText::Notes => &mut a.notes,
                } = value;
                Ok(Applied::Changed)
            }
            E::SetStrength {
                domain,
                strength,
                on,
            } => {
                let strength = text(strength)?;
                if !on && self.domain(&domain).is_none() {
                    return Ok(Applied::Unchanged);
                }
                toggle(&mut self.domain_mut(&domain).strengths, strength, on)
            }
            E::SetInvolved {
                domain,
                list,
                id,
                on,
            } => {
                if list == PeopleList::Members {
                    return Err(EditError::NoSuchPerson(list, id));
                }
                // Unticking someone who is gone is fine; ticking is not.
                if on {
                    self.person_exists(list, id)?;
                } else if self.domain(&domain).is_none() {
                    return Ok(Applied::Unchanged);
                }
                let a = self.domain_mut(&domain);
                let ids = if list == PeopleList::Network {
                    &mut a.network
                } else {
                    &mut a.professionals
                };
                toggle(ids, id, on)
            }
            E::SetRung {
                domain,
                member,
                side,
                answer,
                today,
            } => {
                if let LadderAnswer::Rung(r) = answer {
                    if r == 0 || r > MAX_RUNG {
                        return Err(EditError::RungOutOfRange(r));
                    }
                }
                if let Some(m) = member {
                    self.person_exists(PeopleList::Members, m)?;
                }
                let entry = self
                    .current_assessment_mut(&today)
                    .entry_mut(&domain, member);
                match side {
                    RungSide::Now => entry.now = answer,
                    RungSide::Wanted => entry.wanted = answer,
                }
                Ok(Applied::Changed)
            }
            E::StartReassessment { today } => {
                room(self.assessments.len())?;
                let id = self.next_id();
                self.assessments.push(Assessment {
                    id,
                    date: today,
                    rungs: Vec::new(),
                });
                for d in &mut self.domains {
                    if d.status != DomainStatus::Skipped {
                        d.status = DomainStatus::NotStarted;
                    }
                }
                Ok(Applied::Added(id))
            }
            E::AddAgreement { domain, today } => {
                room(self.agreements.len())?;
                let id = self.next_id();
                self.agreements.push(Agreement {
                    id,
                    domain: Some(domain),
                    created: today,
                    carriers: vec![Carrier::Unset],
                    ..Agreement::default()
                });
                Ok(Applied::Added(id))
            }
            E::RemoveAgreement(id) => {
                self.agreement_mut(id)?;
                self.agreements.retain(|a| a.id != id);
                Ok(Applied::Changed)
            }
            E::SetAgreementText(id, field, value) => {
                let value = text(value)?;
                let a = self.agreement_mut(id)?;
                match field {
                    AgreementText::What => a.what = value,
                    AgreementText::ByWhen => a.by_when = value,
                    AgreementText::ReviewNote => a.review_note = value,
                    AgreementText::OtherName => match a.carriers.first_mut() {
                        Some(Carrier::Other { name, .. }) => *name = value,
                        _ => return Err(EditError::NotTypedIn(id)),
                    },
                }
                Ok(Applied::Changed)
            }
            E::SetCarrier(id, pick) => {
                match pick {
                    CarrierPick::Member(p) => self.person_exists(PeopleList::Members, p)?,
                    CarrierPick::Network(p) => self.person_exists(PeopleList::Network, p)?,
                    CarrierPick::Professional(p) => {
                        self.person_exists(PeopleList::Professionals, p)?
                    }
                    CarrierPick::Unset | CarrierPick::Coach | CarrierPick::Other => {}
                }
                let a = self.agreement_mut(id)?;
                let first = pick.carrier(a.carrier());
                a.carriers = if first == Carrier::Unset {
                    // Nobody chosen leaves nobody to carry it together with.
                    vec![Carrier::Unset]
                } else {
                    // Whoever becomes the first is not also a second.
                    let rest = a.also_carried_by().iter().filter(|c| **c != first);
                    let rest: Vec<Carrier> = rest.cloned().collect();
                    std::iter::once(first).chain(rest).collect()
                };
                Ok(Applied::Changed)
            }
            E::AddCarrier(id, pick) => {
                match pick {
                    CarrierPick::Member(p) => self.person_exists(PeopleList::Members, p)?,
                    CarrierPick::Network(p) => self.person_exists(PeopleList::Network, p)?,
                    CarrierPick::Professional(p) => {
                        self.person_exists(PeopleList::Professionals, p)?
                    }
                    CarrierPick::Coach => {}
                    CarrierPick::Unset | CarrierPick::Other => {
                        return Err(EditError::NotASecondCarrier(id))
                    }
                }
                let a = self.agreement_mut(id)?;
                let c = pick.carrier(&Carrier::Unset);
                if *a.carrier() == Carrier::Unset || a.is_carried_by(&c) {
                    return Err(EditError::NotASecondCarrier(id));
                }
                room(a.carriers.len())?;
                a.carriers.push(c);
                Ok(Applied::Changed)
            }
            E::RemoveCarrier(id, index) => {
                let a = self.agreement_mut(id)?;
                if index == 0 || index >= a.carriers.len() {
                    return Err(EditError::NotASecondCarrier(id));
                }
                a.carriers.remove(index);
                Ok(Applied::Changed)
            }
            E::SetOtherSide(id, new_side) => {
                let a = self.agreement_mut(id)?;
                match a.carriers.first_mut() {
                    Some(Carrier::Other { side, .. }) => *side = new_side,
                    _ => return Err(EditError::NotTypedIn(id)),
                }
                Ok(Applied::Changed)
            }
            E::SetAgreementStatus(id, status) => {
                self.agreement_mut(id)?.status = status;
                Ok(Applied::Changed)
            }
            E::SetAgreementFor {
                agreement,
                member,
                on,
            } => {
                if on {
                    self.person_exists(PeopleList::Members, member)?;
                }
                let list = &mut self.agreement_mut(agreement)?.for_members;
                list.retain(|m| *m != member);
                if on {
                    list.push(member);
                }
                Ok(Applied::Changed)
            }
            E::AddResident => {
                let index = self.co_ownership.residents.len().max(1);
                self.resident_mut(index)?;
                Ok(Applied::AddedRow(index))
            }
            E::RemoveResident(index) => {
                let list = &mut self.co_ownership.residents;
                if index < list.len() {
                    list.remove(index);
                    Ok(Applied::Changed)
                } else {
                    // A row that was shown but never typed in is not stored.
                    Ok(Applied::Unchanged)
                }
            }
            E::SetSignature(signer, field, value) => {
                let value = text(value)?;
                let signature = match signer {
                    Signer::Coach => &mut self.co_ownership.coach,
                    Signer::Resident(index) => self.resident_mut(index)?,
                };
                match field {
                    SignatureField::Name => signature.name = value,
                    SignatureField::Date => signature.date = value,
                }
                Ok(Applied::Changed)
            }
            E::StampSaved { at } => {
                self.co_ownership.last_changed = at;
                Ok(Applied::Changed)
            }
        }
    }

    fn person_exists(&self, list: PeopleList, id: Id) -> Result<(), EditError> {
        let found = match list {
            PeopleList::Members => self.household.members.iter().any(|m| m.id == id),
            PeopleList::Network => self.network.iter().any(|n| n.id == id),
            PeopleList::Professionals => self.professionals.iter().any(|p| p.id == id),
        };
        found.then_some(()).ok_or(EditError::NoSuchPerson(list, id))
    }

    fn agreement_mut(&mut self, id: Id) -> Result<&mut Agreement, EditError> {
        self.agreements
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(EditError::NoSuchAgreement(id))
    }

    fn resident_mut(&mut self, index: usize) -> Result<&mut Signature, EditError> {
        let list = &mut self.co_ownership.residents;
        if index >= MAX_LIST_ITEMS {
            return Err(EditError::ListFull {
                max: MAX_LIST_ITEMS,
            });
        }
        while list.len() <= index {
            list.push(Signature::default());
        }
        Ok(&mut list[index])
    }

    fn add_person(&mut self, list: PeopleList) -> Result<Applied, EditError> {
        let len = match list {
            PeopleList::Members => self.household.members.len(),
            PeopleList::Network => self.network.len(),
            PeopleList::Professionals => self.professionals.len(),
        };
        room(len)?;
        let id = self.next_id();
        match list {
            PeopleList::Members => self.household.members.push(Member {
                id,
                ..Member::default()
            }),
            PeopleList::Network => self.network.push(NetworkPerson {
                id,
                ..NetworkPerson::default()
            }),
            PeopleList::Professionals => self.professionals.push(Professional {
                id,
                ..Professional::default()
            }),
        }
        Ok(Applied::Added(id))
    }

    fn set_person(
        &mut self,
        list: PeopleList,
        id: Id,
        field: PersonField,
        value: String,
    ) -> Result<Applied, EditError> {
        use PersonField as F;
        let value = text(value)?;
        let missing = EditError::NoSuchPerson(list, id);
        let wrong = EditError::NoSuchField(list, field);
        match list {
            PeopleList::Members => {
                let m = self
                    .household
                    .members
                    .iter_mut()
                    .find(|m| m.id == id)
                    .ok_or(missing)?;
                match field {
                    F::Name => m.name = value,
                    F::Role => m.role = value,
                    F::BirthYear => {
                        m.birth_year = birth_year(&value)
                            .map_err(|()| EditError::NotADate(DateField::BirthYear))?
                    }
                    _ => return Err(wrong),
                }
            }
            PeopleList::Network => {
                let n = self
                    .network
                    .iter_mut()
                    .find(|n| n.id == id)
                    .ok_or(missing)?;
                match field {
                    F::Name => n.name = value,
                    F::Relation => n.relation = value,
                    F::HelpsWith => n.helps_with = value,
                    _ => return Err(wrong),
                }
            }
            PeopleList::Professionals => {
                let p = self
                    .professionals
                    .iter_mut()
                    .find(|p| p.id == id)
                    .ok_or(missing)?;
                match field {
                    F::Organisation => p.organisation = value,
                    F::Role => p.role = value,
                    F::Contact => p.contact = value,
                    _ => return Err(wrong),
                }
            }
        }
        Ok(Applied::Changed)
    }
}
