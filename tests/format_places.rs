//! A refused file names its place in the person's words, with the screens'
//! own words, in every language: for every list of the format (found in
//! the JSON Schema, so a list added later is covered too), the limit's
//! message names the list, the count and the limit, never a JSON key.

use keukentafel::domain::format::{json_schema, load, LoadError, LoadErrorKind, Range};
use keukentafel::domain::format::{MAX_LIST_ITEMS, VERSION};
use keukentafel::domain::Lang;
use serde_json::{json, Map, Value};

/// Every list in the schema, as a path with position 0 for each list it is
/// in (`agreements[0].carriers`).
fn list_paths() -> Vec<String> {
    let schema: Value = serde_json::from_str(&json_schema()).unwrap();
    let mut out = Vec::new();
    walk(&schema, &schema, "", &mut out);
    out.sort();
    out.dedup();
    out
}

fn walk(schema: &Value, node: &Value, path: &str, out: &mut Vec<String>) {
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return walk(schema, &schema["$defs"][name], path, out);
    }
    for alt in ["anyOf", "oneOf", "allOf"] {
        for n in node
            .get(alt)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            walk(schema, n, path, out);
        }
    }
    if node.get("type") == Some(&json!("array")) {
        out.push(path.to_string());
        if let Some(items) = node.get("items") {
            walk(schema, items, &format!("{path}[0]"), out);
        }
    }
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            walk(schema, v, &p, out);
        }
    }
}

/// A plan file whose list at `path` holds `n` items (empty groups).
fn with_long_list(path: &str, n: usize) -> String {
    let mut doc = json!({ "format": "keukentafel-plan", "version": VERSION, "household": {} });
    let mut at = &mut doc;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let (name, in_list) = match part.strip_suffix("[0]") {
            Some(name) => (name, true),
            None => (*part, false),
        };
        let obj = at.as_object_mut().unwrap();
        if last {
            obj.insert(name.into(), Value::Array(vec![json!({}); n]));
            break;
        }
        let next = if in_list {
            json!([{}])
        } else {
            Value::Object(Map::new())
        };
        let slot = obj.entry(name).or_insert(next);
        at = if in_list { &mut slot[0] } else { slot };
    }
    doc.to_string()
}

fn refusal(path: &str, n: usize) -> LoadError {
    load(&with_long_list(path, n)).expect_err(path)
}

/// The keys of a path (`agreements`, `carriers`).
fn keys(path: &str) -> Vec<&str> {
    path.split('.')
        .map(|p| p.split('[').next().unwrap())
        .collect()
}

/// Whether `word` is one of the words of `text`.
fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|w| w == word)
}

#[test]
fn every_list_of_the_format_is_found() {
    let lists = list_paths();
    for must in [
        "household.members",
        "agreements",
        "agreements[0].carriers",
        "assessments[0].rungs",
        "co_ownership.residents",
    ] {
        assert!(lists.iter().any(|l| l == must), "{must} not in {lists:?}");
    }
    assert!(lists.len() >= 16, "{lists:?}");
}

#[test]
fn a_list_over_the_limit_is_named_in_words_with_the_count_and_the_limit() {
    let count = MAX_LIST_ITEMS + 1;
    for path in list_paths() {
        let e = refusal(&path, count);
        assert_eq!(e.path, path);
        assert_eq!(
            e.kind,
            LoadErrorKind::OutOfRange {
                reason: Range::TooManyItems {
                    count,
                    limit: MAX_LIST_ITEMS
                }
            }
        );
        for lang in Lang::ALL {
            let place = e.place(lang);
            let message = e.message(lang);
            assert!(
                !place.is_empty() && message.contains(&place),
                "{lang:?} {path}"
            );
            assert!(
                !place.contains(['[', ']', '_', '{', '}']),
                "{lang:?} {path}: {place}"
            );
            assert!(message.contains(&count.to_string()), "{lang:?}: {message}");
            assert!(
                message.contains(&MAX_LIST_ITEMS.to_string()),
                "{lang:?}: {message}"
            );
            // Dutch, Arabic and Ukrainian share no word with the keys.
            if matches!(lang, Lang::Nl | Lang::Ar | Lang::Uk) {
                for key in keys(&path) {
                    assert!(!has_word(&place, key), "{lang:?} {path}: {place}");
                }
            }
            if matches!(lang, Lang::Ar | Lang::Uk) {
                assert!(
                    !place.chars().any(|c| c.is_ascii_alphabetic()),
                    "{lang:?} {path}: {place}"
                );
            }
        }
    }
}

#[test]
fn ten_thousand_agreements_read_in_every_language() {
    let e = refusal("agreements", 10_000);
    let want = [
        (Lang::Nl, "Deze lijst is te lang: er staan 10000 dingen in. Er mogen hooguit 2000 dingen in. Plaats in het bestand: afspraken."),
        (Lang::En, "This list is too long: it holds 10000 items. It may hold at most 2000 items. Place in the file: agreements."),
        (Lang::Ar, "هذه القائمة طويلة جدًا: فيها 10000 عنصر. الحد الأقصى: 2000 عنصر. المكان في الملف: الاتفاقات."),
        (Lang::Tr, "Bu liste çok uzun: içinde 10000 öğe var. En fazla 2000 öğe olabilir. Dosyadaki yeri: anlaşmalar."),
        (Lang::Pl, "Ta lista jest za długa: ma 10000 pozycji. Może mieć najwyżej 2000 pozycji. Miejsce w pliku: ustalenia."),
        (Lang::Uk, "Цей список задовгий: у ньому 10000 пунктів. Найбільше може бути 2000 пунктів. Місце у файлі: домовленості."),
    ];
    for (lang, text) in want {
        assert_eq!(e.message(lang), text, "{lang:?}");
    }
}

