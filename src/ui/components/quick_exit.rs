//! Quick exit (GOV.UK's "Exit this page" pattern): a button on every
//! screen, and Shift pressed on its own three times within a second, that
//! take the screen away at once and replace the page with a neutral one,
//! for when someone walks in who should not see it. `replace`, not a
//! link, so Back does not return to the plan.
//!
//! The button, the Shift listener, the hiding and the leaving without the
//! intake's code are in the first load: quick exit works on the start
//! screen and when the intake's code cannot be fetched. Saving the open
//! draft before leaving is the intake's code (`session::leave`).

use crate::domain::exit_keys::ExitKeys;
use crate::ui::lazy;
use crate::ui::state::AppState;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast};

/// Listens for Shift pressed three times on its own until the current
/// owner (the app's root, from `app.rs`) is cleaned up; the rule is
/// `domain::exit_keys` (Shift+Tab or a capital letter is no press). The
/// button itself is in `app.rs` (a first-load file `build.rs` reads for
/// the texts the first screen needs).
pub fn listen(app: AppState) {
    // One plain listener for both key events, not two of Leptos's typed
    // ones: this is first-load code, and each typed listener costs its own
    // copy of the glue.
    let keys = RefCell::new(ExitKeys::default());
    let on_key =
        Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
            let (key, composing) = (e.key(), e.is_composing());
            let mut keys = keys.borrow_mut();
            if e.type_() == "keydown" {
                keys.down(&key, e.repeat(), composing);
            } else if keys.up(&key, composing, js_sys::Date::now()) {
                drop(keys);
                leave(app);
            }
        });
    // One loop for adding and removing (first-load code). Adding or
    // removing a function as a listener of the window cannot fail.
    let each_kind = |f: &dyn Fn(&str)| {
        for kind in ["keydown", "keyup"] {
            f(kind);
        }
    };
    each_kind(&|kind| {
        let _ = window().add_event_listener_with_callback(kind, on_key.as_ref().unchecked_ref());
    });
    let on_key = SendWrapper::new(on_key);
    on_cleanup(move || {
        each_kind(&|kind| {
            let _ =
                window().remove_event_listener_with_callback(kind, on_key.as_ref().unchecked_ref());
        });
    });
}

/// Hides the app, saves the draft as it is, and replaces the page. The
/// hiding (at once, before anything async) and leaving without saving are
/// first-load code; saving is the intake's code (`session::leave`),
/// fetched if it is not there yet: on a device with no draft open there is
/// nothing to save, and if it cannot be fetched the page goes all the same.
pub fn leave(app: AppState) {
    hide();
    leptos::task::spawn_local(async move {
        if lazy::leave(app).await.is_err() {
            // The intake's code would not load: leave all the same, the
            // same way (the iframe page hands it to the host page) and to
            // the page's own address.
            go(&exit_url(app));
        }
    });
}

/// Where quick exit goes without the intake's code: the options as read
/// (a Rust host's `Config`, or options the chunk already checked), else
/// the page's value by the first screen's quick check
/// (`RawOptions::exit_url`).
fn exit_url(app: AppState) -> String {
    app.unread
        .with_value(|raw| raw.as_ref().map(|r| r.exit_url().to_string()))
        .unwrap_or_else(|| app.config.with_value(|c| c.exit_url.clone()))
}

/// Every instance on the page goes (they are all Keukentafel): the hosts
/// of embedded ones (their shadow styles hide the app under a hidden
/// host), the app's own page, and a Rust host's light-DOM app.
pub fn hide() {
    set_on_all("[data-keukentafel],#keukentafel,.kt-app", "hidden", "");
}

/// Sets attribute `name` on every element `selector` finds (one loop for
/// both of quick exit's marks: it is first-load code).
fn set_on_all(selector: &str, name: &str, value: &str) {
    if let Ok(all) = document().query_selector_all(selector) {
        for node in (0..all.length()).filter_map(|i| all.item(i)) {
            // A fixed, valid attribute name: cannot fail.
            let _ = node
                .unchecked_into::<web_sys::Element>()
                .set_attribute(name, value);
        }
    }
}

/// Replaces the page with `url`, or with the default neutral page if the
/// browser refuses `url` (it passed only the first screen's quick check).
pub fn go(url: &str) {
    let window = window();
    set_on_all("[data-keukentafel],#keukentafel", "data-kt-exit-url", url);
    // The iframe page tells the host page (keukentafel-frame.js), which
    // replaces itself; a host page may listen for it too.
    if let Ok(event) = web_sys::Event::new("keukentafel:exit") {
        let _ = window.dispatch_event(&event);
    }
    if window.location().replace(url).is_err() {
        let _ = window.location().replace(crate::config::DEFAULT_EXIT_URL);
    }
}
