//! Reads extra domains from the JSON a web team writes by hand (shape in
//! `docs/extra-domains.md`). Read from a `serde_json::Value` by hand rather
//! than derived, so every error names its exact place and says in the
//! page's language what is wrong; unknown fields are errors, so a typo is caught
//! instead of silently ignored.
//!
//! Differences from [`DomainDef`], to keep the file short to write:
//! every language but `nl` may be left out of any text (the Dutch is used,
//! so an English screen shows Dutch rather than nothing), `strengths` and `questions`
//! may be left out, and `questions` is an object of overrides by field
//! name over the generic questions.

use serde_json::{Map, Value};

use super::content::generic_questions;
use super::error::{CatalogueError, CatalogueErrorKind as K, JsonKind};
use super::extra::{
    count, one_text, EXTRA_DOMAINS_OPTION, MAX_EXTRA_DOMAINS, MAX_EXTRA_JSON_BYTES, MAX_NAME_CHARS,
    MAX_TEXT_CHARS,
};
use super::{Catalogue, DomainDef, Field, Scope, Strength, Text};
use crate::domain::model::DomainId;
use crate::domain::text::Lang;

const DOMAIN_FIELDS: &[&str] = &[
    "id",
    "name",
    "intro",
    "scope",
    "ladder",
    "strengths",
    "questions",
];
/// Every language's code, Dutch first.
const TEXT_FIELDS: &[&str] = &Lang::CODES;
const STRENGTH_FIELDS: &[&str] = &["id", "text"];
const QUESTION_FIELDS: &[&str] = &["label", "hint", "why"];
const SCOPES: &[&str] = &["household", "per_member"];
const FIELD_KEYS: &[&str] = &[
    "going_well",
    "strengths",
    "wants",
    "rung_now",
    "rung_wanted",
    "worries",
    "network",
    "professionals",
    "agreements",
    "notes",
];

impl Catalogue {
    /// Adds the extra domains in `json` (a list of domains) after checking
    /// each; see [`Catalogue::with_extras`] for the rules. The first error
    /// is returned, with its place.
    pub fn with_extras_json(mut self, json: &str) -> Result<Catalogue, CatalogueError> {
        let root = EXTRA_DOMAINS_OPTION;
        if json.len() > MAX_EXTRA_JSON_BYTES {
            let kind = K::TooLarge {
                bytes: json.len(),
                limit: MAX_EXTRA_JSON_BYTES,
            };
            return Err(CatalogueError::new(root, kind));
        }
        let value: Value = serde_json::from_str(json).map_err(|e| {
            let kind = K::Syntax {
                line: e.line(),
                column: e.column(),
            };
            CatalogueError::new(root, kind)
        })?;
        let list = as_list(&value, root)?;
        count(list.len(), 0, MAX_EXTRA_DOMAINS, root)?;
        let base = self.domains.len();
        for (i, v) in list.iter().enumerate() {
            let path = format!("{root}[{i}]");
            // Checked one by one, so the first error in the file is the one
            // reported.
            let d = domain(v, &path)?;
            self.add_checked(d, &path, base)?;
        }
        Ok(self)
    }
}

