//! A draft locked with a passphrase, as it is stored: a sealed record with
//! everything needed to open it again except the passphrase. The record is
//! plain JSON so storage can keep it where a draft goes; only the label the
//! person chose is readable, the plan itself is AES-GCM ciphertext.
//!
//! This module is the pure part: the record's shape, reading it back with
//! every field checked (a record that does not pass is refused before any
//! key is derived from it), base64, and the rules for a passphrase and a
//! label. The cryptography runs in the browser (`ui::crypto`, WebCrypto).

use serde::{Deserialize, Serialize};

/// The `format` value of a sealed record; a plan file never carries it.
pub const FORMAT: &str = "keukentafel-locked";
/// The record version this app writes and reads.
pub const VERSION: u32 = 1;
/// PBKDF2-SHA256 iterations for a new lock (OWASP's figure for 2023 on).
pub const ITERATIONS: u32 = 600_000;
/// Fewer is refused: a record with a weaker key was not written by us.
pub const MIN_ITERATIONS: u32 = 600_000;
/// More is refused too: a tampered record must not make the device derive
/// a key for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// AES-GCM appends a 16-byte tag to the ciphertext.
pub const TAG_BYTES: usize = 16;
/// The plan inside is at most a plan file's size (JSON, so one byte per
/// byte plus the tag).
pub const MAX_CIPHERTEXT_BYTES: usize = super::format::MAX_FILE_BYTES + TAG_BYTES;
/// The label is shown on the start screen: short, and never a name.
pub const MAX_LABEL_CHARS: usize = 40;
/// Shorter passphrases are refused: with no way back in, a typo-sized
/// passphrase is still guessable offline.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
pub const MAX_PASSPHRASE_CHARS: usize = 500;

/// The record as stored (all binary fields base64, standard alphabet, padded).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sealed {
    /// Always [`FORMAT`].
    pub format: String,
    pub version: u32,
    /// What the start screen shows; chosen by the person.
    pub label: String,
    pub salt: String,
    pub iterations: u32,
    pub iv: String,
    pub ciphertext: String,
}

/// A record's fields, decoded and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedParts {
    pub label: String,
    pub salt: Vec<u8>,
    pub iterations: u32,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// Why a stored text is not a sealed record we can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealedError {
    /// Not a sealed record at all (e.g. an unlocked draft).
    NotSealed,
    /// A sealed record of a later version of the app.
    NewerVersion { found: u32 },
    /// A sealed record, but a field is missing, malformed or out of range.
    Malformed { field: &'static str },
}

/// What is wrong with a passphrase or label a person typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockProblem {
    PassphraseTooShort,
    PassphraseTooLong,
    /// The two passphrase fields differ.
    PassphrasesDiffer,
    LabelEmpty,
    LabelTooLong,
}

impl SealedParts {
    /// The stored form.
    pub fn to_record(&self) -> Sealed {
        Sealed {
            format: FORMAT.to_string(),
            version: VERSION,
            label: self.label.clone(),
            salt: encode(&self.salt),
            iterations: self.iterations,
            iv: encode(&self.iv),
            ciphertext: encode(&self.ciphertext),
        }
    }

    pub fn to_json(&self) -> String {
        // A struct of strings and numbers always serialises.
        serde_json::to_string(&self.to_record()).unwrap_or_default()
    }
}

/// True when `text` looks like a sealed record (cheap: no full parse), so
/// a draft list can tell a locked draft from a damaged one.
pub fn is_sealed(text: &str) -> bool {
    let head: String = text.chars().take(64).collect();
    head.trim_start().starts_with('{') && text.contains(&format!("\"format\":\"{FORMAT}\""))
}

/// Reads a stored text as a sealed record, checking every field.
pub fn parse(text: &str) -> Result<SealedParts, SealedError> {
    use SealedError::*;
    if !is_sealed(text) {
        return Err(NotSealed);
    }
    // The ciphertext as base64 is 4/3 of its bytes; anything much larger
    // is not ours and is not parsed.
    if text.len() > MAX_CIPHERTEXT_BYTES / 3 * 4 + 4096 {
        return Err(Malformed {
            field: "ciphertext",
        });
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|_| Malformed { field: "record" })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(NotSealed);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) if v > u64::from(VERSION) => {
            return Err(NewerVersion {
                found: u32::try_from(v).unwrap_or(u32::MAX),
            })
        }
        _ => return Err(Malformed { field: "version" }),
    }
    // By reference: the `&Value` deserialiser is in the chunk already
    // (`format::load`); `from_value` would add the owned one.
    let record = Sealed::deserialize(&value).map_err(|_| Malformed { field: "record" })?;
    let label = record.label.trim().to_string();
    if label.is_empty() || label.chars().count() > MAX_LABEL_CHARS || has_control(&label) {
        return Err(Malformed { field: "label" });
    }
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&record.iterations) {
        return Err(Malformed {
            field: "iterations",
        });
    }
    let salt = decode(&record.salt)
        .filter(|s| s.len() == SALT_BYTES)
        .ok_or(Malformed { field: "salt" })?;
    let iv = decode(&record.iv)
        .filter(|s| s.len() == IV_BYTES)
        .ok_or(Malformed { field: "iv" })?;
    let ciphertext = decode(&record.ciphertext)
        .filter(|c| (TAG_BYTES..=MAX_CIPHERTEXT_BYTES).contains(&c.len()))
        .ok_or(Malformed {
            field: "ciphertext",
        })?;
    Ok(SealedParts {
        label,
        salt,
        iterations: record.iterations,
        iv,
        ciphertext,
    })
}

fn has_control(s: &str) -> bool {
    s.chars().any(hidden)
}

/// Characters a person cannot see but that change what a line shows
/// (control characters, bidi overrides and isolates, zero-width ones).
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Checks what a person typed to lock a draft; returns the label as it will
/// be stored (trimmed).
pub fn check_new_lock(passphrase: &str, repeat: &str, label: &str) -> Result<String, LockProblem> {
    let chars = passphrase.chars().count();
    if chars < MIN_PASSPHRASE_CHARS {
        return Err(LockProblem::PassphraseTooShort);
    }
    if chars > MAX_PASSPHRASE_CHARS {
        return Err(LockProblem::PassphraseTooLong);
    }
    if passphrase != repeat {
        return Err(LockProblem::PassphrasesDiffer);
    }
    // Invisible characters are dropped rather than refused: they cannot be
    // seen, so the person could not tell what to take out.
    let label: String = label.chars().filter(|&c| !hidden(c)).collect();
    let label = label.trim();
    if label.is_empty() {
        return Err(LockProblem::LabelEmpty);
    }
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(LockProblem::LabelTooLong);
    }
    Ok(label.to_string())
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 with padding; `None` for anything else (wrong length,
/// a character outside the alphabet, bits after the end).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32);
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, quad) in bytes.chunks(4).enumerate() {
        let last = index == bytes.len() / 4 - 1;
        let pad = quad.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &quad[..4 - pad] {
            n = (n << 6) | value(c)?;
        }
        n <<= 6 * pad as u32;
        let got = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        // Bits a correct encoder leaves zero must be zero: one text, one value.
        if got[3 - pad..].iter().any(|&b| b != 0) {
            return None;
        }
        out.extend_from_slice(&got[..3 - pad]);
    }
    Some(out)
}
