//! Quick exit (GOV.UK's "Exit this page" pattern): a button on every
//! screen, and Shift pressed on its own three times within a second, that
//! take the screen away at once and replace the page with a neutral one,
//! for when someone walks in who should not see it. `replace`, not a
//! link, so Back does not return to the plan.
//!
//! Only the button and the hiding are in the first load (the start
//! screen has the button too, issue 6); the Shift listener, saving and
//! leaving are the intake's code (`session::leave`, `session::activate`),
//! loaded whenever a draft is open or on the device.

use crate::domain::exit_keys::ExitKeys;
use crate::ui::lazy;
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Listens for Shift pressed three times on its own until the current
/// owner (the app's root) is cleaned up; the rule is `domain::exit_keys`
/// (Shift+Tab or a capital letter is no press). The button itself is in
/// `app.rs` (a first-load file `build.rs` reads for the texts the first
/// screen needs).
pub fn listen(app: AppState) {
    let keys = StoredValue::new(ExitKeys::default());
    let down = window_event_listener(leptos::ev::keydown, move |e| {
        keys.update_value(|k| k.down(&e.key(), e.repeat(), e.is_composing()));
    });
    let up = window_event_listener(leptos::ev::keyup, move |e| {
        let now = js_sys::Date::now();
        if keys.try_update_value(|k| k.up(&e.key(), e.is_composing(), now)) == Some(true) {
            leave(app);
        }
    });
    on_cleanup(move || {
        down.remove();
        up.remove();
    });
}

/// Hides the app, saves the draft as it is, and replaces the page. Only
/// the hiding is first-load code (at once, before anything async); the
/// rest is the intake's code (`session::leave`), fetched if it is not
/// there yet: on a device with no draft open there is nothing to save.
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
