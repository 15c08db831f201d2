//! The sentence of the import question that names the fields a file
//! brought and the app leaves out ([`super::format::Loaded::dropped_fields`]).
//!
//! A file may hold any number of them: naming hundreds fills the screen,
//! and a screen reader reads them for minutes before the question. So a
//! few are named and the rest counted ("en nog 7 andere"). Each name is the
//! file's own key, in Latin script whatever the page's language: the
//! screen isolates each one ([`Piece::Field`] is shown in a `<bdi>`), so in
//! an Arabic sentence a key with dots and brackets keeps its order and
//! does not pull the words around it out of theirs.

use super::Lang;
use crate::i18n::{t, tn, Key};

/// At most this many fields are named; the rest are counted.
pub const NAMED: usize = 5;

/// A part of the sentence: words, or a field's name to isolate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Field(String),
}

/// The sentence in `lang` for `fields` (not empty), in order: the
/// `import_dropped_body` text around the first [`NAMED`] fields, separated
/// by `import_dropped_separator`, and "and N more" for the rest.
pub fn dropped_sentence(lang: Lang, fields: &[String]) -> Vec<Piece> {
    let body = t(lang, Key::import_dropped_body);
    // The placeholder is there: a municipality's wording must keep it
    // (`crate::overrides`); without it the fields would go unsaid.
    let (before, after) = body.split_once("{fields}").unwrap_or((body, ""));
    let mut pieces = vec![Piece::Text(before.to_string())];
    for (i, field) in fields.iter().take(NAMED).enumerate() {
        if i > 0 {
            pieces.push(Piece::Text(t(lang, Key::import_dropped_separator).into()));
        }
        pieces.push(Piece::Field(field.clone()));
    }
    let more = fields.len().saturating_sub(NAMED);
    if more > 0 {
        let text = tn(lang, Key::import_dropped_more, more as u64);
        pieces.push(Piece::Text(format!(" {text}")));
    }
    pieces.push(Piece::Text(after.to_string()));
    pieces
}
