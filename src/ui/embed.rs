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
use crate::config::RawOptions;
use leptos::prelude::{view, IntoAny};
use std::any::Any;
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
pub fn mount(host: HtmlElement, root: HtmlElement, options: js_sys::Array) -> Embedded {
    Embedded {
        handle: Some(mount_app(&host, root, &options, false)),
    }
}

/// The one place the app is mounted (one copy of Leptos's mount code in the
/// first load): `host`'s options into `root`. The options are read with
/// the intake's code; a wrong one is said in the component.
pub fn mount_app(
    host: &HtmlElement,
    root: HtmlElement,
    options: &js_sys::Array,
    owns_page: bool,
) -> Box<dyn Any> {
    let options = raw_options(host, options);
    let handle = leptos::mount::mount_to(root, move || {
        view! { <App options=options owns_page=owns_page /> }.into_any()
    });
    Box::new(handle)
}

/// The element's attributes and the `[name, value]` pairs, as given.
fn raw_options(element: &HtmlElement, options: &js_sys::Array) -> RawOptions {
    let names = element.get_attribute_names();
    let attributes = names
        .iter()
        .filter_map(|n| {
            let name = n.as_string()?;
            let value = element.get_attribute(&name)?;
            Some((name, value))
        })
        .collect();
    let options = options
        .iter()
        .map(|pair| {
            let pair: js_sys::Array = pair.unchecked_into();
            (
                pair.get(0).as_string().unwrap_or_default(),
                pair.get(1).as_string().unwrap_or_default(),
            )
        })
        .collect();
    RawOptions {
        attributes,
        options,
    }
}
