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
use crate::config::Config;
use leptos::prelude::{document, view, IntoAny};
use std::any::Any;
use wasm_bindgen::prelude::JsError;
use wasm_bindgen::{closure::Closure, JsValue};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Node, ShadowRootInit, ShadowRootMode};

/// One mounted instance (`src/main.rs` hands it to JavaScript).
pub struct Embedded {
    /// Dropping Leptos's handle disposes the instance's reactive owner:
    /// every effect, listener and timer registered under it goes with it.
    handle: Option<Box<dyn Any>>,
    host: HtmlElement,
    nodes: Vec<Node>,
}

impl Embedded {
    /// Removes the instance: its nodes, listeners and timers. Unsaved
    /// typing is written first (autosave flushes on cleanup).
    pub fn unmount(&mut self) {
        drop(self.handle.take());
        for node in self.nodes.drain(..) {
            if let Some(parent) = node.parent_node() {
                // A node the host already removed needs no removal.
                let _ = parent.remove_child(&node);
            }
        }
        let _ = self.host.remove_attribute("data-keukentafel-ready");
    }
}

/// Mounts an instance into `element`. `options` are `[name, value]`
/// pairs (the loader turns the element's `data-*` attributes and a JS
/// options object into them); `stylesheet` is the URL of
/// `keukentafel-embed.css` and `integrity` its SRI hash (may be empty).
/// A bad option is an error naming it, in the page's language.
pub fn mount(
    element: HtmlElement,
    options: js_sys::Array,
    stylesheet: String,
    integrity: String,
) -> Result<Embedded, JsError> {
    console_error_panic_hook::set_once();
    let config = config_of(&element, &options).map_err(|e| JsError::new(&e))?;
    register_units();
    let doc = document();
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| JsError::new("this element cannot hold Keukentafel (attachShadow refused)"))?,
    };
    let link: web_sys::HtmlLinkElement = doc
        .create_element("link")
        .map_err(|_| JsError::new("link"))?
        .unchecked_into();
    link.set_rel("stylesheet");
    link.set_href(&stylesheet);
    if !integrity.is_empty() {
        link.set_integrity(&integrity);
        link.set_cross_origin(Some("anonymous"));
    }
    let root: HtmlElement = doc
        .create_element("div")
        .map_err(|_| JsError::new("div"))?
        .unchecked_into();
    // Unstyled until the stylesheet is there (no flash of bare HTML); shown
    // either way once it loads or fails, never a blank box.
    root.set_hidden(true);
    let ready = {
        let root = root.clone();
        let host = element.clone();
        Closure::<dyn Fn()>::new(move || {
            root.set_hidden(false);
            let _ = host.set_attribute("data-keukentafel-ready", "");
        })
    };
    link.set_onload(Some(ready.as_ref().unchecked_ref()));
    link.set_onerror(Some(ready.as_ref().unchecked_ref()));
    // Owned by the link element from here on (freed with it).
    ready.forget();
    shadow
        .append_child(&link)
        .map_err(|_| JsError::new("append"))?;
    shadow
        .append_child(&root)
        .map_err(|_| JsError::new("append"))?;
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <App config=config /> }.into_any()
    });
    Ok(Embedded {
        handle: Some(Box::new(handle)),
        host: element,
        nodes: vec![link.into(), root.into()],
    })
}

/// The element's `data-*` attributes, then the `[name, value]` pairs.
pub fn config_of(element: &HtmlElement, options: &js_sys::Array) -> Result<Config, String> {
    let names = element.get_attribute_names();
    let attributes = names.iter().filter_map(|n| {
        let name = n.as_string()?;
        let value = element.get_attribute(&name)?;
        Some((name, value))
    });
    let lang = page_lang(element);
    let mut config = Config::from_attributes(attributes).map_err(|e| e.message(lang))?;
    for pair in options.iter() {
        let pair: js_sys::Array = pair.unchecked_into();
        let name = pair.get(0).as_string().unwrap_or_default();
        let value = pair.get(1).as_string().unwrap_or_default();
        config.set(&name, &value).map_err(|e| e.message(lang))?;
    }
    Ok(config)
}

/// The language to speak to the web team in: the element's, else the page's.
fn page_lang(element: &HtmlElement) -> crate::domain::Lang {
    let code = element
        .get_attribute("data-lang")
        .or_else(|| element.closest("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang")))
        .unwrap_or_default();
    crate::domain::Lang::from_code(code.get(..2).unwrap_or("")).unwrap_or_default()
}

/// `rem` inside a shadow root is the host page's root font size, which a
/// host may set to anything (`html { font-size: 10px }`). The stylesheet
/// sizes everything in `--kt-rem`, set on the host element to the user's
/// own default font size; registering it as a length makes it inherit as
/// that size instead of being re-read at every element. Registering twice
/// throws, which is fine: the first registration holds.
fn register_units() {
    let Some(css) = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).ok() else {
        return;
    };
    let Ok(register) = js_sys::Reflect::get(&css, &"registerProperty".into()) else {
        return;
    };
    let Some(register) = register.dyn_ref::<js_sys::Function>() else {
        return;
    };
    let definition = js_sys::Object::new();
    for (k, v) in [
        ("name", JsValue::from_str("--kt-rem")),
        ("syntax", JsValue::from_str("<length>")),
        ("inherits", JsValue::TRUE),
        ("initialValue", JsValue::from_str("16px")),
    ] {
        let _ = js_sys::Reflect::set(&definition, &k.into(), &v);
    }
    // Already registered by an earlier instance: nothing to do.
    let _ = register.call1(&css, &definition);
}

/// An embedding the app cannot use, said plainly for the web team in the
/// element (plain DOM: this is the first load, where every view costs).
pub fn say_problem(host: &HtmlElement, message: &str) {
    let doc = document();
    if let Ok(p) = doc.create_element("p") {
        p.set_class_name("kt-embed-problem");
        let _ = p.set_attribute("role", "alert");
        p.set_text_content(Some(&format!("Keukentafel: {message}")));
        let _ = host.append_child(&p);
    }
}
