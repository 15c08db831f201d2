//! Checks on the raw JSON of a current-version file, before it is turned
//! into types: sizes, required fields, ranges and unique ids. Done on the
//! JSON so every error can name its place in the file.

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::domain::date::{is_valid_date_field, DateField};

use super::error::{Expected, LoadError, LoadErrorKind as K, Range};
use super::{MAX_BIRTH_YEAR, MAX_LIST_ITEMS, MAX_RUNG, MAX_TEXT_CHARS, MIN_BIRTH_YEAR};

pub fn check(doc: &Map<String, Value>) -> Result<(), LoadError> {
    for (k, v) in doc {
        sizes(v, &super::key_place(k))?;
    }
    let household = match doc.get("household") {
        None => return Err(LoadError::new("household", K::MissingField)),
        Some(Value::Object(h)) => h,
        Some(_) => return Err(wrong("household", Expected::Group)),
    };

    let mut ids = HashSet::new();
    let members = items(household.get("members"), "household.members")?;
    let lists = [
        ("household.members", members.clone()),
        ("network", items(doc.get("network"), "network")?),
        (
            "professionals",
            items(doc.get("professionals"), "professionals")?,
        ),
        ("agreements", items(doc.get("agreements"), "agreements")?),
        ("assessments", items(doc.get("assessments"), "assessments")?),
    ];
    for (name, list) in &lists {
        for (i, item) in list.iter().enumerate() {
            let path = format!("{name}[{i}].id");
            let id = match item.get("id") {
                None => return Err(LoadError::new(path, K::MissingField)),
                Some(v) => v
                    .as_u64()
                    .filter(|n| *n <= u64::from(u32::MAX))
                    .ok_or_else(|| wrong(&path, Expected::WholeNumber))?,
            };
            if !ids.insert(id) {
                return Err(LoadError::new(
                    path,
                    K::OutOfRange {
                        reason: Range::DuplicateId { id },
                    },
                ));
            }
        }
    }

    for (i, m) in members.iter().enumerate() {
        if let Some(y) = m.get("birth_year").filter(|v| !v.is_null()) {
            let path = format!("household.members[{i}].birth_year");
            let y = y
                .as_u64()
                .ok_or_else(|| wrong(&path, Expected::WholeNumber))?;
            if !(u64::from(MIN_BIRTH_YEAR)..=u64::from(MAX_BIRTH_YEAR)).contains(&y) {
                let reason = Range::BirthYear {
                    min: MIN_BIRTH_YEAR,
                    max: MAX_BIRTH_YEAR,
                };
                return Err(LoadError::new(path, K::OutOfRange { reason }));
            }
        }
    }
    dates(doc)?;
    for (i, d) in items(doc.get("domains"), "domains")?.iter().enumerate() {
        required(d, "domain", &format!("domains[{i}]"))?;
    }
    for (i, a) in items(doc.get("agreements"), "agreements")?
        .iter()
        .enumerate()
    {
        required(a, "what", &format!("agreements[{i}]"))?;
        required(a, "carriers", &format!("agreements[{i}]"))?;
        if let Some(carriers) = a.get("carriers").and_then(Value::as_array) {
            let path = format!("agreements[{i}].carriers");
            if carriers.is_empty() {
                return Err(LoadError::new(path, K::MissingField));
            }
            // "Nobody chosen yet" beside someone says two things at once.
            let unset = |c: &Value| c.get("kind").and_then(Value::as_str) == Some("unset");
            if carriers.len() > 1 {
                if let Some(j) = carriers.iter().position(unset) {
                    let reason = Range::UnknownValue;
                    return Err(LoadError::new(
                        format!("{path}[{j}]"),
                        K::OutOfRange { reason },
                    ));
                }
            }
        }
    }
    for (i, a) in items(doc.get("assessments"), "assessments")?
        .iter()
        .enumerate()
    {
        let base = format!("assessments[{i}].rungs");
        for (j, r) in items(a.get("rungs"), &base)?.iter().enumerate() {
            let path = format!("{base}[{j}]");
            required(r, "domain", &path)?;
            for side in ["now", "wanted"] {
                rung(r.get(side), &format!("{path}.{side}"))?;
            }
        }
    }
    Ok(())
}

