//! The plan inside an exported HTML page: a
//! `<script type="application/json" id="keukentafel-plan">` element holding
//! the plan file, so the page reads without the app and still re-opens in it.

use super::error::{LoadError, LoadErrorKind};
use super::{load, to_json, Loaded, MAX_HTML_BYTES};
use crate::domain::model::Intake;

/// The `id` of the script element that holds the plan.
pub const SCRIPT_ID: &str = "keukentafel-plan";

/// Makes JSON safe inside a `<script>` element: `<`, `>` and `&` only
/// occur inside JSON strings, where `\u003c` etc. mean the same, so the
/// content can never contain `</script>` or `<!--`.
pub fn escape_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The whole script element for the exporter.
pub fn to_html_script(intake: &Intake) -> String {
    format!(
        "<script type=\"application/json\" id=\"{SCRIPT_ID}\">{}</script>",
        escape_for_script(&to_json(intake))
    )
}

pub fn from_html(html: &str) -> Result<Intake, LoadError> {
    load_html(html).map(|l| l.intake)
}

/// Finds the plan script in `html` and loads it like a plan file.
pub fn load_html(html: &str) -> Result<Loaded, LoadError> {
    if html.len() > MAX_HTML_BYTES {
        let kind = LoadErrorKind::FileTooLarge {
            bytes: html.len(),
            limit: MAX_HTML_BYTES,
        };
        return Err(LoadError::new("", kind));
    }
    let scripts = find_scripts(html);
    let json = match scripts.as_slice() {
        [] => return Err(LoadError::new("", LoadErrorKind::NoPlanInHtml)),
        [one] => *one,
        // Which one is "the" plan? The readable page may show another
        // household than the data the app would open: refuse them all.
        more => {
            let kind = LoadErrorKind::SeveralPlansInHtml { count: more.len() };
            return Err(LoadError::new("", kind));
        }
    };
    let mut loaded = load(json)?;
    loaded.printed_fingerprints = printed_fingerprints(html);
    Ok(loaded)
}

/// The content of every `<script … id="keukentafel-plan" …>` element (any
/// case, any attribute order, any quotes). ASCII lower-casing keeps byte
/// offsets, so positions found in the lower copy slice the original.
fn find_scripts(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let ids = [
        format!("id=\"{SCRIPT_ID}\""),
        format!("id='{SCRIPT_ID}'"),
        format!("id={SCRIPT_ID}"),
    ];
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find("<script") {
        let start = from + at;
        let Some(tag_len) = lower[start..].find('>') else {
            break;
        };
        let tag_end = start + tag_len;
        let attrs = &lower[start..tag_end];
        // Whitespace around `=` is allowed in HTML.
        let attrs: String = attrs
            .split('=')
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("=");
        let Some(body_len) = lower[tag_end + 1..].find("</script") else {
            // An unclosed plan script still counts, so it is never
            // silently skipped in favour of another.
            if ids.iter().any(|id| attrs.contains(id.as_str())) {
                found.push(&html[tag_end + 1..]);
            }
            break;
        };
        let end = tag_end + 1 + body_len;
        if ids.iter().any(|id| attrs.contains(id.as_str())) {
            found.push(&html[tag_end + 1..end]);
        }
        from = end;
    }
    found
}

/// Every fingerprint printed in the readable page: the text of each
/// element with the class `kt-plan__code` (see `document::render`'s
/// footer). Script content cannot hold one: the exporter escapes `<` there.
fn printed_fingerprints(html: &str) -> Vec<String> {
    const CLASS: &str = "kt-plan__code";
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find(CLASS) {
        let start = from + at + CLASS.len();
        // Only inside a tag (`class="… kt-plan__code …"`), not in CSS.
        let in_tag = lower[..start].rfind('<') > lower[..start].rfind('>');
        let Some(gt) = lower[start..].find('>') else {
            break;
        };
        let body = start + gt + 1;
        let Some(len) = lower[body..].find('<') else {
            break;
        };
        if in_tag {
            found.push(html[body..body + len].trim().to_string());
        }
        from = body + len;
    }
    found
}
