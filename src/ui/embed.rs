//! Mounting into a municipality's page: each `[data-keukentafel]` element
//! gets its own instance in a shadow root of its own, so the host's CSS
//! cannot reach the component's elements (and ids of two instances never
//! collide), while the host's NL Design System tokens (custom properties)
//! still inherit into it. The component adds nothing outside the element:
//! no `<html lang>`, no title, no global style, no history.
//!
//! `keukentafel-embed.js` (written by `scripts/page.mjs`) loads the wasm
//! and calls [`mount`] for every element; a JS host can call it too.
//! [`Embedded::unmount`] takes out every node, listener and timer the
//! instance added.

use super::app::App;
use crate::config::{Config, ConfigError};
use crate::domain::Lang;
use leptos::prelude::{document, view, IntoAny};
use std::any::Any;
use wasm_bindgen::prelude::JsError;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// One mounted instance.
pub struct Embedded {
    /// Dropping Leptos's handle disposes the instance's reactive owner:
    /// every effect, listener and timer registered under it goes with it,
    /// and its nodes leave `root`.
    handle: Option<Box<dyn Any>>,
}

impl Embedded {
    /// Removes the instance: its nodes, listeners and timers. Unsaved
    /// typing is written first (autosave flushes on cleanup).
    pub fn unmount(&mut self) {
        drop(self.handle.take());
    }
}

/// Mounts an instance for `host` into `root`. The loader
/// (`scripts/embed/keukentafel-embed.js`) makes `root` a `<div>` in
/// `host`'s shadow root, next to the stylesheet, and takes both out again
/// after [`Embedded::unmount`]: plain DOM work that costs the first load
/// less in JavaScript than in wasm. `options` are `[name, value]` pairs
/// (a JS options object's), applied over `host`'s `data-*` attributes.
/// A bad option is an error naming it, explained in `host`.
pub fn mount(
    host: HtmlElement,
    root: HtmlElement,
    options: js_sys::Array,
) -> Result<Embedded, JsError> {
    let handle = mount_app(host, root, &options, false).map_err(|option| JsError::new(&option))?;
    Ok(Embedded {
        handle: Some(handle),
    })
}

/// The one place the app is mounted (one copy of Leptos's mount code in the
/// first load): `host`'s options into `root`. A wrong option is explained
/// in `host`; the error is its name.
pub fn mount_app(
    host: HtmlElement,
    root: HtmlElement,
    options: &js_sys::Array,
    owns_page: bool,
) -> Result<Box<dyn Any>, String> {
    let config = match config_of(&host, options) {
        Ok(config) => config,
        Err(e) => {
            let option = e.option().to_string();
            tell_problem(host, e);
            return Err(option);
        }
    };
    let handle = leptos::mount::mount_to(root, move || {
        view! { <App config=config owns_page=owns_page /> }.into_any()
    });
    Ok(Box::new(handle))
}

/// The element's `data-*` attributes, then the `[name, value]` pairs.
pub fn config_of(element: &HtmlElement, options: &js_sys::Array) -> Result<Config, ConfigError> {
    let names = element.get_attribute_names();
    let attributes = names.iter().filter_map(|n| {
        let name = n.as_string()?;
        let value = element.get_attribute(&name)?;
        Some((name, value))
    });
    let mut config = Config::from_attributes(attributes)?;
    for pair in options.iter() {
        let pair: js_sys::Array = pair.unchecked_into();
        let name = pair.get(0).as_string().unwrap_or_default();
        let value = pair.get(1).as_string().unwrap_or_default();
        config.set(&name, &value)?;
    }
    Ok(config)
}

/// Says in `host` what is wrong with an option, in the page's language,
/// for the web team. The words come with the chunk (both languages' texts
/// stay out of the first load); without it, at least the option's name.
pub fn tell_problem(host: HtmlElement, error: ConfigError) {
    let lang = page_lang(&host);
    leptos::task::spawn_local(async move {
        let option = error.option().to_string();
        let message = super::lazy::config_message(error, lang).await;
        say_problem(&host, message.as_deref().unwrap_or(&option));
    });
}

/// The language to speak to the web team in: the element's, else the page's.
pub fn page_lang(element: &HtmlElement) -> Lang {
    let code = element
        .get_attribute("data-lang")
        .or_else(|| {
            element
                .closest("[lang]")
                .ok()
                .flatten()
                .and_then(|e| e.get_attribute("lang"))
        })
        .unwrap_or_default();
    Lang::from_code(code.get(..2).unwrap_or("")).unwrap_or_default()
}

/// An embedding the app cannot use, said plainly for the web team in the
/// element (plain DOM: this is the first load, where every view costs).
pub fn say_problem(host: &HtmlElement, message: &str) {
    let doc = document();
    if let Ok(p) = doc.create_element("p") {
        p.set_class_name("kt-embed-problem");
        let _ = p.set_attribute("role", "alert");
        p.set_text_content(Some(&format!("Keukentafel: {message}")));
        // Inside the shadow root once there is one: a shadow host's own
        // children are not shown.
        let _ = match host.shadow_root() {
            Some(shadow) => shadow.append_child(&p),
            None => host.append_child(&p),
        };
    }
}
