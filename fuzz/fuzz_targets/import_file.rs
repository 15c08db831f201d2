//! (a) A file chosen in "Een plan openen": bytes as the browser hands them
//! over, the size checks, the HTML page or JSON plan, the upgrade of older
//! versions, validation, and the decision to open or ask. Refused: a typed
//! error with a message in every language. Accepted: it round-trips
//! through the app's own file and HTML export with the same fingerprint.
#![no_main]

#[path = "../../tests/fuzz_support/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| checks::check_chosen_file(bytes));
