//! A plan's fingerprint is taken over its data, which carries every
//! standard catalogue text in Dutch and English. In the browser a Dutch
//! visit never fetches the English texts, yet the fingerprint must be the
//! one every other session and device computes for the same intake (it is
//! printed on the plan and checked when a file is opened again).
#![cfg(target_arch = "wasm32")]

mod document_support;

use document_support::{plan_of, typical};
use keukentafel::domain::plan::short_fingerprint;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The typical household's fingerprint natively (`tests/document_unchanged.rs`).
const NATIVE: &str = "c99b-1bc4-b0ec-fc84";

#[wasm_bindgen_test]
fn a_dutch_visit_gives_the_same_fingerprint_as_every_other_session() {
    // Only what a Dutch visit has: the intake's Dutch texts.
    keukentafel::i18n::register_rest();
    assert!(!keukentafel::i18n::is_loaded(
        keukentafel::domain::Lang::En,
        keukentafel::i18n::Part::Rest
    ));
    assert_eq!(short_fingerprint(&plan_of(&typical())), NATIVE);
}
