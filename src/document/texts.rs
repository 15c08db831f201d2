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

/// Every key of the document's own wording (tests check them all).
pub fn keys() -> impl Iterator<Item = Key> {
    Key::ALL
        .iter()
        .copied()
        .filter(|k| k.name().starts_with("doc_"))
}

/// "2026-11-22" → "22 november 2026" / "22 November 2026", in the
/// language's own pattern ([`super::locale_format::long_date`]). Anything
/// that is not a real ISO date is returned as typed (the caller escapes it).
pub fn date(text: &str, lang: Lang) -> String {
    super::locale_format::long_date(text, lang)
}
