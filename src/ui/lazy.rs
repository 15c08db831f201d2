//! Where the wasm is cut in two. The first screen (start, language, open a
//! file) is in the part the page loads; everything that reads, edits or
//! writes an intake is in the chunk "intake", fetched the first time one of
//! the functions below is called. `scripts/build.sh` runs wasm-split-cli,
//! which moves every function only reachable through these split points
//! into that chunk (issue 6: the first load must stay small).
//!
//! Every split point is `fallible`: a chunk that cannot be fetched (the
//! connection dropped at the kitchen table) gives [`NotLoaded`] and a plain
//! message with a retry, never a crashed page. Nothing typed is lost: the
//! draft is already on the device.
//!
//! Outside `scripts/build.sh` (e.g. the component tests) the split points
//! are never reached, so their placeholder imports are never linked. The
//! developer loop (`./run dev`, feature `dev`) builds them as plain async
//! functions instead (see [`split_point!`]).

use super::components::{ImportResult, PickedFile};
use super::config_notice::ConfigNotice;
use super::intake::IntakeScreens;
use super::locales;
use super::notice::Notice;
use super::session;
use super::state::{tr, use_app, AppState, Screen};
use super::steps::DraftList;
use crate::config::Config;
use crate::i18n::Key;
use leptos::prelude::*;
#[cfg_attr(feature = "dev", allow(unused_imports))]
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// The chunk could not be fetched or started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares a split point. In the release build it is a `#[wasm_split]`
/// function in the chunk "intake"; with the `dev` feature (`./run dev`,
/// built without the splitter) the same body is a plain `async fn` that
/// calls straight through, so a debug build needs no wasm-split-cli.
macro_rules! split_point {
    ($(#[doc = $doc:literal])* $(preload($preload:ident))? $(texts($texts:literal))? pub fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        $(#[doc = $doc])*
        #[cfg(not(feature = "dev"))]
        #[wasm_split(intake, wasm_split_path = ::leptos::wasm_split, fallible $(, preload($preload))?)]
        pub fn $name($($arg: $ty),*) -> $ret {
            // The intake's texts come with the chunk (see `i18n::t`); once
            // they are in, a language switch fetches the language's too
            // (`locales::ensure`), so a split point that shows nothing
            // says `texts(false)`.
            if true $(&& $texts)? {
                crate::i18n::register_rest();
            }
            $body
        }

        $(#[doc = $doc])*
        #[cfg(feature = "dev")]
        pub async fn $name($($arg: $ty),*) -> $ret {
            if true $(&& $texts)? {
                crate::i18n::register_rest();
            }
            $body
        }

        $(
            /// Nothing to fetch when nothing is split.
            #[cfg(feature = "dev")]
            async fn $preload() -> Result<(), SplitLoaderError> {
                Ok(())
            }
        )?
    };
}

split_point! {
    /// The screens of an open intake (household, tasks, domains, check, plan).
    preload(preload_intake)
    pub fn intake_screens() -> Result<AnyView, NotLoaded> {
        Ok(view! { <IntakeScreens /> }.into_any())
    }
}

split_point! {
    /// Readies the apps on the page for their first intake ahead of the tap (issue 14):
    /// wires autosave, the writer and the other-tab channel now, while the
    /// page is idle. Their first use costs the renderer tens of
    /// milliseconds (the first `BroadcastChannel` most of all) that would
    /// otherwise sit between the tap on "start" and the household screen.
    /// It shows nothing, so it does not take the intake's texts in.
    texts(false)
    pub fn prepare() -> Result<(), NotLoaded> {
        for (_, app) in APPS.with_borrow(Vec::clone) {
            session::activate(app);
        }
        Ok(())
    }
}

split_point! {
    /// Starts a new, empty intake and opens its first screen.
    pub fn start_new(app: AppState) -> Result<(), NotLoaded> {
        session::start_draft(app, app.config(Config::new_intake));
        app.go(Screen::Household);
        Ok(())
    }
}

split_point! {
    /// At start: moves old localStorage drafts when there are (`legacy`),
    /// then reopens the draft that was open when the page went away.
    /// `Ok(true)`: still working (it ends the boot itself).
    pub fn resume(app: AppState, namespace: String, legacy: bool) -> Result<bool, NotLoaded> {
        if !legacy {
            session::restore(app);
            return Ok(false);
        }
        leptos::task::spawn_local_scoped(async move {
            session::migrate(app, &namespace).await;
            session::restore(app);
            app.booting.set(false);
        });
        Ok(true)
    }
}

split_point! {
    /// Saves what is pending and goes back to the start screen.
    pub fn close_draft(app: AppState) -> Result<(), NotLoaded> {
        session::close_draft(app);
        Ok(())
    }
}

split_point! {
    /// "Alles van dit apparaat verwijderen": asks, then removes everything
    /// Keukentafel stored on this device (see `ui::remove`). The writer
    /// (wired by `activate`) takes the removal to IndexedDB.
    pub fn remove_everything(app: AppState) -> Result<(), NotLoaded> {
        session::activate(app);
        super::remove::remove_everything(app);
        Ok(())
    }
}

split_point! {
    /// Quick exit, after the app is hidden: saves the open draft as it is
    /// (sealed, if locked) and replaces the page (see `session::leave`).
    pub fn leave(app: AppState) -> Result<(), NotLoaded> {
        session::leave(app);
        Ok(())
    }
}

split_point! {
    /// Reads the embedding's options and extra domains, so a mistake in
    /// them is shown to the web team as soon as the first screen is up (the
    /// defaults and the standard domains work meanwhile).
    pub fn config_notice() -> Result<AnyView, NotLoaded> {
        let app = use_app();
        app.catalogue();
        super::overrides::apply(app);
        Ok(view! { <ConfigNotice /> }.into_any())
    }
}

split_point! {
    /// The one notice, on the start screen (the intake's screens have their own).
    pub fn notice() -> Result<AnyView, NotLoaded> {
        Ok(view! { <Notice /> }.into_any())
    }
}

split_point! {
    /// The drafts on this device, each read to show its name and progress.
    pub fn draft_list() -> Result<AnyView, NotLoaded> {
        // From here on other tabs' changes reach the list.
        session::activate(use_app());
        Ok(view! { <DraftList /> }.into_any())
    }
}

split_point! {
    /// Checks a picked plan file and opens it, or says why not.
    pub fn import_outcome(
        file: PickedFile,
        picked: RwSignal<Option<PickedFile>>,
    ) -> Result<AnyView, NotLoaded> {
        Ok(view! { <ImportResult file=file picked=picked /> }.into_any())
    }
}

/// A split point's answer, boxed: the code that awaits and renders it is
/// then compiled once, not once per split point (it is in the first load).
pub type Loading<T> = Pin<Box<dyn Future<Output = Result<T, NotLoaded>>>>;

/// Something that starts loading a view from the chunk (see [`LazyView`]).
pub type ViewLoader = Arc<dyn Fn() -> Loading<AnyView> + Send + Sync>;

/// Wraps a split point that returns a view for [`LazyView`].
pub fn loader<Fut>(split_point: impl Fn() -> Fut + Send + Sync + 'static) -> ViewLoader
where
    Fut: Future<Output = Result<AnyView, NotLoaded>> + 'static,
{
    Arc::new(move || Box::pin(split_point()))
}

/// Runs a split-point action. A chunk that will not load is shown in the
/// app's load-failure notice, whose button runs the action again.
pub fn run<Fut>(app: AppState, action: impl Fn() -> Fut + Send + Sync + 'static)
where
    Fut: Future<Output = Result<(), NotLoaded>> + 'static,
{
    run_boxed(app, Arc::new(move || Box::pin(action())));
}

fn run_boxed(app: AppState, action: Arc<dyn Fn() -> Loading<()> + Send + Sync>) {
    leptos::task::spawn_local_scoped(async move {
        // The intake's code shows its texts in the current language.
        let outcome = match locales::ensure_all(app.lang.get_untracked()).await {
            Ok(()) => action().await,
            Err(e) => Err(e),
        };
        app.load_failed.set(match outcome {
            Ok(()) => None,
            Err(NotLoaded) => Some(Callback::new(move |()| run_boxed(app, action.clone()))),
        });
    });
}

thread_local! {
    /// The apps on this page, so that a warm-up from the page's script
    /// (which knows no app) readies each of them.
    static APPS: std::cell::RefCell<Vec<(u32, AppState)>> = const { std::cell::RefCell::new(Vec::new()) };
    static NEXT_APP: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Makes `app` one of those [`warm`] readies, until its owner is cleaned up
/// (an embedding unmounted).
pub fn register(app: AppState) {
    let key = NEXT_APP.replace(NEXT_APP.get() + 1);
    APPS.with_borrow_mut(|apps| apps.push((key, app)));
    on_cleanup(move || APPS.with_borrow_mut(|apps| apps.retain(|(k, _)| *k != key)));
}

/// Warms the chunk (on hover or focus of the button that needs it, or at
/// idle from `start.js`), so the tap itself does not wait for the network,
/// and readies every app on the page for its first intake.
pub fn warm() {
    leptos::task::spawn_local(async {
        // Only a head start: the click that needs the chunk loads it
        // again and reports a failure then.
        if preload_intake().await.is_ok() {
            // The same: the tap readies the app itself if this did not.
            let _ = prepare().await;
        }
    });
}

/// A view from the chunk: a quiet "loading" line while it is fetched, and
/// a plain message with a retry button if it cannot be.
#[component]
pub fn LazyView(load: ViewLoader) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let attempt = RwSignal::new(0u32);
    let load = StoredValue::new(load);
    move || {
        attempt.track();
        view! {
            <Suspense fallback=move || view! { <p class="kt-body kt-loading" role="status">{tr(lang, Key::load_busy)}</p> }>
                {Suspend::new(SendWrapper::new(async move {
                    let texts = locales::ensure_all(lang.get_untracked()).await;
                    let loaded = match texts {
                        Ok(()) => load.with_value(|f| f()).await,
                        Err(e) => Err(e),
                    };
                    match loaded {
                        Ok(view) => view,
                        Err(NotLoaded) => view! {
                            <LoadFailed retry=move || attempt.update(|n| *n += 1) />
                        }.into_any(),
                    }
                }))}
            </Suspense>
        }
    }
}

/// What to say when the chunk will not load.
#[component]
pub fn LoadFailed(retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    view! {
        <div class="kt-notice kt-notice--warning" role="alert">
            <p class="kt-body"><strong>{tr(lang, Key::load_failed_title)}</strong></p>
            <p class="kt-body">{tr(lang, Key::load_failed_body)}</p>
            <button type="button" class="kt-button kt-button--secondary" on:click=move |_| retry()>
                {tr(lang, Key::load_retry)}
            </button>
        </div>
    }
}
