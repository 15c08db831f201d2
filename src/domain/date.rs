//! Dates that exist: every date the intake keeps (review date, signature
//! dates, assessment dates) is empty or a real calendar day `YYYY-MM-DD`
//! in a sane year, and a birth year is a year in the same range. Checked
//! by the core on every edit and on every file opened, so `2026-02-30` or
//! `99999-01-01` is never printed as if it were real.

use super::format::{MAX_BIRTH_YEAR as MAX_YEAR, MIN_BIRTH_YEAR as MIN_YEAR};

/// Which date, so a refusal can name the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateField {
    ReviewDate,
    SignatureDate,
    AssessmentDate,
    BirthYear,
}

/// The years a date or birth year may have.
pub const YEARS: std::ops::RangeInclusive<u16> = MIN_YEAR..=MAX_YEAR;

/// Whether `text` is a real day `YYYY-MM-DD` with a year in [`YEARS`].
pub fn is_real_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) {
        return false;
    }
    if !digits(5..7) || !digits(8..10) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u16>().unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    YEARS.contains(&y) && (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)
}

/// Empty (not filled in) or a real date.
pub fn is_valid_date_field(text: &str) -> bool {
    text.is_empty() || is_real_date(text)
}

fn days_in_month(y: u16, m: u16) -> u16 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A typed birth year: `Ok(None)` when empty or still being typed (fewer
/// than four digits), `Ok(Some(year))` for a year in [`YEARS`], `Err` for
/// anything else (letters, or four or more digits outside the range).
#[allow(clippy::result_unit_err)]
pub fn birth_year(text: &str) -> Result<Option<u16>, ()> {
    let t = text.trim();
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    if t.len() < 4 {
        return Ok(None);
    }
    match t.parse::<u16>() {
        Ok(y) if YEARS.contains(&y) => Ok(Some(y)),
        _ => Err(()),
    }
}
