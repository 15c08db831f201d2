//! The stylesheets style only the component: every selector starts at a
//! `kt-` class or `:host`, `@page` lives only in `style/page.css` (left out
//! of the embed stylesheet), every `rem` in the embed stylesheet is the
//! `var(--kt-rem, 1rem)` fallback (inside a shadow root `rem` is the host
//! page's `<html>` font size), and no physical left/right property is used
//! (the component also runs right to left). Reads `style/*.css` as text.

use std::fs;
use std::path::Path;

/// The one spelling of a rem that the embed may use: the fallback of the
/// length the embed's `:host` sets (style/host.css).
const REM_FALLBACK: &str = "var(--kt-rem, 1rem)";
/// The only file that may style the whole document.
const PAGE_CSS: &str = "style/page.css";
/// Block at-rules whose content is more rules (checked like the top level).
const NESTING_AT_RULES: [&str; 4] = ["@media", "@supports", "@container", "@layer"];
/// Physical properties with a logical twin (`margin-inline-start`, ...).
const PHYSICAL: [&str; 16] = [
    "margin-left",
    "margin-right",
    "padding-left",
    "padding-right",
    "border-left",
    "border-right",
    "left",
    "right",
    "scroll-margin-left",
    "scroll-margin-right",
    "scroll-padding-left",
    "scroll-padding-right",
    "border-top-left-radius",
    "border-top-right-radius",
    "border-bottom-left-radius",
    "border-bottom-right-radius",
];

#[derive(Clone, Copy)]
struct Rules {
    /// The file may hold `@page` (style/page.css).
    page_allowed: bool,
    /// The file goes into the embed stylesheet: rem only as the fallback.
    embed: bool,
}

/// Every violation in `css`, as "line N: what" strings.
fn lint(css: &str, rules: Rules) -> Vec<String> {
    let text = strip_comments(css);
    let mut out = Vec::new();
    rule_list(&text, 0, text.len(), rules, &mut out);
    out
}

/// Comments become spaces (newlines kept), so offsets keep their line.
fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let end = rest[start + 2..]
            .find("*/")
            .map_or(rest.len(), |e| start + 2 + e + 2);
        out.extend(
            rest[start..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' }),
        );
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// The index of the first top-level byte of `stop` in `text[from..to]`
/// (outside strings, parentheses and brackets), or `to`.
fn find_top(text: &str, from: usize, to: usize, stop: &[u8]) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut quote) = (0usize, None::<u8>);
    let mut i = from;
    while i < to {
        let b = bytes[i];
        match quote {
            Some(_) if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' => quote = Some(b),
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                _ if depth == 0 && stop.contains(&b) => return i,
                _ => {}
            },
        }
        i += 1;
    }
    to
}

/// The index just past the `}` that closes the `{` at `open`.
fn block_end(text: &str, open: usize, to: usize) -> usize {
    let mut depth = 0usize;
    let mut i = open;
    while i < to {
        let next = find_top(text, i, to, b"{}");
        if next == to {
            return to;
        }
        if text.as_bytes()[next] == b'{' {
            depth += 1;
        } else {
            depth -= 1;
            if depth == 0 {
                return next + 1;
            }
        }
        i = next + 1;
    }
    to
}

fn rule_list(text: &str, from: usize, to: usize, rules: Rules, out: &mut Vec<String>) {
    let mut i = from;
    loop {
        while i < to && text.as_bytes()[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= to {
            return;
        }
        let stop = find_top(text, i, to, b"{;}");
        let prelude = text[i..stop].trim();
        let line = line_of(text, i);
        if stop == to || text.as_bytes()[stop] != b'{' {
            out.push(format!("line {line}: `{prelude}` is not a rule"));
            i = stop + 1;
            continue;
        }
        let end = block_end(text, stop, to);
        let inner = (stop + 1, end.saturating_sub(1));
        if let Some(at) = prelude.strip_prefix('@') {
            let name = format!(
                "@{}",
                at.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                    .next()
                    .unwrap_or("")
            );
            if NESTING_AT_RULES.contains(&name.as_str()) {
                rule_list(text, inner.0, inner.1, rules, out);
            } else if name == "@page" {
                if !rules.page_allowed {
                    out.push(format!(
                        "line {line}: @page outside {PAGE_CSS} styles the host page's print"
                    ));
                }
            } else {
                out.push(format!("line {line}: unexpected at-rule {name}"));
            }
        } else {
            for selector in split_top(prelude, b',') {
                let s = selector.trim();
                if !(s.starts_with(".kt-") || s.starts_with(":host")) {
                    out.push(format!(
                        "line {line}: selector `{s}` does not start at a kt- class or :host"
                    ));
                }
            }
            declarations(text, inner.0, inner.1, rules, out);
        }
        i = end;
    }
}

fn split_top(text: &str, sep: u8) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    loop {
        let at = find_top(text, start, text.len(), &[sep]);
        parts.push(&text[start..at]);
        if at == text.len() {
            return parts;
        }
        start = at + 1;
    }
}

