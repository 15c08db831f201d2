//! Three-way merge of two versions of one intake (two tabs, or a tab and
//! the version stored meanwhile) against the last version both started
//! from. Field by field: a field changed on one side only takes that
//! change; a field changed the same way on both sides is that value; a
//! field changed differently on both sides is a [`Conflict`], listed with
//! both values, for the person to choose. Nothing typed on either side is
//! dropped without a choice.
//!
//! Lists of things with an identity (people, agreements, domains, check-in
//! rungs) are merged item by item, so adding a member in one tab and an
//! agreement in the other keeps both. Plain lists (strengths, the ids a
//! person is linked to) are one field each.

use super::catalogue::Field;
use super::edit::{IntakeText, PeopleList, PersonField};
use super::field_ref::{AgreementPart, FieldRef};
use super::format;
use super::model::{DomainId, Intake};
use serde::Deserialize;
use serde_json::{Map, Value};

/// One field both sides changed differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// Where, e.g. `household.display_name`, `agreements[id=7].what`.
    pub path: String,
    /// This side's value (`None`: removed here).
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
}

impl Conflict {
    /// A side's value as a person reads it (texts as typed).
    pub fn text(value: &Option<Value>) -> String {
        match value {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            Some(other) => other.to_string(),
        }
    }

    /// The screen field this is, when it is one (to name it and link to it).
    pub fn field(&self) -> Option<FieldRef> {
        field_of(&self.path)
    }
}

/// The merged intake (each conflict holding this side's value) and the
/// conflicts left to choose.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub intake: Intake,
    pub conflicts: Vec<Conflict>,
}

/// Merges `mine` and `theirs`, both made from `base`.
pub fn merge(base: &Intake, mine: &Intake, theirs: &Intake) -> Merged {
    let [b, m, mut t] = [base, mine, theirs].map(to_value);
    separate_new_ids(&b, &m, &mut t);
    let mut conflicts = Vec::new();
    let merged =
        merge_value("", Some(&b), Some(&m), Some(&t), &mut conflicts).unwrap_or(Value::Null);
    Merged {
        // The merged value is made of pieces of valid intakes.
        intake: from_value(&merged).unwrap_or_else(|| mine.clone()),
        conflicts,
    }
}

/// Takes `theirs` for one conflict of a merged intake.
pub fn take_theirs(intake: &Intake, conflict: &Conflict) -> Intake {
    let mut value = to_value(intake);
    set_path(&mut value, &conflict.path, conflict.theirs.clone());
    from_value(&value).unwrap_or_else(|| intake.clone())
}

/// Both sides hand out ids from the same counter, so a member added here
/// and an agreement (or another member) added there can get the same id.
/// They are different things: `theirs`' new ones get fresh ids (with every
/// reference to them), above both sides' counters.
fn separate_new_ids(base: &Value, mine: &Value, theirs: &mut Value) {
    let mut known = Vec::new();
    collect_ids(base, &mut known);
    let mut mine_ids = Vec::new();
    collect_ids(mine, &mut mine_ids);
    let mut theirs_ids = Vec::new();
    collect_ids(theirs, &mut theirs_ids);
    let counter = |v: &Value| v.get("next_id").and_then(Value::as_u64).unwrap_or(0);
    let mut next = counter(mine).max(counter(theirs));
    // Ascending and each once, by inserting in place: a few dozen ids, and
    // a `sort` would compile one more sort routine into the chunk.
    let mut ascending: Vec<u64> = Vec::with_capacity(theirs_ids.len());
    for id in theirs_ids {
        if let Err(at) = ascending.binary_search(&id) {
            ascending.insert(at, id);
        }
    }
    for old in ascending {
        if known.contains(&old) || !mine_ids.contains(&old) {
            continue;
        }
        next += 1;
        renumber(theirs, old, next);
    }
    if let Some(obj) = theirs.as_object_mut() {
        obj.insert("next_id".into(), next.into());
    }
}

