//! The component root: state, the header (language, save status, back to
//! start) and the current screen: the start screen, or the intake's screens
//! from the wasm chunk (`lazy`), which also wires autosave.

use super::lazy::{self, LazyView, LoadFailed};
use super::state::{use_app, AppState, Screen};
use super::steps::StartScreen;
use crate::domain::Lang;
use crate::i18n::{t, Key};
use crate::storage::{Drafts, LocalStore};
use crate::ui::state::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What an embedding can set (as `data-*` attributes on the host element).
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Separates this embedding's drafts from others on the same site.
    pub namespace: String,
    /// The language to start in when the user has not chosen one.
    pub lang: Lang,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            namespace: "keukentafel".into(),
            lang: Lang::Nl,
        }
    }
}

/// Mounts the app into `#keukentafel` (or the body), reading its
/// configuration from the host element's `data-namespace` / `data-lang`.
pub fn mount() {
    let doc = document();
    let host = doc
        .get_element_by_id("keukentafel")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| doc.body().expect("a page has a body"));
    let mut config = Config::default();
    if let Some(ns) = host
        .get_attribute("data-namespace")
        .filter(|s| !s.is_empty())
    {
        config.namespace = ns;
    }
    if let Some(lang) = host
        .get_attribute("data-lang")
        .and_then(|l| Lang::from_code(&l))
    {
        config.lang = lang;
    }
    leptos::mount::mount_to(host, move || view! { <App config=config.clone() /> }).forget();
}

#[component]
pub fn App(
    /// Namespace and default language.
    #[prop(optional)]
    config: Option<Config>,
) -> impl IntoView {
    let config = config.unwrap_or_default();
    let drafts = Drafts::new(LocalStore, &config.namespace);
    let lang = drafts
        .setting("lang")
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or(config.lang);
    let reopen = drafts.open_draft().is_some();
    let app = AppState::new(drafts, lang);
    provide_context(app);
    if reopen {
        app.booting.set(true);
        lazy::run(app, move || async move {
            let done = lazy::restore(app).await;
            app.booting.set(false);
            done
        });
    }
    let in_intake = Memo::new(move |_| app.screen.with(|s| *s != Screen::Start));

    view! {
        <div class="kt-app" lang=move || app.lang.get().code()>
            <Header />
            {move || app.load_failed.get().map(|again| view! {
                <LoadFailed retry=move || again.run(()) />
            })}
            <main class="kt-main">
                {move || if app.booting.get() {
                    view! { <p class="kt-body kt-loading" role="status">{tr(app.lang, Key::load_busy)}</p> }.into_any()
                } else if in_intake.get() {
                    // The screens of an open intake come from the wasm chunk.
                    view! { <LazyView load=lazy::loader(lazy::intake_screens) /> }.into_any()
                } else {
                    view! { <StartScreen /> }.into_any()
                }}
            </main>
        </div>
    }
}

#[component]
fn Header() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let switch = move |to: Lang| {
        app.lang.set(to);
        let _ = app.drafts().set_setting("lang", to.code());
    };
    let in_draft = move || app.draft.with(Option::is_some);
    view! {
        <header class="kt-header kt-no-print">
            <p class="kt-header__name">{tr(lang, Key::app_name)}</p>
            <nav class="kt-header__nav" aria-label=move || t(lang.get(), Key::nav_label)>
                {move || in_draft().then(|| view! {
                    <button type="button" class="kt-button--link" on:click=move |_| lazy::run(app, move || lazy::close_draft(app))>
                        {t(lang.get(), Key::nav_to_start)}
                    </button>
                })}
                {move || {
                    let other = if lang.get() == Lang::Nl { Lang::En } else { Lang::Nl };
                    // Each language names itself, so it is found by those who need it.
                    let (label, code) = match other {
                        Lang::En => ("English", "en"),
                        Lang::Nl => ("Nederlands", "nl"),
                    };
                    view! {
                        <button type="button" class="kt-button--link" lang=code on:click=move |_| switch(other)>
                            {label}
                        </button>
                    }
                }}
            </nav>
            {move || in_draft().then(|| view! { <super::components::DraftStatus /> })}
        </header>
    }
}