#[test]
fn a_nested_list_names_the_item_it_is_in_and_the_count_takes_its_plural_form() {
    let e = refusal("agreements[0].carriers", 2_002);
    assert_eq!(
        e.message(Lang::Nl),
        "Deze lijst is te lang: er staan 2002 dingen in. Er mogen hooguit 2000 dingen in. \
         Plaats in het bestand: afspraken (nummer 1), wie het doet."
    );
    // Polish and Ukrainian: 2002 takes the "few" form, 2000 the "many".
    let pl = e.message(Lang::Pl);
    assert!(
        pl.contains("ma 2002 pozycje.") && pl.contains("2000 pozycji."),
        "{pl}"
    );
    let uk = e.message(Lang::Uk);
    assert!(
        uk.contains("2002 пункти.") && uk.contains("2000 пунктів."),
        "{uk}"
    );
    assert!(e
        .message(Lang::Ar)
        .contains("الاتفاقات (رقم 1)، من يقوم بذلك"));
}

#[test]
fn a_key_the_format_does_not_know_stays_the_files_own_cleaned_key() {
    // An unknown list, its key with a character that reverses text.
    let text = json!({
        "format": "keukentafel-plan", "version": VERSION, "household": {},
        "agreements": [{ "extra\u{202E}list": vec![0; MAX_LIST_ITEMS + 1] }]
    })
    .to_string();
    let e = load(&text).expect_err("too long");
    assert_eq!(e.path, "agreements[0].extralist");
    // Isolated, so it keeps its order inside an Arabic sentence.
    assert_eq!(
        e.place(Lang::Nl),
        "afspraken (nummer 1), \u{2068}extralist\u{2069}"
    );
    assert_eq!(
        e.place(Lang::Ar),
        "الاتفاقات (رقم 1)، \u{2068}extralist\u{2069}"
    );
}

#[test]
fn a_text_field_is_named_as_the_screens_name_it() {
    let e = LoadError::new(
        "household.display_name",
        LoadErrorKind::TextTooLong {
            chars: 10_001,
            limit: 10_000,
        },
    );
    assert_eq!(e.place(Lang::Nl), "huishouden, naam");
    assert_eq!(e.place(Lang::En), "household, name");
    let e = LoadError::new("agreements[11].what", LoadErrorKind::MissingField);
    assert_eq!(
        e.place(Lang::Uk),
        "домовленості (№ 12), про що ми домовляємося"
    );
}

/// A plan file with `text` at `path` (keys and `[0]`s, the last a key).
fn with_text(path: &str, text: &str) -> String {
    let mut doc = json!({ "format": "keukentafel-plan", "version": VERSION, "household": {} });
    let mut at = &mut doc;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let (name, in_list) = match part.strip_suffix("[0]") {
            Some(name) => (name, true),
            None => (*part, false),
        };
        let obj = at.as_object_mut().unwrap();
        if i + 1 == parts.len() {
            obj.insert(name.into(), json!(text));
            break;
        }
        let next = if in_list { json!([{}]) } else { json!({}) };
        let slot = obj.entry(name).or_insert(next);
        at = if in_list { &mut slot[0] } else { slot };
    }
    doc.to_string()
}

#[test]
fn a_text_over_the_limit_in_any_field_a_person_types_is_named_in_words() {
    let typed = [
        "household.display_name",
        "household.members[0].name",
        "household.members[0].role",
        "household.contact.name",
        "household.contact.organisation",
        "household.contact.reach",
        "network[0].name",
        "network[0].relation",
        "network[0].helps_with",
        "professionals[0].organisation",
        "professionals[0].role",
        "professionals[0].contact",
        "domains[0].going_well",
        "domains[0].wants",
        "domains[0].worries",
        "domains[0].notes",
        "agreements[0].what",
        "agreements[0].by_when",
        "agreements[0].review_note",
        "agreements[0].carriers[0].name",
        "co_ownership.residents[0].name",
        "co_ownership.coach.name",
    ];
    let long = "a".repeat(10_001);
    for path in typed {
        let e = load(&with_text(path, &long)).expect_err(path);
        assert_eq!(e.path, path);
        for lang in Lang::ALL {
            let place = e.place(lang);
            assert!(!place.contains(['[', ']', '_']), "{lang:?} {path}: {place}");
            if matches!(lang, Lang::Nl | Lang::Ar | Lang::Uk) {
                for key in keys(path) {
                    assert!(!has_word(&place, key), "{lang:?} {path}: {place}");
                }
            }
        }
    }
    let e = load(&with_text("network[0].helps_with", &long)).unwrap_err();
    assert_eq!(
        e.message(Lang::Nl),
        "Deze tekst is te lang (10001 tekens). Er passen hooguit 10000 tekens in. \
         Plaats in het bestand: helpers (nummer 1), waarmee deze persoon helpt."
    );
}

#[test]
fn a_key_that_only_looks_like_a_position_stays_the_files_own() {
    let long = "a".repeat(10_001);
    for key in [
        "agreements[+5]",
        "agreements[05]",
        "agreements[]",
        "agreements[x]",
        "agreements[18446744073709551616]",
    ] {
        let text = json!({
            "format": "keukentafel-plan", "version": VERSION, "household": {}, key: long
        })
        .to_string();
        let e = load(&text).expect_err(key);
        assert_eq!(e.path, key);
        assert_eq!(e.place(Lang::Nl), format!("\u{2068}{key}\u{2069}"));
    }
    // The largest position there is: named, not an overflow.
    let text = json!({
        "format": "keukentafel-plan", "version": VERSION, "household": {},
        "agreements[18446744073709551615]": long
    })
    .to_string();
    let e = load(&text).expect_err("too long");
    assert!(e.place(Lang::En).starts_with("agreements (number "));
}
