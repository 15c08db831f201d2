//! The lower part of a long screen, built once the top has been drawn.
//!
//! A tap on "start" builds the household screen in one task: at 4× CPU
//! its ≈100 elements took ≈50 ms before the first field could take a
//! keystroke. Built in two steps, the heading and the first field are on
//! screen (and typing reaches them) while the rest is still being built,
//! one task later. Where a "change" link asked to land on one exact field
//! (`AppState::focus_target`), everything is built at once, so the field
//! is there to take focus.

use crate::ui::browser;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn AfterPaint(children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    let now = app.focus_target.with_untracked(Option::is_some);
    let ready = RwSignal::new(now);
    if !now {
        leptos::task::spawn_local(async move {
            // A frame, then a task of its own: the top is drawn first.
            browser::next_frame().await;
            browser::sleep(0).await;
            // The screen may be gone meanwhile (the person went on).
            ready.try_set(true);
        });
    }
    move || ready.get().then(|| children())
}
