//! The browser shell: Leptos components that render the core's data and
//! wire user input back into it. No domain rules live here.

pub mod app;
pub mod autosave;
pub mod browser;
pub mod components;
pub mod embed;
pub mod gaps;
pub mod intake;
pub mod lazy;
pub mod other_tab;
pub mod session;
pub mod state;
pub mod steps;

pub use app::{mount_page, App};
pub use embed::{mount, Embedded};
