//! Keukentafel: a strengths-first household intake that ends in one plan the
//! household owns.
//!
//! - [`domain`]: the pure core (model, catalogue, plan, file format).
//! - [`i18n`]: UI texts, generated from `locales/`.
//! - [`storage`]: drafts behind a small key-value trait.
//! - `ui` (browser only): the Leptos components.
//!
//! Everything but `ui` and the browser store builds natively, so
//! `cargo test` never compiles Leptos.

pub mod config;
pub mod document;
pub mod domain;
pub mod i18n;
pub mod overrides;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use config::Config;
#[cfg(target_arch = "wasm32")]
pub use ui::{mount, App, Embedded};
