//! The portable file: one standalone HTML document that is both the
//! readable plan (no scripts needed, inline CSS, prints like the app's
//! print view) and the data (the plan file format in a
//! `<script type="application/json">` block the app reads back).

use super::escape::{escape, escape_json_for_script};
use super::languages::Languages;
use super::render::render_at;
use crate::domain::plan::Plan;
use crate::i18n::Key;

/// The id of the script element that carries the plan data: the import
/// side's own constant, so writer and reader cannot drift apart.
pub const PLAN_SCRIPT_ID: &str = crate::domain::format::SCRIPT_ID;

/// The plan's own styles and print rules; the app includes the same files.
pub const PLAN_CSS: &str = include_str!("../../style/plan.css");
/// The rules for a plan in two languages, added after [`PLAN_CSS`] where
/// one is shown (a file in one language stays as it was).
pub const PLAN_TWO_CSS: &str = include_str!("../../style/plan-bilingual.css");
pub const PRINT_CSS: &str = concat!(
    include_str!("../../style/page.css"),
    include_str!("../../style/print.css")
);

/// A complete HTML document for `plan`, carrying `plan_json` (the output
/// of `crate::domain::format::to_json`) as embedded data, in one language
/// (a `Lang`) or two ([`Languages`]). The data is the same either way.
pub fn export_html(
    plan: &Plan,
    plan_json: &str,
    langs: impl Into<Languages>,
    printed_on: &str,
) -> String {
    standalone(plan, Some(plan_json), langs.into(), printed_on)
}

/// A copy for one service (a redacted plan): readable and printable like
/// the full file, but with no data inside — the data would be the whole
/// intake, including what the resident chose to leave out — and so no
/// note that the file re-opens in the app.
pub fn export_copy_html(plan: &Plan, langs: impl Into<Languages>, printed_on: &str) -> String {
    standalone(plan, None, langs.into(), printed_on)
}

fn standalone(plan: &Plan, plan_json: Option<&str>, langs: Languages, printed_on: &str) -> String {
    let lang = langs.primary;
    let title = format!(
        "{} – {}",
        Key::doc_plan_title.get(lang),
        plan.household_name
    );
    let data = match plan_json {
        Some(json) => format!(
            "<aside class=\"kt-plan__about kt-no-print\" lang=\"{lang}\">\n<p><strong>{about}</strong></p>\n<p>{about_body}</p>\n</aside>\n\
             <script type=\"application/json\" id=\"{PLAN_SCRIPT_ID}\">{json}</script>\n",
            lang = lang.code(),
            about = escape(Key::doc_about_file.get(lang)),
            about_body = escape(Key::doc_about_file_body.get(lang)),
            json = escape_json_for_script(json),
        ),
        None => String::new(),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Keukentafel\">\n<title>{title}</title>\n\
         <style>\n{PLAN_CSS}\n{two}{PRINT_CSS}\n{page}</style>\n</head>\n<body class=\"kt-doc\">\n<main>\n{body}</main>\n\
         {data}</body>\n</html>\n",
        lang = lang.code(),
        dir = super::Dir::of(lang).attr(),
        two = if langs.second().is_some() {
            format!("{PLAN_TWO_CSS}\n")
        } else {
            String::new()
        },
        title = escape(&title),
        page = page_css(plan),
        body = render_at(plan, langs, printed_on, 1),
    )
}

/// Print page header and footer with the household name and fingerprint,
/// for browsers that support `@page` margin boxes (Chromium does; others
/// ignore it). Generated because CSS cannot read them from the page.
/// Every character outside `[A-Za-z0-9 ]` is a CSS escape, so nothing
/// typed can end the string or the `<style>` element.
pub fn page_css(plan: &Plan) -> String {
    format!(
        "@media print {{ @page {{ @top-left {{ content: \"{}\"; }} @bottom-left {{ content: \"{}\"; }} }} }}\n",
        css_string(&plan.household_name),
        css_string(&plan.fingerprint),
    )
}

fn css_string(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().filter(|c| !c.is_control()).take(80) {
        if c.is_ascii_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            // The trailing space ends the escape; CSS swallows it.
            out.push_str(&format!("\\{:x} ", c as u32));
        }
    }
    out
}
