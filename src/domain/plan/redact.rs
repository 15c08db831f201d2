//! A copy for one service: the resident picks which domains and which
//! sections go in; the copy says plainly that it is partial and what is
//! left out, and gets its own fingerprint.

use serde::{Deserialize, Serialize};

use super::{share, short_fingerprint, AsideDomain, InvolvedKind, Partial, Plan};
use crate::domain::model::DomainId;

/// Parts of a domain or of the plan the resident can leave out. The
/// household's name, the contact person and the strengths picked in a
/// kept domain always go in: a copy must say whose plan it is and whom to
/// call, and start from what goes well.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// What goes well (own words; the picked strengths stay).
    GoingWell,
    Wants,
    /// Rung now → wanted and movement.
    Ladders,
    Worries,
    Notes,
    /// The agreement list, the share, and agreements inside domains.
    Agreements,
    /// Network people and professionals (the contact person stays).
    Involved,
    /// Review date and signatures.
    Signatures,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::GoingWell,
        Section::Wants,
        Section::Ladders,
        Section::Worries,
        Section::Notes,
        Section::Agreements,
        Section::Involved,
        Section::Signatures,
    ];
}

/// What to keep.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redaction {
    /// Domains kept in the copy.
    pub domains: Vec<DomainId>,
    /// Sections kept in the copy.
    pub sections: Vec<Section>,
}

impl Redaction {
    /// Keeps everything in `plan` (the starting point of the picker).
    pub fn everything(plan: &Plan) -> Redaction {
        Redaction {
            domains: plan.domains.iter().map(|d| d.id.clone()).collect(),
            sections: Section::ALL.to_vec(),
        }
    }

    /// Keeps everything in `plan` except what the person unticked. A
    /// domain that is not in the plan cannot be left out; one that
    /// appears later is kept until unticked.
    pub fn leaving_out(plan: &Plan, domains: &[DomainId], sections: &[Section]) -> Redaction {
        Redaction {
            domains: plan
                .domains
                .iter()
                .map(|d| d.id.clone())
                .filter(|id| !domains.contains(id))
                .collect(),
            sections: Section::ALL
                .into_iter()
                .filter(|s| !sections.contains(s))
                .collect(),
        }
    }

    fn keeps(&self, s: Section) -> bool {
        self.sections.contains(&s)
    }
}

/// The copy of `full` that keeps only what `keep` says. If nothing is left
/// out, the result is `full` unchanged (not marked partial).
///
/// - Domains not kept disappear, and so do agreements in them; agreements
///   without a domain stay. The share is recomputed over what the copy
///   shows, so the figure always matches the list on the page.
/// - Network people and professionals stay when they have no domains
///   listed or at least one kept domain.
pub fn redact(full: &Plan, keep: &Redaction) -> Plan {
    let kept = |id: &DomainId| keep.domains.contains(id);
    let left_out_domains: Vec<AsideDomain> = full
        .domains
        .iter()
        .filter(|d| !kept(&d.id))
        .map(|d| AsideDomain {
            id: d.id.clone(),
            name: d.name.clone(),
            status: d.status,
        })
        .collect();
    let left_out_sections: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|s| !keep.keeps(*s))
        .collect();
    if left_out_domains.is_empty() && left_out_sections.is_empty() {
        return full.clone();
    }

    let mut copy = full.clone();
    copy.domains.retain(|d| kept(&d.id));
    copy.set_aside.retain(|d| kept(&d.id));
    for d in &mut copy.domains {
        if !keep.keeps(Section::GoingWell) {
            d.going_well.clear();
        }
        if !keep.keeps(Section::Wants) {
            d.wants.clear();
        }
        if !keep.keeps(Section::Ladders) {
            d.rungs.clear();
        }
        if !keep.keeps(Section::Worries) {
            d.worries.clear();
        }
        if !keep.keeps(Section::Notes) {
            d.notes.clear();
        }
        if !keep.keeps(Section::Agreements) {
            d.agreements.clear();
        }
        if !keep.keeps(Section::Involved) {
            d.network.clear();
            d.professionals.clear();
        }
    }
    if !keep.keeps(Section::Ladders) {
        copy.assessment_date = None;
        copy.previous_assessment_date = None;
    }

    if keep.keeps(Section::Agreements) {
        for g in &mut copy.agreements {
            g.agreements.retain(|a| a.domain.as_ref().is_none_or(kept));
        }
        copy.agreements.retain(|g| !g.agreements.is_empty());
    } else {
        copy.agreements.clear();
    }
    copy.share = share(&copy.agreements);

    if keep.keeps(Section::Involved) {
        copy.involved.retain(|p| {
            p.kind == InvolvedKind::Contact || p.domains.is_empty() || p.domains.iter().any(kept)
        });
        // A helper kept in the copy must not name the topics left out.
        for p in &mut copy.involved {
            p.domains.retain(kept);
        }
    } else {
        copy.involved.retain(|p| p.kind == InvolvedKind::Contact);
    }
    if !keep.keeps(Section::Signatures) {
        copy.review_date.clear();
        copy.residents.clear();
        copy.coach = Default::default();
    }

    copy.partial = Some(Partial {
        left_out_domains,
        left_out_sections,
    });
    copy.fingerprint = short_fingerprint(&copy);
    copy
}
