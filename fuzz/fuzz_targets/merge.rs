//! (c) The three-way merge of two tabs' edits: bytes read as edits (base,
//! then mine, then theirs) from one of the fixtures' households.
#![no_main]

#[path = "../../tests/fuzz_support/mod.rs"]
mod checks;

use keukentafel::domain::format::from_json;
use keukentafel::domain::Intake;
use std::sync::OnceLock;

fn starts() -> &'static [Intake] {
    static STARTS: OnceLock<Vec<Intake>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let typical = include_str!("../../tests/fixtures/typical.json");
        let hostile = include_str!("../../tests/fixtures/hostile.json");
        vec![
            Intake::default(),
            from_json(typical).expect("fixture loads"),
            from_json(hostile).expect("fixture loads"),
        ]
    })
}

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| checks::check_merge_bytes(bytes, starts()));
