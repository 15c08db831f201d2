//! One update path: a screen changes the intake only by sending an `Edit`
//! through `AppState::edit`, which calls `Intake::apply` (issue 11). This
//! reads every file under `src/ui/` and fails on any other way to write
//! the intake signal or to reach a `&mut Intake`, outside the few named
//! functions of `src/ui/state.rs` that are that path (or replace the whole
//! intake on open, close and take-over).

use std::path::{Path, PathBuf};

/// Ways to write the intake (or anything) other than `AppState::edit`.
const WRITES: &[&str] = &[
    ".intake.update",
    ".intake.set",
    ".intake.try_update",
    ".intake.maybe_update",
    ".intake.try_maybe_update",
    "intake.write",
    "update_untracked",
    "&mut Intake",
];

/// The functions of `src/ui/state.rs` allowed to write the intake signal.
const ALLOWED: &[&str] = &["edit", "replace_intake", "stamp_saved"];

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

/// The name of the last `fn` declared at or above `line`, if any.
fn enclosing_fn(lines: &[&str], line: usize) -> Option<String> {
    lines[..=line].iter().rev().find_map(|l| {
        let at = l.find("fn ")?;
        let rest = &l[at + 3..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        (!name.is_empty()).then_some(name)
    })
}

/// Every `file:line: pattern` where the intake is written outside the path.
fn offences(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    assert!(files.len() >= 20, "found only {} files", files.len());
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let is_state = file.ends_with("src/ui/state.rs");
        for (n, line) in lines.iter().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for pattern in WRITES {
                if !code.contains(pattern) {
                    continue;
                }
                let allowed = is_state
                    && enclosing_fn(&lines, n).is_some_and(|f| ALLOWED.contains(&f.as_str()));
                if !allowed {
                    found.push(format!(
                        "{}:{}: {pattern}",
                        file.strip_prefix(root).unwrap().display(),
                        n + 1
                    ));
                }
            }
        }
    }
    found.sort();
    found
}

#[test]
fn the_ui_changes_the_intake_only_through_app_edit() {
    let found = offences(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(
        found.is_empty(),
        "send an `Edit` through `AppState::edit` instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_write_outside_the_path() {
    // The check itself can fail: a scratch tree with one offending file.
    let root = std::env::temp_dir().join(format!("kt-one-update-path-{}", std::process::id()));
    let ui = root.join("src/ui");
    std::fs::create_dir_all(&ui).unwrap();
    for n in 0..20 {
        std::fs::write(ui.join(format!("f{n}.rs")), "fn quiet() {}\n").unwrap();
    }
    std::fs::write(
        ui.join("state.rs"),
        "fn edit() { self.intake.update(f) }\nfn other() { self.intake.set(i) }\n",
    )
    .unwrap();
    std::fs::write(
        ui.join("screen.rs"),
        "fn f(app: AppState) {\n    // app.intake.set(x) in a comment is fine\n    app.intake.update(|i| i.x = 1);\n}\n",
    )
    .unwrap();
    let found = offences(&root);
    std::fs::remove_dir_all(&root).unwrap();
    assert_eq!(
        found,
        [
            "src/ui/screen.rs:3: .intake.update",
            "src/ui/state.rs:2: .intake.set"
        ]
    );
}
