//! The pure parts stay pure: no browser or Leptos crate may be named in
//! `src/domain/` or `src/document/`, and the document may not reach into
//! the UI, so both compile and test natively and render the same in the
//! browser and in an exported file.

use std::path::{Path, PathBuf};

const BROWSER_CRATES: &[&str] = &[
    "leptos",
    "web_sys",
    "web-sys",
    "gloo",
    "wasm_bindgen",
    "wasm-bindgen",
    "js_sys",
    "js-sys",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `file: word` where a forbidden word appears under `src/<dir>`.
fn offences(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir),
        &mut files,
    );
    assert!(
        files.len() >= 3,
        "found only {} files under src/{dir}",
        files.len()
    );
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for word in forbidden {
            if text.contains(word) {
                found.push(format!("{}: {word}", f.display()));
            }
        }
    }
    found
}

#[test]
fn domain_names_no_browser_crate() {
    let found = offences("domain", BROWSER_CRATES);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn document_names_no_browser_crate_or_ui_module() {
    let mut forbidden = BROWSER_CRATES.to_vec();
    // `crate::i18n` is allowed: it is pure (generated tables from
    // `locales/`), and the document's wording lives there (`doc_` keys).
    forbidden.extend(["crate::ui", "crate::storage"]);
    let found = offences("document", &forbidden);
    assert!(found.is_empty(), "{found:#?}");
}

/// The embedding options are read in the app's small first load, before
/// serde_json is loaded: `src/config.rs` names no browser crate and no
/// JSON parser (the extra domains are parsed in the catalogue, later).
#[test]
fn config_names_no_browser_crate_or_json_parser() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/config.rs");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut forbidden = BROWSER_CRATES.to_vec();
    forbidden.extend(["serde_json", "crate::ui", "crate::storage"]);
    let found: Vec<&str> = forbidden.into_iter().filter(|w| text.contains(w)).collect();
    assert!(found.is_empty(), "src/config.rs names {found:?}");
}
