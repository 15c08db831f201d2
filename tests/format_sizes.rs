//! Size limits are told with the right limit and one unit: decimal
//! megabytes (1 MB = 1 000 000 bytes), as the limits themselves are set.

use keukentafel::domain::format::{
    load, load_any, LoadError, LoadErrorKind, MAX_FILE_BYTES, MAX_HTML_BYTES,
};
use keukentafel::domain::Lang;

#[test]
fn the_limits_are_round_decimal_megabytes() {
    assert_eq!(MAX_FILE_BYTES, 5_000_000);
    assert_eq!(MAX_HTML_BYTES, 20_000_000);
}

#[test]
fn a_50_mb_file_is_told_both_limits() {
    // What the picker reports for a file it will not read at all.
    let e = LoadError::new("", LoadErrorKind::TooLargeToOpen { bytes: 50_000_000 });
    assert_eq!(
        e.message(Lang::Nl),
        "Dit bestand is te groot (50 MB). Een planbestand (.json) is hooguit 5 MB, een plan als webpagina (.html) hooguit 20 MB."
    );
    assert_eq!(
        e.message(Lang::En),
        "This file is too large (50 MB). A plan file (.json) is at most 5 MB, a plan as a web page (.html) at most 20 MB."
    );
}

#[test]
fn a_19_mb_json_is_told_the_json_limit() {
    let text = format!("{{\"pad\": \"{}\"}}", " ".repeat(19_000_000 - 11));
    assert_eq!(text.len(), 19_000_000);
    let e = load(&text).unwrap_err();
    assert_eq!(
        e.kind,
        LoadErrorKind::FileTooLarge {
            bytes: 19_000_000,
            limit: MAX_FILE_BYTES
        }
    );
    assert_eq!(
        e.message(Lang::Nl),
        "Dit bestand is te groot (19 MB). Een planbestand is hooguit 5 MB."
    );
    assert_eq!(
        e.message(Lang::En),
        "This file is too large (19 MB). A plan file is at most 5 MB."
    );
}

#[test]
fn a_page_over_20_mb_is_told_the_page_limit_rounded_up() {
    let html = format!("<html>{}</html>", " ".repeat(20_000_001));
    let e = load_any(&html).unwrap_err();
    // 20 000 014 bytes: rounded up, so it never reads as the limit itself.
    assert_eq!(
        e.message(Lang::Nl),
        "Dit bestand is te groot (20,1 MB). Een plan als webpagina (.html) is hooguit 20 MB."
    );
    assert_eq!(
        e.message(Lang::En),
        "This file is too large (20.1 MB). A plan as a web page (.html) is at most 20 MB."
    );
}