fn declarations(text: &str, from: usize, to: usize, rules: Rules, out: &mut Vec<String>) {
    let mut i = from;
    while i < to {
        let end = find_top(text, i, to, b";");
        let decl = &text[i..end];
        let line = line_of(text, i + (decl.len() - decl.trim_start().len()));
        if let Some((name, value)) = decl.split_once(':') {
            let (name, value) = (
                name.trim().to_ascii_lowercase(),
                value.trim().to_ascii_lowercase(),
            );
            if PHYSICAL
                .iter()
                .any(|p| name == *p || name.starts_with(&format!("{p}-")))
            {
                out.push(format!(
                    "line {line}: physical property `{name}`; use its logical twin"
                ));
            }
            let side = value.trim_end_matches("!important").trim();
            if (name == "text-align" || name == "float" || name == "clear")
                && (side == "left" || side == "right")
            {
                out.push(format!(
                    "line {line}: `{name}: {side}`; use start/end (inline-start/-end)"
                ));
            }
            if rules.embed && has_bare_rem(&value) {
                out.push(format!(
                    "line {line}: `{name}: {value}` uses rem outside {REM_FALLBACK}"
                ));
            }
        } else if !decl.trim().is_empty() {
            out.push(format!(
                "line {line}: `{}` is not a declaration",
                decl.trim()
            ));
        }
        i = end + 1;
    }
}

/// A number followed by the unit `rem`, once the allowed fallback is gone.
fn has_bare_rem(value: &str) -> bool {
    let rest = value.replace(REM_FALLBACK, "");
    let b = rest.as_bytes();
    rest.match_indices("rem").any(|(at, _)| {
        let after = b.get(at + 3).copied();
        at > 0
            && (b[at - 1].is_ascii_digit() || b[at - 1] == b'.')
            && !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
    })
}

/// `style/bundles.json`: the files of each stylesheet scripts/page.mjs
/// builds, and (`adopted`) those the plan screen adopts from the code that
/// also writes them into the exported file (`src/document/export.rs`).
fn bundles() -> (Vec<String>, Vec<String>) {
    let (standalone, embed, adopted) = all_bundles();
    (
        standalone
            .into_iter()
            .chain(adopted.iter().cloned())
            .collect(),
        embed
            .into_iter()
            .chain(adopted.into_iter().filter(|f| f != PAGE_CSS))
            .collect(),
    )
}

fn all_bundles() -> (Vec<String>, Vec<String>, Vec<String>) {
    let json: serde_json::Value = serde_json::from_str(
        &fs::read_to_string("style/bundles.json").expect("style/bundles.json"),
    )
    .expect("valid JSON");
    let list = |key: &str| -> Vec<String> {
        json[key]
            .as_array()
            .unwrap_or_else(|| panic!("bundles.json: no {key} list"))
            .iter()
            .map(|v| v.as_str().expect("a path").to_string())
            .collect()
    };
    (list("standalone"), list("embed"), list("adopted"))
}

