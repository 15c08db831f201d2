//! Everything typed is text, never markup: a plan with `<script>`,
//! `<img onerror=…>`, `</script>` and quotes in every field renders and
//! exports inert, and its embedded data cannot end its script element.

mod document_support;

use document_support::{evil, hostile, plan_of, tags};
use keukentafel::document::{escape, escape_json_for_script, export_html, render_plan};
use keukentafel::domain::format::{from_html, from_json, to_json};
use keukentafel::domain::Lang;

/// Every element the document itself writes.
const OURS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "main", "aside", "script",
    "article", "header", "footer", "section", "div", "h1", "h2", "h3", "h4", "h5", "p", "span",
    "strong", "code", "q", "bdi", "ul", "li", "dl", "dt", "dd", "table", "caption", "thead",
    "tbody", "tr", "th", "td", "svg", "desc", "g", "text", "line", "circle", "rect", "path",
];

/// Checks that every tag is one of ours, with no event handler, link or
/// source attribute, and at most `scripts` script elements.
fn assert_inert(html: &str, scripts: usize) {
    let all = tags(html);
    for (name, text) in &all {
        let bare = name.trim_start_matches('/');
        assert!(OURS.contains(&bare), "unexpected tag {text:?}");
        let lower = text.to_ascii_lowercase();
        for bad in [" on", "href", "src=", "javascript:"] {
            assert!(!lower.contains(bad), "attribute {bad:?} in {text:?}");
        }
    }
    let n = all.iter().filter(|(n, _)| n == "script").count();
    assert_eq!(n, scripts, "script elements");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<svg onload"));
    assert!(!html.contains("onerror=\""));
}

#[test]
fn escape_replaces_all_five() {
    assert_eq!(
        escape("a & b < c > d \" e ' f"),
        "a &amp; b &lt; c &gt; d &quot; e &#39; f"
    );
    assert_eq!(escape("Ayşe – café"), "Ayşe – café");
    assert_eq!(escape("&amp;"), "&amp;amp;");
}

#[test]
fn json_escape_keeps_meaning_and_hides_tags() {
    let json = serde_json::json!({ "t": "</script><!--&\u{2028}\u{2029}>" }).to_string();
    let safe = escape_json_for_script(&json);
    for bad in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        assert!(!safe.contains(bad), "{bad:?} left in {safe}");
    }
    let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
    let orig: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(back, orig);
}

#[test]
fn hostile_plan_renders_inert_in_both_languages() {
    let plan = plan_of(&hostile());
    for lang in Lang::ALL {
        let html = render_plan(&plan, lang, &evil(99));
        assert_inert(&html, 0);
        // The text is there, as text.
        assert!(html.contains("&lt;script&gt;alert(13)&lt;/script&gt;"));
        assert!(html.contains("onerror=&quot;alert(&#39;15&#39;)&quot;"));
    }
}

#[test]
fn every_hostile_field_reaches_the_page_as_text() {
    let plan = plan_of(&hostile());
    let html = render_plan(&plan, Lang::Nl, "2024-06-10");
    // Fields the plan shows (created, review notes and assessment dates
    // are not part of the document; review and signature dates must be
    // real days, so they hold no markup).
    let shown = [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 22, 24, 26, 106, 107,
        108, 109, 110, 206, 207, 208, 209, 210,
    ];
    for n in shown {
        // Own words are shown trimmed; the rest as typed.
        let escaped = escape(evil(n).trim_end());
        assert!(html.contains(&escaped), "field {n} missing");
    }
}

#[test]
fn hostile_export_is_inert_and_its_data_cannot_close_the_script() {
    let intake = hostile();
    let plan = plan_of(&intake);
    let json = to_json(&intake);
    let html = export_html(&plan, &json, Lang::Nl, &evil(98));
    assert_inert(&html, 1);

    let open = "<script type=\"application/json\" id=\"keukentafel-plan\">";
    let start = html.find(open).expect("data element") + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    let data = &html[start..end];
    assert!(!data.contains('<') && !data.contains('>'));
    assert!(html[end..].starts_with("</script>\n</body>"));
    assert_eq!(from_json(data).unwrap(), intake);
    assert_eq!(from_html(&html).unwrap(), intake);
}

#[test]
fn page_css_cannot_escape_its_string() {
    let plan = plan_of(&hostile());
    let css = keukentafel::document::page_css(&plan);
    assert!(!css.contains('<'));
    // Only the two generated strings' quotes.
    assert_eq!(css.matches('"').count(), 4);
}
