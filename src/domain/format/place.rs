//! A place in a plan file in the person's words: `agreements[3].carriers`
//! reads "afspraken (nummer 4), wie het doet". A message that names a JSON
//! key says nothing to someone who has never seen the file's inside, and
//! nothing at all in Arabic or Ukrainian. The words are the screens' own
//! (the `format_place_…` keys of `locales/`).
//!
//! Only places of the format are put in words, each by its whole path, so
//! a key means what it means where it stands (`members` of a household and
//! of an organisation are both people of the household). From the first
//! key the format does not know, the rest of the path is shown as it is
//! (already cleaned, see [`super::key_place`], and isolated): it is the
//! file's own word, and the person may recognise it.

use crate::domain::text::Lang;
use crate::i18n::{t, tf, Key};

/// The format's places, by path with list positions left out (`[]`).
const PLACES: &[(&str, Key)] = &[
    ("household", Key::format_place_household),
    ("household.display_name", Key::format_place_name),
    ("household.members", Key::format_place_members),
    ("household.members[].name", Key::format_place_name),
    ("household.members[].role", Key::format_place_role),
    (
        "household.members[].birth_year",
        Key::format_place_birth_year,
    ),
    ("household.contact", Key::format_place_contact),
    ("household.contact.name", Key::format_place_name),
    (
        "household.contact.organisation",
        Key::format_place_organisation,
    ),
    ("household.contact.reach", Key::format_place_reach),
    ("network", Key::format_place_network),
    ("network[].name", Key::format_place_name),
    ("network[].relation", Key::format_place_relation),
    ("network[].helps_with", Key::format_place_helps_with),
    ("network[].domains", Key::format_place_domains),
    ("professionals", Key::format_place_professionals),
    (
        "professionals[].organisation",
        Key::format_place_organisation,
    ),
    ("professionals[].role", Key::format_place_does),
    ("professionals[].contact", Key::format_place_reach),
    ("professionals[].members", Key::format_place_members),
    ("professionals[].domains", Key::format_place_domains),
    ("domains", Key::format_place_domains),
    ("domains[].status", Key::format_place_status),
    ("domains[].going_well", Key::format_place_going_well),
    ("domains[].strengths", Key::format_place_strengths),
    ("domains[].wants", Key::format_place_wants),
    ("domains[].worries", Key::format_place_worries),
    ("domains[].network", Key::format_place_network),
    ("domains[].professionals", Key::format_place_professionals),
    ("domains[].notes", Key::format_place_notes),
    ("assessments", Key::format_place_assessments),
    ("assessments[].date", Key::format_place_date),
    ("assessments[].rungs", Key::format_place_rungs),
    ("agreements", Key::format_place_agreements),
    ("agreements[].what", Key::format_place_what),
    ("agreements[].carriers", Key::format_place_carriers),
    ("agreements[].carriers[].name", Key::format_place_name),
    ("agreements[].for_members", Key::format_place_for_members),
    ("agreements[].by_when", Key::format_place_by_when),
    ("agreements[].status", Key::format_place_status),
    ("agreements[].review_note", Key::format_place_review_note),
    ("co_ownership", Key::format_place_signing),
    ("co_ownership.review_date", Key::format_place_review_date),
    ("co_ownership.residents", Key::format_place_residents),
    ("co_ownership.residents[].name", Key::format_place_name),
    ("co_ownership.residents[].date", Key::format_place_date),
    ("co_ownership.coach", Key::format_place_contact),
    ("co_ownership.coach.name", Key::format_place_name),
    ("co_ownership.coach.date", Key::format_place_date),
];

fn known(pattern: &str) -> Option<Key> {
    PLACES.iter().find(|(p, _)| *p == pattern).map(|(_, k)| *k)
}

/// A path's key and its list positions: `carriers[2]` is `("carriers",
/// [2])`; `None` when the brackets are not positions as the checks write
/// them (plain digits, no sign, no leading zero): a key of the file that
/// only looks like one stays the file's own.
fn split_positions(part: &str) -> Option<(&str, Vec<usize>)> {
    let Some((name, mut rest)) = part.split_once('[') else {
        return Some((part, Vec::new()));
    };
    let mut positions = Vec::new();
    loop {
        let (number, after) = rest.split_once(']')?;
        let plain = number.bytes().all(|b| b.is_ascii_digit())
            && (number == "0" || !number.starts_with('0'));
        if !plain {
            return None;
        }
        positions.push(number.parse().ok()?);
        if after.is_empty() {
            return Some((name, positions));
        }
        rest = after.strip_prefix('[')?;
    }
}

/// `path` (as in [`super::LoadError::path`], not empty) in `lang`'s words.
pub fn describe(path: &str, lang: Lang) -> String {
    let mut pattern = String::new();
    let mut parts: Vec<String> = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        let (part, tail) = rest.split_once('.').unwrap_or((rest, ""));
        let found = split_positions(part).and_then(|(name, positions)| {
            let whole = if pattern.is_empty() {
                name.to_string()
            } else {
                format!("{pattern}.{name}")
            };
            known(&whole).map(|key| (whole, key, positions))
        });
        let Some((whole, key, positions)) = found else {
            // The file's own key, and everything below it, as it is;
            // isolated (U+2068 … U+2069, the plain-text `<bdi>`), so a key
            // in Latin script keeps its order in an Arabic sentence.
            parts.push(format!("\u{2068}{rest}\u{2069}"));
            break;
        };
        let mut words = t(lang, key).to_string();
        pattern = whole;
        for at in positions {
            let n = at.saturating_add(1).to_string();
            words = tf(
                lang,
                Key::format_place_item,
                &[("place", &words), ("n", &n)],
            );
            pattern.push_str("[]");
        }
        parts.push(words);
        rest = tail;
    }
    let mut parts = parts.into_iter();
    let first = parts.next().unwrap_or_default();
    parts.fold(first, |outer, inner| {
        tf(
            lang,
            Key::format_place_join,
            &[("outer", &outer), ("inner", &inner)],
        )
    })
}
