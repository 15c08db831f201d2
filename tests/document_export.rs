//! The portable file: a standalone document that reads without scripts
//! and carries the plan data, which reads back to an equal intake.

mod document_support;

use document_support::{heading_levels, plan_of, tags, typical};
use keukentafel::document::{
    escape, export_copy_html, export_html, render_plan, PLAN_CSS, PRINT_CSS,
};
use keukentafel::domain::format::{from_html, from_json, load_any, to_json, SCRIPT_ID};
use keukentafel::domain::Lang;

fn export(lang: Lang) -> String {
    let intake = typical();
    export_html(&plan_of(&intake), &to_json(&intake), lang, "2026-11-22")
}

#[test]
fn is_a_complete_standalone_document() {
    let h = export(Lang::Nl);
    assert!(h.starts_with("<!DOCTYPE html>\n<html lang=\"nl\" dir=\"ltr\">"));
    assert!(h.contains("<meta charset=\"utf-8\">"));
    assert!(h.contains("<meta name=\"viewport\""));
    assert!(h.contains("<title>Uw plan – Familie El Amrani – De Vries</title>"));
    assert!(h.contains(PLAN_CSS) && h.contains(PRINT_CSS));
    assert!(PRINT_CSS.contains("@media print") && PRINT_CSS.contains("@page"));
    assert!(h.trim_end().ends_with("</html>"));
    assert!(export(Lang::En).contains("<html lang=\"en\" dir=\"ltr\">"));
}

#[test]
fn needs_nothing_from_outside() {
    let h = export(Lang::Nl);
    for (name, text) in tags(&h) {
        assert!(
            name != "link" && name != "img" && name != "iframe",
            "{text}"
        );
        assert!(!text.contains("src="), "{text}");
        if name == "script" {
            assert!(
                text.contains("type=\"application/json\""),
                "only data: {text}"
            );
        }
    }
    assert!(!h.contains("@import") && !h.contains("url("));
}

#[test]
fn shows_the_same_plan_as_the_app_one_heading_level_up() {
    let intake = typical();
    let plan = plan_of(&intake);
    let h = export(Lang::Nl);
    let app = render_plan(&plan, Lang::Nl, "2026-11-22");
    let in_file = &h[h.find("<article").unwrap()..h.find("</article>").unwrap()];
    // Same text; only the heading tags differ.
    let strip = |s: &str| {
        let mut out = s.to_string();
        for n in (1..=6).rev() {
            out = out
                .replace(&format!("<h{n} "), "<h ")
                .replace(&format!("</h{n}>"), "</h>");
        }
        out
    };
    assert_eq!(
        strip(in_file),
        strip(&app[..app.find("</article>").unwrap()])
    );
    let levels = heading_levels(in_file);
    assert_eq!(levels[0], 1);
    assert_eq!(levels.iter().filter(|l| **l == 1).count(), 1);
}

#[test]
fn carries_the_plan_data_in_one_json_script() {
    let h = export(Lang::Nl);
    let open = format!("<script type=\"application/json\" id=\"{SCRIPT_ID}\">");
    assert_eq!(h.matches(&open).count(), 1);
    assert_eq!(h.matches("<script").count(), 1);
}

#[test]
fn round_trip_gives_back_an_equal_intake_and_fingerprint() {
    let intake = typical();
    let h = export(Lang::Nl);
    let back = from_html(&h).expect("the file reads back");
    assert_eq!(back, intake);
    assert_eq!(load_any(&h).unwrap().intake, intake);
    let plan = plan_of(&intake);
    assert_eq!(plan_of(&back).fingerprint, plan.fingerprint);
    // The data is the plan file exactly (escaping only changes how
    // characters are written, not what they are).
    let start = h.find(SCRIPT_ID).unwrap();
    let start = start + h[start..].find('>').unwrap() + 1;
    let end = start + h[start..].find("</script>").unwrap();
    assert_eq!(from_json(&h[start..end]).unwrap(), intake);
}

#[test]
fn round_trip_in_english_too() {
    assert_eq!(from_html(&export(Lang::En)).unwrap(), typical());
}

#[test]
fn page_header_and_footer_carry_name_and_fingerprint() {
    let plan = plan_of(&typical());
    let h = export(Lang::Nl);
    assert!(h.contains("@top-left"));
    assert!(h.contains("@bottom-left"));
    // The fingerprint's dashes are CSS escapes; the hex digits are plain.
    let first = &plan.fingerprint[..4];
    assert!(h.contains(&format!("content: \"{first}\\2d ")));
}

#[test]
fn a_copy_for_a_service_carries_no_data_and_no_reopen_note() {
    let intake = typical();
    let full = plan_of(&intake);
    let copy = export_copy_html(&full, Lang::Nl, "2026-11-22");
    assert!(copy.starts_with("<!DOCTYPE html>"));
    assert!(!copy.contains("<script"), "no data block in a copy");
    assert!(!copy.contains("class=\"kt-plan__about"));
    assert!(copy.contains(&escape(&full.household_name)));
    // The full file does carry both.
    let file = export_html(&full, &to_json(&intake), Lang::Nl, "2026-11-22");
    assert!(file.contains("<script type=\"application/json\""));
    assert!(file.contains("class=\"kt-plan__about"));
}
