//! The document renderer stays pure (std + the domain + serde_json), so
//! the same code renders natively in tests and in the browser.

use std::path::Path;

const FORBIDDEN: &[&str] = &[
    "leptos",
    "web_sys",
    "web-sys",
    "gloo",
    "wasm_bindgen",
    "wasm-bindgen",
    "js_sys",
    "js-sys",
    "crate::ui",
    "crate::storage",
    "crate::i18n",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn document_names_no_browser_crate_or_ui_module() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/document");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(files.len() >= 5, "found {} files", files.len());
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for word in FORBIDDEN {
            if text.contains(word) {
                found.push(format!("{}: {word}", f.display()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
