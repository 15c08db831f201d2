//! The plan file: versioned JSON around the [`Intake`], read back with
//! validation and migration. Documented in `docs/plan-format.md`; the JSON
//! Schema in `docs/plan.schema.json` is generated from [`PlanFile`].
//!
//! Unknown fields are dropped, deliberately: the app only writes what it
//! understands, so a field it cannot show is never silently carried to
//! another service. Loading reports which fields were dropped
//! ([`Loaded::dropped_fields`]) so the screen can say so.

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::*;

mod error;
mod html;
mod migrate;
mod place;
mod validate;

pub use error::{Expected, LoadError, LoadErrorKind, Range};
pub use html::{escape_for_script, from_html, load_html, to_html_script, SCRIPT_ID};

/// The `format` value every plan file carries.
pub const FORMAT: &str = "keukentafel-plan";
/// The version this app writes. Every lower version is upgraded on load.
pub const VERSION: u32 = 3;

/// A plan file as JSON: 5 MB is hundreds of times a large household's
/// plan (the 60-agreement fixture is ~36 KB) and still quick to parse on a
/// cheap tablet. Sizes are decimal (1 MB = 1 000 000 bytes) everywhere, in
/// limits and in messages, so what a person reads is what the limit is.
pub const MAX_FILE_BYTES: usize = 5_000_000;
/// An exported HTML page also holds the readable plan and its styles.
pub const MAX_HTML_BYTES: usize = 4 * MAX_FILE_BYTES;
/// Any one text (a name, an answer, a note), in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Any one list (members, agreements, rungs…).
pub const MAX_LIST_ITEMS: usize = 2_000;
/// Ladders have at most this many rungs (the standard ones have 5 or 6).
pub const MAX_RUNG: u8 = 10;
pub const MIN_BIRTH_YEAR: u16 = 1900;
pub const MAX_BIRTH_YEAR: u16 = 2100;

/// The file as written: the envelope with the intake's fields beside it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlanFile {
    /// Always `"keukentafel-plan"`.
    pub format: String,
    /// Format version; see `docs/plan-format.md`.
    pub version: u32,
    #[serde(flatten)]
    pub intake: Intake,
}

/// A successfully read file.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub intake: Intake,
    /// The version the file was written in (lower than [`VERSION`] when it
    /// was upgraded).
    pub from_version: u32,
    /// Places of fields the app does not know and left out.
    pub dropped_fields: Vec<String>,
    /// The fingerprints printed in the readable part of an exported HTML
    /// page (empty for a plan file): each must match the data's, checked
    /// in [`crate::domain::import::decide_import`].
    pub printed_fingerprints: Vec<String>,
    /// How many characters that scramble text were removed from the
    /// file's texts (see [`super::clean`]); the person is told.
    pub cleaned_chars: usize,
}

/// The intake as a plan file (pretty-printed: people open these).
pub fn to_json(intake: &Intake) -> String {
    serde_json::to_string_pretty(&Written(intake)).expect("intake serialises: plain data")
}

/// [`PlanFile`] as written, without its clone of the intake and without
/// `#[serde(flatten)]`: flattening serialises the intake through serde's
/// `FlatMapSerializer`, a second serialiser of it in the app (about 1 KB
/// brotli of the intake chunk). The same keys in the same order, so the
/// same bytes (`tests/document_unchanged.rs`, and `to_json_is_plan_file`
/// in `tests/domain_format.rs` against the derived [`PlanFile`]).
struct Written<'a>(&'a Intake);

impl Serialize for Written<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        // Every field by name, without `..`: a new field of the intake
        // does not compile until it is written here too.
        let Intake {
            household,
            network,
            professionals,
            domains,
            assessments,
            agreements,
            co_ownership,
            next_id,
        } = self.0;
        let mut file = s.serialize_struct("PlanFile", 10)?;
        file.serialize_field("format", FORMAT)?;
        file.serialize_field("version", &VERSION)?;
        file.serialize_field("household", household)?;
        file.serialize_field("network", network)?;
        file.serialize_field("professionals", professionals)?;
        file.serialize_field("domains", domains)?;
        file.serialize_field("assessments", assessments)?;
        file.serialize_field("agreements", agreements)?;
        file.serialize_field("co_ownership", co_ownership)?;
        file.serialize_field("next_id", next_id)?;
        file.end()
    }
}

