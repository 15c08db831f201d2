//! The app's shared state, handed to components as context newtypes.
//! Signals stay out of the domain model: the intake is one plain value in
//! one signal, and components read the slice they show.

use crate::config::{Config, RawOptions};
use crate::domain::catalogue::Catalogue;
use crate::domain::edit::{Applied, Edit};
use crate::domain::{DomainId, Intake, Lang};
use crate::i18n::{t, Key};
use crate::storage::{DraftId, Drafts, Mirror, StoreError};
use leptos::prelude::*;
use std::rc::Rc;

/// Where the user is. Saved with each draft so a reload returns to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Household,
    Tasks,
    /// A domain and the step within it (0-based).
    Domain(DomainId, usize),
    Check,
    Plan,
}

impl Screen {
    /// A compact, stable form for storage: "tasks", "domain/work/2".
    pub fn encode(&self) -> String {
        match self {
            Screen::Start => "start".into(),
            Screen::Household => "household".into(),
            Screen::Tasks => "tasks".into(),
            Screen::Domain(d, step) => format!("domain/{}/{}", d.as_str(), step),
            Screen::Check => "check".into(),
            Screen::Plan => "plan".into(),
        }
    }

    pub fn decode(s: &str) -> Option<Screen> {
        let mut parts = s.split('/');
        Some(match parts.next()? {
            "start" => Screen::Start,
            "household" => Screen::Household,
            "tasks" => Screen::Tasks,
            "domain" => {
                let d = DomainId::new(parts.next()?);
                let step = parts.next()?.parse().ok()?;
                Screen::Domain(d, step)
            }
            "check" => Screen::Check,
            "plan" => Screen::Plan,
            _ => return None,
        })
    }
}

/// How the last save went; shown quietly in the header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Idle,
    Pending,
    /// Saved at this local time, "14:32".
    Saved(String),
    Failed(StoreError),
}

/// Everything a screen needs. Cheap to copy: signals and a shared handle.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    pub intake: RwSignal<Intake>,
    pub draft: RwSignal<Option<DraftId>>,
    pub save_status: RwSignal<SaveStatus>,
    /// Bumped whenever the list of drafts on the device may have changed.
    pub drafts_changed: RwSignal<u32>,
    /// The id of the field to focus after the next screen change (a
    /// "change" link on the check page points at one exact field).
    pub focus_target: RwSignal<Option<String>>,
    /// Another tab changed the open draft; saving waits for the user.
    pub other_tab: RwSignal<bool>,
    /// False until the first move between screens: the first screen must
    /// not pull focus away from the host page it is embedded in.
    pub navigated: StoredValue<bool>,
    /// True while the draft that was open before a reload is being reopened.
    pub booting: RwSignal<bool>,
    /// A part of the app (a wasm chunk) did not load; runs the action again.
    pub load_failed: RwSignal<Option<Callback<()>>>,
    /// Autosave and the second-tab watch are wired (see `session::activate`).
    pub(crate) activated: StoredValue<bool>,
    /// The app's root owner: what lives as long as the app is created under
    /// it. Weak: a strong handle stored in the owner's own arena would keep
    /// it alive after unmount, so its cleanups (autosave's last save, the
    /// removal of window listeners) would never run.
    pub(crate) root: StoredValue<WeakOwner>,
    drafts: StoredValue<Rc<Drafts<Mirror>>, LocalStorage>,
    /// How this instance is embedded: mode, coach defaults, extra domains.
    /// Read from [`RawOptions`] by the intake's code ([`AppState::config`]).
    /// Crate-visible for quick exit, which reads the exit address without
    /// the intake's code (`components::quick_exit`).
    pub(crate) config: StoredValue<Config>,
    pub(crate) unread: StoredValue<Option<RawOptions>>,
    /// True when the component owns the page (the standalone page, the
    /// iframe page): only then may it set the document title and print the
    /// page itself. Embedded in a host page it touches neither.
    pub owns_page: StoredValue<bool>,
    /// The embedding's options or extra domains could not be read (for the
    /// web team; said on the page in its language, as it changes).
    pub config_error: RwSignal<Option<crate::config::ConfigProblem>>,
    catalogue: StoredValue<Option<Rc<Catalogue>>, LocalStorage>,
    /// What the one notice shows (see `notice`).
    pub(crate) notice: RwSignal<Option<super::notice::UiError>>,
}

impl AppState {
    /// Call inside the app's root owner (the component that provides it).
    pub fn new(drafts: Drafts<Mirror>, lang: Lang) -> Self {
        Self {
            lang: RwSignal::new(lang),
            screen: RwSignal::new(Screen::Start),
            intake: RwSignal::new(Intake::default()),
            draft: RwSignal::new(None),
            save_status: RwSignal::new(SaveStatus::Idle),
            drafts_changed: RwSignal::new(0),
            focus_target: RwSignal::new(None),
            navigated: StoredValue::new(false),
            other_tab: RwSignal::new(false),
            booting: RwSignal::new(false),
            load_failed: RwSignal::new(None),
            activated: StoredValue::new(false),
            root: StoredValue::new(Owner::current().unwrap_or_default().downgrade()),
            drafts: StoredValue::new_local(Rc::new(drafts)),
            config: StoredValue::new(Config::default()),
            unread: StoredValue::new(None),
            owns_page: StoredValue::new(true),
            config_error: RwSignal::new(None),
            catalogue: StoredValue::new_local(None),
            notice: RwSignal::new(None),
        }
    }

