//! The pure core: model, catalogue (domains, ladders, questions), plan
//! building, the plan file format with validation and migration.
//! std + serde only: nothing here may know about the browser or Leptos
//! (a test in `tests/core_is_pure.rs` enforces it).

pub mod catalogue;
pub mod checks;
pub mod clean;
pub mod contrast;
pub mod date;
pub mod date_parts;
pub mod dropped;
pub mod edit;
pub mod exit_keys;
pub mod field_ref;
pub mod format;
pub mod import;
pub mod locked;
pub mod merge;
pub mod model;
pub mod plan;
pub mod plural;
pub mod revision;
pub mod table;
pub mod text;

pub use model::*;
pub use plural::{Plural, PluralText};
pub use text::{Lang, Text};
