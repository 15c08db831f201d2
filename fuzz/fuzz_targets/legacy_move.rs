//! (b) The move of old drafts from localStorage into IndexedDB
//! (`storage::migrate::plan`): nothing lost, nothing overwritten, nothing
//! of another namespace or a setting moved.
#![no_main]

#[path = "../../tests/fuzz_support/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    checks::check_legacy_move(&checks::legacy_entries(&text));
});
