//! The stylesheets the plan carries are the files in `style/` without their
//! comments and spare whitespace (`build.rs`): every rule is still there,
//! and quoted text is as written.

use keukentafel::document::{PLAN_CSS, PLAN_TWO_CSS, PRINT_CSS};

/// `css` without comments, as the file has it.
fn rules_of(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = &rest[start..][rest[start..]
            .find("*/")
            .map_or(rest.len() - start, |e| e + 2)..];
    }
    out.push_str(rest);
    out
}

fn source(name: &str) -> String {
    std::fs::read_to_string(format!("{}/style/{name}.css", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn every_rule_is_kept_and_no_comment() {
    let pairs = [
        (PLAN_CSS.to_string(), source("plan")),
        (PLAN_TWO_CSS.to_string(), source("plan-bilingual")),
        (PRINT_CSS.to_string(), source("page") + &source("print")),
    ];
    for (built, src) in pairs {
        assert!(!built.contains("/*"), "a comment is left");
        assert!(built.len() < src.len());
        let src = rules_of(&src);
        for c in ['{', '}', ';', '"', '@', '!'] {
            assert_eq!(built.matches(c).count(), src.matches(c).count(), "{c}");
        }
        // The same words in the same order: only whitespace went.
        let words = |s: &str| {
            s.split(|c: char| c.is_whitespace() || "{};,>:".contains(c))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(words(&built), words(&src));
    }
}

#[test]
fn quoted_text_and_needed_spaces_stay() {
    assert!(
        PRINT_CSS.contains(r#"content:" (" attr(href) ")""#),
        "{PRINT_CSS}"
    );
    assert!(PLAN_CSS.contains(r#"attr(data-label) ": ""#));
    // Between the parts of a value and of a media query, spaces are meaning.
    assert!(PRINT_CSS.contains("@media print"));
}
