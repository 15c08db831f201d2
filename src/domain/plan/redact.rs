//! A copy for one service: the resident picks which domains and which
//! sections go in; the copy says plainly that it is partial and what is
//! left out, and gets its own fingerprint.

use serde::{Deserialize, Serialize};

use super::{share, short_fingerprint, AsideDomain, InvolvedKind, Partial, Plan};
use crate::domain::model::{Carrier, DomainId, Id};

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
    /// The share line under the agreement list ("who carries the
    /// agreements"), on its own: a copy may list agreements without it.
    Share,
    /// Network people and professionals (the contact person stays).
    Involved,
    /// Review date and signatures.
    Signatures,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::GoingWell,
        Section::Wants,
        Section::Ladders,
        Section::Worries,
        Section::Notes,
        Section::Agreements,
        Section::Share,
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
    /// Household members left out (children's names, say): their name is
    /// in no part of the copy. Their agreements stay, carried by "a
    /// household member".
    #[serde(default)]
    pub left_out_members: Vec<Id>,
}

impl Redaction {
    /// Keeps everything in `plan` (the starting point of the picker).
    pub fn everything(plan: &Plan) -> Redaction {
        Redaction {
            domains: plan.domains.iter().map(|d| d.id.clone()).collect(),
            sections: Section::ALL.to_vec(),
            left_out_members: Vec::new(),
        }
    }

    /// The same, with these household members left out too (ids the plan
    /// does not have are ignored).
    pub fn without_members(mut self, plan: &Plan, members: &[Id]) -> Redaction {
        self.left_out_members = plan
            .members
            .iter()
            .map(|m| m.id)
            .filter(|id| members.contains(id))
            .collect();
        self
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
            left_out_members: Vec::new(),
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
    let gone_ids: Vec<Id> = full
        .members
        .iter()
        .map(|m| m.id)
        .filter(|id| keep.left_out_members.contains(id))
        .collect();
    if left_out_domains.is_empty() && left_out_sections.is_empty() && gone_ids.is_empty() {
        return full.clone();
    }

    let mut copy = full.clone();
    leave_out_members(&mut copy, &gone_ids);
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
    // Over the agreements in the copy only; zero when the share is left
    // out, so the copy holds no figure it does not show.
    copy.share = if keep.keeps(Section::Share) {
        share(&copy.agreements)
    } else {
        Default::default()
    };

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
        left_out_members: gone_ids.len() as u32,
    });
    copy.fingerprint = short_fingerprint(&copy);
    copy
}

/// Takes the members' names out of every part of the plan: the household
/// list, ladder lines, "for whom", helpers' "for" and carriers (whose name
/// is emptied: the document then says "a household member, not in this
/// copy"). Names typed into the household's own words cannot be found
/// this way; the picker says so.
fn leave_out_members(copy: &mut Plan, gone: &[Id]) {
    if gone.is_empty() {
        return;
    }
    let names: Vec<String> = copy
        .members
        .iter()
        .filter(|m| gone.contains(&m.id))
        .map(|m| m.name.clone())
        .collect();
    // A name also borne by a member who stays is kept for them.
    let kept_names: Vec<String> = copy
        .members
        .iter()
        .filter(|m| !gone.contains(&m.id))
        .map(|m| m.name.clone())
        .collect();
    let gone_name = |n: &String| names.contains(n) && !kept_names.contains(n);
    copy.members.retain(|m| !gone.contains(&m.id));
    for d in &mut copy.domains {
        d.rungs
            .retain(|r| !r.member.is_some_and(|id| gone.contains(&id)));
    }
    let carried_by_gone = |c: &Carrier| matches!(c, Carrier::Member { id } if gone.contains(id));
    for g in &mut copy.agreements {
        let by_gone = carried_by_gone(&g.carrier);
        if by_gone {
            g.name.clear();
            g.detail.clear();
        }
        for a in &mut g.agreements {
            a.for_names.retain(|n| !gone_name(n));
            if by_gone {
                a.carrier_name.clear();
            }
        }
    }
    // The same agreements inside the domains: by id, as grouped above.
    let emptied: Vec<Id> = copy
        .agreements
        .iter()
        .filter(|g| carried_by_gone(&g.carrier))
        .flat_map(|g| g.agreements.iter().map(|a| a.id))
        .collect();
    for d in &mut copy.domains {
        for a in &mut d.agreements {
            a.for_names.retain(|n| !gone_name(n));
            if emptied.contains(&a.id) {
                a.carrier_name.clear();
            }
        }
    }
    for p in &mut copy.involved {
        p.members.retain(|n| !gone_name(n));
    }
}
