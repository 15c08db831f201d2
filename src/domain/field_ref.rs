//! A typed reference to one field a person fills in. It gives the
//! element id the screen renders, and the same id is the target of an
//! error-summary link and of a "change" link on the check page, so an id
//! such as `agreement-7-what` is written in one place only.

use super::catalogue::Field;
use super::edit::{IntakeText, PeopleList, PersonField, SignatureField, Signer};
use super::model::{DomainId, Id};

/// A part of one agreement's row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgreementPart {
    What,
    Who,
    OtherName,
    OtherSide,
    /// The list to pick who carries it together with the first.
    With,
    When,
    Status,
    Note,
}

/// One field on a screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldRef {
    Text(IntakeText),
    Person(PeopleList, Id, PersonField),
    /// A professional's tick for one member.
    PersonMember(PeopleList, Id, Id),
    /// A question of a domain (both ladder fields share the ladder's id).
    Domain(DomainId, Field),
    Agreement(Id, AgreementPart),
    /// An agreement's tick for one member it is for.
    AgreementFor(Id, Id),
    Signature(Signer, SignatureField),
}

fn list_prefix(list: PeopleList) -> &'static str {
    match list {
        PeopleList::Members => "member",
        PeopleList::Network => "network",
        PeopleList::Professionals => "professional",
    }
}

fn person_field(field: PersonField) -> &'static str {
    match field {
        PersonField::Name => "name",
        PersonField::Role => "role",
        PersonField::BirthYear => "birth-year",
        PersonField::Relation => "relation",
        PersonField::HelpsWith => "helps-with",
        PersonField::Organisation => "organisation",
        PersonField::Contact => "contact",
    }
}

fn domain_field(field: Field) -> &'static str {
    match field {
        Field::GoingWell => "going-well",
        Field::Strengths => "strengths",
        Field::Wants => "wants",
        Field::RungNow | Field::RungWanted => "ladder",
        Field::Worries => "worries",
        Field::Network => "network",
        Field::Professionals => "professionals",
        Field::Notes => "notes",
        Field::Agreements => "agreements",
    }
}

impl FieldRef {
    /// The element id, e.g. `member-3-name`, `work-going-well`.
    pub fn id(&self) -> String {
        match self {
            FieldRef::Text(t) => match t {
                IntakeText::HouseholdName => "household-name",
                IntakeText::ContactName => "contact-name",
                IntakeText::ContactOrganisation => "contact-organisation",
                IntakeText::ContactReach => "contact-reach",
                IntakeText::ReviewDate => "plan-review-date",
            }
            .to_string(),
            FieldRef::Person(list, id, field) => {
                format!("{}-{id}-{}", list_prefix(*list), person_field(*field))
            }
            FieldRef::PersonMember(list, id, member) => {
                format!("{}-{id}-member-{member}", list_prefix(*list))
            }
            FieldRef::Domain(domain, field) => {
                format!("{}-{}", domain.as_str(), domain_field(*field))
            }
            FieldRef::Agreement(id, part) => {
                let part = match part {
                    AgreementPart::What => "what",
                    AgreementPart::Who => "who",
                    AgreementPart::OtherName => "other-name",
                    AgreementPart::OtherSide => "other-side",
                    AgreementPart::With => "with",
                    AgreementPart::When => "when",
                    AgreementPart::Status => "status",
                    AgreementPart::Note => "note",
                };
                format!("agreement-{id}-{part}")
            }
            FieldRef::AgreementFor(id, member) => format!("agreement-{id}-for-{member}"),
            FieldRef::Signature(signer, field) => {
                let field = match field {
                    SignatureField::Name => "name",
                    SignatureField::Date => "date",
                };
                match signer {
                    Signer::Coach => format!("plan-coach-{field}"),
                    Signer::Resident(n) => format!("plan-resident-{n}-{field}"),
                }
            }
        }
    }
}

impl From<super::checks::Missing> for FieldRef {
    /// The field a gap found by `checks` is fixed in.
    fn from(gap: super::checks::Missing) -> Self {
        use super::checks::Missing as M;
        match gap {
            M::HouseholdName => FieldRef::Text(IntakeText::HouseholdName),
            M::MemberName(id) => FieldRef::Person(PeopleList::Members, id, PersonField::Name),
            M::AgreementWhat(id) => FieldRef::Agreement(id, AgreementPart::What),
            M::AgreementWho(id) => FieldRef::Agreement(id, AgreementPart::OtherName),
            M::AgreementCarrier(id) => FieldRef::Agreement(id, AgreementPart::Who),
        }
    }
}
