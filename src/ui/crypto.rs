//! Locking a draft with a passphrase, with the browser's WebCrypto: a key
//! from PBKDF2-SHA256 (600 000 iterations, a random 16-byte salt per
//! draft), AES-GCM 256 with a fresh random 12-byte IV for every write. The
//! key is non-extractable and lives only in memory ([`Lock`]); the stored
//! record's shape and checks are pure (`domain::locked`).
//!
//! Four calls: [`Lock::create`] (a new passphrase), [`Lock::open`] (a
//! passphrase against a stored record), [`Lock::seal`] (a text to store),
//! [`Lock::unseal`] (another tab's record of the open draft).

use crate::domain::locked::{self, SealedParts};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// Why a lock could not be made, opened or used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The passphrase does not open this record, or the record was changed
    /// (AES-GCM cannot tell the two apart, and neither may we).
    NotOpened,
    /// WebCrypto is missing (e.g. a page not served over https).
    Unavailable,
    /// Anything else the browser reported.
    Failed(String),
}

/// An open lock: the key of one draft, with what its record needs.
#[derive(Clone)]
pub struct Lock {
    key: CryptoKey,
    salt: Vec<u8>,
    iterations: u32,
    /// What the start screen shows for the locked draft.
    pub label: String,
}

impl Lock {
    /// A new lock for a draft: a fresh salt, the key derived from `passphrase`.
    pub async fn create(passphrase: &str, label: &str) -> Result<Lock, CryptoError> {
        let salt = random_bytes(locked::SALT_BYTES)?;
        let key = derive(passphrase, &salt, locked::ITERATIONS).await?;
        Ok(Lock {
            key,
            salt,
            iterations: locked::ITERATIONS,
            label: label.to_string(),
        })
    }

    /// Opens a stored record with `passphrase`: the lock (to seal the next
    /// writes with) and the text inside. A wrong passphrase or a changed
    /// record is [`CryptoError::NotOpened`], and nothing changes.
    pub async fn open(
        passphrase: &str,
        sealed: &SealedParts,
    ) -> Result<(Lock, String), CryptoError> {
        let key = derive(passphrase, &sealed.salt, sealed.iterations).await?;
        let text = decrypt(&key, sealed).await?;
        let lock = Lock {
            key,
            salt: sealed.salt.clone(),
            iterations: sealed.iterations,
            label: sealed.label.clone(),
        };
        Ok((lock, text))
    }

    /// Opens a record sealed with this lock's key (another tab's write of
    /// the same draft), without deriving the key again. A record sealed
    /// under another passphrase (locked anew meanwhile) or changed is
    /// [`CryptoError::NotOpened`].
    pub async fn unseal(&self, sealed: &SealedParts) -> Result<String, CryptoError> {
        if sealed.salt != self.salt || sealed.iterations != self.iterations {
            return Err(CryptoError::NotOpened);
        }
        decrypt(&self.key, sealed).await
    }

    /// Seals `text` for storage, with a fresh IV: two seals of one text differ.
    pub async fn seal(&self, text: &str) -> Result<SealedParts, CryptoError> {
        let iv = random_bytes(locked::IV_BYTES)?;
        let algorithm = aes_gcm(&iv)?;
        let sealed = JsFuture::from(
            subtle()?
                .encrypt_with_object_and_u8_array(&algorithm, &self.key, text.as_bytes())
                .map_err(failed)?,
        )
        .await
        .map_err(failed)?;
        Ok(SealedParts {
            label: self.label.clone(),
            salt: self.salt.clone(),
            iterations: self.iterations,
            iv,
            ciphertext: Uint8Array::new(&sealed).to_vec(),
        })
    }
}

async fn decrypt(key: &CryptoKey, sealed: &SealedParts) -> Result<String, CryptoError> {
    let algorithm = aes_gcm(&sealed.iv)?;
    let plain = JsFuture::from(
        subtle()?
            .decrypt_with_object_and_u8_array(&algorithm, key, &sealed.ciphertext)
            .map_err(failed)?,
    )
    .await
    // WebCrypto rejects a failed tag check with an OperationError.
    .map_err(|_| CryptoError::NotOpened)?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::NotOpened)
}

fn failed(e: JsValue) -> CryptoError {
    let name = Reflect::get(&e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    CryptoError::Failed(name)
}

fn crypto() -> Result<web_sys::Crypto, CryptoError> {
    let window = web_sys::window().ok_or(CryptoError::Unavailable)?;
    window.crypto().map_err(|_| CryptoError::Unavailable)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let subtle = crypto()?.subtle();
    // `crypto.subtle` is undefined outside a secure context.
    if JsValue::from(subtle.clone()).is_undefined() {
        return Err(CryptoError::Unavailable);
    }
    Ok(subtle)
}

/// `n` bytes from the browser's cryptographic random source.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0u8; n];
    crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(failed)?;
    Ok(bytes)
}

/// `{ name, ...fields }` as a JS object.
fn params(name: &str, fields: &[(&str, JsValue)]) -> Result<Object, CryptoError> {
    let object = Object::new();
    Reflect::set(&object, &"name".into(), &name.into()).map_err(failed)?;
    for (field, value) in fields {
        Reflect::set(&object, &(*field).into(), value).map_err(failed)?;
    }
    Ok(object)
}

fn aes_gcm(iv: &[u8]) -> Result<Object, CryptoError> {
    params("AES-GCM", &[("iv", Uint8Array::from(iv).into())])
}

/// PBKDF2-SHA256 → a non-extractable AES-GCM 256 key for encrypt/decrypt.
async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base = JsFuture::from(
        subtle
            .import_key_with_str(
                "raw",
                &secret,
                "PBKDF2",
                false,
                &Array::of1(&"deriveKey".into()),
            )
            .map_err(failed)?,
    )
    .await
    .map_err(failed)?;
    let pbkdf2 = params(
        "PBKDF2",
        &[
            ("hash", "SHA-256".into()),
            ("salt", Uint8Array::from(salt).into()),
            ("iterations", iterations.into()),
        ],
    )?;
    let aes = params("AES-GCM", &[("length", 256.into())])?;
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = JsFuture::from(
        subtle
            .derive_key_with_object_and_object(
                &pbkdf2,
                &base.unchecked_into(),
                &aes,
                false,
                &usages,
            )
            .map_err(failed)?,
    )
    .await
    .map_err(failed)?;
    Ok(key.unchecked_into())
}
