//! A municipality's own Leptos page with Keukentafel inside it: the way a
//! Rust host uses the component. The host owns the page (its header, its
//! title); the component gets a typed [`keukentafel::Config`]. Include the
//! component's stylesheet (`keukentafel-embed.css` from the build) in the
//! host page. Built and tested by `./run test`.
#![cfg(target_arch = "wasm32")]

use keukentafel::config::{CoachDefaults, Mode};
use keukentafel::domain::Lang;
use keukentafel::{App, Config};
use leptos::prelude::*;

/// The embedding's settings, typed: the same options as the HTML
/// attributes and the JS API (`keukentafel::config::OPTIONS`).
pub fn config() -> Config {
    Config {
        lang: Lang::Nl,
        namespace: "voorbeeldstad-rust".into(),
        mode: Mode::Coach,
        coach: CoachDefaults {
            name: String::new(),
            organisation: "Wijkteam Voorbeeldstad".into(),
            reach: "14 0123".into(),
        },
        ..Config::default()
    }
}

/// The host's page: its own chrome around the component.
#[component]
pub fn HostPage() -> impl IntoView {
    view! {
        <header class="site-header"><p class="site-logo">"Gemeente Voorbeeldstad"</p></header>
        <main>
            <h1>"Samen een plan maken"</h1>
            <App config=config() />
        </main>
        <footer class="site-footer"><p>"Gemeente Voorbeeldstad"</p></footer>
    }
}
