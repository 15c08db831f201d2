//! What fuzzing found (`./run fuzz`, `tests/fuzz_smoke.rs`), one test per
//! finding, fixed at its cause in the core. Listed in `docs/bad-inputs.md`.

use keukentafel::domain::edit::Edit;
use keukentafel::domain::format::{from_json, load, to_json, LoadErrorKind};
use keukentafel::domain::{DomainId, Intake};

/// Found by the merge target's edits: a strength with a control character
/// was stored as given (only typed texts were cleaned), so the plan's own
/// file no longer loaded back as the same plan — reading it removed the
/// character and asked first.
#[test]
fn a_strength_is_cleaned_like_typed_text_and_its_file_loads_back_the_same() {
    let mut intake = Intake::default();
    let edit = Edit::SetStrength {
        domain: DomainId::new("work"),
        strength: "own\u{13}\u{202E}idea".into(),
        on: true,
    };
    intake.apply(edit).expect("a strength is added");
    assert_eq!(intake.domains[0].strengths, ["ownidea"]);
    assert_eq!(from_json(&to_json(&intake)), Ok(intake.clone()));
    // Unticking it with the same (uncleaned) id finds it.
    let off = Edit::SetStrength {
        domain: DomainId::new("work"),
        strength: "own\u{13}\u{202E}idea".into(),
        on: false,
    };
    intake.apply(off).expect("unticked");
    assert!(intake.domains[0].strengths.is_empty());
}

const HEAD: &str = r#""format":"keukentafel-plan","version":3,"household":{}"#;

/// Found by the importer's checks: an unknown key is shown to the person
/// as it is in the file, in the list of fields left out and in a message's
/// place, so a U+202E in it reversed the sentence and a key of a megabyte
/// filled the screen. Now its scrambling characters go and it is cut.
#[test]
fn an_unknown_key_is_named_without_scrambling_characters_and_cut() {
    let long = "k".repeat(5000);
    let file = format!("{{{HEAD},\"a\u{202E}b\\u0007\":1,\"{long}\":{{\"x\u{2066}\":2}}}}");
    let loaded = load(&file).expect("unknown fields are left out, not refused");
    let mut dropped = loaded.dropped_fields;
    dropped.sort();
    assert_eq!(dropped, ["ab".to_string(), format!("{}…", "k".repeat(40))]);

    let too_long = "t".repeat(10_001);
    let file = format!("{{{HEAD},\"x\u{202E}y\":{{\"{long}\":\"{too_long}\"}}}}");
    let e = load(&file).expect_err("a text over the limit is refused");
    assert!(matches!(e.kind, LoadErrorKind::TextTooLong { .. }));
    assert_eq!(e.path, format!("xy.{}…", "k".repeat(40)));
}
