//! Quick exit (GOV.UK's "Exit this page" pattern): a button on every
//! screen, and Shift pressed three times within a second, that takes the
//! screen away at once and replaces the page with a neutral one, for when
//! someone walks in who should not see it. `replace`, not a link, so Back
//! does not return to the plan.
//!
//! In the first load (the start screen has the button too), so it is kept
//! small: the open draft is saved (and locked, if it has a passphrase) by
//! the intake's code, which is loaded whenever a draft is open
//! ([`LeaveHook`]).

use crate::ui::state::AppState;
use leptos::prelude::*;

/// Three presses of Shift within this many milliseconds.
const WINDOW_MS: f64 = 1000.0;

/// Listens for Shift pressed three times until the current owner (the
/// app's root) is cleaned up. `button` is the quick-exit button (its text
/// is named in `app.rs`, a first-load file `build.rs` reads for the texts
/// the first screen needs).
pub fn listen(app: AppState, button: NodeRef<leptos::html::Button>) {
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
            leave(app, button);
        }
    });
    on_cleanup(move || keys.remove());
}

/// Hides the app, saves the draft as it is, and replaces the page.
pub fn leave(app: AppState, button: NodeRef<leptos::html::Button>) {
    // At once, before anything async: nothing of the plan stays on screen.
    if let Some(root) = button
        .get_untracked()
        .and_then(|b| b.closest(".kt-app").ok().flatten())
    {
        let _ = root.set_attribute("hidden", "");
    }
    if app.owns_page.get_value() {
        // The tab's title can name the household.
        crate::ui::browser::set_title("");
    }
    // The intake's code, loaded whenever a draft is open, leaves this hook
    // (`session::activate`): it saves, then calls `go` (and goes anyway if
    // saving takes too long). No split point: nothing to fetch, and less
    // code in the first load.
    match app.in_root(use_context::<LeaveHook>).flatten() {
        Some(hook) if app.draft.get_untracked().is_some() => hook.0.run(()),
        _ => go(&app.exit_url()),
    }
}

/// What quick exit runs when a draft is open (see [`leave`]).
#[derive(Clone, Copy)]
pub struct LeaveHook(pub Callback<()>);

/// Replaces the page with `url` (an address `config::is_exit_url` passed).
pub fn go(url: &str) {
    let window = window();
    // The iframe page tells the host page (keukentafel-frame.js), which
    // replaces itself; a host page may listen for it too.
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&url.into());
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("keukentafel:exit", &init) {
        let _ = window.dispatch_event(&event);
    }
    // Refused only for an address `is_exit_url` does not pass; the screen
    // is hidden either way.
    let _ = window.location().replace(url);
}
