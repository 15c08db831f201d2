//! Text someone typed (a name, an answer), shown inside the app's own
//! words: isolated, so a Dutch name with punctuation inside Arabic text, or
//! an Arabic name inside Dutch text, keeps its own direction and cannot
//! reorder what stands around it. In markup that is a `<bdi>` (or
//! `dir="auto"` on an element that holds only the typed text); where only
//! plain text can go (the page title and the `<h1>` built from one string,
//! an `<option>`) it is FSI … PDI, the same isolation as characters. Text
//! that is only spoken (`aria-label`, visually hidden words) needs none:
//! speech follows the logical order.

/// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}
