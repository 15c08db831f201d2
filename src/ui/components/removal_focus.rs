//! Where keyboard focus goes when a row of a list removes itself (a
//! person, an agreement, a resident who signs). The row's "remove" button
//! had focus and is gone with the row; left alone, focus would fall to the
//! page's <body>, and a keyboard or screen reader user would start again
//! at the top of the page (WCAG 2.4.3). It goes instead to the row that
//! takes its place (the next one, else the one before), or, when the list
//! is now empty, to what follows the list: its "add" button. The drafts
//! on the start screen, a list drawn anew, keep the place the same way
//! (`AfterRedraw`); with none left, the screen's heading has it.
//!
//! Found in the DOM around the button rather than by ids, so one helper
//! serves every list, in a shadow root as on a page of its own.

use crate::ui::browser;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The element a click was on (its handler's element), to note from.
pub fn target_element(ev: &web_sys::Event) -> Option<Element> {
    ev.current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
}

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
    /// `button` is the row's remove button (`target_element` of its click).
    pub fn note(button: Option<Element>) -> Self {
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
            if let Some(el) = target {
                // Focus only helps: the row is gone either way.
                browser::focus(el);
            }
        });
    }
}

/// The same for a list drawn anew on every change, whose rows are not
/// kept (the drafts on the start screen): the row's place is noted, and
/// focus goes to the row now at that place (else the last one), or, with
/// none left, to the screen's heading, which says where the person is.
pub struct AfterRedraw {
    button: Option<Element>,
    screen: Option<Element>,
    list: &'static str,
    place: usize,
}

impl AfterRedraw {
    /// `button` removes a row of the list `list` (a class selector), or
    /// every row ("remove everything", outside the list).
    pub fn note(button: Option<Element>, list: &'static str) -> Self {
        let row = button.as_ref().and_then(|b| b.closest("li").ok().flatten());
        let mut place = 0;
        let mut before = row.and_then(|r| r.previous_element_sibling());
        while let Some(r) = before {
            place += 1;
            before = r.previous_element_sibling();
        }
        let screen = button
            .as_ref()
            .and_then(|b| b.closest(".kt-screen").ok().flatten());
        Self {
            button,
            screen,
            list,
            place,
        }
    }

    /// The button that has focus now, looking into shadow roots (an
    /// embedded instance): for an action that does not get its event.
    pub fn note_focused(list: &'static str) -> Self {
        Self::note(browser::active_element(), list)
    }

    /// Moves focus on the next frame, once the list is drawn again; a
    /// button still there (nothing was removed) keeps it.
    pub fn then(self) {
        leptos::prelude::request_animation_frame(move || {
            if self.button.as_ref().is_none_or(|b| b.is_connected()) {
                return;
            }
            let Some(screen) = self.screen.filter(|s| s.is_connected()) else {
                return;
            };
            let rows = screen
                .query_selector_all(&format!("{} > li", self.list))
                .ok();
            let count = rows.as_ref().map_or(0, |r| r.length());
            let row = rows
                .zip(count.checked_sub(1))
                .and_then(|(r, last)| r.item((self.place as u32).min(last)))
                .and_then(|n| n.dyn_into::<Element>().ok());
            let target = match row {
                Some(row) => row.query_selector(FOCUSABLE).ok().flatten(),
                None => screen.query_selector("h1").ok().flatten(),
            };
            if let Some(el) = target {
                // Focus only helps: the row is gone either way.
                browser::focus(el);
            }
        });
    }
}