    /// Sets how this instance is embedded (before anything is shown): a
    /// typed config (a Rust host), or options still to be read.
    pub fn configure(&self, config: Option<Config>, unread: Option<RawOptions>, owns_page: bool) {
        self.config.set_value(config.unwrap_or_default());
        self.unread.set_value(unread);
        self.owns_page.set_value(owns_page);
        self.catalogue.set_value(None);
    }

    /// The embedding's config, its options read on first use (with the
    /// intake's code: the checks stay out of the first load). Options that
    /// do not pass leave the defaults and a message for the web team.
    pub fn config<R>(&self, f: impl FnOnce(&Config) -> R) -> R {
        if let Some(raw) = self.unread.try_update_value(Option::take).flatten() {
            match raw.read() {
                Ok(config) => self.config.set_value(config),
                Err(e) => self.config_error.set(Some(e.into())),
            }
        }
        self.config.with_value(f)
    }

    pub fn mode(&self) -> crate::config::Mode {
        self.config(|c| c.mode)
    }

    /// This embedding's catalogue (the standard domains and its own),
    /// built on first use: only the screens of an open intake need it, so
    /// it stays out of the first load. Extra domains that do not validate
    /// leave the standard catalogue and a message for the web team.
    pub fn catalogue(&self) -> Rc<Catalogue> {
        if let Some(c) = self.catalogue.get_value() {
            return c;
        }
        let built = match self.config(|c| c.catalogue()) {
            Ok(c) => c,
            Err(e) => {
                // An option's problem, said first, stays.
                if self.config_error.with_untracked(Option::is_none) {
                    self.config_error.set(Some(e.into()));
                }
                Catalogue::standard()
            }
        };
        let built = Rc::new(built);
        self.catalogue.set_value(Some(built.clone()));
        built
    }

    pub fn drafts(&self) -> Rc<Drafts<Mirror>> {
        self.drafts.get_value()
    }

    pub fn mirror(&self) -> Mirror {
        self.drafts().store().clone()
    }

    /// A UI text in the current language (reactive).
    pub fn t(&self, key: Key) -> &'static str {
        t(self.lang.get(), key)
    }

    /// The one way a screen changes the intake: the core applies the edit
    /// with its rules ([`Intake::apply`]); autosave picks up the change. A
    /// refused edit leaves the intake as it was and is shown in the app's
    /// notice; an edit that changed nothing wakes nobody.
    pub fn edit(&self, edit: Edit) -> Option<Applied> {
        let result = self
            .intake
            .try_maybe_update(|i| {
                let result = i.apply(edit);
                (matches!(result, Ok(a) if a != Applied::Unchanged), result)
            })
            .unwrap_or(Ok(Applied::Unchanged));
        match result {
            Ok(applied) => Some(applied),
            Err(e) => {
                super::notice::report(*self, super::notice::UiError::Edit(e));
                None
            }
        }
    }

    /// Replaces the whole intake: opening, starting or closing a draft,
    /// or taking another tab's version. Not an edit a person makes on a
    /// screen, so it goes round the rules (a loaded file was validated).
    pub(crate) fn replace_intake(&self, intake: Intake) {
        self.intake.set(intake);
    }

    /// Stamps the moment of saving without counting it as a change (or
    /// saving would never settle).
    pub(crate) fn stamp_saved(&self, at: String) {
        // A stamp is never refused: there is no error to tell.
        self.intake
            .update_untracked(|i| _ = i.apply(Edit::StampSaved { at }));
    }

    /// Runs `f` under the app's root owner (so what it creates lives as
    /// long as the app, and contexts provided there are found); `None`
    /// once the app is unmounted.
    pub(crate) fn in_root<T>(&self, f: impl FnOnce() -> T) -> Option<T> {
        let owner = self.root.try_with_value(WeakOwner::upgrade).flatten()?;
        Some(owner.with(f))
    }

    /// Moves to a screen, remembering it for the open draft.
    pub fn go(&self, screen: Screen) {
        if let Some(id) = self.draft.get_untracked() {
            // Losing the position is harmless; the draft itself is safe.
            let _ = self.drafts().set_position(&id, &screen.encode());
        }
        self.navigated.set_value(true);
        self.screen.set(screen);
    }
}

/// A UI text that follows the language. One function for every text in
/// every view: the closure has a single type, so its rendering code is
/// compiled once instead of once per call site (a measurable share of the
/// wasm, issue 6).
pub fn tr(
    lang: RwSignal<Lang>,
    key: Key,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || t(lang.get(), key)
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
