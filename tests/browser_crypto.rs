//! The lock's cryptography in a real Chromium (WebCrypto): a sealed text
//! opens with its passphrase and with nothing else, a changed byte is
//! refused by AES-GCM's tag, and every seal uses a fresh IV. Also prints
//! how long a key derivation (PBKDF2-SHA256, 600 000 iterations) takes.
#![cfg(target_arch = "wasm32")]

use keukentafel::domain::locked;
use keukentafel::ui::crypto::{CryptoError, Lock};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = r#"{"household":{"display_name":"Familie Öztürk-de Vries"}}"#;

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
async fn a_sealed_text_opens_with_its_passphrase() {
    let start = now();
    let lock = Lock::create("paars fietsje 42", "Blauwe map")
        .await
        .unwrap();
    let derive_ms = now() - start;
    let sealed = lock.seal(TEXT).await.unwrap();
    // Through the stored form, as the app reads it back.
    let json = sealed.to_json();
    assert!(!json.contains("Vries"), "plaintext in the record: {json}");
    let parts = locked::parse(&json).unwrap();
    assert_eq!(parts.label, "Blauwe map");
    assert_eq!(parts.iterations, 600_000);
    let start = now();
    let (reopened, text) = Lock::open("paars fietsje 42", &parts).await.unwrap();
    let open_ms = now() - start;
    assert_eq!(text, TEXT);
    // The reopened lock seals with the same key: the first lock opens it.
    let again = reopened.seal("tweede keer").await.unwrap();
    let (_, text) = Lock::open("paars fietsje 42", &again).await.unwrap();
    assert_eq!(text, "tweede keer");
    console_log!("PBKDF2-SHA256 600000: create {derive_ms:.0} ms, open {open_ms:.0} ms");
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_refused() {
    let lock = Lock::create("paars fietsje 42", "Map").await.unwrap();
    let sealed = lock.seal(TEXT).await.unwrap();
    for wrong in ["paars fietsje 43", "Paars fietsje 42", ""] {
        assert_eq!(
            Lock::open(wrong, &sealed).await.err(),
            Some(CryptoError::NotOpened),
            "{wrong:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn one_flipped_byte_is_refused() {
    let lock = Lock::create("paars fietsje 42", "Map").await.unwrap();
    let sealed = lock.seal(TEXT).await.unwrap();
    // A byte of the text itself, and one of the tag at the end.
    for at in [0, sealed.ciphertext.len() - 1] {
        let mut tampered = sealed.clone();
        tampered.ciphertext[at] ^= 0x01;
        assert_eq!(
            Lock::open("paars fietsje 42", &tampered).await.err(),
            Some(CryptoError::NotOpened),
            "byte {at}"
        );
    }
    let mut other_iv = sealed.clone();
    other_iv.iv[0] ^= 0x80;
    assert_eq!(
        Lock::open("paars fietsje 42", &other_iv).await.err(),
        Some(CryptoError::NotOpened)
    );
}

#[wasm_bindgen_test]
async fn two_seals_of_one_text_differ() {
    let lock = Lock::create("paars fietsje 42", "Map").await.unwrap();
    let a = lock.seal(TEXT).await.unwrap();
    let b = lock.seal(TEXT).await.unwrap();
    assert_ne!(a.iv, b.iv);
    assert_ne!(a.ciphertext, b.ciphertext);
    assert_eq!(a.salt, b.salt, "one draft, one salt");
    // Two locks (two drafts) with one passphrase have different salts.
    let other = Lock::create("paars fietsje 42", "Map").await.unwrap();
    let c = other.seal(TEXT).await.unwrap();
    assert_ne!(a.salt, c.salt);
}