fn domain(v: &Value, path: &str) -> Result<DomainDef, CatalogueError> {
    let obj = as_object(v, path, DOMAIN_FIELDS)?;
    let id = as_text(required(obj, "id", path)?, &format!("{path}.id"))?;
    let name = text(
        required(obj, "name", path)?,
        &format!("{path}.name"),
        MAX_NAME_CHARS,
    )?;
    let intro = text(
        required(obj, "intro", path)?,
        &format!("{path}.intro"),
        MAX_TEXT_CHARS,
    )?;
    let scope_path = format!("{path}.scope");
    let scope = match as_text(required(obj, "scope", path)?, &scope_path)? {
        "household" => Scope::Household,
        "per_member" => Scope::PerMember,
        other => {
            let kind = K::NotOneOf {
                allowed: SCOPES,
                found: other.into(),
            };
            return Err(CatalogueError::new(scope_path, kind));
        }
    };
    let ladder_path = format!("{path}.ladder");
    let ladder = as_list(required(obj, "ladder", path)?, &ladder_path)?
        .iter()
        .enumerate()
        .map(|(j, r)| text(r, &format!("{ladder_path}[{j}]"), MAX_TEXT_CHARS))
        .collect::<Result<Vec<_>, _>>()?;
    let strengths = match obj.get("strengths") {
        None => Vec::new(),
        Some(v) => {
            let at = format!("{path}.strengths");
            as_list(v, &at)?
                .iter()
                .enumerate()
                .map(|(j, s)| strength(s, &format!("{at}[{j}]")))
                .collect::<Result<Vec<_>, _>>()?
        }
    };
    let mut questions = generic_questions(id);
    if let Some(v) = obj.get("questions") {
        let at = format!("{path}.questions");
        for (key, q) in as_object(v, &at, FIELD_KEYS)? {
            let field = Field::ALL
                .into_iter()
                .find(|f| f.key() == key)
                .expect("as_object allowed only field keys");
            let target = questions
                .iter_mut()
                .find(|x| x.field == field)
                .expect("the generic questions ask every field");
            let at = format!("{at}.{key}");
            let q = as_object(q, &at, QUESTION_FIELDS)?;
            if let Some(v) = q.get("label") {
                target.label = text(v, &format!("{at}.label"), MAX_TEXT_CHARS)?;
            }
            if let Some(v) = q.get("hint") {
                target.hint = text(v, &format!("{at}.hint"), MAX_TEXT_CHARS)?;
            }
            if let Some(v) = q.get("why") {
                target.why = text(v, &format!("{at}.why"), MAX_TEXT_CHARS)?;
            }
        }
    }
    Ok(DomainDef {
        id: DomainId::new(id),
        name,
        intro,
        scope,
        // An embedding's own domain is put to every member.
        min_age: None,
        ladder,
        strengths,
        questions,
    })
}

fn strength(v: &Value, path: &str) -> Result<Strength, CatalogueError> {
    let obj = as_object(v, path, STRENGTH_FIELDS)?;
    Ok(Strength {
        id: as_text(required(obj, "id", path)?, &format!("{path}.id"))?.to_string(),
        text: text(
            required(obj, "text", path)?,
            &format!("{path}.text"),
            MAX_TEXT_CHARS,
        )?,
    })
}

/// `{"nl": "...", "en": "...", "ar": "...", …}`; only `nl` is required: a
/// language left out reads in Dutch.
fn text(v: &Value, path: &str, limit: usize) -> Result<Text, CatalogueError> {
    let obj = as_object(v, path, TEXT_FIELDS)?;
    let nl_path = format!("{path}.nl");
    let nl = as_text(required(obj, "nl", path)?, &nl_path)?;
    one_text(nl, &nl_path, limit)?;
    let mut text = Text::own(nl);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Nl) {
        if let Some(v) = obj.get(lang.code()) {
            // Given but empty is a mistake, not a wish for the Dutch.
            let at = format!("{path}.{}", lang.code());
            let s = as_text(v, &at)?;
            one_text(s, &at, limit)?;
            text = text.with(lang, s);
        }
    }
    Ok(text)
}

fn required<'a>(
    obj: &'a Map<String, Value>,
    field: &str,
    path: &str,
) -> Result<&'a Value, CatalogueError> {
    obj.get(field)
        .ok_or_else(|| CatalogueError::new(format!("{path}.{field}"), K::MissingField))
}

fn as_object<'a>(
    v: &'a Value,
    path: &str,
    allowed: &'static [&'static str],
) -> Result<&'a Map<String, Value>, CatalogueError> {
    let Value::Object(obj) = v else {
        return Err(wrong(v, JsonKind::Object, path));
    };
    // Unknown fields before missing ones: "naam" is reported as a typo
    // rather than as "name is missing".
    if let Some(k) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(CatalogueError::new(
            format!("{path}.{k}"),
            K::UnknownField { allowed },
        ));
    }
    Ok(obj)
}

fn as_list<'a>(v: &'a Value, path: &str) -> Result<&'a Vec<Value>, CatalogueError> {
    v.as_array().ok_or_else(|| wrong(v, JsonKind::List, path))
}

fn as_text<'a>(v: &'a Value, path: &str) -> Result<&'a str, CatalogueError> {
    v.as_str().ok_or_else(|| wrong(v, JsonKind::Text, path))
}

fn wrong(v: &Value, expected: JsonKind, path: &str) -> CatalogueError {
    let found = match v {
        Value::Array(_) => JsonKind::List,
        Value::Object(_) => JsonKind::Object,
        Value::String(_) => JsonKind::Text,
        Value::Number(_) => JsonKind::Number,
        Value::Bool(_) => JsonKind::TrueFalse,
        Value::Null => JsonKind::Null,
    };
    CatalogueError::new(path, K::WrongType { expected, found })
}
