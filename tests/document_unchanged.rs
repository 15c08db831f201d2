//! Moving the catalogue's and the document's texts into `locales/` (issue
//! 13) must not change what an unchanged intake exports: the same file,
//! byte for byte, and the same fingerprint. The expected values were taken
//! from the code before the move (commit 16fcc5f) with this same test; a
//! change of wording changes them on purpose, and then this test is
//! updated with the new values in the same commit.

mod document_support;

use document_support::{plan_of, typical};
use keukentafel::document::export_html;
use keukentafel::domain::format::to_json;
use keukentafel::domain::plan::short_fingerprint;
use keukentafel::domain::Lang;
use sha2::{Digest, Sha256};

fn sha(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn the_typical_plan_exports_as_before_the_move() {
    let intake = typical();
    let plan = plan_of(&intake);
    let json = to_json(&intake);
    let got = [
        short_fingerprint(&plan),
        sha(&export_html(&plan, &json, Lang::Nl, "2026-11-22")),
        sha(&export_html(&plan, &json, Lang::En, "2026-11-22")),
    ];
    assert_eq!(got, EXPECTED, "fingerprint, Dutch file, English file");
}

const EXPECTED: [&str; 3] = [
    "c99b-1bc4-b0ec-fc84",
    "3c0f1193c03045dcffb93715ab8a1e2512756c87261d97e59d952b4086993ebf",
    "0c6fd3d73eca8de00e76ec41baf6fdce89d6cbb3da71c4cc6206be8dded6d929",
];
