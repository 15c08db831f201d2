//! What keeps a page from being complete, decided here so it is tested
//! natively; the screens only say it in words and point at the field.

use super::catalogue::Catalogue;
use super::model::{Carrier, DomainId, DomainStatus, Id, Intake};

/// Something the household page still needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The name the household wants to be called by.
    HouseholdName,
    /// A member row without a name (fill it in, or remove the row).
    MemberName(Id),
    /// An agreement that does not say what is agreed.
    AgreementWhat(Id),
    /// An agreement carried by "someone else" without a name.
    AgreementWho(Id),
    /// An agreement nobody has been chosen for yet.
    AgreementCarrier(Id),
}

/// The household page's gaps, in page order.
pub fn household_gaps(intake: &Intake) -> Vec<Missing> {
    let mut gaps = Vec::new();
    if intake.household.display_name.trim().is_empty() {
        gaps.push(Missing::HouseholdName);
    }
    gaps.extend(
        intake
            .household
            .members
            .iter()
            .filter(|m| m.name.trim().is_empty())
            .map(|m| Missing::MemberName(m.id)),
    );
    gaps
}

/// The gaps in one domain's agreements, in list order: each agreement
/// says what, someone carries it, and "someone else" has a name.
pub fn agreement_gaps(intake: &Intake, domain: &DomainId) -> Vec<Missing> {
    let mut gaps = Vec::new();
    for a in intake
        .agreements
        .iter()
        .filter(|a| a.domain.as_ref() == Some(domain))
    {
        if a.what.trim().is_empty() {
            gaps.push(Missing::AgreementWhat(a.id));
        }
        if *a.carrier() == Carrier::Unset {
            gaps.push(Missing::AgreementCarrier(a.id));
        }
        if matches!(a.carrier(), Carrier::Other { name, .. } if name.trim().is_empty()) {
            gaps.push(Missing::AgreementWho(a.id));
        }
    }
    gaps
}

/// How far along an intake is, of all the catalogue's domains: done, and
/// set aside for later ("not now") apart, so a domain put off is never
/// counted as done.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    /// Put off with "not now".
    pub later: usize,
    pub total: usize,
}

pub fn progress(intake: &Intake, catalogue: &Catalogue) -> Progress {
    let mut p = Progress {
        total: catalogue.domains.len(),
        ..Progress::default()
    };
    for d in &catalogue.domains {
        match intake.domain(&d.id).map(|a| a.status) {
            Some(DomainStatus::Done) => p.done += 1,
            Some(DomainStatus::Skipped) => p.later += 1,
            _ => {}
        }
    }
    p
}