/// Review, signature and assessment dates: empty or a real day.
fn dates(doc: &Map<String, Value>) -> Result<(), LoadError> {
    let mut found: Vec<(String, DateField, Option<&Value>)> = Vec::new();
    if let Some(Value::Object(c)) = doc.get("co_ownership") {
        let review = c.get("review_date");
        found.push((
            "co_ownership.review_date".into(),
            DateField::ReviewDate,
            review,
        ));
        if let Some(Value::Object(coach)) = c.get("coach") {
            let path = "co_ownership.coach.date".to_string();
            found.push((path, DateField::SignatureDate, coach.get("date")));
        }
        for (i, r) in items(c.get("residents"), "co_ownership.residents")?
            .iter()
            .enumerate()
        {
            let path = format!("co_ownership.residents[{i}].date");
            found.push((path, DateField::SignatureDate, r.get("date")));
        }
    }
    for (i, a) in items(doc.get("assessments"), "assessments")?
        .iter()
        .enumerate()
    {
        let path = format!("assessments[{i}].date");
        found.push((path, DateField::AssessmentDate, a.get("date")));
    }
    for (path, field, value) in found {
        // A wrong type is the type check's to report, with its own words.
        let Some(Value::String(text)) = value else {
            continue;
        };
        if !is_valid_date_field(text.trim()) {
            let reason = Range::NotADate {
                field,
                min: MIN_BIRTH_YEAR,
                max: MAX_BIRTH_YEAR,
            };
            return Err(LoadError::new(path, K::OutOfRange { reason }));
        }
    }
    Ok(())
}

fn wrong(path: &str, expected: Expected) -> LoadError {
    LoadError::new(path, K::WrongType { expected })
}

/// The objects in an optional list.
fn items<'a>(v: Option<&'a Value>, path: &str) -> Result<Vec<&'a Map<String, Value>>, LoadError> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(xs)) => xs
            .iter()
            .enumerate()
            .map(|(i, x)| {
                x.as_object()
                    .ok_or_else(|| wrong(&format!("{path}[{i}]"), Expected::Group))
            })
            .collect(),
        Some(_) => Err(wrong(path, Expected::List)),
    }
}

fn required(item: &Map<String, Value>, field: &str, path: &str) -> Result<(), LoadError> {
    match item.get(field) {
        None | Some(Value::Null) => Err(LoadError::new(format!("{path}.{field}"), K::MissingField)),
        Some(_) => Ok(()),
    }
}

fn rung(v: Option<&Value>, path: &str) -> Result<(), LoadError> {
    let Some(n) = v.and_then(|v| v.get("rung")) else {
        return Ok(());
    };
    let path = format!("{path}.rung");
    let n = n
        .as_u64()
        .ok_or_else(|| wrong(&path, Expected::WholeNumber))?;
    if !(1..=u64::from(MAX_RUNG)).contains(&n) {
        return Err(LoadError::new(
            path,
            K::OutOfRange {
                reason: Range::Rung { max: MAX_RUNG },
            },
        ));
    }
    Ok(())
}

/// Every text within the length limit, every list within the item limit.
fn sizes(v: &Value, path: &str) -> Result<(), LoadError> {
    match v {
        Value::String(s) => {
            // Count characters, not bytes: the limit is about what people typed.
            let chars = s.chars().count();
            if chars > MAX_TEXT_CHARS {
                return Err(LoadError::new(
                    path,
                    K::TextTooLong {
                        chars,
                        limit: MAX_TEXT_CHARS,
                    },
                ));
            }
        }
        Value::Array(xs) => {
            if xs.len() > MAX_LIST_ITEMS {
                let reason = Range::TooManyItems {
                    count: xs.len(),
                    limit: MAX_LIST_ITEMS,
                };
                return Err(LoadError::new(path, K::OutOfRange { reason }));
            }
            for (i, x) in xs.iter().enumerate() {
                sizes(x, &format!("{path}[{i}]"))?;
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                sizes(x, &format!("{path}.{}", super::key_place(k)))?;
            }
        }
        _ => {}
    }
    Ok(())
}
