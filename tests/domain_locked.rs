//! The sealed record of a locked draft: written and read back, and every
//! bad record refused before a key is derived from it (the cryptography
//! itself is tested in the browser, `tests/browser_crypto.rs`).

use keukentafel::domain::locked::*;
use proptest::prelude::*;

fn parts() -> SealedParts {
    SealedParts {
        label: "Blauwe map".into(),
        salt: (0..16).collect(),
        iterations: ITERATIONS,
        iv: (100..112).collect(),
        ciphertext: vec![7; 40],
    }
}

/// The record as JSON with one field replaced.
fn with(field: &str, value: serde_json::Value) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&parts().to_json()).unwrap();
    v[field] = value;
    v.to_string()
}

#[test]
fn a_record_reads_back_as_written() {
    let json = parts().to_json();
    assert!(is_sealed(&json));
    assert_eq!(parse(&json), Ok(parts()));
    let record: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(record["format"], "keukentafel-locked");
    assert_eq!(record["version"], 1);
    assert_eq!(record["iterations"], 600_000);
}

#[test]
fn a_plan_file_is_not_a_sealed_record() {
    let plan = keukentafel::domain::format::to_json(&Default::default());
    assert!(!is_sealed(&plan));
    assert_eq!(parse(&plan), Err(SealedError::NotSealed));
    assert_eq!(parse(""), Err(SealedError::NotSealed));
}

#[test]
fn a_newer_record_is_told_apart_from_a_broken_one() {
    assert_eq!(
        parse(&with("version", 2.into())),
        Err(SealedError::NewerVersion { found: 2 })
    );
    assert_eq!(
        parse(&with("version", 0.into())),
        Err(SealedError::Malformed { field: "version" })
    );
}

#[test]
fn bad_fields_are_refused_by_name() {
    let cases: Vec<(&str, serde_json::Value, &str)> = vec![
        ("salt", "AAAA".into(), "salt"), // 3 bytes, not 16
        ("salt", "not base64!".into(), "salt"),
        ("iv", encode(&[0; 16]).into(), "iv"), // 16 bytes, not 12
        ("ciphertext", encode(&[0; 8]).into(), "ciphertext"), // shorter than the tag
        ("ciphertext", "AB=C".into(), "ciphertext"),
        ("iterations", 1000.into(), "iterations"), // weaker than we write
        ("iterations", 2_000_000_000u32.into(), "iterations"), // minutes of work
        ("label", "".into(), "label"),
        ("label", "   ".into(), "label"),
        ("label", "x".repeat(41).into(), "label"),
        ("label", "a\u{202e}b".into(), "label"),
        ("label", 5.into(), "record"),
        ("extra", "field".into(), "record"),
    ];
    for (field, value, named) in cases {
        assert_eq!(
            parse(&with(field, value.clone())),
            Err(SealedError::Malformed { field: named }),
            "{field} = {value}"
        );
    }
}

#[test]
fn a_truncated_record_is_refused() {
    let json = parts().to_json();
    for cut in [json.len() / 2, json.len() - 1] {
        assert!(parse(&json[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn lock_input_rules() {
    assert_eq!(
        check_new_lock("kort", "kort", "Map"),
        Err(LockProblem::PassphraseTooShort)
    );
    assert_eq!(
        check_new_lock("lang genoeg", "lang genoeg!", "Map"),
        Err(LockProblem::PassphrasesDiffer)
    );
    assert_eq!(
        check_new_lock("lang genoeg", "lang genoeg", "  "),
        Err(LockProblem::LabelEmpty)
    );
    assert_eq!(
        check_new_lock("lang genoeg", "lang genoeg", &"x".repeat(41)),
        Err(LockProblem::LabelTooLong)
    );
    let long = "x".repeat(501);
    assert_eq!(
        check_new_lock(&long, &long, "Map"),
        Err(LockProblem::PassphraseTooLong)
    );
    assert_eq!(
        check_new_lock("lang genoeg", "lang genoeg", " Blauwe\u{7}\u{202e} map "),
        Ok("Blauwe map".into())
    );
}

#[test]
fn known_base64_vectors() {
    // RFC 4648, section 10.
    for (plain, coded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(encode(plain.as_bytes()), coded);
        assert_eq!(decode(coded).as_deref(), Some(plain.as_bytes()));
    }
    // Padding in the middle, non-zero trailing bits, wrong length.
    for bad in ["Zg==Zg==", "Zh==", "Zm9", "Zg=", "====", "Z==="] {
        assert_eq!(decode(bad), None, "{bad}");
    }
}

proptest! {
    #[test]
    fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(decode(&encode(&bytes)), Some(bytes));
    }
}
