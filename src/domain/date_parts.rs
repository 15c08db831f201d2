//! A date typed as three numbers, day / month / year (as GOV.UK's date
//! input asks it), read into the ISO date the intake keeps. The screen
//! only renders the three fields and the message; what counts as a date
//! and what is wrong with one is decided here, with the same rules as
//! every other date ([`super::date`]).

use super::date::{is_real_date, YEARS};

/// One of the three fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Day,
    Month,
    Year,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Day, Part::Month, Part::Year];
}

/// The three fields as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// What is wrong, so the message can say it in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Some fields are filled in, these are not.
    Missing,
    /// Something other than digits.
    NotANumber,
    /// The year does not have four digits.
    YearDigits,
    /// A four-digit year outside [`YEARS`].
    YearOutOfRange,
    /// No such day: a month above 12, or a day the month does not have.
    NotReal,
}

/// Why the three fields are not a date, and which fields to mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    pub problem: Problem,
    /// The fields at fault, in the order day, month, year (never empty).
    pub parts: Vec<Part>,
}

impl DateParts {
    pub fn new(day: &str, month: &str, year: &str) -> DateParts {
        DateParts {
            day: day.to_string(),
            month: month.to_string(),
            year: year.to_string(),
        }
    }

    /// The fields of a kept date: a real ISO date splits into its numbers
    /// without leading zeros ("2026-03-07" → 7 / 3 / 2026); anything
    /// else (empty, or an old file's odd text) shows as empty fields.
    pub fn from_iso(iso: &str) -> DateParts {
        if !is_real_date(iso) {
            return DateParts::default();
        }
        let num = |r: std::ops::Range<usize>| iso[r].trim_start_matches('0').to_string();
        DateParts {
            day: num(8..10),
            month: num(5..7),
            year: iso[0..4].to_string(),
        }
    }

    pub fn get(&self, part: Part) -> &str {
        match part {
            Part::Day => &self.day,
            Part::Month => &self.month,
            Part::Year => &self.year,
        }
    }

    pub fn set(&mut self, part: Part, value: &str) {
        let field = match part {
            Part::Day => &mut self.day,
            Part::Month => &mut self.month,
            Part::Year => &mut self.year,
        };
        *field = value.to_string();
    }

    /// The ISO date (`YYYY-MM-DD`), or `""` when all three are empty
    /// (a date not filled in is allowed everywhere), or what is wrong.
    /// Spaces around a number are ignored; a day or month may have a
    /// leading zero.
    pub fn to_iso(&self) -> Result<String, DateError> {
        let typed = Part::ALL.map(|p| western_digits(self.get(p).trim()));
        let values = [typed[0].as_str(), typed[1].as_str(), typed[2].as_str()];
        let fault = |problem, pred: &dyn Fn(Part, &str) -> bool| {
            let parts: Vec<Part> = Part::ALL
                .into_iter()
                .zip(values)
                .filter(|(p, v)| pred(*p, v))
                .map(|(p, _)| p)
                .collect();
            (!parts.is_empty()).then_some(DateError { problem, parts })
        };
        if values.iter().all(|v| v.is_empty()) {
            return Ok(String::new());
        }
        let checks = [
            fault(Problem::Missing, &|_, v| v.is_empty()),
            fault(Problem::NotANumber, &|_, v| {
                !v.bytes().all(|b| b.is_ascii_digit())
            }),
            fault(Problem::YearDigits, &|p, v| p == Part::Year && v.len() != 4),
        ];
        if let Some(e) = checks.into_iter().flatten().next() {
            return Err(e);
        }
        let [d, m, y] = values;
        let year: u16 = y.parse().unwrap_or(0);
        if !YEARS.contains(&year) {
            return Err(DateError {
                problem: Problem::YearOutOfRange,
                parts: vec![Part::Year],
            });
        }
        // Up to two digits after leading zeros are dropped ("007" is 7).
        let small = |v: &str| {
            let v = v.trim_start_matches('0');
            (v.len() <= 2).then(|| v.parse::<u8>().unwrap_or(0))
        };
        let (day, month) = (small(d), small(m));
        let month_ok = month.is_some_and(|m| (1..=12).contains(&m));
        let iso = format!("{y}-{:02}-{:02}", month.unwrap_or(0), day.unwrap_or(0));
        if month_ok && day.is_some() && is_real_date(&iso) {
            return Ok(iso);
        }
        // Mark the month when it cannot be one, else the day.
        let part = if month_ok { Part::Day } else { Part::Month };
        Err(DateError {
            problem: Problem::NotReal,
            parts: vec![part],
        })
    }
}

/// Digits typed on an Arabic or Persian keyboard (٠–٩, ۰–۹) read as 0–9:
/// a number field asks for numbers, and those are numbers too.
fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        })
        .collect()
}
