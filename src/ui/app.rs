//! The component root: state, the header (language, save status, back to
//! start) and the current screen: the start screen, or the intake's screens
//! from the wasm chunk (`lazy`), which also wires autosave.

use super::components::quick_exit;
use super::components::LangSwitch;
use super::lazy::{self, LazyView, LoadFailed};
use super::state::{use_app, AppState, Screen};
use super::steps::StartScreen;
use crate::config::{Config, ExtraDomains, RawOptions};
use crate::domain::Lang;
use crate::i18n::{t, Key};
use crate::storage::{Drafts, LocalStore, Mirror};
use crate::ui::state::tr;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Mounts the app into the standalone page's `#keukentafel` element (the
/// app's own page and the iframe page), which owns the whole document.
/// Options come from the element's `data-*` attributes, then from
/// `options` (`[name, value]` pairs, e.g. the iframe page's query string).
/// A configuration the app cannot use is said in the app, in plain words
/// for the web team, instead of a blank page.
pub fn mount_page(options: js_sys::Array) {
    let doc = document();
    let Some(host) = doc
        .get_element_by_id("keukentafel")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The page is the app's own: it lives as long as the page.
    std::mem::forget(super::embed::mount_app(&host, host.clone(), &options, true));
}

/// The component for Rust hosts: `view! { <keukentafel::App config=… /> }`.
/// It renders into the host's own page (light DOM): include the app's
/// stylesheet (`keukentafel-embed.css`) in that page.
#[component]
pub fn App(
    /// Language, storage namespace, mode, coach defaults, extra domains.
    #[prop(optional)]
    config: Option<Config>,
    /// The same, as a page gave them (attributes, JS options), read with
    /// the intake's code; `config` is for Rust hosts.
    #[prop(optional)]
    options: Option<RawOptions>,
    /// True only when the app is the whole page (it may then set the
    /// document title and print the page itself); a host page keeps both.
    #[prop(optional)]
    owns_page: bool,
) -> impl IntoView {
    let (given_lang, namespace) = match (&config, &options) {
        (Some(c), _) => (Some(c.lang), Some(c.namespace.clone())),
        (None, Some(raw)) => raw.first_screen(),
        (None, None) => (None, Some(Config::default().namespace)),
    };
    // A namespace that would not pass opens no storage: the notice says why.
    let usable = namespace.is_some();
    let namespace = namespace.unwrap_or_default();
    // Drafts live in IndexedDB, read in at start (`boot`); the language
    // stays in localStorage, read before the first paint.
    let drafts = Drafts::new(Mirror::new(), &namespace).with_settings(Rc::new(LocalStore));
    let lang = drafts
        .setting("lang")
        .and_then(|l| Lang::from_code(&l))
        .or(given_lang)
        .unwrap_or_default();
    let check_config = !usable
        || options.as_ref().is_some_and(RawOptions::has_more)
        || config
            .as_ref()
            .is_some_and(|c| !matches!(c.extra_domains, ExtraDomains::None) || !c.texts.is_empty());
    // Another language than Dutch shows once its texts are in (fetched
    // below); until then the quiet loading line.
    let app = AppState::new(drafts, Lang::Nl);
    app.configure(config, options, owns_page);
    provide_context(app);
    if usable {
        lazy::register(app);
    }
    if usable || lang != Lang::Nl {
        super::boot::start(app, usable.then_some(namespace), lang);
    }
    let in_intake = Memo::new(move |_| app.screen.with(|s| *s != Screen::Start));

    view! {
        <div class="kt-app" lang=move || app.lang.get().code() dir=move || app.lang.get().dir()>
            <Header />
            // Reading the options and extra domains needs the chunk; the web
            // team should hear about a mistake on page load, not when an
            // intake starts (and the chunk is then ready for that).
            {check_config.then(|| view! { <LazyView load=lazy::loader(lazy::config_notice) /> })}
            {move || app.load_failed.get().map(|again| view! {
                <LoadFailed retry=move || again.run(()) />
            })}
            <main class="kt-main">
                {move || if app.booting.get() {
                    view! { <p class="kt-body kt-loading" role="status">{tr(app.lang, Key::load_busy)}</p> }.into_any()
                } else if in_intake.get() {
                    // The screens of an open intake come from the wasm chunk.
                    view! { <LazyView load=lazy::loader(lazy::intake_screens) /> }.into_any()
                } else if usable {
                    view! { <StartScreen /> }.into_any()
                } else {
                    ().into_any()
                }}
            </main>
        </div>
    }
}

#[component]
fn Header() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let in_draft = move || app.draft.with(Option::is_some);
    view! {
        <header class="kt-header kt-no-print">
            // First in the focus order: the way out is one Tab away.
            <button type="button" class="kt-button kt-button--warning kt-quick-exit"
                on:click=move |_| quick_exit::leave(app)>
                {tr(lang, Key::quick_exit)}
            </button>
            <p class="kt-header__name">{tr(lang, Key::app_name)}</p>
            <nav class="kt-header__nav" aria-label=move || t(lang.get(), Key::nav_label)>
                {move || in_draft().then(|| view! {
                    <button type="button" class="kt-button--link" on:click=move |_| lazy::run(app, move || lazy::close_draft(app))>
                        {t(lang.get(), Key::nav_to_start)}
                    </button>
                })}
                <LangSwitch />
            </nav>
            {move || in_draft().then(|| view! { <super::components::DraftStatus /> })}
        </header>
    }
}
