//! The language switcher in the header: every other language, named in
//! itself (with its own `lang` and `dir`, so it is read out and drawn
//! right), so those who need it find it whatever the screen's language.
//! Choosing one fetches its texts first (`ui::locales`); a fetch that
//! fails keeps the current language and shows the load-failure notice.

use crate::domain::Lang;
use crate::ui::lazy;
use crate::ui::locales;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    move || {
        let now = lang.get();
        Lang::ALL
            .into_iter()
            .filter(|l| *l != now)
            .map(|to| {
                view! {
                    <button type="button" class="kt-button--link" lang=to.code() dir=to.dir() on:click=move |_| switch(app, to)>
                        {to.native_name()}
                    </button>
                }
            })
            .collect_view()
    }
}

/// Shows the app in `to` once its texts are in, and remembers the choice.
pub fn switch(app: AppState, to: Lang) {
    lazy::run(app, move || async move {
        locales::ensure(to).await?;
        app.lang.set(to);
        // Not told: the switch works for this visit either way; a device
        // that stores nothing only forgets the choice for the next one.
        let _ = app.drafts().set_setting("lang", to.code());
        Ok(())
    });
}

/// On a page the app owns, `<html>` carries the language and direction
/// too (a host page's are the host's: never touched).
pub fn follow_on_page(lang: Lang) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Fixed, valid attribute names: cannot fail.
        let _ = html.set_attribute("lang", lang.code());
        let _ = html.set_attribute("dir", lang.dir());
    }
}
