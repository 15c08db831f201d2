//! Upgrading files from earlier versions, one step at a time, on the raw
//! JSON (so an old file never has to fit today's types).
//!
//! Version 1 (the first pilot) differs from version 2 in four ways:
//! - `household.name` is now `household.display_name`;
//! - the ladder was asked once per household and kept inside each domain
//!   as `rung_now` / `rung_wanted` (a number, `"rather_not_say"`, or
//!   `null` / absent for not asked); version 2 keeps dated assessments,
//!   so the v1 answers become one assessment dated on the day of
//!   `last_changed`;
//! - an agreement's carrier was called `who`;
//! - `review_date` and `last_changed` sat at the top level; there was no
//!   sign-off yet.
//!
//! Version 3 lets an agreement be carried by more than one person or
//! organisation: version 2's `carrier` (one) becomes `carriers`, a list
//! holding that one.

use serde_json::{json, Map, Value};

use super::error::{Expected, LoadError, LoadErrorKind};

/// Upgrades `doc` (an object) from `from` to the current version.
pub fn upgrade(mut doc: Map<String, Value>, from: u32) -> Result<Map<String, Value>, LoadError> {
    let mut version = from;
    while version < super::VERSION {
        doc = match version {
            1 => v1_to_v2(doc)?,
            2 => v2_to_v3(doc),
            _ => unreachable!("every version below the current one has a step"),
        };
        version += 1;
        doc.insert("version".into(), json!(version));
    }
    Ok(doc)
}

fn v1_to_v2(mut doc: Map<String, Value>) -> Result<Map<String, Value>, LoadError> {
    if let Some(Value::Object(h)) = doc.get_mut("household") {
        if let Some(name) = h.remove("name") {
            h.insert("display_name".into(), name);
        }
    }

    if let Some(Value::Array(items)) = doc.get_mut("agreements") {
        for a in items.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(who) = a.remove("who") {
                a.insert("carrier".into(), who);
            }
        }
    }

    let last_changed = doc.remove("last_changed").unwrap_or(json!(""));
    let review_date = doc.remove("review_date").unwrap_or(json!(""));
    doc.insert(
        "co_ownership".into(),
        json!({
            "review_date": review_date,
            "residents": [],
            "coach": {"name": "", "date": ""},
            "last_changed": last_changed,
        }),
    );

    let mut rungs = Vec::new();
    if let Some(Value::Array(domains)) = doc.get_mut("domains") {
        for (i, d) in domains.iter_mut().enumerate() {
            let Some(d) = d.as_object_mut() else { continue };
            let now = ladder(d.remove("rung_now"), &format!("domains[{i}].rung_now"))?;
            let wanted = ladder(
                d.remove("rung_wanted"),
                &format!("domains[{i}].rung_wanted"),
            )?;
            if now != json!("not_asked") || wanted != json!("not_asked") {
                let domain = d.get("domain").cloned().unwrap_or(json!(""));
                rungs.push(json!({"domain": domain, "member": null, "now": now, "wanted": wanted}));
            }
        }
    }
    if !rungs.is_empty() {
        let next = doc.get("next_id").and_then(Value::as_u64).unwrap_or(0) + 1;
        // Keep the id unique even when v1's next_id was behind.
        let id = next.max(max_id(&doc) + 1);
        let date: String = last_changed
            .as_str()
            .unwrap_or("")
            .chars()
            .take(10)
            .collect();
        doc.insert(
            "assessments".into(),
            json!([{"id": id, "date": date, "rungs": rungs}]),
        );
        doc.insert("next_id".into(), json!(id));
    }
    Ok(doc)
}

fn v2_to_v3(mut doc: Map<String, Value>) -> Map<String, Value> {
    if let Some(Value::Array(items)) = doc.get_mut("agreements") {
        for a in items.iter_mut().filter_map(Value::as_object_mut) {
            // A missing carrier stays missing: validation names it.
            if let Some(one) = a.remove("carrier") {
                a.insert("carriers".into(), json!([one]));
            }
        }
    }
    doc
}

/// A v1 ladder answer in the v2 shape.
fn ladder(v: Option<Value>, path: &str) -> Result<Value, LoadError> {
    match v {
        None | Some(Value::Null) => Ok(json!("not_asked")),
        Some(Value::String(s)) if s == "rather_not_say" => Ok(json!("rather_not_say")),
        // The range is checked later, with the rest of the file.
        Some(Value::Number(n)) if n.is_u64() => Ok(json!({"rung": n})),
        Some(_) => Err(LoadError::new(
            path,
            LoadErrorKind::WrongType {
                expected: Expected::WholeNumber,
            },
        )),
    }
}

/// The highest id used anywhere in a v1 document.
fn max_id(doc: &Map<String, Value>) -> u64 {
    let lists = [
        doc.get("household").and_then(|h| h.get("members")),
        doc.get("network"),
        doc.get("professionals"),
        doc.get("agreements"),
    ];
    lists
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(|x| x.get("id").and_then(Value::as_u64))
        .max()
        .unwrap_or(0)
}
