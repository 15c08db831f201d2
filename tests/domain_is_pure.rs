//! The domain core stays pure: no browser or Leptos crate may appear in
//! `src/domain/`, so it compiles and tests natively and can be reused.

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
fn domain_does_not_name_browser_crates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(
        files.len() >= 5,
        "found {} files under {}",
        files.len(),
        dir.display()
    );
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for word in FORBIDDEN {
                if line.contains(word) {
                    found.push(format!("{}:{}: {word}", f.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "browser crates in the domain core:\n{}",
        found.join("\n")
    );
}
