//! The browser shell: Leptos components that render the core's data and
//! wire user input back into it. No domain rules live here: a change is an
//! `Edit` sent through `AppState::edit` (the core's `Intake::apply` holds
//! the rules), and a failure is a `notice::UiError` shown by one `Notice`.

pub mod app;
pub mod autosave;
pub mod boot;
pub mod browser;
pub mod components;
pub mod config_notice;
pub mod contrast;
pub mod crypto;
pub mod embed;
pub mod gaps;
pub mod intake;
pub mod isolate;
pub mod lazy;
pub mod locales;
pub mod lock;
pub mod notice;
pub mod other_tab;
pub mod overrides;
pub mod remove;
pub mod session;
pub mod state;
pub mod steps;
pub mod table;
pub mod writer;

pub use app::{mount_page, App};
pub use embed::{mount, Embedded};
