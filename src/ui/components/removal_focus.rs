//! Where keyboard focus goes when a row of a list removes itself (a
//! person, an agreement, a resident who signs). The row's "remove" button
//! had focus and is gone with the row; left alone, focus would fall to the
//! page's <body>, and a keyboard or screen reader user would start again
//! at the top of the page (WCAG 2.4.3). It goes instead to the row that
//! takes its place (the next one, else the one before), or, when the list
//! is now empty, to what follows the list: its "add" button.
//!
//! Found in the DOM around the button rather than by ids, so one helper
//! serves every list, in a shadow root as on a page of its own.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// What can take focus inside a row.
const FOCUSABLE: &str = "input, textarea, select, button";

/// Notes, while the row is still there, where focus goes once it is gone;
/// `then` moves it there (call it after the removal has been rendered).
pub struct AfterRemoval {
    button: Option<Element>,
    row: Option<Element>,
    neighbour: Option<Element>,
    after_list: Option<Element>,
}

impl AfterRemoval {
    /// `button` is the row's remove button (an event's current target).
    pub fn note(button: Option<web_sys::EventTarget>) -> Self {
        let button = button.and_then(|t| t.dyn_into::<Element>().ok());
        let row = button.as_ref().and_then(|b| b.closest("li").ok().flatten());
        let neighbour = row.as_ref().and_then(|r| {
            r.next_element_sibling()
                .or_else(|| r.previous_element_sibling())
        });
        let after_list = row
            .as_ref()
            .and_then(|r| r.parent_element())
            .and_then(|list| list.next_element_sibling());
        Self {
            button,
            row,
            neighbour,
            after_list,
        }
    }

    /// Moves focus on the next frame, when the row has left the page. A
    /// button still there (the removal was refused) keeps it; a row still
    /// there without it (rows keyed by position: the last one went, and
    /// a last row cannot be removed) gives it to its first field.
    pub fn then(self) {
        leptos::prelude::request_animation_frame(move || {
            if self.button.as_ref().is_none_or(|b| b.is_connected()) {
                return;
            }
            let first_in = |e: Element| e.query_selector(FOCUSABLE).ok().flatten();
            let in_row = self.row.filter(|r| r.is_connected()).and_then(first_in);
            let in_neighbour = || {
                self.neighbour
                    .filter(|n| n.is_connected())
                    .and_then(first_in)
            };
            let target = in_row
                .or_else(in_neighbour)
                .or(self.after_list.filter(|a| a.is_connected()));
            if let Some(el) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                // Focus only helps: the row is gone either way.
                let _ = el.focus();
            }
        });
    }
}
