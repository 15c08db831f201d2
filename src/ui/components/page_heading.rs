//! The page's one `h1`. When a step appears it takes focus (so a screen
//! reader announces the new page and Tab starts from the top) and keeps the
//! document title in step — unless a "change" link asked to land on one
//! exact field, which then gets focus instead.

use crate::i18n::Key;
use crate::ui::browser;
use crate::ui::state::use_app;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn PageHeading(
    /// The heading text.
    #[prop(into)]
    text: Signal<String>,
    /// "Step X of Y" shown above the heading, when the page is a step.
    #[prop(optional, into)]
    progress: MaybeProp<String>,
) -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        let title = match progress.get() {
            Some(p) => format!("{} ({}) – {}", text.get(), p, app.t(Key::app_name)),
            None => format!("{} – {}", text.get(), app.t(Key::app_name)),
        };
        // A host page's title is the host's.
        if app.owns_page.get_value() {
            browser::set_title(&title);
        }
    });
    Effect::new(move |_| {
        let Some(el) = heading.get() else { return };
        if !app.navigated.get_value() {
            return;
        }
        let target = app.focus_target.get_untracked();
        let landed = target
            .as_deref()
            .is_some_and(|id| browser::focus_id_in(&el, id));
        app.focus_target.set(None);
        if !landed {
            let _ = el.focus();
        }
    });
    view! {
        <div class="kt-page-heading">
            {move || progress.get().map(|p| view! { <p class="kt-caption">{p}</p> })}
            <h1 class="kt-heading-l" tabindex="-1" node_ref=heading>
                {move || text.get()}
            </h1>
        </div>
    }
}
