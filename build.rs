//! Turns `locales/<lang>.json` (flat `key -> text` maps) into a typed `Key`
//! enum plus one string table per language, so a key used in code but
//! missing from a locale is a compile error, and a locale that lacks a key
//! the other has fails the build with the key's name.

use std::collections::BTreeMap;
use std::{env, fs, path::Path};

const LOCALES: [&str; 2] = ["nl", "en"];

fn read_locale(lang: &str) -> BTreeMap<String, String> {
    let path = format!("locales/{lang}.json");
    println!("cargo:rerun-if-changed={path}");
    let raw = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&raw)
        .unwrap_or_else(|e| panic!("{path} is not a flat JSON object of strings: {e}"))
}

fn main() {
    let tables: Vec<_> = LOCALES.iter().map(|l| (*l, read_locale(l))).collect();
    let reference = &tables[0].1;
    for (lang, table) in &tables {
        let missing: Vec<_> = reference
            .keys()
            .filter(|k| !table.contains_key(*k))
            .collect();
        let extra: Vec<_> = table
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty(),
            "locales/{lang}.json lacks keys: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "locales/{lang}.json has keys nl.json lacks: {extra:?}"
        );
        let empty: Vec<_> = table
            .iter()
            .filter(|(_, v)| v.trim().is_empty())
            .map(|(k, _)| k)
            .collect();
        assert!(
            empty.is_empty(),
            "locales/{lang}.json has empty texts: {empty:?}"
        );
        for key in table.keys() {
            assert!(
                key.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "locale key {key:?} must be snake_case"
            );
        }
    }

    let mut out = String::new();
    out.push_str("/// A UI text, checked at compile time against `locales/*.json`.\n");
    out.push_str("#[allow(non_camel_case_types)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n");
    for key in reference.keys() {
        out.push_str(&format!("    {key},\n"));
    }
    out.push_str("}\n\nimpl Key {\n    pub const ALL: &'static [Key] = &[");
    for key in reference.keys() {
        out.push_str(&format!("Key::{key}, "));
    }
    out.push_str("];\n}\n\n");
    for (lang, table) in &tables {
        out.push_str(&format!(
            "const TABLE_{}: &[&str] = &[\n",
            lang.to_uppercase()
        ));
        for value in table.values() {
            out.push_str(&format!("    {value:?},\n"));
        }
        out.push_str("];\n");
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locale_keys.rs");
    fs::write(dest, out).unwrap();
}
