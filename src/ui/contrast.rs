//! A municipality's colours with too little contrast (see
//! `domain::contrast`): read here, in the intake's chunk, once the app is
//! readied (`session::activate`, at idle on the first screen), never in
//! the first load. Each pair that falls short is told to the web team in
//! the browser's console, with the measured ratio and the threshold, and
//! its colours go back to ours, so residents can read the screens.
//!
//! The console, not the on-page configuration notice: the notice is for
//! settings the app cannot use, and residents read it; here the app has
//! already put it right, so a resident has nothing to read or do, and a
//! web team checking its theme has its console open.

use crate::domain::contrast::{check, Rgba, Role};
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

/// Checks every Keukentafel on the page: in the document (its own page,
/// a Rust host) and in each embedded instance's shadow root.
pub fn check_all() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut apps = all(&doc, ".kt-app");
    for host in all(&doc, "[data-keukentafel]") {
        let root = Reflect::get(&host, &"shadowRoot".into()).unwrap_or(JsValue::NULL);
        if root.is_object() {
            // A shadow root answers `querySelector` as an element does.
            if let Ok(Some(app)) = root.unchecked_into::<Element>().query_selector(".kt-app") {
                apps.push(app);
            }
        }
    }
    for app in &apps {
        check_app(&doc, app);
    }
}

fn all(doc: &Document, selector: &str) -> Vec<Element> {
    let Ok(list) = doc.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// `target.method(...args)`, through `Reflect`: the few CSSOM calls here
/// then add no bindings to the first load's glue (`browser.rs` does the
/// same for constructable stylesheets).
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &method.into()).ok()?.dyn_into().ok()?;
    f.apply(target, &args.iter().collect::<Array>()).ok()
}

/// `element.style.setProperty(name, value)`: CSSOM, which a strict CSP
/// allows (a `style` attribute it would refuse).
fn set_style(element: &Element, name: &str, value: &str) -> Option<JsValue> {
    let style = Reflect::get(element, &"style".into()).ok()?;
    call(&style, "setProperty", &[name.into(), value.into()])
}

/// Reads each colour as the browser computes it (a probe whose `color` is
/// the role's custom property: any CSS colour comes back as `rgb()`), and
/// puts back those the core says to.
fn check_app(doc: &Document, app: &Element) {
    let (Some(window), Ok(probe)) = (web_sys::window(), doc.create_element("span")) else {
        return;
    };
    // Fixed, valid attribute name: cannot fail.
    let _ = probe.set_attribute("hidden", "");
    if app.append_child(&probe).is_err() {
        return;
    }
    let colours: Vec<(Role, Rgba)> = Role::ALL
        .into_iter()
        .map(|role| {
            set_style(&probe, "color", &format!("var({})", role.property()));
            let seen = call(&window, "getComputedStyle", &[probe.clone().into()])
                .and_then(|style| Reflect::get(&style, &"color".into()).ok())
                .and_then(|c| c.as_string())
                .and_then(|c| Rgba::parse(&c));
            // A colour the browser gives in another form (oklch) is not
            // judged: taken as ours.
            (role, seen.unwrap_or(role.default_colour().1))
        })
        .collect();
    probe.remove();
    let (short, reset) = check(|role| {
        colours
            .iter()
            .find(|(r, _)| *r == role)
            .map_or(role.default_colour().1, |(_, c)| *c)
    });
    // `console.warn`, through `Reflect` too.
    let console = Reflect::get(&window, &"console".into()).unwrap_or(JsValue::NULL);
    for shortfall in &short {
        call(&console, "warn", &[shortfall.to_string().into()]);
    }
    for role in reset {
        set_style(app, role.property(), role.default_colour().0);
    }
}