/// Reads a plan file of any known version.
pub fn from_json(text: &str) -> Result<Intake, LoadError> {
    load(text).map(|l| l.intake)
}

/// Reads a plan file, or the plan inside an exported HTML page.
pub fn load_any(text: &str) -> Result<Loaded, LoadError> {
    if text.trim_start().starts_with('<') {
        load_html(text)
    } else {
        load(text)
    }
}

/// Reads a plan file of any known version, with what was upgraded or dropped.
pub fn load(text: &str) -> Result<Loaded, LoadError> {
    use LoadErrorKind as K;
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::new(
            "",
            K::FileTooLarge {
                bytes: text.len(),
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let kind = if e.is_eof() {
            K::Truncated
        } else {
            K::NotJson {
                line: e.line(),
                column: e.column(),
            }
        };
        LoadError::new("", kind)
    })?;
    let Value::Object(doc) = value else {
        return Err(LoadError::new("", K::NotAPlan));
    };
    if doc.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::new("", K::NotAPlan));
    }
    let version = match doc.get("version") {
        None => return Err(LoadError::new("version", K::MissingField)),
        Some(v) => v.as_u64().ok_or_else(|| {
            LoadError::new(
                "version",
                K::WrongType {
                    expected: Expected::WholeNumber,
                },
            )
        })?,
    };
    if version > u64::from(VERSION) {
        return Err(LoadError::new(
            "version",
            K::NewerVersion {
                found: version,
                supported: VERSION,
            },
        ));
    }
    if version == 0 {
        return Err(LoadError::new(
            "version",
            K::OutOfRange {
                reason: Range::Version,
            },
        ));
    }
    let from_version = version as u32;

    let doc = migrate::upgrade(doc, from_version)?;
    validate::check(&doc)?;
    let mut value = Value::Object(doc);
    // Cleaned like typed text, so a file cannot bring in what the screens
    // keep out.
    let cleaned_chars = super::clean::clean_json(&mut value);
    // The intake straight from the object (`format` and `version` were
    // checked above and are ignored here): going through `PlanFile` and its
    // `#[serde(flatten)]` would buffer everything in serde's `Content` and
    // compile a second deserialiser of every model type into the app.
    let mut intake = Intake::deserialize(&value).map_err(|e| locate(&value, e))?;
    repair_next_id(&mut intake);

    // What the app writes, read back with the parser it already has (a
    // `serde_json::to_value` serialiser of every type would cost size).
    let written: Value = serde_json::from_str(&to_json(&intake)).expect("own output parses");
    let mut dropped_fields = Vec::new();
    unknown_fields(&value, &written, "", &mut dropped_fields);
    Ok(Loaded {
        intake,
        from_version,
        dropped_fields,
        printed_fingerprints: Vec::new(),
        cleaned_chars,
    })
}

/// `next_id` below an id in use would hand out a duplicate; raise it. This
/// is the one repair made on load (it changes no content).
fn repair_next_id(i: &mut Intake) {
    let ids = i
        .household
        .members
        .iter()
        .map(|m| m.id)
        .chain(i.network.iter().map(|p| p.id))
        .chain(i.professionals.iter().map(|p| p.id))
        .chain(i.agreements.iter().map(|a| a.id))
        .chain(i.assessments.iter().map(|a| a.id));
    i.next_id = ids.fold(i.next_id, u32::max);
}

/// A key of the file as it is named in a place shown to the person
/// (a message, the list of fields left out). Known keys are plain ASCII,
/// but an unknown one is whatever the file holds: its scrambling
/// characters go (see [`super::clean`]) and a long one is cut, so a key
/// can neither reverse the sentence around it nor fill the screen.
pub(crate) fn key_place(key: &str) -> String {
    /// Longer than any key the format knows (`co_ownership`, …).
    const MAX_KEY_CHARS: usize = 40;
    let (mut key, _) = super::clean::clean(key);
    if let Some((cut, _)) = key.char_indices().nth(MAX_KEY_CHARS) {
        key.truncate(cut);
        key.push('…');
    }
    key
}

