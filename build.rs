//! Turns `locales/<lang>.json` (flat `key -> text` maps) into a typed `Key`
//! enum plus the texts of every language, so a key used in code but
//! missing from `nl.json` is a compile error, and a locale that lacks a key
//! Dutch has fails the build with the key's name.

use std::collections::BTreeMap;
use std::{env, fs, path::Path};

/// Dutch first: the reference every other locale must match key for key
/// (a missing or extra key fails the build with its name). The order is
/// `Lang`'s (`src/domain/text.rs`).
const LOCALES: [&str; 6] = ["nl", "en", "ar", "tr", "pl", "uk"];

/// The source files whose code is in the wasm's first part (the start
/// screen, the header, the file picker: see `src/ui/lazy.rs`). The keys
/// they name are in the first load; every other key's text is reached only
/// through the intake's chunk, so wasm-split-cli moves it there (issue 6's
/// budget). A file added to the first screen belongs here: a key it names
/// that is not found here reads as empty until the chunk is in, which the
/// end-to-end tests (labels, axe) catch.
const FIRST_LOAD_SOURCES: &[&str] = &[
    "src/ui/app.rs",
    "src/ui/state.rs",
    "src/ui/lazy.rs",
    "src/ui/embed.rs",
    "src/ui/browser.rs",
    "src/ui/steps/start.rs",
    "src/ui/components/import_plan.rs",
    "src/ui/components/page_heading.rs",
    "src/ui/components/draft_status.rs",
    "src/ui/components/lang_switch.rs",
    "src/ui/locales.rs",
];

/// Keys named as `Key::name` in the first-load sources.
fn first_load_keys() -> std::collections::BTreeSet<String> {
    let mut keys = std::collections::BTreeSet::new();
    for path in FIRST_LOAD_SOURCES {
        println!("cargo:rerun-if-changed={path}");
        let src = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        for (i, _) in src.match_indices("Key::") {
            let name: String = src[i + 5..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            keys.insert(name);
        }
    }
    keys
}

fn read_locale(lang: &str) -> BTreeMap<String, String> {
    let path = format!("locales/{lang}.json");
    println!("cargo:rerun-if-changed={path}");
    let raw = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&raw)
        .unwrap_or_else(|e| panic!("{path} is not a flat JSON object of strings: {e}"))
}

/// `s` as a Rust string literal.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
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
        assert!(
            table.values().all(|v| !v.contains('\u{0}')),
            "locales/{lang}.json has a NUL character"
        );
        for key in table.keys() {
            assert!(
                key.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "locale key {key:?} must be snake_case"
            );
        }
    }

    // First-load keys first, so `key as usize < FIRST` tells the two apart.
    let first = first_load_keys();
    let (mut order, rest): (Vec<&String>, Vec<&String>) =
        reference.keys().partition(|k| first.contains(*k));
    let first_count = order.len();
    order.extend(rest);

    let mut out = String::new();
    out.push_str("/// A text, checked at compile time against `locales/*.json`.\n");
    out.push_str("#[allow(non_camel_case_types)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Key {\n");
    for key in &order {
        out.push_str(&format!("    {key},\n"));
    }
    out.push_str("}\n\nimpl Key {\n    pub const ALL: &'static [Key] = &[");
    for key in &order {
        out.push_str(&format!("Key::{key}, "));
    }
    out.push_str("];\n\n");
    // Names only where asked for (tests, overrides): unused, the linker
    // drops the table.
    out.push_str("    /// The key as written in `locales/<lang>.json`.\n    pub fn name(self) -> &'static str {\n        NAMES[self as usize]\n    }\n\n");
    out.push_str("    /// The key written `name` in `locales/<lang>.json`, if there is one.\n    pub fn from_name(name: &str) -> Option<Key> {\n        NAMES.iter().position(|n| *n == name).map(|i| Key::ALL[i])\n    }\n}\n\n");
    out.push_str("const NAMES: &[&str] = &[");
    for key in &order {
        out.push_str(&format!("{key:?}, "));
    }
    out.push_str("];\n\n");
    out.push_str(&format!(
        "/// Keys below this are named by first-load code.\nconst FIRST: usize = {first_count};\n"
    ));
    // Dutch, the default: its first-screen texts are in the first load as
    // a table; the rest is one literal the intake's chunk carries.
    let nl = &tables[0].1;
    out.push_str("const FIRST_NL: &[&str] = &[\n");
    for key in &order[..first_count] {
        out.push_str(&format!("    {},\n", lit(&nl[*key])));
    }
    out.push_str("];\n");
    // Every text as one literal returned by a function: wasm-split-cli
    // moves a function's literals with it into the chunk, but not the
    // strings a table points to. Texts are joined with NUL (no locale
    // text contains one; checked above). Every other language has two: the
    // first screen's texts (fetched when the language is chosen) and the
    // rest (fetched when an intake opens in it), each its own chunk.
    for (lang, table) in &tables {
        let join = |keys: &[&String]| -> String {
            let v: Vec<&str> = keys.iter().map(|k| table[*k].as_str()).collect();
            lit(&v.join("\u{0}"))
        };
        if *lang != "nl" {
            out.push_str(&format!(
                "/// The first screen's texts in `{lang}`, NUL-joined.\n#[inline(never)]\npub fn first_{lang}() -> &'static str {{\n    {}\n}}\n",
                join(&order[..first_count])
            ));
        }
        out.push_str(&format!(
            "/// The intake's texts in `{lang}`, NUL-joined.\n#[inline(never)]\npub fn rest_{lang}() -> &'static str {{\n    {}\n}}\n",
            join(&order[first_count..])
        ));
    }
    // The plan's data carries each standard catalogue text in Dutch and
    // English (file format v3), and its fingerprint is taken over that
    // data: the English must be the same whichever languages this visit
    // fetched. So the catalogue's English is also one literal of its own,
    // used only when a plan is written (the intake's chunk carries it).
    let en = &tables[1].1;
    // Every key has its place (empty but for `cat_` keys), so the key's
    // number finds it without a table in the first load.
    let catalogue: Vec<&str> = order
        .iter()
        .map(|k| {
            if k.starts_with("cat_") {
                en[*k].as_str()
            } else {
                ""
            }
        })
        .collect();
    out.push_str(&format!(
        "/// The catalogue's (`cat_`) English texts at their keys' places, NUL-joined.\n#[inline(never)]\nfn catalogue_en() -> &'static str {{\n    {}\n}}\n",
        lit(&catalogue.join("\u{0}"))
    ));
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locale_keys.rs");
    fs::write(dest, out).unwrap();
}
