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
    let json = find_script(html).ok_or_else(|| LoadError::new("", LoadErrorKind::NoPlanInHtml))?;
    load(json)
}

/// The content of the first `<script … id="keukentafel-plan" …>` element.
/// ASCII lower-casing keeps byte offsets, so positions found in the lower
/// copy slice the original.
fn find_script(html: &str) -> Option<&str> {
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("<script") {
        let start = from + at;
        let tag_end = start + lower[start..].find('>')?;
        let attrs = &lower[start..tag_end];
        let end = tag_end + 1 + lower[tag_end + 1..].find("</script")?;
        let ids = [
            format!("id=\"{SCRIPT_ID}\""),
            format!("id='{SCRIPT_ID}'"),
            format!("id={SCRIPT_ID}"),
        ];
        if ids.iter().any(|id| attrs.contains(id.as_str())) {
            return Some(&html[tag_end + 1..end]);
        }
        from = end;
    }
    None
}
