//! Revisions of a stored draft (issue 15, two tabs). Every save says which
//! revision it was made from; the store keeps it only if that is still
//! the stored one, and stamps it with the next. A save made from an older
//! revision (another tab saved meanwhile) is stale: it does not overwrite,
//! it is kept aside as [`Unmerged`] and merged three-way with what is
//! stored, against the revision it was made from ([`recover`]).

use super::format;
use super::merge::{merge, Merged};
use serde_json::{Map, Value};

/// Stored beside a draft: its revision and the one it was written from.
/// A draft saved before revisions existed has none and reads as 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stamp {
    pub rev: u64,
    pub base: u64,
}

impl Stamp {
    /// Reads a stored stamp ("rev base"); missing or unreadable is 0.
    pub fn parse(text: Option<&str>) -> Stamp {
        let mut parts = text
            .unwrap_or_default()
            .split(' ')
            .map(|p| p.parse::<u64>().ok());
        match (parts.next().flatten(), parts.next().flatten()) {
            (Some(rev), base) => Stamp {
                rev,
                base: base.unwrap_or(0),
            },
            _ => Stamp::default(),
        }
    }

    pub fn to_text(self) -> String {
        format!("{} {}", self.rev, self.base)
    }
}

/// What a write may do, given the revision it was made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// The stored revision is the expected one: write, stamped so.
    Fresh(Stamp),
    /// Another writer stored a newer revision meanwhile: do not overwrite.
    Stale,
}

/// The revision rule. `expected` is the revision the write was made from,
/// `None` when the writer does not merge (it writes over whatever is
/// stored, and still stamps the next revision so other writers notice).
pub fn check(expected: Option<u64>, stored: Stamp) -> Check {
    match expected {
        Some(base) if base != stored.rev => Check::Stale,
        _ => Check::Fresh(Stamp {
            rev: stored.rev + 1,
            base: stored.rev,
        }),
    }
}

/// One writer's side of a draft that could not be stored over the stored
/// one (a stale write, or a page that went away before its write was
/// confirmed): kept beside the draft until it is merged in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmerged {
    /// The revision `mine` was made from.
    pub rev: u64,
    /// That revision's text, the merge's common base (absent: unknown).
    pub base: Option<String>,
    /// This side's draft, as it would have been stored.
    pub mine: String,
}

// Through `Value`, as plan files are read: a derived (de)serialiser of its
// own would add about as much code to the intake chunk as the rest of this.
impl Unmerged {
    pub fn to_json(&self) -> String {
        let mut record = Map::new();
        record.insert("rev".into(), self.rev.into());
        record.insert("base".into(), self.base.clone().into());
        record.insert("mine".into(), self.mine.clone().into());
        Value::Object(record).to_string()
    }

    pub fn from_json(text: &str) -> Option<Unmerged> {
        let record: Value = serde_json::from_str(text).ok()?;
        Some(Unmerged {
            rev: record.get("rev")?.as_u64()?,
            base: record.get("base")?.as_str().map(str::to_string),
            mine: record.get("mine")?.as_str()?.to_string(),
        })
    }
}

/// What becomes of `unmerged` given the stored draft and its revision:
/// when nothing was stored since it was made, it is simply this side's
/// draft; otherwise both sides merged against its base, conflicts listed
/// (each holding this side's value, for the person to choose). `None` when
/// this side's text is not a readable draft: the record is then left as it
/// is, never dropped.
pub fn recover(unmerged: &Unmerged, stored: Option<&str>, stored_rev: u64) -> Option<Merged> {
    let mine = format::from_json(&unmerged.mine).ok()?;
    let theirs = stored.and_then(|s| format::from_json(s).ok());
    let Some(theirs) = theirs.filter(|_| stored_rev != unmerged.rev) else {
        // Not moved since (or gone, or not readable): this side is newer.
        return Some(Merged {
            intake: mine,
            conflicts: Vec::new(),
        });
    };
    // Without its base every field both sides filled differently asks.
    let base = unmerged
        .base
        .as_deref()
        .and_then(|b| format::from_json(b).ok())
        .unwrap_or_default();
    Some(merge(&base, &mine, &theirs))
}
