//! The document's own wording lives in `locales/<lang>.json` under the
//! prefix `doc_` (headings, labels, month names), beside the UI's texts,
//! so every language has one source. Natively every text is at hand; in
//! the browser the document is rendered by the intake's chunk, after its
//! texts are in (`i18n::register_rest`).
//!
//! Words guide (see `tests/document_texts.rs`): written to the household,
//! no "probleem" headings, no "cliënt", "armoede", "kwetsbaar", no grades.

use crate::domain::text::Lang;
use crate::i18n::Key;

/// The month names, January first.
const MONTHS: [Key; 12] = [
    Key::doc_month_1,
    Key::doc_month_2,
    Key::doc_month_3,
    Key::doc_month_4,
    Key::doc_month_5,
    Key::doc_month_6,
    Key::doc_month_7,
    Key::doc_month_8,
    Key::doc_month_9,
    Key::doc_month_10,
    Key::doc_month_11,
    Key::doc_month_12,
];

/// Every key of the document's own wording (tests check them all).
pub fn keys() -> impl Iterator<Item = Key> {
    Key::ALL
        .iter()
        .copied()
        .filter(|k| k.name().starts_with("doc_"))
}

/// "2026-11-22" → "22 november 2026" / "22 November 2026". Anything that
/// is not a plain ISO date is returned as typed (the caller escapes it).
pub fn date(text: &str, lang: Lang) -> String {
    let t = text.trim();
    let parts: Vec<&str> = t.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if let [y, m, d] = parts[..] {
        if digits(y, 4) && digits(m, 2) && digits(d, 2) {
            let (m, d): (usize, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                let month = MONTHS[m - 1].get(lang);
                return format!("{d} {month} {y}");
            }
        }
    }
    text.to_string()
}
