//! (b) A text found in storage under a draft's key: read through `Drafts`
//! as the app does (older versions upgraded, damage kept byte for byte with
//! its reason), and as a sealed (locked) record.
#![no_main]

#[path = "../../tests/fuzz_support/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    // Storage holds strings: what the browser gives back is valid UTF-8.
    checks::check_stored_draft(&String::from_utf8_lossy(bytes));
});
