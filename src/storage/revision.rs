//! Where a draft's revision and its unmerged sides are kept, and what one
//! guarded write stores (the rule itself: `domain::revision`). Pure: the
//! IndexedDB transaction (`idb::write_guarded`) reads the stored stamps
//! and writes what [`plan`] says, all in one transaction.
//!
//! Keys, beside the draft `{ns}.draft.{id}`:
//! - `{ns}.rev.{id}`: its [`Stamp`] ("rev base");
//! - `{ns}.unmerged.{id}.{writer}`: one writer's side not yet merged in.

use super::mirror::Batch;
use crate::domain::locked::is_sealed;
use crate::domain::revision::{check, Check, Stamp, Unmerged};

const DRAFT: &str = ".draft.";

fn split(draft_key: &str) -> Option<(&str, &str)> {
    draft_key
        .split_once(DRAFT)
        .filter(|(ns, id)| !ns.is_empty() && !id.is_empty())
}

/// The stamp's key of a draft's key (`None`: not a draft's key).
pub fn rev_key(draft_key: &str) -> Option<String> {
    split(draft_key).map(|(ns, id)| format!("{ns}.rev.{id}"))
}

/// Where every unmerged side of a draft starts.
pub fn unmerged_prefix(draft_key: &str) -> Option<String> {
    split(draft_key).map(|(ns, id)| format!("{ns}.unmerged.{id}."))
}

/// Where `writer`'s unmerged side of a draft is kept.
pub fn unmerged_key(draft_key: &str, writer: &str) -> Option<String> {
    unmerged_prefix(draft_key).map(|p| format!("{p}{writer}"))
}

/// A draft in a batch, written only if the store still holds the revision
/// it was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guard {
    /// The draft's key.
    pub key: String,
    /// The revision it was made from (`None`: write over any).
    pub base: Option<u64>,
    /// That revision's text, kept with an unmerged side for the merge.
    pub base_text: Option<String>,
}

/// The revision a write of `mine` is made from, if it merges: a sealed
/// (locked) text never does, whatever its guard says, so no side of it is
/// ever kept with a plaintext base.
fn merging_base(guard: &Guard, mine: &str) -> Option<u64> {
    guard.base.filter(|_| !is_sealed(mine))
}

/// A guarded draft that was not written: another writer's revision is
/// stored, and this writer's side is kept as unmerged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stale {
    pub key: String,
    pub stored: Stamp,
}

/// What one guarded write stores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Planned {
    /// Every change, the batch's and the stamps and unmerged sides.
    pub write: Batch,
    pub stale: Vec<Stale>,
}

/// What to store for `batch` (written by `writer`), given the stamp stored
/// now for each guard (`stored[i]` for `guards[i]`). A fresh draft is
/// stamped with the next revision and its writer's unmerged side, now in
/// it, removed; a stale one is not written: its side is kept as unmerged.
pub fn plan(batch: &Batch, guards: &[Guard], stored: &[Stamp], writer: &str) -> Planned {
    let mut planned = Planned {
        write: batch.clone(),
        stale: Vec::new(),
    };
    for (guard, stored) in guards.iter().zip(stored) {
        let Some(Some(mine)) = batch.get(&guard.key) else {
            continue;
        };
        let (Some(rev_key), Some(side_key)) =
            (rev_key(&guard.key), unmerged_key(&guard.key, writer))
        else {
            continue;
        };
        match check(merging_base(guard, mine), *stored) {
            Check::Stale => {
                let side = Unmerged {
                    rev: guard.base.unwrap_or(stored.rev),
                    base: guard.base_text.clone(),
                    mine: mine.clone(),
                };
                planned.write.remove(&guard.key);
                planned.write.insert(side_key, Some(side.to_json()));
                planned.stale.push(Stale {
                    key: guard.key.clone(),
                    stored: *stored,
                });
            }
            Check::Fresh(next) => {
                planned.write.insert(rev_key, Some(next.to_text()));
                planned.write.insert(side_key, None);
            }
        }
    }
    planned
}

/// What to write into a store emptied under the running app (its site data
/// cleared): everything this tab holds, but each guarded draft written from
/// "nothing stored" (revision 0) rather than from a revision the store no
/// longer has, which would read as stale and store nothing. The tab's old
/// stamps of those drafts are left out: the write stamps them afresh, and
/// if another tab stored one first, the usual merge takes over.
pub fn after_emptied(everything: Batch, guards: &[Guard]) -> (Batch, Vec<Guard>) {
    let mut write = everything;
    let guards = guards
        .iter()
        .map(|g| {
            if let Some(k) = rev_key(&g.key) {
                write.remove(&k);
            }
            Guard {
                base: g.base.map(|_| 0),
                ..g.clone()
            }
        })
        .collect();
    (write, guards)
}

/// Each guarded draft of `batch` kept as `writer`'s unmerged side, to store
/// at once when the page goes away: if the page is gone before its guarded
/// write is confirmed, the next start finds this side and merges it in.
/// Drafts written over any revision (a locked draft's sealed text) keep
/// nothing: their base would be plaintext.
pub fn keep(batch: &Batch, guards: &[Guard], writer: &str) -> Batch {
    guards
        .iter()
        .filter_map(|guard| {
            let mine = batch.get(&guard.key)?.clone()?;
            let rev = merging_base(guard, &mine)?;
            let side = Unmerged {
                rev,
                base: guard.base_text.clone(),
                mine,
            };
            Some((unmerged_key(&guard.key, writer)?, Some(side.to_json())))
        })
        .collect()
}