/// Paths present in `input` but not in `known` (what the types wrote back).
fn unknown_fields(input: &Value, known: &Value, path: &str, out: &mut Vec<String>) {
    let join = |k: &str| {
        let k = key_place(k);
        if path.is_empty() {
            k
        } else {
            format!("{path}.{k}")
        }
    };
    match (input, known) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                match b.get(k) {
                    Some(w) => unknown_fields(v, w, &join(k), out),
                    None => out.push(join(k)),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                unknown_fields(v, w, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Turns a type error into a [`LoadError`] with the list item it is in:
/// each part of the file is read again on its own to find the place.
fn locate(doc: &Value, whole: serde_json::Error) -> LoadError {
    fn one<T: DeserializeOwned>(v: Option<&Value>, path: &str) -> Option<LoadError> {
        let v = v?;
        T::deserialize(v).err().map(|e| from_serde(path, &e))
    }
    fn list<T: DeserializeOwned>(v: Option<&Value>, path: &str) -> Option<LoadError> {
        let xs = v?.as_array()?;
        xs.iter()
            .enumerate()
            .find_map(|(i, x)| one::<T>(Some(x), &format!("{path}[{i}]")))
    }
    let h = doc.get("household");
    let found = list::<Member>(h.and_then(|h| h.get("members")), "household.members")
        .or_else(|| one::<ContactPerson>(h.and_then(|h| h.get("contact")), "household.contact"))
        .or_else(|| one::<Household>(h, "household"))
        .or_else(|| list::<NetworkPerson>(doc.get("network"), "network"))
        .or_else(|| list::<Professional>(doc.get("professionals"), "professionals"))
        .or_else(|| list::<DomainAnswers>(doc.get("domains"), "domains"))
        .or_else(|| {
            let xs = doc.get("assessments")?.as_array()?;
            xs.iter().enumerate().find_map(|(i, a)| {
                let path = format!("assessments[{i}]");
                list::<RungEntry>(a.get("rungs"), &format!("{path}.rungs"))
                    .or_else(|| one::<Assessment>(Some(a), &path))
            })
        })
        .or_else(|| list::<Agreement>(doc.get("agreements"), "agreements"))
        .or_else(|| one::<CoOwnership>(doc.get("co_ownership"), "co_ownership"))
        .or_else(|| one::<Id>(doc.get("next_id"), "next_id"));
    found.unwrap_or_else(|| from_serde("", &whole))
}

/// Reads serde's message into a plain kind (serde has no structured
/// error kinds for data errors, only its wording, which is stable).
fn from_serde(path: &str, e: &serde_json::Error) -> LoadError {
    use LoadErrorKind as K;
    let msg = e.to_string();
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or("");
        let path = if path.is_empty() {
            field.to_string()
        } else {
            format!("{path}.{field}")
        };
        return LoadError::new(path, K::MissingField);
    }
    if msg.starts_with("unknown variant") || msg.starts_with("invalid value") {
        return LoadError::new(
            path,
            K::OutOfRange {
                reason: Range::UnknownValue,
            },
        );
    }
    let expected_part = msg.split("expected ").nth(1).unwrap_or("");
    let expected = if expected_part.contains("string") {
        Expected::Text
    } else if ["u8", "u16", "u32", "u64", "integer"]
        .iter()
        .any(|t| expected_part.contains(t))
    {
        Expected::WholeNumber
    } else if expected_part.contains("sequence") {
        Expected::List
    } else if ["struct", "map", "tagged"]
        .iter()
        .any(|t| expected_part.contains(t))
    {
        Expected::Group
    } else {
        Expected::Other
    };
    LoadError::new(path, K::WrongType { expected })
}

/// The JSON Schema of [`PlanFile`], as written to `docs/plan.schema.json`.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(PlanFile);
    let mut v = serde_json::to_value(&schema).expect("schema serialises");
    // What the loader insists on beyond the types (every field has a
    // default, so the derive cannot know these).
    v["required"] = serde_json::json!(["format", "version", "household"]);
    v["properties"]["format"]["const"] = serde_json::json!(FORMAT);
    v["properties"]["version"]["minimum"] = serde_json::json!(1);
    v["properties"]["version"]["maximum"] = serde_json::json!(VERSION);
    let mut s = serde_json::to_string_pretty(&v).expect("schema serialises");
    s.push('\n');
    s
}
