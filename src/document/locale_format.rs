//! Dates and numbers as each language writes them, in pure Rust so the
//! plan reads the same on screen, in print and in the exported file, and
//! in native tests (no `Intl`: its output differs between browsers and is
//! not there natively).
//!
//! The pattern and the month names are locale texts (`date_format`,
//! `doc_month_1` … `doc_month_12`, `number_percent` in `locales/*.json`), so a
//! language brings its own convention with its translation: "3 maart
//! 2026" in Dutch, "3 March 2026" in English, `{dd}.{mm}.{yyyy}` where
//! the numeric form is what forms use (Polish, Ukrainian and Turkish:
//! there month names also take a grammatical case after a day number, which
//! a list of names cannot give). Digits stay 0–9 in every language: they
//! are what Dutch services, the fingerprint and the typed dates use, and
//! residents who read Arabic in the Netherlands read them daily.

use crate::domain::date::is_real_date;
use crate::domain::text::Lang;
use crate::i18n::{t, tf, Key};

const MONTHS: [Key; 12] = [
    Key::doc_month_1,
    Key::doc_month_2,
    Key::doc_month_3,
    Key::doc_month_4,
    Key::doc_month_5,
    Key::doc_month_6,
    Key::doc_month_7,
    Key::doc_month_8,
    Key::doc_month_9,
    Key::doc_month_10,
    Key::doc_month_11,
    Key::doc_month_12,
];

/// The name of month `m` (1–12) in `lang`; `""` for any other number.
pub fn month_name(m: usize, lang: Lang) -> &'static str {
    m.checked_sub(1)
        .and_then(|i| MONTHS.get(i))
        .map_or("", |k| t(lang, *k))
}

/// "2026-03-03" → "3 maart 2026" (or the language's own pattern). Text
/// that is not a real ISO date (an old file's "na de zomer") is returned
/// as typed; the caller escapes it.
pub fn long_date(text: &str, lang: Lang) -> String {
    let s = text.trim();
    if !is_real_date(s) {
        return text.to_string();
    }
    let (y, mm, dd) = (&s[0..4], &s[5..7], &s[8..10]);
    let m: usize = mm.parse().unwrap_or(0);
    tf(
        lang,
        Key::date_format,
        &[
            ("d", dd.trim_start_matches('0')),
            ("dd", dd),
            ("month", month_name(m, lang)),
            ("mm", mm),
            ("yyyy", y),
        ],
    )
}

/// A whole percentage as the language writes it ("40%"; Turkish puts the
/// sign first, "%40").
pub fn percent(n: u32, lang: Lang) -> String {
    tf(lang, Key::number_percent, &[("n", &n.to_string())])
}

/// A date as the three numbers the date fields take, in the order day,
/// month, year: the example in their hint ("27 3 2027").
pub fn numeric_example(iso: &str) -> String {
    if !is_real_date(iso) {
        return String::new();
    }
    let num = |r: std::ops::Range<usize>| iso[r].trim_start_matches('0').to_string();
    format!("{} {} {}", num(8..10), num(5..7), &iso[0..4])
}
