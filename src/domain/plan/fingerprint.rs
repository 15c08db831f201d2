//! The plan's fingerprint: people compare four short groups of characters
//! to see whether two copies say the same thing.
//!
//! What is hashed: the plan view model as built (household and contact,
//! members, every domain with its catalogue wording in both languages, the
//! grouped agreements and share, everyone involved, assessment dates,
//! review date, signatures, and on a redacted copy what is left out).
//! What is not: `last_changed` (an edit that is undone should give the
//! same fingerprint back), the fingerprint itself, and a domain's
//! `ladder_len` (it follows from the catalogue, like the rung texts that
//! are hashed, and was added after plans were printed with their
//! fingerprints: hashing it would change every existing fingerprint).
//!
//! Canonical serialisation: compact `serde_json` of the [`Plan`] struct.
//! Every part is a struct or a list (no maps), so field order is the
//! declaration order and list order is the plan's order; strings are
//! hashed as their UTF-8 bytes, without normalisation. A version tag is
//! hashed first, so a future change of this scheme cannot collide.

use sha2::{Digest, Sha256};

use super::Plan;

const SCHEME: &[u8] = b"keukentafel-plan-fingerprint/1\n";

/// SHA-256 over the canonical serialisation described above.
pub fn content_hash(plan: &Plan) -> [u8; 32] {
    let mut content = plan.clone();
    content.fingerprint = String::new();
    content.last_changed = String::new();
    let bytes =
        serde_json::to_vec(&content).expect("plan serialises: only strings, numbers and lists");
    let mut h = Sha256::new();
    h.update(SCHEME);
    h.update(&bytes);
    h.finalize().into()
}

/// The first 8 bytes of [`content_hash`] as `xxxx-xxxx-xxxx-xxxx`
/// (lowercase hex): short enough to read aloud, 64 bits so two different
/// plans practically never share one.
pub fn short_fingerprint(plan: &Plan) -> String {
    let hash = content_hash(plan);
    let hex: String = hash[..8].iter().map(|b| format!("{b:02x}")).collect();
    hex.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).expect("hex is ascii"))
        .collect::<Vec<_>>()
        .join("-")
}
