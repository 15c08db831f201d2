//! Text that cannot scramble: characters that change how text around them
//! is shown without being visible themselves — bidi overrides, embeddings
//! and isolates (a U+202E in a name reverses the rest of the line) and
//! control characters (shown as boxes, or nothing) — are removed from
//! everything a person types and from every imported file. Tab and newline
//! stay: answers have lines. Counted, so the person is told.

/// Whether `c` is removed: U+202A–U+202E, U+2066–U+2069, and C0/C1
/// controls (and DEL) except tab and newline. A carriage return goes too:
/// a pasted `\r\n` keeps its `\n`.
pub fn is_removed(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || (c.is_control() && c != '\t' && c != '\n')
}

/// `text` without the removed characters, and how many went.
pub fn clean(text: &str) -> (String, usize) {
    let mut text = text.to_string();
    let removed = clean_in_place(&mut text);
    (text, removed)
}

/// [`clean`] on text already owned: no copy when nothing is removed, which
/// is every keystroke but the rare one (edits and files pass here).
pub fn clean_in_place(text: &mut String) -> usize {
    let removed = text.chars().filter(|c| is_removed(*c)).count();
    if removed > 0 {
        text.retain(|c| !is_removed(c));
    }
    removed
}

/// Cleans every string in a JSON value (not the keys: an unknown key is
/// dropped anyway, a known one is plain ASCII); returns how many went.
pub fn clean_json(value: &mut serde_json::Value) -> usize {
    use serde_json::Value;
    match value {
        Value::String(s) => clean_in_place(s),
        Value::Array(xs) => xs.iter_mut().map(clean_json).sum(),
        Value::Object(m) => m.values_mut().map(clean_json).sum(),
        _ => 0,
    }
}