fn collect_ids(value: &Value, out: &mut Vec<u64>) {
    match value {
        Value::Object(obj) => {
            for (k, v) in obj {
                match (k.as_str(), v.as_u64()) {
                    ("id", Some(id)) => out.push(id),
                    _ => collect_ids(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_ids(v, out)),
        _ => {}
    }
}

/// Replaces id `old` by `new` wherever an id is held: `id`, `member`, and
/// the lists of ids (`members`, `for_members`, `network`, `professionals`).
fn renumber(value: &mut Value, old: u64, new: u64) {
    match value {
        Value::Object(obj) => {
            for (k, v) in obj.iter_mut() {
                let holds_id = matches!(k.as_str(), "id" | "member");
                let holds_ids = matches!(
                    k.as_str(),
                    "members" | "for_members" | "network" | "professionals"
                );
                if holds_id && v.as_u64() == Some(old) {
                    *v = new.into();
                } else if holds_ids && v.as_array().is_some_and(|a| a.iter().all(Value::is_u64)) {
                    for id in v.as_array_mut().into_iter().flatten() {
                        if id.as_u64() == Some(old) {
                            *id = new.into();
                        }
                    }
                } else {
                    renumber(v, old, new);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| renumber(v, old, new)),
        _ => {}
    }
}

/// The intake as a JSON value, through the plan file the app writes anyway
/// and the parser it reads files with: `serde_json::to_value` would compile
/// a second serialiser of every model type into the intake chunk.
fn to_value(intake: &Intake) -> Value {
    // The app's own output always parses.
    let mut value: Value = serde_json::from_str(&format::to_json(intake)).unwrap_or(Value::Null);
    // The file's header is no field of the intake.
    if let Some(obj) = value.as_object_mut() {
        obj.remove("format");
        obj.remove("version");
    }
    value
}

/// Back to an intake with the `&Value` deserialiser `format::load` already
/// uses (`serde_json::from_value` takes the value by ownership: a second
/// deserialiser of every model type).
fn from_value(value: &Value) -> Option<Intake> {
    Intake::deserialize(value).ok()
}

/// The identity of a list item: its `id`, or its domain (and member).
fn key_of(item: &Value) -> Option<String> {
    let obj = item.as_object()?;
    if let Some(id) = obj.get("id").and_then(Value::as_u64) {
        return Some(format!("id={id}"));
    }
    let domain = obj.get("domain")?.as_str()?;
    Some(match obj.get("member") {
        Some(Value::Number(m)) => format!("domain={domain},member={m}"),
        _ => format!("domain={domain}"),
    })
}

/// A list whose items all have an identity (an empty list counts).
fn keyed(items: &[Value]) -> Option<Vec<(String, &Value)>> {
    items.iter().map(|i| Some((key_of(i)?, i))).collect()
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn merge_value(
    path: &str,
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    if mine == theirs {
        return mine.cloned();
    }
    if mine == base {
        return theirs.cloned();
    }
    if theirs == base {
        return mine.cloned();
    }
    // Both changed, differently. Counters and stamps are not the person's
    // words: the larger one is right for both.
    if path == "next_id" || path == "co_ownership.last_changed" {
        return Some(max_of(mine, theirs));
    }
    match (mine, theirs) {
        (Some(Value::Object(m)), Some(Value::Object(t))) => {
            let empty = Map::new();
            let b = base.and_then(Value::as_object).unwrap_or(&empty);
            let mut out = Map::new();
            // Both sides' keys, each once. A key only `theirs` has is taken
            // from there or left out, never a conflict, so the conflicts
            // come in `mine`'s key order either way; no set to sort them in.
            let keys = m.keys().chain(t.keys().filter(|k| !m.contains_key(*k)));
            for key in keys {
                let merged = merge_value(
                    &child(path, key),
                    b.get(key),
                    m.get(key),
                    t.get(key),
                    conflicts,
                );
                if let Some(v) = merged {
                    out.insert(key.clone(), v);
                }
            }
            Some(Value::Object(out))
        }
        (Some(Value::Array(m)), Some(Value::Array(t))) => {
            let empty = Vec::new();
            let b = base.and_then(Value::as_array).unwrap_or(&empty);
            match (keyed(b), keyed(m), keyed(t)) {
                (Some(b), Some(m), Some(t)) if !m.is_empty() || !t.is_empty() => {
                    Some(merge_list(path, &b, &m, &t, conflicts))
                }
                _ => conflict(path, mine, theirs, conflicts),
            }
        }
        // Removed on one side, changed on the other: the change is kept
        // (a removal is easily done again; lost words are not).
        (None, Some(v)) | (Some(v), None) => Some(v.clone()),
        _ => conflict(path, mine, theirs, conflicts),
    }
}

fn conflict(
    path: &str,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    conflicts.push(Conflict {
        path: path.to_string(),
        mine: mine.cloned(),
        theirs: theirs.cloned(),
    });
    mine.cloned()
}

fn max_of(a: Option<&Value>, b: Option<&Value>) -> Value {
    let (a, b) = (
        a.cloned().unwrap_or(Value::Null),
        b.cloned().unwrap_or(Value::Null),
    );
    let larger = match (&a, &b) {
        (Value::Number(x), Value::Number(y)) => x.as_u64() >= y.as_u64(),
        (Value::String(x), Value::String(y)) => x >= y,
        _ => !a.is_null(),
    };
    if larger {
        a
    } else {
        b
    }
}

/// Merges a list item by item. Order: the base's items that stay, in the
/// order one side gave them if only that side reordered them, then the
/// new items of both sides by key (the same result from either side).
fn merge_list(
    path: &str,
    base: &[(String, &Value)],
    mine: &[(String, &Value)],
    theirs: &[(String, &Value)],
    conflicts: &mut Vec<Conflict>,
) -> Value {
    let find = |list: &[(String, &Value)], key: &str| {
        list.iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| (*v).clone())
    };
    let base_keys: Vec<String> = base.iter().map(|(k, _)| k.clone()).collect();
    // A side's order of the items the base had.
    let order = |list: &[(String, &Value)]| -> Vec<String> {
        list.iter()
            .map(|(k, _)| k.clone())
            .filter(|k| base_keys.contains(k))
            .collect()
    };
    let moved = |o: &Vec<String>| {
        let as_before: Vec<&String> = base_keys.iter().filter(|k| o.contains(k)).collect();
        as_before != o.iter().collect::<Vec<_>>()
    };
    let (m_order, t_order) = (order(mine), order(theirs));
    let mut keys = match (moved(&m_order), moved(&t_order)) {
        (true, false) => m_order,
        (false, true) => t_order,
        _ => base_keys.clone(),
    };
    for k in &base_keys {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    // The new keys in order, each once: inserted in place (short lists; a
    // `sort` would compile one more sort routine into the chunk).
    let mut new: Vec<String> = Vec::new();
    let added = mine.iter().chain(theirs).map(|(k, _)| k);
    for k in added.filter(|k| !base_keys.contains(k)) {
        if let Err(at) = new.binary_search_by(|n| sort_key(n).cmp(&sort_key(k))) {
            new.insert(at, k.clone());
        }
    }
    keys.extend(new);
    let items = keys
        .iter()
        .filter_map(|k| {
            let item_path = format!("{path}[{k}]");
            merge_value(
                &item_path,
                find(base, k).as_ref(),
                find(mine, k).as_ref(),
                find(theirs, k).as_ref(),
                conflicts,
            )
        })
        .collect();
    Value::Array(items)
}

/// Ids sort as numbers, other keys as text.
fn sort_key(key: &str) -> (u64, &str) {
    let n = key
        .strip_prefix("id=")
        .and_then(|n| n.parse().ok())
        .unwrap_or(u64::MAX);
    (n, key)
}

/// Sets (or removes, with `None`) the value at a merge path.
fn set_path(root: &mut Value, path: &str, value: Option<Value>) {
    let mut steps = path_steps(path);
    let Some(last) = steps.pop() else {
        return;
    };
    let mut at = root;
    for step in steps {
        let Some(next) = step_into(at, &step) else {
            return;
        };
        at = next;
    }
    match (last, value) {
        (Step::Field(f), Some(v)) => {
            if let Some(obj) = at.as_object_mut() {
                obj.insert(f, v);
            }
        }
        (Step::Field(f), None) => {
            if let Some(obj) = at.as_object_mut() {
                obj.remove(&f);
            }
        }
        (Step::Item(k), value) => {
            if let Some(items) = at.as_array_mut() {
                let pos = items.iter().position(|i| key_of(i).as_deref() == Some(&k));
                match (pos, value) {
                    (Some(p), Some(v)) => items[p] = v,
                    (Some(p), None) => {
                        items.remove(p);
                    }
                    (None, Some(v)) => items.push(v),
                    (None, None) => {}
                }
            }
        }
    }
}

enum Step {
    Field(String),
    Item(String),
}

fn path_steps(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        // `name[key][key]`: a field, then items.
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            if open > 0 {
                steps.push(Step::Field(rest[..open].to_string()));
            }
            rest = &rest[open..];
            while let Some(stripped) = rest.strip_prefix('[') {
                let Some(close) = stripped.find(']') else {
                    break;
                };
                steps.push(Step::Item(stripped[..close].to_string()));
                rest = &stripped[close + 1..];
            }
        } else {
            steps.push(Step::Field(rest.to_string()));
        }
    }
    steps
}

fn step_into<'a>(at: &'a mut Value, step: &Step) -> Option<&'a mut Value> {
    match step {
        Step::Field(f) => at.as_object_mut()?.get_mut(f),
        Step::Item(k) => at
            .as_array_mut()?
            .iter_mut()
            .find(|i| key_of(i).as_deref() == Some(k)),
    }
}

/// The screen field of a merge path, for the common ones.
fn field_of(path: &str) -> Option<FieldRef> {
    let text = |t| Some(FieldRef::Text(t));
    match path {
        "household.display_name" => return text(IntakeText::HouseholdName),
        "household.contact.name" => return text(IntakeText::ContactName),
        "household.contact.organisation" => return text(IntakeText::ContactOrganisation),
        "household.contact.reach" => return text(IntakeText::ContactReach),
        "co_ownership.review_date" => return text(IntakeText::ReviewDate),
        _ => {}
    }
    let steps = path_steps(path);
    let id = |k: &str| k.strip_prefix("id=")?.parse().ok();
    match steps.as_slice() {
        [Step::Field(a), Step::Item(k), Step::Field(f)] if a == "agreements" => {
            let part = match f.as_str() {
                "what" => AgreementPart::What,
                "by_when" => AgreementPart::When,
                "status" => AgreementPart::Status,
                "review_note" => AgreementPart::Note,
                "carriers" => AgreementPart::Who,
                _ => return None,
            };
            Some(FieldRef::Agreement(id(k)?, part))
        }
        [Step::Field(h), Step::Field(m), Step::Item(k), Step::Field(f)]
            if h == "household" && m == "members" =>
        {
            let field = match f.as_str() {
                "name" => PersonField::Name,
                "role" => PersonField::Role,
                "birth_year" => PersonField::BirthYear,
                _ => return None,
            };
            Some(FieldRef::Person(PeopleList::Members, id(k)?, field))
        }
        [Step::Field(l), Step::Item(k), Step::Field(f)]
            if l == "network" || l == "professionals" =>
        {
            let (list, field) = match (l.as_str(), f.as_str()) {
                ("network", "name") => (PeopleList::Network, PersonField::Name),
                ("network", "relation") => (PeopleList::Network, PersonField::Relation),
                ("network", "helps_with") => (PeopleList::Network, PersonField::HelpsWith),
                ("professionals", "organisation") => {
                    (PeopleList::Professionals, PersonField::Organisation)
                }
                ("professionals", "role") => (PeopleList::Professionals, PersonField::Role),
                ("professionals", "contact") => (PeopleList::Professionals, PersonField::Contact),
                _ => return None,
            };
            Some(FieldRef::Person(list, id(k)?, field))
        }
        [Step::Field(d), Step::Item(k), Step::Field(f)] if d == "domains" => {
            let domain = DomainId::new(k.strip_prefix("domain=")?);
            let field = match f.as_str() {
                "going_well" => Field::GoingWell,
                "strengths" => Field::Strengths,
                "wants" => Field::Wants,
                "worries" => Field::Worries,
                "notes" => Field::Notes,
                "network" => Field::Network,
                "professionals" => Field::Professionals,
                _ => return None,
            };
            Some(FieldRef::Domain(domain, field))
        }
        _ => None,
    }
}
