//! The two ways user text reaches the document: as HTML text, and inside
//! the embedded JSON. Every string the household or coach typed goes
//! through one of these two functions and nowhere else, so "is it
//! escaped?" has one answer to check.

/// Escapes text for HTML element content and quoted attribute values.
///
/// All five of `& < > " '` are replaced, so the result is inert both
/// between tags and inside `"…"` or `'…'` attributes (and in SVG, which
/// is parsed by the same HTML tokenizer when inline).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text someone typed (a name, an answer), escaped and isolated in a
/// `<bdi>`: a Dutch name inside Arabic text, or the reverse, then keeps its
/// own direction and cannot reorder the punctuation around it.
pub fn user(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

/// Makes JSON safe to put between `<script type="application/json">` and
/// `</script>`.
///
/// The HTML parser ends a script element at the first `</script` no matter
/// what is inside, and `<!--` changes how it looks for that end. So `<`,
/// `>` and `&` become `\u003c`, `\u003e`, `\u0026`; U+2028/2029 become
/// escapes too, so the text also stays valid if someone pastes it into
/// JavaScript. In valid JSON these characters can only occur inside
/// strings, where the escapes mean exactly the same characters: any JSON
/// parser reads back the same value.
pub fn escape_json_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}
