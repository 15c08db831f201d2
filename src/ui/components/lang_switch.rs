//! The language switcher in the header: every language, named in itself
//! (with its own `lang` and `dir`, so it is read out and drawn right), so
//! those who need it find it whatever the screen's language; the one in
//! use is pressed. Choosing one fetches its texts first (`ui::locales`); a
//! fetch that fails keeps the current language and shows the load-failure
//! notice.
//!
//! Always the same six buttons in the same order: a change of language
//! updates them in place (Leptos keeps the elements), so focus stays on the
//! button pressed, now pressed (WCAG 2.4.3). The status region after them,
//! there from the start, says the language the app is in, so a change is
//! said in the new language (WCAG 4.1.3). Built from the same parts as the
//! rest of the first screen: the first load has little room.

use crate::domain::Lang;
use crate::i18n::Key;
use crate::ui::lazy;
use crate::ui::locales;
use crate::ui::state::{tr, use_app, AppState};
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let app = use_app();
    let buttons = move || {
        let now = app.lang.get();
        Lang::ALL
            .into_iter()
            .map(|to| {
                view! {
                    <button type="button" class="kt-button--link" lang=to.code() dir=to.dir()
                        aria-pressed=if to == now { "true" } else { "false" }
                        on:click=move |_| switch(app, to)>
                        {to.native_name()}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        {buttons}
        <p class="kt-visually-hidden" role="status">{tr(app.lang, Key::lang_chosen)}</p>
    }
}

/// Shows the app in `to` once its texts are in, and remembers the choice.
pub fn switch(app: AppState, to: Lang) {
    // Under the app's root: the switcher's buttons are rebuilt when the
    // language changes, and the fetch must outlive them.
    app.in_root(move || {
        lazy::run(app, move || async move {
            locales::ensure(to).await?;
            choose(app, to);
            Ok(())
        })
    });
}

/// Shows the app in `to` (its texts are in) and remembers it for the next
/// visit: the header's switcher and the table's button both choose this way.
pub fn choose(app: AppState, to: Lang) {
    show(app, to);
    // Not told: the switch works for this visit either way; a device that
    // stores nothing only forgets the choice for the next one.
    let _ = app.drafts().set_setting("lang", to.code());
}

/// Shows the app in `lang` (its texts are in). On a page the app owns,
/// `<html>` carries the language and direction too; a host page's are the
/// host's, never touched (`dir` is on the component's root there).
pub fn show(app: AppState, lang: Lang) {
    app.lang.set(lang);
    if !app.owns_page.get_value() {
        return;
    }
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Fixed, valid attribute names: cannot fail.
        let _ = html.set_attribute("lang", lang.code());
        let _ = html.set_attribute("dir", lang.dir());
    }
}
