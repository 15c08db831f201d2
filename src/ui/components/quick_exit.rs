//! Quick exit (GOV.UK's "Exit this page" pattern): a button on every
//! screen, and Shift pressed three times within a second, that takes the
//! screen away at once and replaces the page with a neutral one, for when
//! someone walks in who should not see it. `replace`, not a link, so Back
//! does not return to the plan.
//!
//! Only the button and the hiding are in the first load (the start
//! screen has the button too, issue 6); the Shift listener, saving and
//! leaving are the intake's code (`session::leave`, `session::activate`),
//! loaded whenever a draft is open or on the device.

use crate::ui::lazy;
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Three presses of Shift within this many milliseconds.
const WINDOW_MS: f64 = 1000.0;

/// Listens for Shift pressed three times until the current owner (the
/// app's root) is cleaned up. The button itself is in `app.rs` (a
/// first-load file `build.rs` reads for the texts the first screen needs).
pub fn listen(app: AppState) {
    // The times of the last Shift presses, newest last.
    let presses = StoredValue::new(Vec::<f64>::new());
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        // Held down (repeat) is one press; an IME uses Shift while composing.
        if e.key() != "Shift" || e.repeat() || e.is_composing() {
            return;
        }
        let now = js_sys::Date::now();
        let three = presses.try_update_value(|p| {
            p.retain(|t| now - t < WINDOW_MS);
            p.push(now);
            p.len() >= 3
        });
        if three == Some(true) {
            leave(app);
        }
    });
    on_cleanup(move || keys.remove());
}

/// Hides the app, saves the draft as it is, and replaces the page. Only
/// the hiding is first-load code (at once, before anything async); the
/// rest is the intake's code (`session::leave`), fetched if it is not
/// there yet: on a device with no draft open there is nothing to save.
pub fn leave(app: AppState) {
    hide();
    leptos::task::spawn_local(async move {
        if lazy::leave(app).await.is_err() {
            // The intake's code would not load: leave all the same.
            let _ = window().location().replace(crate::config::DEFAULT_EXIT_URL);
        }
    });
}

/// Every instance on the page goes (they are all Keukentafel): the hosts
/// of embedded ones (their shadow styles hide the app under a hidden
/// host), the app's own page, and a Rust host's light-DOM app.
pub fn hide() {
    if let Ok(all) = document().query_selector_all("[data-keukentafel],#keukentafel,.kt-app") {
        for node in (0..all.length()).filter_map(|i| all.item(i)) {
            let _ = node
                .unchecked_into::<web_sys::Element>()
                .set_attribute("hidden", "");
        }
    }
}

/// Replaces the page with `url`, or with the default neutral page if the
/// browser refuses `url` (it passed only the first screen's quick check).
pub fn go(url: &str) {
    let window = window();
    if let Ok(all) = document().query_selector_all("[data-keukentafel],#keukentafel") {
        for node in (0..all.length()).filter_map(|i| all.item(i)) {
            let _ = node
                .unchecked_into::<web_sys::Element>()
                .set_attribute("data-kt-exit-url", url);
        }
    }
    // The iframe page tells the host page (keukentafel-frame.js), which
    // replaces itself; a host page may listen for it too.
    if let Ok(event) = web_sys::Event::new("keukentafel:exit") {
        let _ = window.dispatch_event(&event);
    }
    if window.location().replace(url).is_err() {
        let _ = window.location().replace(crate::config::DEFAULT_EXIT_URL);
    }
}