fn css_files() -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir("style")
        .expect("style/")
        .map(|e| format!("style/{}", e.expect("entry").file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".css"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_stylesheet_is_scoped_to_the_component() {
    let (_, embed) = bundles();
    let mut problems = Vec::new();
    for file in css_files() {
        let rules = Rules {
            page_allowed: file == PAGE_CSS,
            embed: embed.contains(&file),
        };
        let css = fs::read_to_string(&file).expect("readable");
        problems.extend(lint(&css, rules).into_iter().map(|p| format!("{file} {p}")));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_bundles_hold_every_stylesheet_and_the_embed_no_page_rules() {
    let (standalone, embed) = bundles();
    let files = css_files();
    for f in &files {
        assert!(
            standalone.contains(f),
            "{f} is missing from the standalone list in style/bundles.json"
        );
        assert!(
            f == PAGE_CSS || embed.contains(f),
            "{f} is missing from the embed list"
        );
    }
    for f in standalone.iter().chain(&embed) {
        assert!(
            Path::new(f).is_file(),
            "style/bundles.json names {f}, which does not exist"
        );
    }
    assert!(
        !embed.contains(&PAGE_CSS.to_string()),
        "the embed must not carry {PAGE_CSS}"
    );
    // The host reset comes first, so nothing before it could depend on it.
    assert_eq!(embed.first().map(String::as_str), Some("style/host.css"));
}

#[test]
fn the_standalone_page_links_the_standalone_list_in_order() {
    let html = fs::read_to_string("index.html").expect("index.html");
    let linked: Vec<&str> = html
        .split("<link rel=\"stylesheet\" href=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap_or(""))
        .collect();
    assert_eq!(
        linked,
        all_bundles().0,
        "index.html and style/bundles.json disagree"
    );
}

// The checker itself: each kind of violation is caught, and what is allowed passes.

const EMBED: Rules = Rules {
    page_allowed: false,
    embed: true,
};

#[test]
fn catches_selectors_outside_the_component() {
    for css in [
        "body { margin: 0 }",
        ".kt-a, div { color: red }",
        "* { all: revert }",
        "@media print { html { color: red } }",
        ".app { color: red }",
    ] {
        assert_eq!(lint(css, EMBED).len(), 1, "{css}");
    }
    let fine = ".kt-app h1:focus, .kt-app [tabindex=\"-1\"]:focus { outline: none }\n:host { all: initial !important; }\n\
                .kt-a:is(.x, .y) { color: red }\n@media (min-width: 40rem) { .kt-a { color: red } }";
    assert_eq!(lint(fine, EMBED), Vec::<String>::new());
}

#[test]
fn catches_page_rules_outside_page_css() {
    let css = "@media print {\n  @page { margin: 1cm }\n}";
    assert_eq!(
        lint(css, EMBED),
        vec!["line 2: @page outside style/page.css styles the host page's print"]
    );
    assert!(lint(
        css,
        Rules {
            page_allowed: true,
            embed: false
        }
    )
    .is_empty());
    assert_eq!(lint("@font-face { font-family: x }", EMBED).len(), 1);
}

#[test]
fn catches_rem_outside_the_fallback_in_the_embed() {
    for css in [
        ".kt-a { margin: 1rem }",
        ".kt-a { inline-size: calc(2 * .5rem) }",
        ".kt-a { --x: 2REM }",
    ] {
        assert_eq!(lint(css, EMBED).len(), 1, "{css}");
    }
    let fine = ".kt-a { margin: calc(1.5 * var(--kt-rem, 1rem)) var(--kt-rem, 1rem); content: \"remark\"; font-size: 1em }";
    assert_eq!(lint(fine, EMBED), Vec::<String>::new());
    assert!(lint(
        ".kt-a { margin: 1rem }",
        Rules {
            page_allowed: true,
            embed: false
        }
    )
    .is_empty());
}

#[test]
fn catches_physical_properties() {
    for css in [
        ".kt-a { margin-left: 0 }",
        ".kt-a { padding-right: 0 }",
        ".kt-a { left: 0 }",
        ".kt-a { right: 0 }",
        ".kt-a { text-align: left }",
        ".kt-a { float: right }",
        ".kt-a { border-left-color: red }",
        ".kt-a { border-right: 1px solid }",
        ".kt-a { margin-right: 0 !important }",
        ".kt-a { padding-left: 1em }",
        ".kt-a { text-align: right }",
        ".kt-a { float: left }",
        ".kt-a { clear: left }",
        ".kt-a { border-top-left-radius: 2px }",
        ".kt-a { scroll-padding-right: 0 }",
    ] {
        assert_eq!(lint(css, EMBED).len(), 1, "{css}");
    }
    let fine =
        ".kt-a { margin-inline-start: 0; text-align: start; inset-inline-end: 0; --kt-left: 0; border-start-end-radius: 2px; float: inline-start }";
    assert_eq!(lint(fine, EMBED), Vec::<String>::new());
}

#[test]
fn comments_do_not_count_and_lines_are_right() {
    let css = "/* body { margin-left: 1rem } */\n.kt-a {\n  color: red;\n  margin-left: 0;\n}";
    assert_eq!(
        lint(css, EMBED),
        vec!["line 4: physical property `margin-left`; use its logical twin"]
    );
}
