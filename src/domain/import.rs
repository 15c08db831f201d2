//! Opening a plan file: whether it can open at once or the person is asked
//! first. A plan already on the device (same fingerprint, so the same
//! content whenever it was last saved) is never overwritten and never
//! silently duplicated; nor is a file opened silently when fields were
//! left out of it.

use super::catalogue::Catalogue;
use super::format::Loaded;
use super::model::Intake;
use super::plan::build_plan;

/// A plan on the device with the same fingerprint as the file.
#[derive(Clone, Debug, PartialEq)]
pub struct SamePlan<K> {
    /// How the shell finds it again (a draft id).
    pub key: K,
    pub name: String,
    pub fingerprint: String,
}

/// The readable part of an exported page prints another fingerprint than
/// its data has: someone changed one of them. The person sees both.
#[derive(Clone, Debug, PartialEq)]
pub struct Mismatch {
    /// As printed in the readable page (the first that differs).
    pub printed: String,
    /// Of the data the app would open.
    pub data: String,
}

/// What to do with a file that was read without errors.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportDecision<K> {
    /// New to this device and complete: open it as a new draft.
    Open(Box<Intake>),
    /// Ask first: the same plan is here already, and/or fields were left
    /// out, and/or the readable page and the data differ, and/or
    /// characters that scramble text were removed.
    Ask {
        loaded: Box<Loaded>,
        same: Option<SamePlan<K>>,
        mismatch: Option<Mismatch>,
    },
}

/// Decides for `loaded` against the plans on the device (`on_device`, in
/// list order; the first with the same fingerprint is the one named).
pub fn decide_import<'a, K>(
    loaded: Loaded,
    catalogue: &Catalogue,
    on_device: impl IntoIterator<Item = (K, &'a Intake)>,
) -> ImportDecision<K> {
    let fingerprint = build_plan(&loaded.intake, catalogue).fingerprint;
    let same = on_device.into_iter().find_map(|(key, intake)| {
        let plan = build_plan(intake, catalogue);
        (plan.fingerprint == fingerprint).then_some(SamePlan {
            key,
            name: plan.household_name,
            fingerprint: plan.fingerprint,
        })
    });
    // The fingerprint hashes the catalogue's wording of every domain, so
    // it can only be checked when this app knows all the file's domains;
    // a plan from an embedding with its own domains cannot be checked here.
    let checkable = knows_every_domain(&loaded.intake, catalogue);
    let mismatch = loaded
        .printed_fingerprints
        .iter()
        .filter(|_| checkable)
        .find(|printed| **printed != fingerprint)
        .map(|printed| Mismatch {
            printed: printed.clone(),
            data: fingerprint.clone(),
        });
    if same.is_none()
        && loaded.dropped_fields.is_empty()
        && mismatch.is_none()
        && loaded.cleaned_chars == 0
    {
        ImportDecision::Open(Box::new(loaded.intake))
    } else {
        ImportDecision::Ask {
            loaded: Box::new(loaded),
            same,
            mismatch,
        }
    }
}

/// Whether every domain the intake mentions is in `catalogue`.
fn knows_every_domain(i: &Intake, catalogue: &Catalogue) -> bool {
    let ids = i
        .domains
        .iter()
        .map(|d| &d.domain)
        .chain(i.agreements.iter().filter_map(|a| a.domain.as_ref()))
        .chain(
            i.assessments
                .iter()
                .flat_map(|a| a.rungs.iter().map(|r| &r.domain)),
        )
        .chain(i.network.iter().flat_map(|p| &p.domains))
        .chain(i.professionals.iter().flat_map(|p| &p.domains));
    ids.into_iter().all(|id| catalogue.domain(id).is_some())
}

/// Tells plans of the same name apart in the list of drafts, as "keep both"
/// makes them: for each name in list order, `None` for the first of its
/// name, then 2, 3, … for the later ones ("Familie Jansen (kopie 2)" on
/// screen). The plan itself keeps its name, so a copy kept beside the
/// original still has the same content and fingerprint.
pub fn copy_numbers(names: &[&str]) -> Vec<Option<u32>> {
    let key = |n: &str| n.trim().to_lowercase();
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let before = names[..i].iter().filter(|n| key(n) == key(name)).count();
            (before > 0).then(|| before as u32 + 1)
        })
        .collect()
}
