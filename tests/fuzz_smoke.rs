//! The fuzz targets' checks (`tests/fuzz_support`) over their seed corpora
//! (`fuzz/seeds/`, `tests/fixtures`) and some thousands of random and
//! mutated inputs, natively in a few seconds: CI keeps checking what
//! `./run fuzz` checks for minutes. Each input must be refused with a
//! typed, worded error or accepted and round-trip; nothing panics.
#![cfg(not(target_arch = "wasm32"))] // proptest needs an OS random source

mod fuzz_support;

use fuzz_support::*;
use keukentafel::domain::format::from_json;
use keukentafel::domain::Intake;
use proptest::prelude::*;
use std::path::Path;

/// Every file in the directories, by name (so a failure names its seed).
fn files(dirs: &[&str]) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(root.join(dir)).expect("seed directory") {
            let path = entry.expect("seed entry").path();
            let bytes = std::fs::read(&path).expect("seed reads");
            out.push((path.display().to_string(), bytes));
        }
    }
    out.sort();
    out
}

fn import_seeds() -> Vec<(String, Vec<u8>)> {
    files(&["fuzz/seeds/import_file", "tests/fixtures"])
}

fn draft_seeds() -> Vec<(String, Vec<u8>)> {
    files(&["fuzz/seeds/stored_draft", "tests/fixtures"])
}

fn starts() -> Vec<Intake> {
    let fixture = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    vec![
        Intake::default(),
        fixture("typical.json"),
        fixture("hostile.json"),
    ]
}

/// The tokens of `fuzz/import.dict`, for insertions.
const TOKENS: &[&str] = &[
    "\"format\"",
    "\"keukentafel-plan\"",
    "\"version\"",
    "\"household\"",
    "\"members\"",
    "\"id\"",
    "\"carriers\"",
    "\"rung\"",
    "\"2026-02-30\"",
    "\u{202E}",
    "\u{FEFF}",
    "<script type=\"application/json\" id=\"keukentafel-plan\">",
    "</script>",
    "<p class=\"kt-plan__code\">",
    "kt-plan__code",
    "null",
    "[]",
    "{}",
    "1e400",
    "-1",
    "4294967296",
    "\\u0000",
];

#[derive(Clone, Debug)]
enum Mutation {
    /// Cut at a fraction (per mille) of the length.
    Truncate(u16),
    Flip(u16, u8),
    Insert(u16, usize),
    Delete(u16, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0u16..1000).prop_map(Mutation::Truncate),
        (0u16..1000, any::<u8>()).prop_map(|(p, b)| Mutation::Flip(p, b)),
        (0u16..1000, 0..TOKENS.len()).prop_map(|(p, t)| Mutation::Insert(p, t)),
        (0u16..1000, any::<u8>()).prop_map(|(p, n)| Mutation::Delete(p, n)),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    let at = |len: usize, per_mille: u16| len * usize::from(per_mille) / 1000;
    for m in mutations {
        let len = bytes.len();
        match *m {
            Mutation::Truncate(p) => bytes.truncate(at(len, p)),
            Mutation::Flip(p, b) if len > 0 => bytes[at(len, p).min(len - 1)] ^= b.max(1),
            Mutation::Flip(..) => {}
            Mutation::Insert(p, t) => {
                let i = at(len, p);
                bytes.splice(i..i, TOKENS[t].bytes());
            }
            Mutation::Delete(p, n) => {
                let i = at(len, p);
                bytes.drain(i..(i + usize::from(n)).min(len));
            }
        }
    }
    bytes
}

#[test]
fn every_seed_file_is_refused_in_words_or_round_trips() {
    let seeds = import_seeds();
    assert!(
        seeds.len() >= 30,
        "seed corpus went missing: {}",
        seeds.len()
    );
    for (name, bytes) in seeds {
        eprintln!("{name}");
        check_chosen_file(&bytes);
    }
}

#[test]
fn every_seed_stored_as_a_draft_reads_or_is_kept_as_damaged() {
    for (name, bytes) in draft_seeds() {
        eprintln!("{name}");
        check_stored_draft(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn the_seed_moves_and_merges_keep_everything() {
    for (name, bytes) in files(&["fuzz/seeds/legacy_move"]) {
        eprintln!("{name}");
        check_legacy_move(&legacy_entries(&String::from_utf8_lossy(&bytes)));
    }
    let starts = starts();
    for (name, bytes) in files(&["fuzz/seeds/merge"]) {
        eprintln!("{name}");
        check_merge_bytes(&bytes, &starts);
    }
}

/// A file too large to read, and one just too large for its kind, are
/// refused with the sizes right (the fuzzer's inputs stay small).
#[test]
fn oversized_files_are_refused_with_their_size() {
    let limit = keukentafel::domain::format::MAX_HTML_BYTES;
    check_chosen_file(&vec![b' '; limit + 1]);
    let json = format!(
        "{{\"format\":\"keukentafel-plan\",\"x\":\"{}\"}}",
        "a".repeat(5_000_000)
    );
    check_chosen_file(json.as_bytes());
    let html = format!("<html>{}</html>", " ".repeat(limit));
    check_chosen_file(html.as_bytes());
}

// Case counts keep each test near 2–3 s in a debug build on this 2-core
// machine (2 700 inputs in all); `./run fuzz` is where millions run.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn mutated_seed_files_are_refused_in_words_or_round_trip(
        seed in any::<prop::sample::Index>(),
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let seeds = import_seeds();
        let (_, bytes) = seed.get(&seeds);
        check_chosen_file(&mutate(bytes.clone(), &mutations));
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn mutated_stored_drafts_read_or_are_kept_as_damaged(
        seed in any::<prop::sample::Index>(),
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let seeds = draft_seeds();
        let (_, bytes) = seed.get(&seeds);
        let bytes = mutate(bytes.clone(), &mutations);
        check_stored_draft(&String::from_utf8_lossy(&bytes));
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn random_bytes_are_refused_in_words(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        check_chosen_file(&bytes);
        check_stored_draft(&String::from_utf8_lossy(&bytes));
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_move_of_old_drafts_loses_nothing(
        entries in proptest::collection::vec(
            (any::<bool>(), legacy_key(), "[a-z{}\":]{0,6}"),
            0..12,
        ),
    ) {
        check_legacy_move(&entries);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn random_edits_on_two_sides_merge_into_a_valid_plan(
        bytes in proptest::collection::vec(any::<u8>(), 0..80),
    ) {
        check_merge_bytes(&bytes, &starts());
    }
}

/// Keys like the app's and near misses: other namespaces, settings, empty
/// ids, a namespace that is only a prefix.
fn legacy_key() -> impl Strategy<Value = String> {
    let namespace = prop_oneof![
        Just("keukentafel"),
        Just("keukentafelx"),
        Just("other"),
        Just(""),
    ];
    let kind = prop_oneof![
        Just(".draft."),
        Just(".position."),
        Just(".open"),
        Just(".setting."),
        Just("."),
    ];
    (namespace, kind, "[a-c0-9.]{0,3}").prop_map(|(n, k, id)| format!("{n}{k}{id}"))
}
