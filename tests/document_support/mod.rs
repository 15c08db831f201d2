//! Shared by the `document_*` tests (and the fixture builder): the typical
//! household from the fixtures, and a household whose every text field is
//! hostile.
#![allow(dead_code)]

use keukentafel::domain::catalogue::Catalogue;
use keukentafel::domain::format::from_json;
use keukentafel::domain::plan::{build_plan, Plan};
use keukentafel::domain::*;

pub const TYPICAL_JSON: &str = include_str!("../fixtures/typical.json");

pub fn typical() -> Intake {
    from_json(TYPICAL_JSON).expect("typical fixture loads")
}

pub fn plan_of(intake: &Intake) -> Plan {
    build_plan(intake, &Catalogue::standard())
}

/// Markup and quotes that would do something if they reached the page
/// unescaped; `n` tells fields apart in failure messages.
pub fn evil(n: u32) -> String {
    format!(
        "{n}<script>alert({n})</script><img src=x onerror=\"alert('{n}')\"></script><!--\"'&amp;<svg onload=alert(1)>\u{2028}"
    )
}

/// Every text field filled with [`evil`]: household, members, contact,
/// network, professionals, answers (also an unknown strength id), rungs in
/// two assessments, agreements for every kind of carrier, signatures. The
/// generated fixture `tests/fixtures/hostile.json` (built in
/// `tests/domain_fixtures.rs`), which the e2e tests can open too.
pub fn hostile() -> Intake {
    from_json(include_str!("../fixtures/hostile.json")).expect("hostile fixture loads")
}

/// The names of all tags in `html`, in order (`!doctype` and closing tags
/// included as `/name`), with each tag's full text.
pub fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let after = &rest[at + 1..];
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        let text = &after[..end];
        let name: String = text
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '>')
            .collect::<String>()
            .trim_end_matches('/')
            .to_ascii_lowercase();
        out.push((name, format!("<{text}")));
        rest = &after[end.min(after.len())..];
    }
    out
}

/// Headings in order, as their levels.
pub fn heading_levels(html: &str) -> Vec<u8> {
    tags(html)
        .iter()
        .filter_map(|(name, _)| {
            let n = name.strip_prefix('h')?;
            (n.len() == 1).then(|| n.parse().ok()).flatten()
        })
        .collect()
}
