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
/// says what, and "someone else" has a name.
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
        if matches!(&a.carrier, Carrier::Other { name, .. } if name.trim().is_empty()) {
            gaps.push(Missing::AgreementWho(a.id));
        }
    }
    gaps
}

/// How far along an intake is: domains done or set aside for now, of all
/// the catalogue's domains.
pub fn progress(intake: &Intake, catalogue: &Catalogue) -> (usize, usize) {
    let settled = catalogue
        .domains
        .iter()
        .filter(|d| {
            intake
                .domain(&d.id)
                .is_some_and(|a| matches!(a.status, DomainStatus::Done | DomainStatus::Skipped))
        })
        .count();
    (settled, catalogue.domains.len())
}
